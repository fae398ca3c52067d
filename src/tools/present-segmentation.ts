import { formatNumber, formatPercent } from './format-number.ts';
import type { RunSegmentationData } from './run-segmentation-tool.ts';

/** run_segmentation's result for a reader, in Japanese or English. */
export function presentSegmentation(data: RunSegmentationData, language: 'ja' | 'en'): string {
  const ja = language === 'ja';
  const best = [...data.segments].sort(
    (left, right) => (right.meanLifetimeValue ?? 0) - (left.meanLifetimeValue ?? 0),
  )[0];
  const lines = [
    ja
      ? `${data.customerCount}人の顧客（写真${data.photoCount}枚）を、写真の視覚テーマ${data.themes.length}種類と購買行動から${data.segments.length}つのセグメントに分けました（実行 ${data.runId}）。`
      : `I grouped ${data.customerCount} customers (${data.photoCount} photos) into ${data.segments.length} segments from ${data.themes.length} visual photo themes and their buying behaviour (run ${data.runId}).`,
    '',
    ...data.segments.map((segment, index) => {
      const value =
        segment.meanLifetimeValue === null
          ? ''
          : ja
            ? `、12か月の平均顧客生涯価値 ${formatNumber(segment.meanLifetimeValue)}`
            : `, mean 12-month CLV ${formatNumber(segment.meanLifetimeValue)}`;
      return ja
        ? `• ${data.labels[index]}: ${segment.size}人（${formatPercent(segment.share)}）。平均購入${formatNumber(segment.meanRfm.frequency)}回・累計${formatNumber(segment.meanRfm.monetary)}、最終購入から平均${formatNumber(segment.meanRfm.recencyDays, 0)}日${value}。`
        : `• ${data.labels[index]}: ${segment.size} customers (${formatPercent(segment.share)}); ${formatNumber(segment.meanRfm.frequency)} purchases and ${formatNumber(segment.meanRfm.monetary)} spent on average, last purchase ${formatNumber(segment.meanRfm.recencyDays, 0)} days ago${value}.`;
    }),
  ];
  if (best && best.meanLifetimeValue !== null) {
    const label = data.labels[data.segments.indexOf(best)];
    lines.push(
      '',
      ja
        ? `ビジネス上の意味: 顧客生涯価値が最も高いのは ${label} です。まずこの層の維持・拡大施策を検討する価値があります。`
        : `What it means: ${label} has the highest lifetime value, so it is the first candidate for retention and growth offers.`,
    );
  }
  if (data.warnings.length > 0) lines.push('', `${ja ? '注記' : 'Notes'}: ${data.warnings.join(' ')}`);
  return lines.join('\n');
}
