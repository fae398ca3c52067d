import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type Spread = { when: string; low: string; high: string; median: string };
type Ranked = { best: string; bestRate: string; worst: string; worstRate: string; when: string };

/** cohort_retention's texts for people; figures arrive formatted (counts, shares, money, months). */
export const cohortRetentionMessages = defineMessages({
  base: {
    ja: (p: { customers: string; groups: number; lastDate: string; months: number }) =>
      `これまでに購入した${p.customers}人を、初めて買った${p.months > 1 ? `時期（${p.months}か月ずつ）` : '月'}ごとに分け、その後の各月にも買った人の割合を見ました（${p.groups}グループ、${p.lastDate}までのデータ）。`,
    en: (p: { customers: string; groups: number; lastDate: string; months: number }) =>
      `I grouped the ${p.customers} customers who have bought by the ${p.months > 1 ? `${p.months}-month period` : 'month'} of their first purchase and looked at the share who bought again in each later month (${p.groups} groups, data through ${p.lastDate}).`,
  },
  nextMonth: { ja: '翌月', en: 'the month after' },
  monthsLater: {
    ja: (p: { months: number }) => `${p.months}か月後`,
    en: (p: { months: number }) => `${p.months} months later`,
  },
  whoNext: {
    ja: '初回購入の翌月にも買った人',
    en: 'the month after their first purchase',
  },
  whoLater: {
    ja: (p: { months: number }) => `初回購入から${p.months}か月後も買っている人`,
    en: (p: { months: number }) => `${p.months} months after their first purchase`,
  },
  spread: {
    ja: (p: Spread) => `${p.when}の割合は、グループによって${p.low}〜${p.high}、中央値は${p.median}です。`,
    en: (p: Spread) =>
      `The share who bought again ${p.when} ranges from ${p.low} to ${p.high} across groups (median ${p.median}).`,
  },
  spreadOne: {
    ja: (p: { when: string; median: string }) => `${p.when}の割合は${p.median}です。`,
    en: (p: { when: string; median: string }) => `${p.median} bought again ${p.when}.`,
  },
  ranked: {
    ja: (p: Ranked) =>
      `最も定着がよいのは${p.best}に初めて買った人たち（${p.when}も買った人が${p.bestRate}）、最も低いのは${p.worst}の人たち（${p.worstRate}）です。`,
    en: (p: Ranked) =>
      `Customers who first bought in ${p.best} stay best (${p.bestRate} bought again ${p.when}); those from ${p.worst} the least (${p.worstRate}).`,
  },
  similar: {
    ja: (p: { when: string; low: string; high: string }) =>
      `初めて買った月による違いはほとんどありません（${p.when}も買った人はどのグループも${p.low}〜${p.high}）。`,
    en: (p: { when: string; low: string; high: string }) =>
      `The month of the first purchase makes little difference (${p.low}–${p.high} bought again ${p.when}, whichever the group).`,
  },
  chance: {
    ja: 'ただし人数が少ないため、この差は偶然の範囲かもしれません。',
    en: 'But the groups are small, so this difference could be chance.',
  },
  improving: {
    ja: (p: { older: string; newer: string }) =>
      `最近初めて買った人ほど翌月にも買う割合が高く、よくなっています（古い半分のグループの平均${p.older} → 新しい半分${p.newer}）。`,
    en: (p: { older: string; newer: string }) =>
      `It is getting better: in the newer half of the groups ${p.newer} bought again the month after, against ${p.older} in the older half.`,
  },
  worsening: {
    ja: (p: { older: string; newer: string }) =>
      `最近初めて買った人ほど翌月に買う割合が低く、悪くなっています（古い半分のグループの平均${p.older} → 新しい半分${p.newer}）。`,
    en: (p: { older: string; newer: string }) =>
      `It is getting worse: in the newer half of the groups ${p.newer} bought again the month after, against ${p.older} in the older half.`,
  },
  steady: {
    ja: (p: { older: string; newer: string }) =>
      `翌月にも買う割合は、古いグループと新しいグループでほぼ変わりません（${p.older} → ${p.newer}）。`,
    en: (p: { older: string; newer: string }) =>
      `The share buying again the month after is about the same for older and newer groups (${p.older} → ${p.newer}).`,
  },
  revenue: {
    ja: (p: { amount: string }) =>
      `初回購入の翌月から3か月間の購入額は、1人あたり${p.amount}です（グループの中央値）。`,
    en: (p: { amount: string }) =>
      `In the 3 months after their first purchase, customers spent ${p.amount} each (median over the groups).`,
  },
  rowsHeader: {
    ja: 'グループ別（その月にも買った人の割合）:',
    en: 'By group (share who bought in that month):',
  },
  row: {
    ja: (p: { label: string; size: string; cells: string }) => `• ${p.label}に初めて買った${p.size}人: ${p.cells}`,
    en: (p: { label: string; size: string; cells: string }) => `• First bought in ${p.label} (${p.size}): ${p.cells}`,
  },
  cell: {
    ja: (p: { when: string; rate: string }) => `${p.when} ${p.rate}`,
    en: (p: { when: string; rate: string }) => `${p.when} ${p.rate}`,
  },
  cellPartial: {
    ja: (p: { when: string }) => `${p.when} 集計中`,
    en: (p: { when: string }) => `${p.when} still running`,
  },
  cellSeparator: { ja: '、', en: '; ' },
  tooRecent: { ja: '翌月の結果はこれから', en: 'too recent for the month after' },
  earlier: { ja: (p: { month: string }) => `${p.month}以前`, en: (p: { month: string }) => `${p.month} or earlier` },
  noPurchases: {
    ja: 'このデータセットには購入履歴がないため、初めて買った月ごとの継続率は出せません。購入データ（顧客ID・日付・金額）を取り込むと分析できます。',
    en: 'This dataset has no purchases, so there is no retention by first-purchase month. Import purchases (customer id, date, amount) to see it.',
  },
  tooFew: {
    ja: (p: { customers: string; minimum: number }) =>
      `これまでに購入したのは${p.customers}人で、${groupDigits(p.minimum)}人に満たないため、プライバシー保護のため継続率は示しません。`,
    en: (p: { customers: string; minimum: number }) =>
      `Only ${p.customers} customers have bought, fewer than ${p.minimum}, so no retention is shown, to protect their privacy.`,
  },
  oneMonth: {
    ja: (p: { lastDate: string }) =>
      `購入データが${p.lastDate}までしかなく、初回購入の翌月がまだ終わっていないため、継続率はまだ出せません。翌月のデータがそろうと分析できます。`,
    en: (p: { lastDate: string }) =>
      `The purchases only go up to ${p.lastDate}, so no month after a first purchase is complete yet: retention needs at least one more month of data.`,
  },
  coarsened: {
    ja: (p: { months: number }) =>
      `月別の売上など他の答えと組み合わせて少人数の数字が分かってしまわないよう、初めて買った月を${p.months}か月ずつまとめています。`,
    en: (p: { months: number }) =>
      `First-purchase months are shown ${p.months} at a time, so that together with other answers such as monthly sales no small group's figures can be worked out.`,
  },
  next: {
    ja: '次に「解約しそうな顧客は？」や「来月の売上の見込みは？」と聞けます。',
    en: 'Next you can ask "which customers are about to churn?" or "what will next month\'s revenue be?"',
  },
});
