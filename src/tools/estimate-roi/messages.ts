import { defineMessages } from '../../core/message-catalog.ts';

type EstimateLine = {
  label: string;
  roi: string;
  low: string;
  high: string;
  contacts: string;
  cost: string;
  margin: string;
  revenue: string;
  breakEven: string;
  /** The segment's own average order, when several segments share one answer; else ''. */
  order: string;
};

/** estimate_roi's texts for people. Figures arrive formatted (money in the dataset currency). */
export const roiMessages = defineMessages({
  estimate: {
    ja: (p: EstimateLine) =>
      `• ${p.label}: ROI ${p.roi}（低位${p.low}〜高位${p.high}）。${p.contacts}人に接触し、費用${p.cost}に対して増分粗利${p.margin}（増分売上${p.revenue}）${p.order ? `、1回の購入額は平均${p.order}` : ''}。${p.breakEven}。`,
    en: (p: EstimateLine) =>
      `• ${p.label}: ROI ${p.roi} (low ${p.low} to high ${p.high}); ${p.contacts} customers contacted, ${p.margin} incremental margin (${p.revenue} revenue) for ${p.cost}${p.order ? `, ${p.order} per order on average` : ''}; ${p.breakEven}.`,
  },
  best: {
    ja: (p: { label: string }) => `最もROIが高いのは${p.label}です。`,
    en: (p: { label: string }) => `${p.label} gives the best return. `,
  },
  meaning: { ja: 'ビジネス上の意味: ', en: 'What it means: ' },
  positive: {
    ja: '低位の想定でも黒字なので、A/Bテストで上乗せを確かめてから広げる価値があります。',
    en: 'It pays back even in the low case, so confirm the uplift with an A/B test and scale.',
  },
  uncertain: {
    ja: '基準の想定では黒字ですが、上乗せが損益分岐を下回ると赤字です。A/Bテストで確かめてから判断してください。',
    en: 'It pays back in the base case but loses money below break-even; confirm with an A/B test first.',
  },
  negative: {
    ja: 'この条件では費用を回収できません。費用を下げるか、対象や特典を見直してください。',
    en: 'On these terms it does not pay back; lower the cost or rethink the audience or offer.',
  },
});
