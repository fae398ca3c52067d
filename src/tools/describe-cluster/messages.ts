import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** describe_cluster's texts for people. Figures arrive formatted. */
export const clusterMessages = defineMessages({
  theme: {
    ja: (p: ThemeParams) =>
      `写真テーマ「${p.name}」［T${p.id}］: 異なる写真${groupDigits(p.photos)}種類（全体の${p.share}）、投稿した顧客 ${groupDigits(p.customers)}人。`,
    en: (p: ThemeParams) =>
      `Photo theme "${p.name}" [T${p.id}]: ${p.photos} distinct photos (${p.share} of all), posted by ${groupDigits(p.customers)} customers.`,
  },
  themeNext: {
    ja: '次に「高額顧客が多く投稿する写真のテーマは？」と聞くと、テーマと顧客価値の関係を比べます。',
    en: 'Next, ask "which photo themes do high-value customers post?" to compare themes by customer value.',
  },
  themeTopSegment: {
    ja: (p: { segment: string; share: string; lift: string }) =>
      `このテーマを最も多く投稿するのは ${p.segment}（写真の${p.share}、全体の${p.lift}倍）です。`,
    en: (p: { segment: string; share: string; lift: string }) =>
      ` ${p.segment} posts it most (${p.share} of their photos, ×${p.lift} the base).`,
  },
  labelSeparator: { ja: '、', en: ', ' },
  segmentSize: {
    ja: (p: { label: string; size: number; share: string }) =>
      `${p.label}: ${groupDigits(p.size)}人（全体の${p.share}）。`,
    en: (p: { label: string; size: number; share: string }) =>
      `${p.label}: ${groupDigits(p.size)} customers (${p.share} of the base).`,
  },
  segmentBuying: {
    ja: (p: Buying) => `購買: 平均${p.purchases}回、累計${p.spend}、最終購入から平均${p.days}日。`,
    en: (p: Buying) =>
      `Buying: ${p.purchases} purchases, ${p.spend} spent, last purchase ${p.days} days ago on average.`,
  },
  segmentValue: {
    ja: (p: { value: string }) => `12か月の平均顧客生涯価値: ${p.value}。`,
    en: (p: { value: string }) => `Mean 12-month CLV: ${p.value}.`,
  },
  segmentStandsOut: {
    ja: (p: { features: string }) => `全体より特に高い特徴: ${p.features}。`,
    en: (p: { features: string }) => `Stands out on: ${p.features}.`,
  },
  feature: {
    ja: (p: { name: string; lift: string }) => `${p.name}（${p.lift}倍）`,
    en: (p: { name: string; lift: string }) => `${p.name} (×${p.lift})`,
  },
});

/** Parameters of a theme's line. */
interface ThemeParams {
  id: number;
  name: string;
  photos: number;
  share: string;
  customers: number;
}

/** Parameters of a segment's buying line. */
interface Buying {
  purchases: string;
  spend: string;
  days: string;
}
