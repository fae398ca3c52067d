import type { DescribeClusterData } from './describe-cluster-tool.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { featureLabel } from './feature-label.ts';
import { themeLabel } from '../engine/themes/name-theme.ts';

/** describe_cluster's result for a reader, in Japanese or English. */
export function presentCluster(data: DescribeClusterData, language: 'ja' | 'en'): string {
  const ja = language === 'ja';
  if (data.kind === 'theme') {
    const { theme } = data;
    const top = data.segmentsOverIndexing[0];
    // Never the English classifier labels in Japanese: the concept name and Japanese examples.
    const name = themeLabel(theme, language);
    return ja
      ? `写真テーマ「${name}」［T${theme.id}］: 写真${theme.size}種類（全体の${formatPercent(theme.share)}）。${top ? `このテーマを最も多く投稿するのは S${top.segment}（写真の${formatPercent(top.share)}、全体の${formatNumber(top.lift)}倍）です。` : ''}`
      : `Photo theme "${name}" [T${theme.id}]: ${theme.size} distinct photos (${formatPercent(theme.share)} of all).${top ? ` S${top.segment} posts it most (${formatPercent(top.share)} of their photos, ×${formatNumber(top.lift)} the base).` : ''}`;
  }
  const { segment } = data;
  const describable = new Set(data.describableThemeIds);
  const over = segment.features
    .filter((feature) => feature.lift !== null && isMentionable(feature.name, describable))
    .sort((left, right) => right.lift! - left.lift!)
    .slice(0, 3);
  return ja
    ? [
        `${data.label}: ${segment.size}人（全体の${formatPercent(segment.share)}）。`,
        `購買: 平均${formatNumber(segment.meanRfm.frequency)}回、累計${formatNumber(segment.meanRfm.monetary)}、最終購入から平均${formatNumber(segment.meanRfm.recencyDays, 0)}日（RFMスコア R${formatNumber(segment.meanRfm.recencyScore)}・F${formatNumber(segment.meanRfm.frequencyScore)}・M${formatNumber(segment.meanRfm.monetaryScore)}）。`,
        segment.meanLifetimeValue === null
          ? ''
          : `12か月の平均顧客生涯価値: ${formatNumber(segment.meanLifetimeValue)}。`,
        `全体より特に高い特徴: ${over.map((feature) => `${featureLabel(feature.name)}（${formatNumber(feature.lift!)}倍）`).join('、')}。`,
      ]
        .filter(Boolean)
        .join('\n')
    : [
        `${data.label}: ${segment.size} customers (${formatPercent(segment.share)} of the base).`,
        `Buying: ${formatNumber(segment.meanRfm.frequency)} purchases, ${formatNumber(segment.meanRfm.monetary)} spent, last purchase ${formatNumber(segment.meanRfm.recencyDays, 0)} days ago on average (RFM R${formatNumber(segment.meanRfm.recencyScore)} F${formatNumber(segment.meanRfm.frequencyScore)} M${formatNumber(segment.meanRfm.monetaryScore)}).`,
        segment.meanLifetimeValue === null ? '' : `Mean 12-month CLV: ${formatNumber(segment.meanLifetimeValue)}.`,
        `Stands out on: ${over.map((feature) => `${featureLabel(feature.name)} (×${formatNumber(feature.lift!)})`).join(', ')}.`,
      ]
        .filter(Boolean)
        .join('\n');
}

/** Theme shares only of themes enough customers posted in; every other feature may be mentioned. */
function isMentionable(featureName: string, describableThemeIds: ReadonlySet<number>): boolean {
  const theme = /^theme_(\d+)_share$/.exec(featureName);
  return theme === null || describableThemeIds.has(Number(theme[1]));
}
