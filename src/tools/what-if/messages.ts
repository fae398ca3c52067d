import { defineMessages } from '../../core/message-catalog.ts';
import type { WhatIfSensitivity } from '../../engine/what-if/what-if-types.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type Range = { mean: string; low: string; high: string };

/** What a person reads from simulate_what_if. */
export const whatIfMessages = defineMessages({
  everyone: { ja: '全顧客', en: 'every customer' },
  offerDiscount: {
    ja: (p: { percent: string }) => `${p.percent}割引`,
    en: (p: { percent: string }) => `${p.percent} off`,
  },
  offerIncentive: {
    ja: (p: { money: string }) => `${p.money}の特典`,
    en: (p: { money: string }) => `a ${p.money} incentive`,
  },
  offerSpend: {
    ja: (p: { money: string }) => `予算${p.money}`,
    en: (p: { money: string }) => `a ${p.money} budget`,
  },
  offerContact: { ja: '案内のみ', en: 'a contact only' },
  offerSeparator: { ja: '・', en: ' and ' },
  heading: {
    ja: (p: { target: string; offer: string; contacts: number; simulations: string; level: string }) =>
      `もし${p.target}に${p.offer}を出したら（${groupDigits(p.contacts)}人に案内、${p.simulations}回のシミュレーション、${p.level}の幅）:`,
    en: (p: { target: string; offer: string; contacts: number; simulations: string; level: string }) =>
      `What if ${p.target} got ${p.offer} (${p.contacts} contacted; ${p.simulations} simulations, ${p.level} range):`,
  },
  responders: {
    ja: (p: Range) => `• 施策で増える購入者: 約${p.mean}人（${p.low}〜${p.high}人）`,
    en: (p: Range) => `• Extra buyers because of the offer: about ${p.mean} (${p.low} to ${p.high})`,
  },
  revenue: {
    ja: (p: Range) => `• 増える売上: ${p.mean}（${p.low}〜${p.high}）`,
    en: (p: Range) => `• Extra revenue: ${p.mean} (${p.low} to ${p.high})`,
  },
  cost: {
    ja: (p: Range) => `• 費用（案内費・割引・特典）: ${p.mean}（${p.low}〜${p.high}）`,
    en: (p: Range) => `• Cost (contacts, discounts, incentives): ${p.mean} (${p.low} to ${p.high})`,
  },
  net: {
    ja: (p: Range & { roi: string; roiLow: string; roiHigh: string }) =>
      `• 利益（粗利の増加 − 費用）: ${p.mean}（${p.low}〜${p.high}）、ROI ${p.roi}（${p.roiLow}〜${p.roiHigh}）`,
    en: (p: Range & { roi: string; roiLow: string; roiHigh: string }) =>
      `• Profit (extra margin − cost): ${p.mean} (${p.low} to ${p.high}), ROI ${p.roi} (${p.roiLow} to ${p.roiHigh})`,
  },
  chance: {
    ja: (p: { percent: string }) => `• 黒字になる確率: ${p.percent}`,
    en: (p: { percent: string }) => `• Chance it pays back: ${p.percent}`,
  },
  sensitivity: {
    ja: (p: { name: string; low: string; high: string; netLow: string; netHigh: string }) =>
      `結果をいちばん左右する前提は「${p.name}」です。${p.low}なら利益は${p.netLow}、${p.high}なら${p.netHigh}になります。`,
    en: (p: { name: string; low: string; high: string; netLow: string; netHigh: string }) =>
      `The assumption that matters most is the ${p.name}: at ${p.low} the profit is ${p.netLow}, at ${p.high} it is ${p.netHigh}.`,
  },
  assumptions: {
    ja: (p: { response: string; margin: string; order: string; baseline: string }) =>
      `前提: 施策で増える反応率 ${p.response}、粗利率 ${p.margin}、平均購入単価 ${p.order}、${p.baseline}。割引は施策がなくても買う人にも適用されるため、その分の粗利が減ります。`,
    en: (p: { response: string; margin: string; order: string; baseline: string }) =>
      `Assumptions: incremental response ${p.response}, gross margin ${p.margin}, average order ${p.order}, ${p.baseline}. The discount is also paid by those who would have bought anyway, which erodes the margin.`,
  },
  responseDefault: {
    ja: (p: { low: string; base: string; high: string }) =>
      `${p.low}〜${p.high}（中央${p.base}、一般的なメール・クーポン施策の想定）`,
    en: (p: { low: string; base: string; high: string }) =>
      `${p.low} to ${p.high} (median ${p.base}, a typical e-mail or coupon campaign)`,
  },
  responseGiven: {
    ja: (p: { low: string; base: string; high: string }) => `${p.low}〜${p.high}（ご指定の${p.base}を中心に）`,
    en: (p: { low: string; base: string; high: string }) => `${p.low} to ${p.high} (around the ${p.base} you gave)`,
  },
  responseMeasured: {
    ja: (p: { low: string; base: string; high: string }) => `${p.low}〜${p.high}（測定値${p.base}の幅）`,
    en: (p: { low: string; base: string; high: string }) =>
      `${p.low} to ${p.high} (the measured ${p.base} and its error)`,
  },
  marginDefault: {
    ja: (p: { value: string }) => `${p.value}（仮定）`,
    en: (p: { value: string }) => `${p.value} (assumed)`,
  },
  marginGiven: {
    ja: (p: { value: string }) => `${p.value}（ご指定）`,
    en: (p: { value: string }) => `${p.value} (given)`,
  },
  baselinePrediction: {
    ja: (p: { value: string }) => `施策がなくても買う人 ${p.value}（反応予測から）`,
    en: (p: { value: string }) => `${p.value} would buy anyway (from the response prediction)`,
  },
  baselineNone: {
    ja: '施策がなくても買う人は見込んでいません（反応予測がないため）',
    en: 'nobody is counted as buying anyway (no response prediction yet)',
  },
  footer: {
    ja: '次は「この層のA/Bテストの設計は？」で、効果を小さく確かめる方法を出せます。',
    en: 'Next, ask "design an A/B test for this segment" to confirm the effect on a small scale.',
  },
});

/** Names of the assumptions a sensitivity can be about. */
export const assumptionNames: Record<WhatIfSensitivity['assumption'], { ja: string; en: string }> = {
  incrementalResponse: { ja: '施策で増える反応率', en: 'incremental response' },
  averageOrderValue: { ja: '平均購入単価', en: 'average order' },
  grossMargin: { ja: '粗利率', en: 'gross margin' },
  baselineRate: { ja: '施策がなくても買う人の割合', en: 'share who buy anyway' },
};
