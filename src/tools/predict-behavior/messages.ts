import { defineMessages } from '../../core/message-catalog.ts';

type Overview = { subject: string; past: string; customers: string; rate: string; model: string };

/** predict_behavior's texts for people. Figures arrive formatted. */
export const predictionMessages = defineMessages({
  targetUnknown: {
    ja: (p: { dataset: string; column: string }) =>
      `${p.dataset}には${p.column}という顧客の列がありません。予測したい行動が0/1（はい・いいえ）で記録された列の名前で、もう一度聞いてください。`,
    en: (p: { dataset: string; column: string }) =>
      `${p.dataset} has no customer column ${p.column}. Please ask again with the name of a column that records the behaviour as 0/1 (yes/no).`,
  },
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
