import { defineMessages } from '../../core/message-catalog.ts';

/** Texts of the what-if outcome chart. */
export const whatIfChartMessages = defineMessages({
  /** The finding, as the chart's title. */
  title: {
    ja: (p: { verdict: string; chance: string; expected: string }) =>
      `${p.verdict}（黒字の確率 ${p.chance}、利益の見込み ${p.expected}）`,
    en: (p: { verdict: string; chance: string; expected: string }) =>
      `${p.verdict} (${p.chance} chance of profit, expected profit ${p.expected})`,
  },
  subtitle: {
    ja: (p: { target: string; offer: string; level: string; low: string; high: string }) =>
      `${p.target}に${p.offer}を出した場合。利益は${p.level}の確率で ${p.low}〜${p.high}`,
    en: (p: { target: string; offer: string; level: string; low: string; high: string }) =>
      `${p.offer} for ${p.target}: ${p.level} range of profit ${p.low} to ${p.high}`,
  },
});

/** The verdict the chart's title leads with, by the chance that the offer pays off. */
export const whatIfVerdicts = defineMessages({
  almostSurelyProfit: { ja: 'ほぼ確実に黒字', en: 'Almost certain to pay off' },
  likelyProfit: { ja: '黒字になる見込み', en: 'Likely to pay off' },
  tossUp: { ja: '黒字か赤字かは五分五分', en: 'As likely to lose money as to make it' },
  likelyLoss: { ja: '赤字になるおそれが大きい', en: 'Likely to lose money' },
  almostSurelyLoss: { ja: 'ほぼ確実に赤字', en: 'Almost certain to lose money' },
});
