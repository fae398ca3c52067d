import { formatMoney } from '../../core/format/format-money.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import type { ComparedMeasure, GroupDifference } from '../../engine/compare/compare-groups.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { compareMessages as messages } from './messages.ts';
import type { CompareSegmentsData } from './result.ts';

/** How long ago, in words: 「約3週間前」, "about 2 months ago". */
export function recencyWords(days: number, language: Language): string {
  if (days < 14) return translate(messages.daysAgo, language, { n: Math.max(1, Math.round(days)) });
  if (days < 60) return translate(messages.weeksAgo, language, { n: Math.round(days / 7) });
  if (days < 730) return translate(messages.monthsAgo, language, { n: Math.round(days / 30.44) });
  return translate(messages.yearsAgo, language, { n: Math.round(days / 365.25) });
}

/** A measure's value as people read it: money in the dataset's currency, counts, days. */
export function measureValue(measure: ComparedMeasure, value: number, currency: string, language: Language): string {
  if (measure === 'orders') return translate(messages.times, language, { value: formatNumber(value) });
  if (measure === 'recencyDays') return translate(messages.days, language, { value: formatNumber(value, 0) });
  return formatMoney(value, currency, language);
}

/** A difference in words, without the final full stop: 「顧客生涯価値は A が B の2.1倍」. */
export function differenceWords(difference: GroupDifference, result: CompareSegmentsData, language: Language): string {
  const first = result.first.name[language];
  const second = result.second.name[language];
  if (difference.measure === 'recencyDays') {
    const firstRecent = difference.ratio < 1;
    return translate(messages.recent, language, {
      recent: firstRecent ? first : second,
      other: firstRecent ? second : first,
      recentWhen: recencyWords(firstRecent ? difference.first : difference.second, language),
      otherWhen: recencyWords(firstRecent ? difference.second : difference.first, language),
    });
  }
  const firstLarger = difference.ratio >= 1;
  return translate(messages.ratio, language, {
    measure: translate(messages[difference.measure], language),
    larger: firstLarger ? first : second,
    smaller: firstLarger ? second : first,
    ratio: formatNumber(firstLarger ? difference.ratio : 1 / difference.ratio),
  });
}

/** A theme gap in words: 「犬の写真を投稿する人は A で45.0%、B で8.0%」. */
export function themeGapWords(
  gap: CompareSegmentsData['themeDifferences'][number],
  result: CompareSegmentsData,
  language: Language,
): string {
  return translate(messages.themeGap, language, {
    theme: gap.name[language],
    firstName: result.first.name[language],
    secondName: result.second.name[language],
    first: formatPercent(gap.first),
    second: formatPercent(gap.second),
  });
}

/** The one-line finding (chart title): the biggest difference, else the widest theme gap, else "alike". */
export function findingWords(result: CompareSegmentsData, language: Language): string {
  const text = finding(result, language);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function finding(result: CompareSegmentsData, language: Language): string {
  const [biggest] = result.differences;
  if (biggest) return differenceWords(biggest, result, language);
  const [gap] = result.themeDifferences;
  if (gap) return themeGapWords(gap, result, language);
  return translate(messages.noDifference, language, {
    first: result.first.name[language],
    second: result.second.name[language],
  }).replace(/[。.]$/u, '');
}
