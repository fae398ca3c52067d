import { defineMessages } from '../../core/message-catalog.ts';

type Overview = { subject: string; past: string; customers: string; rate: string; model: string };

/** predict_behavior's texts for people. Figures arrive formatted. */
export const predictionMessages = defineMessages({
  progressRunning: { ja: '予測モデルを交差検証中…', en: 'Cross-validating prediction models…' },
  progressDone: { ja: '予測完了', en: 'Prediction done' },
  logisticRegression: { ja: 'ロジスティック回帰', en: 'logistic regression' },
  randomForest: { ja: 'ランダムフォレスト', en: 'random forest' },
  overview: {
    ja: (p: Overview) =>
      `${p.subject}を予測しました（${p.customers}人、うち${p.past}人は${p.rate}）。モデル: ${p.model}。`,
    en: (p: Overview) => `Predicted ${p.subject} among ${p.customers} customers (${p.rate} ${p.past}) with ${p.model}.`,
  },
  skill: {
    ja: (p: { accuracy: string; baseline: string; auc: string }) =>
      `交差検証の正解率 ${p.accuracy}（多数派を当てるだけなら ${p.baseline}）、AUC ${p.auc}。`,
    en: (p: { accuracy: string; baseline: string; auc: string }) =>
      `Cross-validated accuracy ${p.accuracy} (guessing the majority: ${p.baseline}), AUC ${p.auc}.`,
  },
  drivers: {
    ja: (p: { drivers: string }) => `主な要因: ${p.drivers}。`,
    en: (p: { drivers: string }) => `Main drivers: ${p.drivers}.`,
  },
  driverSeparator: { ja: '、', en: ', ' },
  mostLikely: {
    ja: (p: { segment: string; rate: string }) =>
      `最も該当しやすいのは ${p.segment}（予測 ${p.rate}）。施策の優先対象の候補です。`,
    en: (p: { segment: string; rate: string }) =>
      `Most likely: ${p.segment} (${p.rate} predicted) — a first target for action.`,
  },
});
