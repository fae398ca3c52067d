import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** run_segmentation's texts for people. Figures arrive formatted. */
export const segmentationMessages = defineMessages({
  overview: {
    ja: (p: { customers: number; photos: number; themes: number; segments: number; runId: number }) =>
      `${groupDigits(p.customers)}人の顧客（写真${groupDigits(p.photos)}枚）を、写真の視覚テーマ${groupDigits(p.themes)}種類と購買行動から${p.segments}つのセグメントに分けました（実行 ${p.runId}）。`,
    en: (p: { customers: number; photos: number; themes: number; segments: number; runId: number }) =>
      `I grouped ${groupDigits(p.customers)} customers (${groupDigits(p.photos)} photos) into ${p.segments} segments from ${p.themes} visual photo themes and their buying behavior (run ${p.runId}).`,
  },
  segment: {
    ja: (p: SegmentLine) =>
      `• ${p.label}: ${groupDigits(p.size)}人（${p.share}）。平均購入${p.purchases}回・累計${p.spend}、最終購入から平均${p.days}日${p.value === null ? '' : `、12か月の平均顧客生涯価値 ${p.value}`}。`,
    en: (p: SegmentLine) =>
      `• ${p.label}: ${groupDigits(p.size)} customers (${p.share}); ${p.purchases} purchases and ${p.spend} spent on average, last purchase ${p.days} days ago${p.value === null ? '' : `, mean 12-month CLV ${p.value}`}.`,
  },
  meaning: {
    ja: (p: { label: string }) =>
      `ビジネス上の意味: 顧客生涯価値が最も高いのは ${p.label} です。まずこの層の維持・拡大施策を検討する価値があります。`,
    en: (p: { label: string }) =>
      `What it means: ${p.label} has the highest lifetime value, so it is the first candidate for retention and growth offers.`,
  },
});

/** Parameters of one segment's line. */
interface SegmentLine {
  label: string;
  size: number;
  share: string;
  purchases: string;
  spend: string;
  days: string;
  value: string | null;
}
