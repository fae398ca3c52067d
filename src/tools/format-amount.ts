import { formatNumber } from './format-number.ts';

/**
 * An amount of money for people: in the dataset's currency when it is known (ISO code, through
 * Intl.NumberFormat: 「45,000円」, "¥45,000", "$1,234"), else as a plain number. Whole units from 100 up.
 */
export function formatAmount(amount: number, currency: string | null, language: 'ja' | 'en'): string {
  if (!Number.isFinite(amount)) return String(amount);
  if (currency === null) return formatNumber(amount, 2);
  const whole = Math.abs(amount) >= 100;
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US', {
    style: 'currency',
    currency,
    currencyDisplay: language === 'ja' && currency === 'JPY' ? 'name' : 'symbol',
    ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
  }).format(amount === 0 ? 0 : amount);
}
