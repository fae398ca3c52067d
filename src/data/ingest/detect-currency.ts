import type { CurrencyCode } from '../../core/format/currency-code.ts';

/** Signs in amount cells and the currency each one means (after NFKC, ￥ is ¥ and ＄ is $). */
const signs: readonly { pattern: RegExp; currency: CurrencyCode }[] = [
  { pattern: /[¥円]/u, currency: 'JPY' },
  { pattern: /\$/u, currency: 'USD' },
  { pattern: /€/u, currency: 'EUR' },
  { pattern: /£/u, currency: 'GBP' },
];

/** What the amount cells of a file say about their currency. */
export interface CurrencyEvidence {
  /** The currency most signed cells use, or null when no cell carries a sign. */
  currency: CurrencyCode | null;
  /** Signed cells per currency, e.g. `{ JPY: 120 }`. */
  cells: Record<CurrencyCode, number>;
}

/**
 * Infers the currency of a file's amounts from the signs written in its cells (¥1,200, 1200円, $3.80).
 * Most cells usually carry no sign; those say nothing. When signs disagree the majority wins and the
 * caller warns, listing `cells`.
 */
export function detectCurrency(amountTexts: Iterable<string>): CurrencyEvidence {
  const cells: Record<CurrencyCode, number> = {};
  for (const text of amountTexts) {
    const normalized = text.normalize('NFKC');
    const sign = signs.find((candidate) => candidate.pattern.test(normalized));
    if (sign) cells[sign.currency] = (cells[sign.currency] ?? 0) + 1;
  }
  const ranked = Object.entries(cells).sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  return { currency: ranked[0]?.[0] ?? null, cells };
}
