import { formatNumber, formatPercent } from './format-number.ts';
import type { PredictBehaviorData } from './predict-behavior-tool.ts';
import { featureLabel } from './feature-label.ts';

/** predict_behavior's result for a reader, in Japanese or English. */
export function presentPrediction(data: PredictBehaviorData, language: 'ja' | 'en'): string {
  const ja = language === 'ja';
  const model =
    data.chosenModel === 'logistic-regression'
      ? ja
        ? 'ロジスティック回帰'
        : 'logistic regression'
      : ja
        ? 'ランダムフォレスト'
        : 'random forest';
  const top = [...data.bySegment].sort((left, right) => right.meanProbability - left.meanProbability)[0];
  const drivers = data.drivers.slice(0, 3).map((driver) => featureLabel(driver.feature));
  return ja
    ? [
        `「${data.target}」を予測しました（${data.customers}人、該当率${formatPercent(data.positiveRate)}）。モデル: ${model}。`,
        `交差検証の正解率 ${formatPercent(data.accuracy)}（多数派を当てるだけなら ${formatPercent(data.baselineAccuracy)}）、AUC ${formatNumber(data.auc, 3)}。`,
        `主な要因: ${drivers.join('、')}。`,
        top
          ? `最も該当しやすいのは S${top.segment}（予測 ${formatPercent(top.meanProbability)}）。施策の優先対象の候補です。`
          : '',
      ]
        .filter(Boolean)
        .join('\n')
    : [
        `Predicted "${data.target}" for ${data.customers} customers (${formatPercent(data.positiveRate)} are 1) with ${model}.`,
        `Cross-validated accuracy ${formatPercent(data.accuracy)} (guessing the majority: ${formatPercent(data.baselineAccuracy)}), AUC ${formatNumber(data.auc, 3)}.`,
        `Main drivers: ${drivers.join(', ')}.`,
        top
          ? `Most likely: S${top.segment} (${formatPercent(top.meanProbability)} predicted) — a first target for action.`
          : '',
      ]
        .filter(Boolean)
        .join('\n');
}
