import { formatMoney } from '../../core/format/format-money.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { featureLabel } from '../shared/feature-label.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { isMentionable, isThemeFeature } from './is-mentionable.ts';
import { standsAboveChance } from '../shared/segment-label.ts';
import { clusterMessages as messages } from './messages.ts';
import type { DescribeClusterData } from './result.ts';
import { themeLabel } from '../../engine/themes/name-theme.ts';

/** describe_cluster's result for a reader, in Japanese or English. */
export function presentCluster(result: DescribeClusterData, language: Language): string {
  if (result.kind === 'theme') {
    const { theme } = result;
    const top = result.segmentsOverIndexing[0];
    return (
      // Never the English classifier labels in Japanese: the concept name and Japanese examples.
      translate(messages.theme, language, {
        id: theme.id,
        name: themeLabel(theme, language),
        photos: theme.size,
        share: formatPercent(theme.share),
        customers: theme.customers,
      }) +
      (top
        ? translate(messages.themeTopSegment, language, {
            segment: top.label,
            share: formatPercent(top.share),
            lift: formatNumber(top.lift),
          })
        : '') +
      `\n${translate(messages.themeNext, language)}`
    );
  }
  const { segment } = result;
  const rfm = segment.meanRfm;
  const named = segment.features
    // Lifts near 1 are not "high": only features at least 1.2 times the whole base are named, and a
    // theme only when its share stands above chance (as in the segment's name).
    .filter((feature) => feature.lift !== null && feature.lift >= 1.2)
    .filter((feature) => isMentionable(feature.name, result.describableThemeIds))
    .filter((feature) => !isThemeFeature(feature.name) || standsAboveChance(feature, result.minimumThemeZ))
    .sort((left, right) => right.lift! - left.lift!)
    .map((feature) => ({ name: featureLabel(feature.name, result.themeNames, language), lift: feature.lift! }));
  // Two themes with one concept name (「犬の写真」 twice) are one thing to a reader: the higher lift speaks for both.
  const over = named
    .filter((feature, index) => named.findIndex((other) => other.name === feature.name) === index)
    .slice(0, 3);
  return [
    translate(messages.segmentSize, language, {
      label: result.label,
      size: segment.size,
      share: formatPercent(segment.share),
    }),
    translate(messages.segmentBuying, language, {
      purchases: formatNumber(rfm.frequency),
      spend: formatMoney(rfm.monetary, result.currency, language),
      days: formatNumber(rfm.recencyDays, 0),
    }),
    segment.meanLifetimeValue === null
      ? ''
      : translate(messages.segmentValue, language, {
          value: formatMoney(segment.meanLifetimeValue, result.currency, language),
        }),
    over.length === 0
      ? ''
      : translate(messages.segmentStandsOut, language, {
          features: over
            .map((feature) =>
              translate(messages.feature, language, { name: feature.name, lift: formatNumber(feature.lift) }),
            )
            .join(translate(messages.labelSeparator, language)),
        }),
  ]
    .filter(Boolean)
    .join('\n');
}
