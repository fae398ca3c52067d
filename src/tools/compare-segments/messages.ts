import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type Pair = { first: string; second: string };
type Ratio = { measure: string; larger: string; smaller: string; ratio: string };

/** compare_segments' texts for people. Figures arrive formatted. */
export const compareMessages = defineMessages({
  sameGroup: {
    ja: (p: { name: string }) => `両方とも${p.name}です。比べる相手として、別の層かテーマを指定してください。`,
    en: (p: { name: string }) =>
      `Both sides are ${p.name}. Please name a different segment or theme to compare it with.`,
  },
  heading: {
    ja: (p: Pair) => `${p.first} と ${p.second} の比較（左・右の順）`,
    en: (p: Pair) => `${p.first} compared with ${p.second} (in that order)`,
  },
  size: {
    ja: (p: Pair & { firstShare: string; secondShare: string }) =>
      `• 人数: ${p.first}人（全体の${p.firstShare}） 対 ${p.second}人（${p.secondShare}）`,
    en: (p: Pair & { firstShare: string; secondShare: string }) =>
      `• Customers: ${p.first} (${p.firstShare} of all) vs ${p.second} (${p.secondShare})`,
  },
  overlap: {
    ja: (p: { count: number }) => `（両方のテーマに投稿した${groupDigits(p.count)}人は両側に数えています）`,
    en: (p: { count: number }) => `(${groupDigits(p.count)} customers posted in both themes and count on both sides)`,
  },
  revenue: {
    ja: (p: Pair & { firstShare: string; secondShare: string }) =>
      `• 売上（累計）: ${p.first}（全体の${p.firstShare}） 対 ${p.second}（${p.secondShare}）`,
    en: (p: Pair & { firstShare: string; secondShare: string }) =>
      `• Revenue to date: ${p.first} (${p.firstShare} of all) vs ${p.second} (${p.secondShare})`,
  },
  measureLine: {
    ja: (p: Pair & { measure: string }) => `• ${p.measure}: ${p.first} 対 ${p.second}`,
    en: (p: Pair & { measure: string }) => `• ${p.measure}: ${p.first} vs ${p.second}`,
  },
  themesLine: {
    ja: (p: Pair) => `• よく投稿する写真: ${p.first} 対 ${p.second}`,
    en: (p: Pair) => `• Photos they post most: ${p.first} vs ${p.second}`,
  },
  themeShare: {
    ja: (p: { name: string; share: string }) => `${p.name}（${p.share}）`,
    en: (p: { name: string; share: string }) => `${p.name} (${p.share})`,
  },
  noThemes: { ja: '目立つテーマなし', en: 'no theme stands out' },
  differencesHeading: { ja: '大きな違い:', en: 'Biggest differences:' },
  noDifference: {
    ja: (p: Pair) => `${p.first} と ${p.second} の買い方に大きな違いはありません。`,
    en: (p: Pair) => `${p.first} and ${p.second} buy in much the same way.`,
  },
  ratio: {
    ja: (p: Ratio) => `${p.measure}は ${p.larger} が ${p.smaller} の${p.ratio}倍`,
    en: (p: Ratio) => `${p.measure} is ${p.ratio}× as high for ${p.larger} as for ${p.smaller}`,
  },
  recent: {
    ja: (p: { recent: string; other: string; recentWhen: string; otherWhen: string }) =>
      `${p.recent} のほうが最近買っています（最終購入は平均${p.recentWhen}、${p.other} は${p.otherWhen}）`,
    en: (p: { recent: string; other: string; recentWhen: string; otherWhen: string }) =>
      `${p.recent} bought more recently (last purchase ${p.recentWhen} on average; ${p.other}: ${p.otherWhen})`,
  },
  themeGap: {
    ja: (p: Pair & { theme: string; firstName: string; secondName: string }) =>
      `${p.theme}を投稿する人は ${p.firstName} で${p.first}、${p.secondName} で${p.second}`,
    en: (p: Pair & { theme: string; firstName: string; secondName: string }) =>
      `${p.first} of ${p.firstName} post ${p.theme}, against ${p.second} of ${p.secondName}`,
  },
  themePosters: {
    ja: (p: { theme: string }) => `${p.theme}を投稿する人`,
    en: (p: { theme: string }) => `customers who post ${p.theme}`,
  },
  bullet: {
    ja: (p: { text: string }) => `• ${p.text}。`,
    en: (p: { text: string }) => `• ${p.text.charAt(0).toUpperCase()}${p.text.slice(1)}.`,
  },
  separator: { ja: '、', en: ', ' },
  lifetimeValue: { ja: '顧客生涯価値（今後12か月、1人あたり）', en: 'lifetime value (next 12 months, per customer)' },
  revenuePerCustomer: { ja: '1人あたりの累計購入額', en: 'spend to date per customer' },
  orderValue: { ja: '平均注文額', en: 'average order value' },
  orders: { ja: '1人あたりの購入回数', en: 'average number of purchases' },
  recencyDays: { ja: '最終購入からの平均日数', en: 'days since the last purchase (mean)' },
  lastPurchase: { ja: '最終購入', en: 'last purchase' },
  times: { ja: (p: { value: string }) => `${p.value}回`, en: (p: { value: string }) => p.value },
  days: { ja: (p: { value: string }) => `${p.value}日`, en: (p: { value: string }) => `${p.value} days` },
  daysAgo: { ja: (p: { n: number }) => `約${p.n}日前`, en: (p: { n: number }) => `about ${p.n} days ago` },
  weeksAgo: { ja: (p: { n: number }) => `約${p.n}週間前`, en: (p: { n: number }) => `about ${p.n} weeks ago` },
  monthsAgo: { ja: (p: { n: number }) => `約${p.n}か月前`, en: (p: { n: number }) => `about ${p.n} months ago` },
  yearsAgo: { ja: (p: { n: number }) => `約${p.n}年前`, en: (p: { n: number }) => `about ${p.n} years ago` },
  chartSubtitle: {
    ja: '1人あたりの値。最終購入からの日数は小さいほど最近。各パネルの横軸は別々の目盛りです',
    en: 'Per customer. Fewer days = bought more recently. Each panel has its own scale',
  },
});
