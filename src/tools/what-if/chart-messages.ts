import { defineMessages } from '../../core/message-catalog.ts';

/** Texts of the what-if outcome chart. */
export const whatIfChartMessages = defineMessages({
  subtitle: {
    ja: (p: { level: string; low: string; high: string; chance: string }) =>
      `${p.level}の確率で利益は ${p.low}〜${p.high}、黒字になる確率 ${p.chance}`,
    en: (p: { level: string; low: string; high: string; chance: string }) =>
      `${p.level} range of profit ${p.low} to ${p.high}; chance it pays back ${p.chance}`,
  },
  axis: {
    ja: (p: { currency: string }) => `利益（${p.currency}）`,
    en: (p: { currency: string }) => `Profit (${p.currency})`,
  },
});
