import { defineMessages } from '../../core/message-catalog.ts';
import type { Language } from '../../core/language.ts';
import type { ChurnDriverMeasure } from './build-churn-risk-result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** How each churn driver is named and written, per language (`unit` follows the number). */
export const churnMeasureWords: Readonly<
  Record<ChurnDriverMeasure, Readonly<Record<Language, { name: string; unit: string; digits: number }>>>
> = {
  daysSinceLastPurchase: {
    ja: { name: '最後の購入からの日数', unit: '日', digits: 0 },
    en: { name: 'days since the last purchase', unit: ' days', digits: 0 },
  },
  purchases: {
    ja: { name: 'これまでの購入回数', unit: '回', digits: 1 },
    en: { name: 'purchases to date', unit: '', digits: 1 },
  },
  orderValue: { ja: { name: '平均購入単価', unit: '', digits: 0 }, en: { name: 'average order', unit: '', digits: 0 } },
  photos: { ja: { name: '投稿写真の枚数', unit: '枚', digits: 1 }, en: { name: 'photos posted', unit: '', digits: 1 } },
};

type RuleParams = { top: string; threshold: string; months: number; drop: string };
type DriverParams = { name: string; atRisk: string; others: string };
type ColumnParams = { column: string; atRisk: string; others: string; auc: string | null };
type ActionParams = { target: string | null; segment: number | null };

/** assess_churn_risk's texts for people. Figures arrive formatted (money in the dataset currency). */
export const churnRiskMessages = defineMessages({
  rule: {
    ja: (p: RuleParams) =>
      `基準: これまでの購入額が上位${p.top}（${p.threshold}以上）でリピート購入のある「優良顧客」のうち、今後${p.months}か月の予想購入回数が本人のこれまでのペースの${p.drop}未満の人`,
    en: (p: RuleParams) =>
      `Rule: "valuable" = past spend in the top ${p.top} (${p.threshold} or more) with a repeat purchase; "at risk" = valuable and expected purchases in the next ${p.months} months below ${p.drop} of their own past pace`,
  },
  sentenceEnd: { ja: '。', en: '.' },
  headline: {
    ja: (p: { atRisk: number; valuable: number; segment: string | null }) =>
      `解約リスクのある優良顧客は ${groupDigits(p.atRisk)}人です（優良顧客 ${groupDigits(p.valuable)}人中${p.segment === null ? '' : `、${p.segment}のみ`}）。`,
    en: (p: { atRisk: number; valuable: number; segment: string | null }) =>
      `${groupDigits(p.atRisk)} of ${groupDigits(p.valuable)} valuable customers are at risk of leaving${p.segment === null ? '' : ` (${p.segment} only)`}.`,
  },
  value: {
    ja: (p: { clv: string; months: number; drop: string }) =>
      `この人たちの今後12か月のCLV（顧客生涯価値）は合計 ${p.clv}。次の${p.months}か月の購入額は、これまでのペースより ${p.drop} 少なくなる見込みです。`,
    en: (p: { clv: string; months: number; drop: string }) =>
      `Their 12-month CLV (customer lifetime value) totals ${p.clv}, and over the next ${p.months} months they are expected to spend ${p.drop} less than at their past pace.`,
  },
  buyAgain: {
    ja: (p: { atRisk: string; others: string }) =>
      `期間内にまた買う確率: リスク層 ${p.atRisk}（ほかの優良顧客では ${p.others}）。`,
    en: (p: { atRisk: string; others: string }) =>
      `Chance of buying again in that period: ${p.atRisk} for them vs ${p.others} for the other valuable customers.`,
  },
  tooFew: {
    ja: (p: { minimum: number }) =>
      `${groupDigits(p.minimum)}人未満のため、金額・内訳・特徴はプライバシー保護のため示しません。`,
    en: (p: { minimum: number }) =>
      `Fewer than ${groupDigits(p.minimum)} people, so their value, breakdown and profile are not shown, to protect their privacy.`,
  },
  segmentsHeading: { ja: '多いセグメント:', en: 'Where they are:' },
  segmentLine: {
    ja: (p: { label: string; atRisk: number; share: string; clv: string }) =>
      `• ${p.label}: ${groupDigits(p.atRisk)}人（この層の優良顧客の${p.share}）、CLV ${p.clv}`,
    en: (p: { label: string; atRisk: number; share: string; clv: string }) =>
      `• ${p.label}: ${groupDigits(p.atRisk)} (${p.share} of its valuable customers), CLV ${p.clv}`,
  },
  withheldSegments: {
    ja: (p: { count: number; minimum: number }) =>
      `（ほか${p.count}セグメントは${groupDigits(p.minimum)}人未満のため省略）`,
    en: (p: { count: number; minimum: number }) =>
      `(${p.count} more segment(s) with fewer than ${p.minimum} at risk not shown)`,
  },
  driver: {
    ja: (p: DriverParams) => `${p.name} ${p.atRisk}（ほか ${p.others}）`,
    en: (p: DriverParams) => `${p.name} ${p.atRisk} (others ${p.others})`,
  },
  drivers: {
    ja: (p: { drivers: readonly string[] }) => `ほかの優良顧客との違い: ${p.drivers.join('、')}。`,
    en: (p: { drivers: readonly string[] }) =>
      `How they differ from the other valuable customers: ${p.drivers.join('; ')}.`,
  },
  churnColumn: {
    ja: (p: ColumnParams) =>
      `データの「${p.column}」列との照合: リスク層の${p.atRisk}、それ以外の${p.others}が該当${p.auc === null ? '' : `（一致度 AUC ${p.auc}）`}。`,
    en: (p: ColumnParams) =>
      `Checked against the dataset's "${p.column}" column: ${p.atRisk} of the at-risk customers and ${p.others} of the others are marked 1${p.auc === null ? '' : ` (AUC ${p.auc})`}.`,
  },
  noneAtRisk: {
    ja: '打ち手: いまは離れそうな優良顧客は見当たりません。月に一度この確認を続けましょう。',
    en: 'What to do: no valuable customers look like they are drifting away; check again monthly.',
  },
  action: {
    ja: (p: ActionParams) =>
      `打ち手: 離れてしまう前に、${p.target ?? 'この人たち'}に再購入のきっかけ（限定オファー・新作案内・お礼の連絡）を送り、送らない対照群と比べて効果を測りましょう。次に${p.segment === null ? '「ROIが出る顧客層は？」' : `「セグメント${p.segment}に10%割引を出したらROIは？」`}と聞けます。`,
    en: (p: ActionParams) =>
      `What to do: reach out to ${p.target ?? 'these customers'} before they go (a limited offer, new arrivals, a thank-you note) and measure it against a held-out control group. Next you can ask ${p.segment === null ? '"which segment gives the best ROI?"' : `"what is the ROI of a 10% discount for segment ${p.segment}?"`}`,
  },
});
