import { defineMessages } from '../../core/message-catalog.ts';

type SegmentName = { traits: string; theme: string; id: number };

/** The themes a reader may ask about, each once, after a refusal of the one asked for. */
const themeList = {
  ja: (themes: readonly string[]) =>
    themes.length > 0 ? `いまあるテーマ: ${[...new Set(themes)].join('、')}。` : '名前を出せるテーマがありません。',
  en: (themes: readonly string[]) =>
    themes.length > 0 ? `The themes are: ${[...new Set(themes)].join(', ')}.` : 'No theme may be named.',
};

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
  themeNotFound: {
    ja: (p: { name: string; themes: readonly string[] }) =>
      `「${p.name}」の写真のテーマは見つかりませんでした。${themeList.ja(p.themes)}`,
    en: (p: { name: string; themes: readonly string[] }) =>
      `I found no photo theme showing "${p.name}". ${themeList.en(p.themes)}`,
  },
  themeMissing: {
    ja: (p: { themes: readonly string[] }) => `どの写真のテーマか、名前で指定してください。${themeList.ja(p.themes)}`,
    en: (p: { themes: readonly string[] }) => `Which photo theme? Please name it. ${themeList.en(p.themes)}`,
  },
  themeNumberUnknown: {
    ja: (p: { themes: readonly string[] }) => `その番号の写真のテーマはありません。${themeList.ja(p.themes)}`,
    en: (p: { themes: readonly string[] }) => `There is no photo theme with that number. ${themeList.en(p.themes)}`,
  },
  segmentUnknown: {
    ja: (p: { segment: string; count: number; last: number }) =>
      `セグメント${p.segment}はありません。いまの分析のセグメントは0〜${p.last}の${p.count}つです。番号を選んでもう一度聞いてください。`,
    en: (p: { segment: string; count: number; last: number }) =>
      `There is no segment ${p.segment}: the current analysis has ${p.count} segments, numbered 0 to ${p.last}. Please ask again with one of them.`,
  },
  segmentMissing: {
    ja: (p: { count: number; last: number }) =>
      `どのセグメントか、番号で指定してください（いまの分析のセグメントは0〜${p.last}の${p.count}つです）。`,
    en: (p: { count: number; last: number }) =>
      `Which segment? Please give its number (the current analysis has ${p.count} segments, numbered 0 to ${p.last}).`,
  },
  noDatasets: {
    ja: 'まだデータが取り込まれていません。`takumi import` で顧客データを取り込んでから、もう一度聞いてください。',
    en: 'No data has been imported yet. Import customer data with `takumi import`, then ask again.',
  },
  datasetUnknown: {
    ja: (p: { name: string; names: string }) =>
      `${p.name}という名前のデータセットはありません。あるのは${p.names}です。`,
    en: (p: { name: string; names: string }) => `There is no dataset named ${p.name}. The datasets are ${p.names}.`,
  },
  datasetAmbiguous: {
    ja: (p: { names: string }) =>
      `データが複数あります（${p.names}）。どのデータについてか、名前を添えてもう一度聞いてください。`,
    en: (p: { names: string }) => `There are several datasets (${p.names}). Please ask again naming the one you mean.`,
  },
  noLifetimeModel: {
    ja: (p: { dataset: string }) =>
      `「${p.dataset}」はリピート購入が少なすぎて、誰がまた買うかを見込めません。もっと長い期間の購入履歴を取り込むと答えられます。`,
    en: (p: { dataset: string }) =>
      `"${p.dataset}" has too few repeat purchases to estimate who will buy again. Import a longer purchase history and I can answer.`,
  },
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
