import { formatMoney } from '../../core/format/format-money.ts';
import type { Language } from '../../core/language.ts';
import { pick, translate } from '../../core/message-catalog.ts';
import type { ThemeValueChartInput } from '../../charts/theme-value-chart.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { evidenceWords, themeValueMessages as messages } from './messages.ts';
import type { ThemeValueData, ThemeValueRow } from './result.ts';

/** Rows a reader sees: at most this many themes, highest lift first. */
const shownThemes = 6;
/** Lifts below this are not called "more common" (a ratio near 1 is no difference). */
const notableLift = 1.2;

/** The valuable group in words ("the top 20% by 12-month CLV (¥30,000 or more)"). */
export function themeValueGroup(data: ThemeValueData, language: Language): string {
  if (data.measure === 'behavior') return translate(messages.groupBehavior, language, { column: data.behavior ?? '' });
  const params = {
    top: formatPercent(data.topShare, 0),
    threshold: formatMoney(data.threshold ?? 0, data.currency, language),
  };
  return translate(data.measure === 'spend' ? messages.groupSpend : messages.groupClv, language, params);
}

function liftText(row: ThemeValueRow, language: Language): string {
  return row.lift === null
    ? translate(messages.onlyValuable, language)
    : translate(messages.liftTimes, language, { value: formatNumber(row.lift) });
}

/** compare_theme_value's result for a person, in Japanese or English. */
export function presentThemeValue(data: ThemeValueData, language: Language): string {
  const lines = [
    translate(messages.base, language, {
      group: themeValueGroup(data, language),
      photoCustomers: data.photoCustomers,
      valuable: data.valuablePhotoCustomers,
      leftOut: data.leftOut,
    }),
  ];
  if (!data.describable)
    return [...lines, translate(messages.tooFew, language, { minimum: data.minimumGroupSize })].join('\n');
  if (data.themes.length === 0) return [...lines, translate(messages.noThemes, language)].join('\n');
  const top = data.themes[0]!;
  lines.push(
    top.lift !== null && top.lift < notableLift
      ? translate(messages.headlineNone, language)
      : translate(top.evidence === 'weak' ? messages.headlineWeak : messages.headlineOver, language, {
          name: pick(language, top.title),
          lift: liftText(top, language),
        }),
  );
  for (const row of data.themes.slice(0, shownThemes))
    lines.push(
      translate(messages.row, language, {
        name: pick(language, row.title),
        lift: liftText(row, language),
        valuableShare: formatPercent(row.valuableShare, 0),
        otherShare: formatPercent(row.otherShare, 0),
        posters: row.valuablePosters + row.otherPosters,
        evidence: pick(language, evidenceWords[row.evidence]),
      }),
    );
  if (top.meanValuePosters !== null && top.meanValueOthers !== null)
    lines.push(
      translate(messages.meanValue, language, {
        name: pick(language, top.title),
        posters: formatMoney(top.meanValuePosters, data.currency, language),
        others: formatMoney(top.meanValueOthers, data.currency, language),
        measure: translate(data.measure === 'spend' ? messages.measureSpend : messages.measureClv, language),
      }),
    );
  lines.push(translate(messages.evidenceNote, language, { themes: data.themes.length }));
  if (data.withheldThemes > 0)
    lines.push(translate(messages.withheld, language, { count: data.withheldThemes, minimum: data.minimumGroupSize }));
  lines.push(translate(messages.next, language));
  return lines.join('\n');
}

/** The chart's bars: the shown themes' lifts with their intervals, in the reader's language. */
export function themeValueChartInput(data: ThemeValueData, language: Language): ThemeValueChartInput {
  return {
    group: themeValueGroup(data, language),
    bars: data.themes
      .filter((row) => row.lift !== null)
      .slice(0, 8)
      .map((row) => ({
        label: pick(language, row.title),
        lift: row.lift!,
        lower: row.liftInterval!.lower,
        upper: row.liftInterval!.upper,
        evidence: row.evidence,
      })),
  };
}
