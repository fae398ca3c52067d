import { defineMessages } from '../../core/message-catalog.ts';

type Arm = { rate: string; conversions: string; customers: string };

/** What a person reads from read_ab_test. */
export const readAbTestMessages = defineMessages({
  heading: { ja: 'A/Bテストの結果:', en: 'A/B test readout:' },
  fromFile: {
    ja: (p: { file: string }) => `A/Bテストの結果（${p.file}）:`,
    en: (p: { file: string }) => `A/B test readout (${p.file}):`,
  },
  control: {
    ja: (p: Arm) => `• 対照群: ${p.customers}人中${p.conversions}人が反応（${p.rate}）`,
    en: (p: Arm) => `• Control: ${p.conversions} of ${p.customers} converted (${p.rate})`,
  },
  treatment: {
    ja: (p: Arm) => `• 施策群: ${p.customers}人中${p.conversions}人が反応（${p.rate}）`,
    en: (p: Arm) => `• Treatment: ${p.conversions} of ${p.customers} converted (${p.rate})`,
  },
  lift: {
    ja: (p: { points: string; relative: string; level: string; low: string; high: string; p: string }) =>
      `• 差: ${p.points}ポイント${p.relative}、${p.level}信頼区間 ${p.low}〜${p.high}ポイント、p値 ${p.p}`,
    en: (p: { points: string; relative: string; level: string; low: string; high: string; p: string }) =>
      `• Lift: ${p.points} points${p.relative}, ${p.level} confidence interval ${p.low} to ${p.high} points, p-value ${p.p}`,
  },
  relative: {
    ja: (p: { percent: string }) => `（対照群比 ${p.percent}）`,
    en: (p: { percent: string }) => ` (${p.percent} relative)`,
  },
  revenue: {
    ja: (p: { control: string; treatment: string }) => `• 1人あたり売上: 対照群 ${p.control}、施策群 ${p.treatment}`,
    en: (p: { control: string; treatment: string }) =>
      `• Revenue per customer: control ${p.control}, treatment ${p.treatment}`,
  },
  ship: {
    ja: '判定: 採用（本格展開してよい）。施策群の反応率は偶然とは考えにくい差で高くなっています。',
    en: 'Decision: ship. The treatment converts more, and the difference is unlikely to be chance.',
  },
  stopNegative: {
    ja: '判定: 中止。施策群の反応率のほうが偶然とは考えにくい差で低くなっています。',
    en: 'Decision: stop. The treatment converts less, and the difference is unlikely to be chance.',
  },
  stopSmall: {
    ja: (p: { points: string }) =>
      `判定: 中止。差があっても最大${p.points}ポイント未満で、続ける価値のある効果は見込めません。`,
    en: (p: { points: string }) =>
      `Decision: stop. Even the best case is below ${p.points} points, too small to be worth it.`,
  },
  keep: {
    ja: '判定: 継続（まだ判断できません）。今の差は偶然の範囲内です。',
    en: 'Decision: keep testing. The difference so far is within chance.',
  },
  needed: {
    ja: (p: { perArm: string }) => `今の差を確かめるには、各群およそ${p.perArm}人が必要です。`,
    en: (p: { perArm: string }) => `To confirm the lift seen so far, about ${p.perArm} customers per arm are needed.`,
  },
  skipped: {
    ja: (p: { count: number }) => `（読めなかった行・重複した顧客 ${p.count}行は集計から除きました）`,
    en: (p: { count: number }) => `(${p.count} unreadable or repeated rows left out)`,
  },
  countsRequired: {
    ja: 'A/Bテストの判定には、対照群と施策群それぞれの人数と反応した人数（「対照群2000人中120人、施策群2000人中156人」のように4つの数）か、結果ファイルの名前が必要です。',
    en: 'To read out an A/B test I need the customers and conversions of both arms (four numbers, like "control 120 of 2000, treatment 156 of 2000") or the name of the results file.',
  },
  countsInvalid: {
    ja: (p: { arm: string; customers: string; conversions: string }) =>
      `${p.arm}の数が合いません（${p.customers}人中${p.conversions}人）。各群に1人以上いて、反応した人数は群の人数以下である必要があります。`,
    en: (p: { arm: string; customers: string; conversions: string }) =>
      `The ${p.arm} numbers do not add up (${p.conversions} of ${p.customers}). Each arm needs customers, and no more conversions than customers.`,
  },
  controlArm: { ja: '対照群', en: 'control' },
  treatmentArm: { ja: '施策群', en: 'treatment' },
  chartFromQuestion: { ja: '質問の数値', en: 'counts from the question' },
  chartFromFile: { ja: 'A/Bテストの結果ファイル', en: 'A/B results file' },
  smallCounts: {
    ja: '注記: 反応数が少ないため、この検定は目安です。',
    en: 'Note: few conversions, so this test is only a rough guide.',
  },
});
