import { appendAll } from '../../core/append-all.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatPercent } from '../shared/format-number.ts';
import { differenceWords, measureValue, recencyWords, themeGapWords } from './compare-words.ts';
import { compareMessages as messages } from './messages.ts';
import type { CompareSegmentsData, ComparedGroup } from './result.ts';

/** compare_segments' result for a reader: both groups line by line, then the biggest differences. */
export function presentComparison(result: CompareSegmentsData, language: Language): string {
  const { first, second, currency } = result;
  const lines = [
    translate(messages.heading, language, { first: first.name[language], second: second.name[language] }),
    translate(messages.size, language, {
      first: first.summary.size.toLocaleString('en-US'),
      second: second.summary.size.toLocaleString('en-US'),
      firstShare: formatPercent(first.summary.share),
      secondShare: formatPercent(second.summary.share),
    }) + (result.overlap ? translate(messages.overlap, language, { count: result.overlap }) : ''),
    translate(messages.revenue, language, {
      first: formatMoney(first.summary.revenue, currency, language),
      second: formatMoney(second.summary.revenue, currency, language),
      firstShare: formatPercent(first.summary.revenueShare),
      secondShare: formatPercent(second.summary.revenueShare),
    }),
    ...result.measures.map((entry) =>
      entry.measure === 'recencyDays'
        ? translate(messages.measureLine, language, {
            measure: translate(messages.lastPurchase, language),
            first: recencyWords(entry.first, language),
            second: recencyWords(entry.second, language),
          })
        : translate(messages.measureLine, language, {
            measure: translate(messages[entry.measure], language),
            first: measureValue(entry.measure, entry.first, currency, language),
            second: measureValue(entry.measure, entry.second, currency, language),
          }),
    ),
    translate(messages.themesLine, language, {
      first: themeList(first, language),
      second: themeList(second, language),
    }),
  ];
  const differences = [
    ...result.differences.slice(0, 3).map((entry) => differenceWords(entry, result, language)),
    ...result.themeDifferences.slice(0, 1).map((entry) => themeGapWords(entry, result, language)),
  ];
  if (differences.length === 0)
    lines.push(
      translate(messages.noDifference, language, { first: first.name[language], second: second.name[language] }),
    );
  else
    appendAll(lines, [
      translate(messages.differencesHeading, language),
      ...differences.map((text) => translate(messages.bullet, language, { text })),
    ]);
  return lines.join('\n');
}

function themeList(group: ComparedGroup, language: Language): string {
  if (group.topThemes.length === 0) return translate(messages.noThemes, language);
  return group.topThemes
    .map((entry) =>
      translate(messages.themeShare, language, { name: entry.name[language], share: formatPercent(entry.share) }),
    )
    .join(translate(messages.separator, language));
}
