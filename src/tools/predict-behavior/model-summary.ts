import { featureLabel } from '../shared/feature-label.ts';
import { quoteData } from '../../core/quote-data.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import type { PredictBehaviorData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from predict_behavior: skill against the baseline, drivers, rates by segment, notes. */
export function summarizePrediction(result: PredictBehaviorData): string {
  return [
    `Prediction of ${quoteData(result.target)} (run ${result.runId}, ${groupDigits(result.customers)} customers, ${formatPercent(result.positiveRate)} are 1).`,
    `Model: ${result.chosenModel} (${result.choiceReason}). Cross-validated accuracy ${formatPercent(result.accuracy)} vs ${formatPercent(result.baselineAccuracy)} for always guessing the majority; AUC ${formatNumber(result.auc, 3)} (0.5 = no skill).`,
    `Main drivers: ${result.drivers
      .slice(0, 5)
      .map(
        (driver) =>
          `${featureLabel(driver.feature, result.themeNames, 'en', result.segmentLabels)} [${driver.feature}] (importance ${formatNumber(driver.importance, 3)}${driver.direction ? `, ${driver.direction}` : ''})`,
      )
      .join('; ')}.`,
    `Expected rate by segment: ${result.bySegment.map((entry) => `S${entry.segment} ${formatPercent(entry.meanProbability)} predicted${entry.actualRate === null ? '' : `, ${formatPercent(entry.actualRate)} observed`} (${groupDigits(entry.customerCount)} customers)`).join('; ')}.`,
    ...(result.warnings.length > 0 ? [`Notes: ${result.warnings.join(' ')}`] : []),
  ].join('\n');
}
