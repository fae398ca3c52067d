import type { Language } from '../language.ts';
import { pick } from '../message-catalog.ts';

/**
 * What a count counts. Photos are two different numbers and readers must be told which: `photos` are
 * posts (a picture two customers posted counts twice), `distinctPhotos` are different pictures (what
 * the visual themes are found over).
 */
export type CountUnit = 'customers' | 'purchases' | 'photos' | 'distinctPhotos';

const numberFormats: Record<Language, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

const phrases: Record<CountUnit, { ja: (n: string) => string; en: (n: string, one: boolean) => string }> = {
  customers: { ja: (n) => `${n}人`, en: (n, one) => `${n} ${one ? 'customer' : 'customers'}` },
  purchases: { ja: (n) => `購入${n}件`, en: (n, one) => `${n} ${one ? 'purchase' : 'purchases'}` },
  photos: { ja: (n) => `投稿写真${n}枚`, en: (n, one) => `${n} ${one ? 'photo posted' : 'photos posted'}` },
  distinctPhotos: {
    ja: (n) => `写真${n}種類`,
    en: (n, one) => `${n} ${one ? 'distinct photo' : 'distinct photos'}`,
  },
};

/**
 * A count that says what it counts: `formatCount(1189, 'photos', 'ja')` → 「投稿写真1,189枚」,
 * `(72, 'distinctPhotos', 'en')` → "72 distinct photos", `(1, 'customers', 'en')` → "1 customer".
 */
export function formatCount(count: number, unit: CountUnit, language: Language): string {
  const text = numberFormats[language].format(count);
  return pick(language, { ja: () => phrases[unit].ja(text), en: () => phrases[unit].en(text, count === 1) })();
}

const digitGroups = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A number inside a catalog text, digits grouped the way both languages write them: 2357 → "2,357"
 * (「2,357人」, "2,357 customers"), 3.6 → "3.6". `${groupDigits(p.count)}人` would print 「2357人」, which an
 * executive reads as a typo; `test/lint/grouped-counts.test.ts` fails on such a template.
 */
export function groupDigits(value: number): string {
  return Number.isFinite(value) ? digitGroups.format(value) : String(value);
}
