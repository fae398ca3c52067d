import type { Language } from '../language.ts';
import { pick } from '../message-catalog.ts';

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(key: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/u.exec(key);
  if (!match) return { year: Number.NaN, month: Number.NaN };
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** A calendar month key (`2026-02`) as people write it: 「2026年2月」 / "Feb 2026". */
export function formatMonth(key: string, language: Language): string {
  const { year, month } = parts(key);
  if (!Number.isFinite(year)) return key;
  return pick(language, { ja: `${year}年${month}月`, en: `${englishMonths[month - 1]} ${year}` });
}

/**
 * Two month keys as one span: 「2026年2月〜3月」, 「2025年12月〜2026年1月」 / "Feb–Mar 2026",
 * "Dec 2025–Jan 2026"; one month when both are the same.
 */
export function formatMonthRange(first: string, last: string, language: Language): string {
  if (first === last) return formatMonth(first, language);
  const from = parts(first);
  const to = parts(last);
  if (!Number.isFinite(from.year) || !Number.isFinite(to.year)) return `${first}–${last}`;
  if (from.year === to.year)
    return pick(language, {
      ja: `${from.year}年${from.month}月〜${to.month}月`,
      en: `${englishMonths[from.month - 1]}–${englishMonths[to.month - 1]} ${to.year}`,
    });
  return pick(language, {
    ja: `${formatMonth(first, 'ja')}〜${formatMonth(last, 'ja')}`,
    en: `${formatMonth(first, 'en')}–${formatMonth(last, 'en')}`,
  });
}

/** A day key (`2026-06-29`) as people write it: 「2026年6月29日」 / "Jun 29, 2026". */
export function formatDay(key: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(key);
  if (!match) return key;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return pick(language, { ja: `${year}年${month}月${day}日`, en: `${englishMonths[month - 1]} ${day}, ${year}` });
}
