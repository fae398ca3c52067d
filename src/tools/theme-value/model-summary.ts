import { formatMoney } from '../../core/format/format-money.ts';
import { quoteData } from '../../core/quote-data.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { themeValueGroup } from './present.ts';
import type { ThemeValueData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from compare_theme_value, in English: aggregates and describable themes only. */
export function summarizeThemeValue(data: ThemeValueData): string {
  const lines = [
    `Photo themes vs value in ${quoteData(data.dataset)} (segmentation run ${data.runId}): valuable = ${themeValueGroup(data, 'en')}. Compared among the ${groupDigits(data.photoCustomers)} customers with photos (${data.valuablePhotoCustomers} valuable); ${data.leftOut} without photos left out.`,
  ];
  if (!data.describable) {
    lines.push(
      `One side has fewer than ${groupDigits(data.minimumGroupSize)} customers: no theme comparison (privacy rule).`,
    );
    return lines.join('\n');
  }
  lines.push(
    `Themes by lift (share of valuable posters ÷ share of other posters; 90% interval; evidence from Benjamini–Hochberg-adjusted p): ${data.themes
      .map(
        (row) =>
          `${row.title.en}: ${row.lift === null ? 'only valuable posters' : `×${formatNumber(row.lift, 2)} (${formatNumber(row.liftInterval!.lower, 2)}–${formatNumber(row.liftInterval!.upper, 2)})`}, ${formatPercent(row.valuableShare, 0)} vs ${formatPercent(row.otherShare, 0)}, ${row.valuablePosters + row.otherPosters} posters, ${row.evidence}`,
      )
      .join('; ')}.`,
  );
  const top = data.themes[0];
  if (top && top.meanValuePosters !== null && top.meanValueOthers !== null)
    lines.push(
      `Mean ${data.measure === 'spend' ? 'total spend' : '12-month CLV'} of ${top.title.en} posters ${formatMoney(top.meanValuePosters, data.currency, 'en')} vs other posters ${formatMoney(top.meanValueOthers, data.currency, 'en')}.`,
    );
  lines.push('An association, not causation; weak evidence can be chance.');
  if (data.withheldThemes > 0)
    lines.push(
      `${data.withheldThemes} theme(s) posted by fewer than ${groupDigits(data.minimumGroupSize)} customers are not named.`,
    );
  return lines.join('\n');
}
