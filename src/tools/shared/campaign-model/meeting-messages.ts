import { defineMessages } from '../../../core/message-catalog.ts';

type Opening = { label: string; count: string; goal: string; roi: string; cost: string; margin: string };

/** The meeting sentences' texts. Figures arrive formatted (money in the dataset currency, counts localised). */
export const meetingMessages = defineMessages({
  opening: {
    ja: (p: Opening) =>
      `${p.label}の${p.count}人に「${p.goal}」のキャンペーンを行うと、基準の想定でROIは${p.roi}、費用${p.cost}に対して増分粗利は${p.margin}です。`,
    en: (p: Opening) =>
      `Running a campaign to ${p.goal} for the ${p.count} customers in ${p.label} gives an ROI of ${p.roi} in the base case: ${p.margin} extra margin for ${p.cost}.`,
  },
  positive: {
    ja: (p: { lowResponse: string; lowRoi: string; breakEven: string }) =>
      `増分反応率が低めの${p.lowResponse}でもROIは${p.lowRoi}で黒字、${p.breakEven}です。`,
    en: (p: { lowResponse: string; lowRoi: string; breakEven: string }) =>
      `Even at a low ${p.lowResponse} incremental response it stays profitable (${p.lowRoi}); ${p.breakEven}.`,
  },
  uncertain: {
    ja: (p: { lowRoi: string; breakEven: string }) =>
      `ただし${p.breakEven}で、上乗せがそれを下回ると赤字（低位の想定でROI ${p.lowRoi}）なので、前提の確認が先です。`,
    en: (p: { lowRoi: string; breakEven: string }) =>
      `But ${p.breakEven}: below that it loses money (${p.lowRoi} in the low case), so the assumption must be checked first.`,
  },
  ranked: {
    ja: '配信先は予測で反応しやすい順に並べ、上位から選びます。',
    en: 'We will rank customers by the prediction and contact the most likely responders first.',
  },
  privacy: {
    ja: '分析は集計値だけで行い、個人を特定できる情報は社外に出していません。',
    en: 'The analysis uses aggregates only; no personal data leaves our systems.',
  },
  neverPaysBack: {
    ja: 'この条件ではどの反応率でも費用を回収できないため、このままでは実施しない判断になります。',
    en: 'On these terms no response rate pays it back, so as planned we should not run it.',
  },
  needsResponse: {
    ja: (p: { breakEven: string; assumed: string }) =>
      `この条件では費用を回収できず、黒字にするには増分反応率${p.breakEven}が必要です（基準の想定は${p.assumed}）。`,
    en: (p: { breakEven: string; assumed: string }) =>
      `On these terms it does not pay back: it would need ${p.breakEven} incremental response against ${p.assumed} assumed.`,
  },
  lowerCostOrAudience: {
    ja: (p: { ceiling: string }) =>
      `進めるなら費用を${p.ceiling}以下に抑えるか、対象を絞るなど、条件を見直してから再検討します。`,
    en: (p: { ceiling: string }) =>
      `To go ahead we would need to bring the cost under ${p.ceiling} or narrow the audience, then look again.`,
  },
  lowerCostOrDiscount: {
    ja: (p: { ceiling: string }) =>
      `進めるなら費用を${p.ceiling}以下に抑えるか、割引をやめて案内だけにするなど、条件を見直してから再検討します。`,
    en: (p: { ceiling: string }) =>
      `To go ahead we would need to bring the cost under ${p.ceiling} or drop the discount, then look again.`,
  },
  abTest: {
    ja: (p: { perArm: string }) =>
      `まず各群${p.perArm}人のA/Bテスト（対照群との比較）で上乗せ効果を確かめ、確認できたら層全体に広げます。`,
    en: (p: { perArm: string }) =>
      `We first confirm the uplift with an A/B test of ${p.perArm} customers per arm against a control group, then roll out to the whole segment.`,
  },
  pilot: {
    ja: (p: { size: string; uplift: string; perArm: string | null }) =>
      `${p.size}人では上乗せ${p.uplift}を統計的に確かめるA/Bテストができない${p.perArm === null ? '' : `（各群${p.perArm}人が必要）`}ため、一部を対照群に残すパイロットで方向性を見てから判断します。`,
    en: (p: { size: string; uplift: string; perArm: string | null }) =>
      `With ${p.size} customers a conclusive A/B test of a ${p.uplift} uplift is not possible${p.perArm === null ? '' : ` (it needs ${p.perArm} per arm)`}, so we run a pilot with a hold-out group to read the direction first.`,
  },
});
