import { defineMessages } from '../../core/message-catalog.ts';

type Size = { perArm: string; total: string; audience: string };

/** What a person reads from design_ab_test. */
export const designAbTestMessages = defineMessages({
  liftTooLarge: {
    ja: (p: { rate: string; points: string }) =>
      `いまの反応率${p.rate}に${p.points}ポイントの差を足すと100%に届いてしまいます。もっと小さい差（例: 2ポイント）で聞いてください。`,
    en: (p: { rate: string; points: string }) =>
      `A response rate of ${p.rate} plus a ${p.points}-point lift reaches 100%. Please ask with a smaller lift (for example 2 points).`,
  },
  everyone: { ja: '全顧客', en: 'every customer' },
  heading: {
    ja: (p: { target: string; baseline: string; lift: string; expected: string; power: string; alpha: string }) =>
      `${p.target}でのA/Bテストの設計: 対照群（案内なし）と施策群の2つに無作為に分けます。反応率 ${p.baseline} → ${p.expected}（+${p.lift}ポイント）の差を、検出力${p.power}・有意水準${p.alpha}で見分けるには:`,
    en: (p: { target: string; baseline: string; lift: string; expected: string; power: string; alpha: string }) =>
      `A/B test design for ${p.target}: split at random into a control arm (no offer) and a treatment arm. To tell a conversion rate of ${p.baseline} from ${p.expected} (+${p.lift} points) with ${p.power} power at a ${p.alpha} significance level:`,
  },
  size: {
    ja: (p: Size) => `• 必要な人数: 各群${p.perArm}人、合計${p.total}人（対象は${p.audience}人）`,
    en: (p: Size) => `• Customers needed: ${p.perArm} per arm, ${p.total} in all (the audience has ${p.audience})`,
  },
  fits: { ja: '→ この層だけでテストできます。', en: '→ This group is large enough on its own.' },
  tooSmall: {
    ja: (p: { lift: string }) =>
      `→ この層だけでは人数が足りません。この人数で見分けられるのは +${p.lift}ポイント以上の差です。`,
    en: (p: { lift: string }) =>
      `→ This group is too small for that. With its customers, only a difference of +${p.lift} points or more can be detected.`,
  },
  tooSmallAtAll: {
    ja: '→ この層だけでは人数が足りず、現実的な差を見分けられません。',
    en: '→ This group is too small to detect any realistic difference.',
  },
  pooledFits: {
    ja: (p: { audience: string }) =>
      `全顧客（${p.audience}人）をまとめてテストすれば必要な人数を満たせます（層ごとの効果は見分けられません）。`,
    en: (p: { audience: string }) =>
      `Pooling every customer (${p.audience}) would be large enough (the effect per segment is then not measured).`,
  },
  pooledShort: {
    ja: (p: { audience: string; lift: string }) =>
      `全顧客（${p.audience}人）をまとめても足りません。まとめた場合に見分けられるのは +${p.lift}ポイント以上の差です。`,
    en: (p: { audience: string; lift: string }) =>
      `Even pooling every customer (${p.audience}) is not enough; pooled, a difference of +${p.lift} points or more can be detected.`,
  },
  duration: {
    ja: (p: { days: number; cycle: string }) =>
      `• 期間: ${p.days}日間（この層の購入間隔は平均約${p.cycle}日。1回分の購入機会を見るため）`,
    en: (p: { days: number; cycle: string }) =>
      `• Duration: ${p.days} days (customers here buy about every ${p.cycle} days; one purchase cycle)`,
  },
  durationDefault: {
    ja: (p: { days: number }) => `• 期間: ${p.days}日間（購入間隔が分からないための目安）`,
    en: (p: { days: number }) => `• Duration: ${p.days} days (a rule of thumb; no purchase interval known)`,
  },
  baselinePrediction: { ja: '反応予測から', en: 'from the response prediction' },
  baselineGiven: { ja: 'ご指定', en: 'as given' },
  baselineFallback: { ja: '仮定（反応予測がないため）', en: 'assumed: no response prediction yet' },
  liftDefault: { ja: '（施策で増える反応率の標準的な想定）', en: ' (the campaign model’s base case)' },
  notes: {
    ja: (p: { baseline: string }) =>
      `前提: 対照群の反応率の出どころ: ${p.baseline}。結果が出たら「A/Bテストの結果: 対照 2000人中120人、施策 2000人中156人」のように聞けば判定します。`,
    en: (p: { baseline: string }) =>
      `Where the control rate comes from: ${p.baseline}. When results are in, ask e.g. "A/B results: control 120 of 2000, treatment 156 of 2000" for the readout.`,
  },
});
