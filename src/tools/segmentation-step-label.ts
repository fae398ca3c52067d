const stepNames = {
  ja: { loading: 'データ読み込み', themes: '写真テーマ', features: '顧客特徴量', segments: 'セグメント', done: '完了' },
  en: {
    loading: 'loading data',
    themes: 'photo themes',
    features: 'customer features',
    segments: 'segments',
    done: 'done',
  },
} as const;

/** Progress text of a segmentation step for chat users, e.g. 「セグメンテーション実行中…（写真テーマ）」. */
export function segmentationStepLabel(step: string, language: 'ja' | 'en'): string {
  const name = (stepNames[language] as Record<string, string>)[step] ?? step;
  return language === 'ja' ? `セグメンテーション実行中…（${name}）` : `Running segmentation… (${name})`;
}
