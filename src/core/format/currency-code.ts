/** An ISO 4217 currency code, upper case, e.g. `JPY`, `USD`. */
export type CurrencyCode = string;

/** The currency a dataset gets when neither `--currency` nor a sign in its amounts says otherwise. */
export const defaultCurrency: CurrencyCode = 'JPY';

/** Every ISO 4217 code this runtime's Intl knows (about 160 in Node 20). */
const knownCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * Reads a currency code as a person types it (`jpy`, ` USD `) and returns it upper-cased, or null when
 * it is not an ISO 4217 code Intl can format (so a typo like `YEN` is refused rather than stored).
 */
export function parseCurrencyCode(text: string): CurrencyCode | null {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && knownCodes.has(code) ? code : null;
}
