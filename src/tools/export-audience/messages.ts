import { defineMessages } from '../../core/message-catalog.ts';

/** What a person reads from export_audience. */
export const exportAudienceMessages = defineMessages({
  everyone: { ja: '全顧客', en: 'every customer' },
  prepared: {
    ja: (p: { target: string; rows: string; headers: string; file: string }) =>
      `${p.target}の${p.rows}人分のCSVを用意しました（列: ${p.headers}）。ファイル: ${p.file}`,
    en: (p: { target: string; rows: string; headers: string; file: string }) =>
      `A CSV of ${p.rows} customers in ${p.target} is ready (columns: ${p.headers}). File: ${p.file}`,
  },
  confirm: {
    ja: 'このファイルは確認ボタンが押されるまでどこにもアップロードされません。',
    en: 'It is not uploaded anywhere until you confirm.',
  },
  missing: {
    ja: (p: { count: number }) => `ご指定の列のうち${p.count}つは顧客ファイルにないため入れていません。`,
    en: (p: { count: number }) => `${p.count} of the columns asked for are not in the customer file and were left out.`,
  },
  standardColumns: {
    ja: '顧客ID・セグメント・購入金額の合計・購入回数・最終購入日',
    en: 'Customer ID, Segment, Total Spend, Purchases, Last Purchase',
  },
  separator: { ja: '・', en: ', ' },
});
