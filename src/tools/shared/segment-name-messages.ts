import { defineMessages } from '../../core/message-catalog.ts';

/** Measures two alike segments are told apart by (see `segmentLabels`). */
export type ContrastFeature = 'monetary' | 'frequency' | 'recency' | 'posting';

const contrast = (words: Record<ContrastFeature, { ja: string; en: string }>) => words;

/** Words that keep segment names unique within a segmentation: further traits and contrasts. */
export const segmentNameMessages = {
  ...defineMessages({
    traitRecent: { ja: '最近購入', en: 'recent' },
    traitNoPhotos: { ja: '写真なし', en: 'non-posting' },
    traitPhotoActive: { ja: '写真投稿が多い', en: 'photo-active' },
    traitFewPhotos: { ja: '写真投稿が少ない', en: 'rarely posting' },
    strongerHighSpend: { ja: '特に高額購入', en: 'top-spending' },
    strongerLowSpend: { ja: '特に少額購入', en: 'smallest-spending' },
    strongerFrequent: { ja: '特に高頻度', en: 'most frequent' },
    strongerRare: { ja: '特に低頻度', en: 'least frequent' },
    strongerLapsing: { ja: '長く休眠', en: 'long-lapsed' },
    strongerPhotoActive: { ja: '特に写真投稿が多い', en: 'most photo-active' },
    themeSeparator: { ja: '・', en: ' and ' },
    traitGroup: {
      ja: (p: { letter: string }) => `グループ${p.letter}`,
      en: (p: { letter: string }) => `group ${p.letter}`,
    },
  }),
  contrastMore: contrast({
    monetary: { ja: '購入額が多め', en: 'higher-spending' },
    frequency: { ja: '購入回数が多め', en: 'more frequent' },
    recency: { ja: '最終購入が古め', en: 'less recent' },
    posting: { ja: '投稿が多め', en: 'more photo-active' },
  }),
  contrastLess: contrast({
    monetary: { ja: '購入額が少なめ', en: 'lower-spending' },
    frequency: { ja: '購入回数が少なめ', en: 'less frequent' },
    recency: { ja: '最終購入が新しめ', en: 'more recent' },
    posting: { ja: '投稿が少なめ', en: 'less photo-active' },
  }),
  contrastMiddle: contrast({
    monetary: { ja: '購入額は中程度', en: 'mid-spending' },
    frequency: { ja: '購入回数は中程度', en: 'mid-frequency' },
    recency: { ja: '最終購入は中程度', en: 'mid-recency' },
    posting: { ja: '投稿は中程度', en: 'mid photo-activity' },
  }),
} as const;
