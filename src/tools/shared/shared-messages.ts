import { defineMessages } from '../../core/message-catalog.ts';

type SegmentName = { traits: string; theme: string; id: number };

/** Words every tool's texts share: segment traits, segmentation progress, note headings. */
export const sharedMessages = defineMessages({
  traitFrequent: { ja: '高頻度', en: 'frequent' },
  traitRare: { ja: '低頻度', en: 'occasional' },
  traitHighSpend: { ja: '高額購入', en: 'big-spending' },
  traitLowSpend: { ja: '少額購入', en: 'small-spending' },
  traitLapsing: { ja: '休眠ぎみ', en: 'lapsing' },
  segmentNameTraitsTheme: {
    ja: (p: SegmentName) => `${p.traits}／${p.theme}が多い層（S${p.id}）`,
    en: (p: SegmentName) => `${p.traits} customers who post ${p.theme} (S${p.id})`,
  },
  segmentNameTraits: {
    ja: (p: SegmentName) => `${p.traits}の層（S${p.id}）`,
    en: (p: SegmentName) => `${p.traits} customers (S${p.id})`,
  },
  segmentNameTheme: {
    ja: (p: SegmentName) => `${p.theme}が多い層（S${p.id}）`,
    en: (p: SegmentName) => `customers who post ${p.theme} (S${p.id})`,
  },
  segmentNameAverage: {
    ja: (p: SegmentName) => `平均的な買い方の層（S${p.id}）`,
    en: (p: SegmentName) => `customers who buy like the average (S${p.id})`,
  },
  traitSeparator: { ja: '・', en: ', ' },
  stepLoading: { ja: 'データ読み込み', en: 'loading data' },
  stepThemes: { ja: '写真テーマ', en: 'photo themes' },
  stepFeatures: { ja: '顧客特徴量', en: 'customer features' },
  stepSegments: { ja: 'セグメント', en: 'segments' },
  stepDone: { ja: '完了', en: 'done' },
  segmentationRunning: {
    ja: (p: { step: string }) => `セグメンテーション実行中…（${p.step}）`,
    en: (p: { step: string }) => `Running segmentation… (${p.step})`,
  },
  atK: {
    ja: (p: { k: number; text: string }) => `（グループ数${p.k}の試行）${p.text}`,
    en: (p: { k: number; text: string }) => `(while trying ${p.k} groups) ${p.text}`,
  },
  notes: { ja: (p: { notes: string }) => `注記: ${p.notes}`, en: (p: { notes: string }) => `Notes: ${p.notes}` },
});

/** Customer feature names as people read them (features of build-customer-features and segments). */
export const featureMessages = defineMessages({
  photo_count: { ja: '写真の枚数', en: 'photos posted' },
  photos_per_month: { ja: '月あたりの写真投稿数', en: 'photos posted per month' },
  recency_days: { ja: '最終購入からの日数', en: 'days since the last purchase' },
  frequency: { ja: '購入回数', en: 'number of purchases' },
  monetary: { ja: '累計購入額', en: 'total spend' },
  segment: { ja: (p: { id: number }) => `セグメント ${p.id}`, en: (p: { id: number }) => `segment ${p.id}` },
  inSegment: {
    ja: (p: { name: string }) => `${p.name}に属すること`,
    en: (p: { name: string }) => `being in ${p.name}`,
  },
});
