import type { Language } from '../core/language.ts';
import { formatMoney } from '../core/format/format-money.ts';
import type { CurrencyCode } from '../core/format/currency-code.ts';

/**
 * About this many ticks on a money axis: enough to read a value off, few enough that amounts such
 * as 「1,250,000円」 fit side by side in a 520-pixel chart.
 */
export const defaultMoneyTickCount = 6;

/**
 * Round tick values (1, 2 or 5 × 10ⁿ apart) covering [min, max], the first at or below min and the
 * last at or above max; the same rule as d3's `nice`, done here so labels can be formatted in advance.
 */
export function niceTicks(min: number, max: number, count = defaultMoneyTickCount): number[] {
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  if (!(Number.isFinite(low) && Number.isFinite(high))) return [0];
  if (high === low) return low === 0 ? [0, 1] : niceTicks(Math.min(0, low), Math.max(0, high), count);
  const raw = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((multiple) => multiple * power >= raw) ?? 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Multiplying an integer by the step (rather than adding steps) keeps values like 0.3 exact enough to print.
  for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toPrecision(12)));
  return ticks;
}

/** The unit money is written with: 「円」 in Japanese for yen, else the symbol ($, €, ¥). */
export function moneyUnit(currency: CurrencyCode, language: Language): string {
  return formatMoney(0, currency, language).replace(/[\d.,\s\u00a0-]/gu, '') || currency;
}

/** A Vega-Lite quantitative axis and scale for money: fixed ticks, each labelled with formatMoney. */
export interface MoneyAxis {
  scale: { domain: [number, number]; nice: false; zero: boolean };
  axis: { values: number[]; labelExpr: string; labelOverlap: boolean };
}

/**
 * A money axis in the dataset's currency over the data's range (from 0 when `zero`; out to the round
 * ticks around it when `roundEnds`, as a bar chart's value axis wants), with round ticks labelled as
 * people read money (「-50,000円」, "$12,000"), not in SI units ("50k"). Vega formats
 * labels with d3, which knows no currency; the labels are therefore formatted here and looked up by
 * tick value in the axis's `labelExpr`.
 */
export function moneyAxis(
  values: readonly number[],
  currency: CurrencyCode,
  language: Language,
  options: { zero?: boolean; roundEnds?: boolean; tickCount?: number } = {},
): MoneyAxis {
  const finite = values.filter((value) => Number.isFinite(value));
  const zero = options.zero ?? false;
  let low = finite.reduce((least, value) => Math.min(least, value), finite[0] ?? 0);
  let high = finite.reduce((most, value) => Math.max(most, value), finite[0] ?? 0);
  if (zero) {
    low = Math.min(0, low);
    high = Math.max(0, high);
  }
  if (high === low) high = low + 1;
  const round = niceTicks(low, high, options.tickCount ?? defaultMoneyTickCount);
  if (options.roundEnds) {
    low = round[0]!;
    high = round.at(-1)!;
  }
  // Otherwise the plot spans the data (no empty band up to the next round number), ticks inside it.
  const slack = (high - low) * 1e-9;
  const ticks = round.filter((tick) => tick >= low - slack && tick <= high + slack);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : Math.abs(high - low);
  // Tick values come back from Vega as floats: match each within a small share of a step.
  // formatMoney writes a lone 0 with minor units ($0.00); beside $100,000 it reads as 「$0」.
  const largest = ticks.reduce((most, tick) => (Math.abs(tick) > Math.abs(most) ? tick : most), 0);
  const label = (tick: number): string =>
    tick === 0 && largest !== 0
      ? formatMoney(Math.abs(largest), currency, language).replace(/\d[\d,.]*/u, '0')
      : formatMoney(tick, currency, language);
  const labelExpr = ticks
    .map((tick) => `abs(datum.value - (${tick})) < ${step / 1000} ? ${JSON.stringify(label(tick))} : `)
    .join('')
    .concat("''");
  return {
    scale: { domain: [low, high], nice: false, zero },
    axis: { values: ticks, labelExpr, labelOverlap: true },
  };
}

/**
 * A quantitative channel in money: `field`, the axis title with the unit written in (「売上（円）」
 * from `title('円')`) and {@link moneyAxis}'s scale and labelled ticks over `values`.
 */
export function moneyChannel(
  field: string,
  values: readonly number[],
  currency: CurrencyCode,
  language: Language,
  title: (unit: string) => string,
  options: Parameters<typeof moneyAxis>[3] = {},
) {
  const money = moneyAxis(values, currency, language, options);
  return {
    field,
    type: 'quantitative',
    title: title(moneyUnit(currency, language)),
    scale: money.scale,
    axis: money.axis,
  } as const;
}
