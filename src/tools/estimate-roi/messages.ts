import { defineMessages } from '../../core/message-catalog.ts';

/** estimate_roi's texts for people. Figures arrive formatted. */
export const roiMessages = defineMessages({
  estimate: {
    ja: (p: { label: string; roi: string; low: string; high: string; size: number; cost: string; revenue: string }) =>
      `• ${p.label}: ROI ${p.roi}（幅 ${p.low}〜${p.high}）。対象${p.size}人、費用${p.cost}に対し増分売上${p.revenue}。`,
    en: (p: { label: string; roi: string; low: string; high: string; size: number; cost: string; revenue: string }) =>
      `• ${p.label}: ROI ${p.roi} (range ${p.low} to ${p.high}); ${p.size} customers, incremental revenue ${p.revenue} for ${p.cost} cost.`,
  },
  assumptions: {
    ja: (p: { cost: string; response: string; value: string }) =>
      `前提: 1人あたり接触コスト${p.cost}、反応率は${p.response}、1人の価値は${p.value}。`,
    en: (p: { cost: string; response: string; value: string }) =>
      `Assumptions: contact cost ${p.cost} per customer; response: ${p.response}; value: ${p.value}.`,
  },
  meaningPays: {
    ja: (p: { label: string }) =>
      `ビジネス上の意味: ROIが最も高いのは ${p.label} です。小さなテストで反応率を確かめてから拡大するのが安全です。`,
    en: (p: { label: string }) =>
      `What it means: ${p.label} gives the best return. Confirm the response rate with a small test before scaling.`,
  },
  meaningLoses: {
    ja: (p: { label: string }) =>
      `ビジネス上の意味: ROIが最も高いのは ${p.label} です。ただしこの前提では費用を回収できません。オファーの費用か対象を見直してください。`,
    en: (p: { label: string }) =>
      `What it means: ${p.label} gives the best return. On these assumptions it does not pay back; revisit the offer cost or the audience.`,
  },
  responseGiven: { ja: '指定値', en: 'as given' },
  responsePredicted: {
    ja: (p: { target: string; runId: number }) => `「${p.target}」の予測値（実行 ${p.runId}、±25%）`,
    en: (p: { target: string; runId: number }) => `the predicted "${p.target}" rate (run ${p.runId}) ±25%`,
  },
  responseAssumed: { ja: '仮定の2〜8%（予測がまだないため）', en: 'assumed 2–8% (no prediction yet)' },
  valueGiven: {
    ja: (p: { amount: string }) => `指定値 ${p.amount}`,
    en: (p: { amount: string }) => `${p.amount} as given`,
  },
  valueLifetime: {
    ja: (p: { amount: string }) => `その層の12か月平均顧客生涯価値 ${p.amount}`,
    en: (p: { amount: string }) => `the segment's mean 12-month CLV ${p.amount}`,
  },
  valueAveragePurchase: {
    ja: (p: { amount: string }) => `その層の平均購入額 ${p.amount}`,
    en: (p: { amount: string }) => `the segment's average purchase ${p.amount}`,
  },
});
