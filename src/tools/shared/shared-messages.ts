import { defineMessages } from '../../core/message-catalog.ts';

/** Words every tool's texts share: segment traits, segmentation progress, note headings. */
export const sharedMessages = defineMessages({
  traitFrequent: { ja: '購入頻度高', en: 'frequent' },
  traitRare: { ja: '購入頻度低', en: 'infrequent' },
  traitHighSpend: { ja: '高単価', en: 'high spend' },
  traitLowSpend: { ja: '低単価', en: 'low spend' },
  traitLapsing: { ja: '休眠傾向', en: 'lapsing' },
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
  photo_count: { ja: '写真の枚数', en: 'photo count' },
  photos_per_month: { ja: '月あたりの写真投稿数', en: 'photos per month' },
  recency_days: { ja: '最終購入からの日数', en: 'recency days' },
  frequency: { ja: '購入回数', en: 'frequency' },
  monetary: { ja: '累計購入額', en: 'monetary' },
  segment: { ja: (p: { id: number }) => `セグメント ${p.id}`, en: (p: { id: number }) => `segment ${p.id}` },
});
