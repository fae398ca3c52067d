import type { EstimateRoiData } from './estimate-roi-tool.ts';
import { formatNumber } from './format-number.ts';

type Estimate = EstimateRoiData['estimates'][number];

/** Where an ROI response rate came from, in words. */
export function describeResponseSource(source: Estimate['responseSource'], language: 'ja' | 'en'): string {
  if (source.kind === 'given') return language === 'ja' ? '指定値' : 'as given';
  if (source.kind === 'predicted')
    return language === 'ja'
      ? `「${source.target}」の予測値（実行 ${source.runId}、±25%）`
      : `the predicted "${source.target}" rate (run ${source.runId}) ±25%`;
  return language === 'ja' ? '仮定の2〜8%（予測がまだないため）' : 'assumed 2–8% (no prediction yet)';
}

/** Where an ROI value per responder came from, in words. */
export function describeValueSource(source: Estimate['valueSource'], language: 'ja' | 'en'): string {
  const amount = formatNumber(source.amount);
  if (source.kind === 'given') return language === 'ja' ? `指定値 ${amount}` : `${amount} as given`;
  if (source.kind === 'lifetime-value')
    return language === 'ja' ? `その層の12か月平均顧客生涯価値 ${amount}` : `the segment's mean 12-month CLV ${amount}`;
  return language === 'ja' ? `その層の平均購入額 ${amount}` : `the segment's average purchase ${amount}`;
}
