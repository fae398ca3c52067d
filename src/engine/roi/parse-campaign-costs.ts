import type { CampaignCosts } from './campaign-model-types.ts';

/** What a question says about a campaign's money, in plain numbers (money in the currency named, if any). */
export interface ParsedCampaignCosts extends CampaignCosts {
  /** 「粗利率30%」, "gross margin 35%" → 0.3 / 0.35. */
  readonly grossMargin?: number;
  /** 「リフト2%」, "a 3% lift": a measured incremental response. */
  readonly measuredLift?: number;
  /** Currency named next to an amount (円/¥/yen → JPY, $ → USD, € → EUR); null when none was. */
  readonly currency: 'JPY' | 'USD' | 'EUR' | null;
}

type MoneyField = 'totalCost' | 'budget' | 'costPerContact' | 'incentivePerRedeemer' | 'fixedCost';

const units: Record<string, number> = { 億: 1e8, 万: 1e4, 千: 1e3, 百: 100 };
const latinUnits: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, billion: 1e9 };

// A number: "200000", "1.5", or a Japanese compound "3万5千", "1億2000万" (units descending).
const japaneseNumber = String.raw`\d+(?:\.\d+)?(?:\s*[億万千百](?:\s*\d+(?:\.\d+)?)?)*`;
const currencyBefore = String.raw`(?<pre>[¥$€]|usd|jpy|eur|us\$)?\s*`;
const latinUnit = String.raw`(?:\s*(?<latin>k|thousand|million|mn|m|billion)\b)?`;
const currencyAfter = String.raw`(?:\s*(?<post>円|yen|jpy|dollars?|usd|euros?|eur|ドル|ユーロ))?`;
const amountPattern = new RegExp(`${currencyBefore}(?<number>${japaneseNumber})${latinUnit}${currencyAfter}`, 'gu');

const moneyContexts: { field: MoneyField; before?: RegExp; after?: RegExp }[] = [
  {
    field: 'costPerContact',
    before:
      /(?:(?:^|[^\d.])[1一]\s*(?:人|通|件|名|回)(?:\s*(?:あたり|当たり|につき|ごと))?(?:の)?(?:\s*(?:コスト|費用|単価|配信費|送料))?(?:は|が|で|に)?|per[- ](?:contact|customer|person|head|message|email|mail)(?:\s*(?:of|is|at))?|(?:contact|per-contact|unit) cost(?:\s*(?:of|is))?|送付単価(?:は)?|単価(?:は)?)\s*$/u,
    after:
      /^\s*(?:\/\s*(?:人|通|件|名|contact|customer|person|head)|(?:per|a|each|for each|\/)\s*(?:contact|customer|person|head|message|email|mail|recipient)|each\b|(?:の)?\s*(?:1人|一人|1通|1件)\s*(?:あたり|当たり))/u,
  },
  {
    field: 'incentivePerRedeemer',
    after: /^\s*(?:分の|の)?\s*(?:クーポン|ポイント|特典券|coupon|voucher|gift card|credit)/u,
  },
  {
    field: 'fixedCost',
    before:
      /(?:固定費|制作費|初期費用|セットアップ費用|set-?up cost|fixed cost|creative cost|design cost)(?:\s*(?:は|が|of|is|:|：))?\s*$/u,
  },
  {
    field: 'budget',
    before: /(?:予算|budget|上限)(?:\s*(?:は|が|を|で|of|is|:|：|として|の範囲で|up to))?\s*$/u,
    after: /^\s*(?:の)?\s*(?:予算|budget|以内|まで(?:の予算)?)/u,
  },
  {
    field: 'totalCost',
    before:
      /(?:費用|コスト|総額|経費|投資額|投資|施策費|広告費|cost(?:s|ing)?|spend(?:ing)?|invest(?:ing|ment)?|pay(?:ing)?|total)(?:\s*(?:は|が|を|で|of|is|:|：|about|around|roughly))?\s*$/u,
    after: /^\s*(?:の)?\s*(?:費用|コスト|投資|かけ|使|cost|spend|investment|in total|total)/u,
  },
];

function parseJapaneseNumber(text: string): number {
  // Myriad groups: "3万5千" = 3·10⁴ + 5·10³, "5千万" = 5·10³·10⁴, "1億2000万" = 10⁸ + 2000·10⁴, "1.5万" = 15 000.
  let total = 0;
  let group = 0;
  let pending: number | null = null;
  for (const token of text.replace(/\s+/g, '').match(/\d+(?:\.\d+)?|[億万千百]/gu) ?? []) {
    const unit = units[token];
    if (unit === undefined) pending = Number(token);
    else if (unit < 1e4) {
      group += (pending ?? 1) * unit;
      pending = null;
    } else {
      group += pending ?? 0;
      total += (group || 1) * unit;
      group = 0;
      pending = null;
    }
  }
  return total + group + (pending ?? 0);
}

function currencyOf(pre: string | undefined, post: string | undefined): ParsedCampaignCosts['currency'] {
  const mark = `${pre ?? ''}${post ?? ''}`;
  if (/[¥円]|yen|jpy/u.test(mark)) return 'JPY';
  if (/\$|dollar|usd|ドル/u.test(mark)) return 'USD';
  if (/€|euro|eur|ユーロ/u.test(mark)) return 'EUR';
  return null;
}

/**
 * Reads the costs, budget, discount, margin and lift a question states, in Japanese or English:
 * 「費用50万円」 → totalCost 500 000; 「予算30万」 → budget 300 000; "a 200,000 yen budget" → budget;
 * 「1人300円」 / "$2 per contact" → costPerContact; 「15%割引」 / "20% off" / 「2割引」 → discountRate;
 * 「500円クーポン」 → incentivePerRedeemer; 「制作費10万円」 → fixedCost; 「粗利率30%」 → grossMargin;
 * 「リフト2%」 → measuredLift. Full-width digits (NFKC), thousands separators and 万/千/億/k/million count.
 * A plain number counts only right next to a cost word (「予算300000」); one with a currency or 万 and
 * no cost word is the total cost. Numbers that are not money (「セグメント2」, 「1人」) are skipped.
 */
export function parseCampaignCosts(question: string): ParsedCampaignCosts {
  const text = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/[￥]/g, '¥');
  const found: Partial<Record<MoneyField, number>> = {};
  let currency: ParsedCampaignCosts['currency'] = null;
  const percents = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|パーセント|percent)/gu)];
  const consumed: [number, number][] = percents.map((match) => [match.index, match.index + match[0].length]);
  for (const match of text.matchAll(amountPattern)) {
    const { pre, number, latin, post } = match.groups as Record<string, string | undefined>;
    const start = match.index + match[0].indexOf(number!);
    if (consumed.some(([from, to]) => start >= from && start < to)) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (
      /^\s*(?:割|%|人|名|件|通|回|か月|ヶ月|カ月|日|週|年|倍|位|番|つ|個|segment|セグメント)/u.test(after) &&
      !post &&
      !pre
    ) {
      continue;
    }
    const isMoney = Boolean(pre || post || latin || /[億万千]/u.test(number!));
    const field = moneyContexts.find(
      (context) => context.before?.test(before) || (isMoney && context.after?.test(after)),
    )?.field;
    if (!field && !isMoney) continue;
    // A plain number needs its cost word right before it: 「セグメント2」 and 「上位3」 are not money.
    if (!isMoney && !(field && moneyContexts.find((context) => context.field === field)?.before?.test(before)))
      continue;
    const value = parseJapaneseNumber(number!) * (latin ? latinUnits[latin]! : 1);
    const target = field ?? 'totalCost';
    if (found[target] === undefined) found[target] = value;
    currency ??= currencyOf(pre, post);
  }
  const result: { -readonly [Key in keyof ParsedCampaignCosts]: ParsedCampaignCosts[Key] } = { ...found, currency };
  const discount =
    /(\d+(?:\.\d+)?)\s*(?:%|パーセント|percent)\s*(?:の)?\s*(?:割引|引き|オフ|off|discount|値引き)/u.exec(text) ??
    /(?:割引率|値引き率|discount(?: rate)?(?: of)?)\s*(\d+(?:\.\d+)?)\s*(?:%|パーセント|percent)/u.exec(text);
  if (discount) result.discountRate = Number(discount[1]) / 100;
  else {
    const wari = /(\d+(?:\.\d+)?)\s*割\s*(?:引|オフ)/u.exec(text);
    if (wari) result.discountRate = Number(wari[1]) / 10;
    else if (/半額|half price|50% off/u.test(text)) result.discountRate = 0.5;
  }
  const margin =
    /(?:粗利(?:率)?|利益率|gross margin|margin)(?:\s*(?:は|が|of|is|:|：|at))?\s*(\d+(?:\.\d+)?)\s*(?:%|パーセント|percent)/u.exec(
      text,
    ) ?? /(\d+(?:\.\d+)?)\s*(?:%|パーセント|percent)\s*(?:の)?\s*(?:粗利|gross margin|margin)/u.exec(text);
  if (margin) result.grossMargin = Number(margin[1]) / 100;
  const lift =
    /(?:リフト|lift|上乗せ|増分(?:反応率)?|uplift)(?:\s*(?:は|が|of|is|:|：))?\s*(\d+(?:\.\d+)?)\s*(?:%|ポイント|pt|points?)/u.exec(
      text,
    ) ?? /(\d+(?:\.\d+)?)\s*(?:%|ポイント|pt|points?)\s*(?:の)?\s*(?:リフト|lift|uplift|上乗せ)/u.exec(text);
  if (lift) result.measuredLift = Number(lift[1]) / 100;
  return result;
}
