import type { Language } from '../../core/language.ts';
import { localeOf, translate } from '../../core/message-catalog.ts';
import { targetPast, targetSubject } from '../shared/target-words.ts';
import { featureLabel } from '../shared/feature-label.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { predictionMessages as messages } from './messages.ts';
import type { PredictBehaviorData } from './result.ts';

/** predict_behavior's result for a reader, in Japanese or English. */
export function presentPrediction(result: PredictBehaviorData, language: Language): string {
  const model = translate(
    result.chosenModel === 'logistic-regression' ? messages.logisticRegression : messages.randomForest,
    language,
  );
  const top = [...result.bySegment].sort((left, right) => right.meanProbability - left.meanProbability)[0];
  const drivers = result.drivers
    .slice(0, 3)
    .map((driver) => featureLabel(driver.feature, result.themeNames, language, result.segmentLabels));
  return [
    translate(messages.overview, language, {
      subject: targetSubject(result.target, language),
      past: targetPast(result.target, language),
      customers: result.customers.toLocaleString(localeOf(language)),
      rate: formatPercent(result.positiveRate),
      model,
    }),
    translate(messages.skill, language, {
      accuracy: formatPercent(result.accuracy),
      baseline: formatPercent(result.baselineAccuracy),
      auc: formatNumber(result.auc, 3),
    }),
    translate(messages.drivers, language, { drivers: drivers.join(translate(messages.driverSeparator, language)) }),
    top
      ? translate(messages.mostLikely, language, {
          segment: result.segmentLabels[Number(top.segment)] ?? `S${top.segment}`,
          rate: formatPercent(top.meanProbability),
        })
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
