import { defineMessages } from '../../core/message-catalog.ts';
import type { DatasetCounts } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** list_datasets' texts. */
export const listDatasetsMessages = defineMessages({
  none: {
    ja: 'データセットはまだありません。`takumi import` で取り込んでください。',
    en: 'There are no datasets yet; import one with `takumi import`.',
  },
  heading: {
    ja: (p: { count: number }) => `データセットは${groupDigits(p.count)}件です:`,
    en: (p: { count: number }) => `${p.count} dataset(s):`,
  },
  dataset: {
    ja: (d: DatasetCounts) =>
      `- ${d.name}: 顧客 ${groupDigits(d.customers)}人、購買 ${groupDigits(d.transactions)}件、写真 ${groupDigits(d.photos)}枚（最終取り込み ${d.updatedAt.slice(0, 10)}）`,
    en: (d: DatasetCounts) =>
      `- ${d.name}: ${groupDigits(d.customers)} customers, ${groupDigits(d.transactions)} purchases, ${groupDigits(d.photos)} photos (last import ${d.updatedAt.slice(0, 10)})`,
  },
});
