import type { Language } from '../language.ts';
import type { CurrencyCode } from './currency-code.ts';
import { pick } from '../message-catalog.ts';

/** Amounts at or above this (in currency units) are shown without minor units: $25,104, not $25,104.37. */
const wholeUnitsFrom = 100;

const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Money as a person reads it, in the dataset's currency: `formatMoney(25104, 'JPY', 'ja')` →
 * 「25,104円」, `('JPY', 'en')` → "¥25,104", `(3.8, 'USD', 'en')` → "$3.80", `(25104.4, 'USD', 'en')` →
 * "$25,104". Intl.NumberFormat does the work (ja-JP / en-US). Japanese readers get 円 after the number,
 * as in their own documents, rather than the full-width ￥ that ja-JP's symbol form gives. Minor units
 * (cents) are shown only for small amounts, where they carry meaning; currencies without minor units
 * (JPY, KRW) never show them.
 */
export function formatMoney(amount: number, currency: CurrencyCode, language: Language): string {
  if (!Number.isFinite(amount)) return String(amount);
  const whole = Math.abs(amount) >= wholeUnitsFrom;
  const key = `${language}:${currency}:${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[language], {
      style: 'currency',
      currency,
      currencyDisplay: pick(language, { ja: currency === 'JPY' ? 'name' : 'symbol', en: 'symbol' }),
      ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
    });
    formatters.set(key, formatter);
  }
  // -0 would print as "-0円".
  return formatter.format(amount === 0 ? 0 : amount);
}
