import { defineMessages } from '../../core/message-catalog.ts';
import type { DatasetCounts } from './result.ts';

/** list_datasets' texts. */
export const listDatasetsMessages = defineMessages({
  none: {
    ja: 'データセットはまだありません。`takumi import` で取り込んでください。',
    en: 'There are no datasets yet; import one with `takumi import`.',
  },
  heading: {
    ja: (p: { count: number }) => `データセットは${p.count}件です:`,
    en: (p: { count: number }) => `${p.count} dataset(s):`,
  },
  dataset: {
    ja: (d: DatasetCounts) =>
      `- ${d.name}: 顧客 ${d.customers}人、購買 ${d.transactions}件、写真 ${d.photos}枚（最終取り込み ${d.updatedAt.slice(0, 10)}）`,
    en: (d: DatasetCounts) =>
      `- ${d.name}: ${d.customers} customers, ${d.transactions} purchases, ${d.photos} photos (last import ${d.updatedAt.slice(0, 10)})`,
  },
});
