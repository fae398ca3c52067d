import { defineMessages } from '../../core/message-catalog.ts';
import type { Language } from '../../core/language.ts';
import type { BreakdownMeasure } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type RowParams = { label: string; lead: string; share: string; rest: string };
type HeaderParams = { what: string; measure: string; range: string; partial: string };

/** The measures in a reader's words (売上 / revenue …). */
export const measureWords: Record<BreakdownMeasure, Record<Language, string>> = {
  revenue: { ja: '売上', en: 'revenue' },
  orders: { ja: '注文数', en: 'orders' },
  customers: { ja: '購入客数', en: 'customers who bought' },
};

/** Readable names of common customer columns (by the synonym set of find-breakdown-column). */
export const columnWords: Record<string, Record<Language, string>> = {
  region: { ja: '地域', en: 'region' },
  age: { ja: '年代', en: 'age' },
  gender: { ja: '性別', en: 'gender' },
  plan: { ja: 'プラン', en: 'plan' },
  channel: { ja: 'チャネル', en: 'channel' },
  city: { ja: '都市', en: 'city' },
  store: { ja: '店舗', en: 'store' },
  category: { ja: 'カテゴリ', en: 'category' },
};

/** break_down_sales's texts for people; figures arrive formatted (money in the dataset's currency). */
export const breakdownMessages = defineMessages({
  month: { ja: '月', en: 'month' },
  week: { ja: '週', en: 'week' },
  column: {
    ja: (p: { column: string }) => `「${p.column}」`,
    en: (p: { column: string }) => `"${p.column}"`,
  },
  header: {
    ja: (p: HeaderParams) => `${p.what}別の${p.measure}（${p.range}${p.partial}）:`,
    en: (p: HeaderParams) => `${p.measure} by ${p.what} (${p.range}${p.partial}):`,
  },
  range: {
    ja: (p: { from: string; through: string }) => `${p.from}〜${p.through}`,
    en: (p: { from: string; through: string }) => `${p.from} to ${p.through}`,
  },
  allPurchases: {
    ja: (p: { from: string; through: string }) => `全期間: ${p.from}〜${p.through}`,
    en: (p: { from: string; through: string }) => `all purchases, ${p.from} to ${p.through}`,
  },
  partial: {
    ja: (p: { label: string; through: string }) => `。${p.label}は最終購入日の${p.through}までの途中の数字です`,
    en: (p: { label: string; through: string }) =>
      `; ${p.label} runs only to ${p.through}, the last purchase in the data`,
  },
  partialBar: {
    ja: (p: { through: string }) => `（薄い棒は${p.through}までの途中の数字）`,
    en: (p: { through: string }) => ` (the light bar runs only to ${p.through})`,
  },
  row: {
    ja: (p: RowParams) =>
      `• ${p.label}: ${p.lead}${p.share || p.rest ? `（${[p.share, p.rest].filter(Boolean).join('、')}）` : ''}`,
    en: (p: RowParams) =>
      `• ${p.label}: ${p.lead}${p.share || p.rest ? ` (${[p.share, p.rest].filter(Boolean).join('; ')})` : ''}`,
  },
  share: {
    ja: (p: { share: string }) => `全体の${p.share}`,
    en: (p: { share: string }) => `${p.share} of the total`,
  },
  withheldRow: {
    ja: (p: { label: string; minimum: number }) => `• ${p.label}: 購入客が${groupDigits(p.minimum)}人未満のため非表示`,
    en: (p: { label: string; minimum: number }) =>
      `• ${p.label}: not shown (fewer than ${groupDigits(p.minimum)} customers bought)`,
  },
  total: {
    ja: (p: { figures: string; partOnly: string }) => `合計${p.partOnly}: ${p.figures}`,
    en: (p: { figures: string; partOnly: string }) => `Total${p.partOnly}: ${p.figures}`,
  },
  totalShownOnly: { ja: '（表示した分）', en: ' of the rows shown' },
  revenue: {
    ja: (p: { value: string }) => p.value,
    en: (p: { value: string }) => p.value,
  },
  ordersCount: {
    ja: (p: { value: string }) => `注文${p.value}件`,
    en: (p: { value: string }) => `${p.value} orders`,
  },
  customersCount: {
    ja: (p: { value: string }) => `購入客${p.value}人`,
    en: (p: { value: string }) => `${p.value} customers`,
  },
  perCustomer: {
    ja: (p: { value: string }) => `1人あたり${p.value}`,
    en: (p: { value: string }) => `${p.value} per customer`,
  },
  point: { ja: 'ポイント: ', en: 'Takeaway: ' },
  trendUp: {
    ja: (p: { measure: string; first: string; last: string; change: string }) =>
      `${p.measure}は${p.first}から${p.last}にかけて${p.change}増えました。`,
    en: (p: { measure: string; first: string; last: string; change: string }) =>
      `${p.measure} rose ${p.change} from ${p.first} to ${p.last}. `,
  },
  trendDown: {
    ja: (p: { measure: string; first: string; last: string; change: string }) =>
      `${p.measure}は${p.first}から${p.last}にかけて${p.change}減りました。`,
    en: (p: { measure: string; first: string; last: string; change: string }) =>
      `${p.measure} fell ${p.change} from ${p.first} to ${p.last}. `,
  },
  trendFlat: {
    ja: (p: { measure: string; first: string; last: string }) =>
      `${p.measure}は${p.first}から${p.last}にかけてほぼ横ばいです（増減5%未満）。`,
    en: (p: { measure: string; first: string; last: string }) =>
      `${p.measure} was about flat from ${p.first} to ${p.last} (less than 5% either way). `,
  },
  peak: {
    ja: (p: { label: string; value: string }) => `最も多かったのは${p.label}（${p.value}）です。`,
    en: (p: { label: string; value: string }) => `The peak was ${p.label} (${p.value}).`,
  },
  largest: {
    ja: (p: { measure: string; label: string; share: string }) =>
      `${p.measure}が最も多いのは${p.label}で、全体の${p.share}です。`,
    en: (p: { measure: string; label: string; share: string }) =>
      `${p.label} has the most ${p.measure}: ${p.share} of the total. `,
  },
  bestPerCustomer: {
    ja: (p: { label: string; value: string }) => `1人あたりの売上は${p.label}が最も高く${p.value}です。`,
    en: (p: { label: string; value: string }) => `Per customer, ${p.label} spends the most (${p.value}).`,
  },
  pooled: {
    ja: (p: { values: number; minimum: number }) =>
      `購入客が${groupDigits(p.minimum)}人未満の${p.values}区分は、個人が特定されないよう「その他」にまとめています。`,
    en: (p: { values: number; minimum: number }) =>
      `Values with fewer than ${groupDigits(p.minimum)} customers each are pooled as "Other" (${p.values} of them), so no small group is shown.`,
  },
  withheldValues: {
    ja: (p: { rows: number; minimum: number; total: boolean }) =>
      `購入客が${groupDigits(p.minimum)}人未満の${p.rows}区分は、個人が特定されないよう表示していません${p.total ? '（合計にも含めていません）' : ''}。`,
    en: (p: { rows: number; minimum: number; total: boolean }) =>
      `Not shown, to protect privacy: ${p.rows} of the values, each with fewer than ${groupDigits(p.minimum)} customers${p.total ? ' (the total leaves them out)' : ''}.`,
  },
  withheldPeriods: {
    ja: (p: { rows: number; minimum: number; unit: 'month' | 'week'; total: boolean }) =>
      `購入客が${groupDigits(p.minimum)}人未満の${p.rows}${p.unit === 'week' ? '週' : 'か月'}分は、個人が特定されないよう数字を出していません${p.total ? '（合計にも含めていません）' : ''}。`,
    en: (p: { rows: number; minimum: number; unit: 'month' | 'week'; total: boolean }) =>
      `Not shown, to protect privacy: ${p.rows} of the ${p.unit}s, each with fewer than ${groupDigits(p.minimum)} customers who bought${p.total ? ' (the total leaves them out)' : ''}.`,
  },
  narrowRange: {
    ja: (p: { minimum: number }) =>
      `この期間に限ると、それ以前にも購入した${groupDigits(p.minimum)}人未満の顧客の購入額が全期間の数字との差から分かってしまうため、数字はお出ししません。全期間か、より長い期間でお聞きください。`,
    en: (p: { minimum: number }) =>
      `Not shown for this range: fewer than ${groupDigits(p.minimum)} of its customers also bought before it, so comparing it with the all-time figures would reveal their earlier spend. Ask for all purchases or a longer range.`,
  },
  mergedPeriods: {
    ja: (p: { minimum: number; unit: 'month' | 'week' }) =>
      `購入客が${groupDigits(p.minimum)}人未満の${p.unit === 'week' ? '週' : '月'}は、個人が特定されないよう隣の${p.unit === 'week' ? '週' : '月'}とまとめています（「〜」の行）。`,
    en: (p: { minimum: number; unit: 'month' | 'week' }) =>
      `${p.unit === 'week' ? 'Weeks' : 'Months'} with fewer than ${groupDigits(p.minimum)} customers are shown together with a neighbouring ${p.unit} (the rows with a range), so no small group is shown.`,
  },
  tryMonths: {
    ja: '週ごとでは人数が少ないため、月別（「月別の売上推移」）で見るのがおすすめです。',
    en: 'Weeks are too small here; try months instead ("revenue by month").',
  },
  bands: {
    ja: (p: { width: number }) => `数値は${p.width}刻みの帯にまとめています。`,
    en: (p: { width: number }) => `Numbers are grouped in bands of ${p.width}.`,
  },
  noPurchases: {
    ja: (p: { dataset: string }) =>
      `データセット「${p.dataset}」には購入の記録がないため、集計できません。購入データを取り込んでください。`,
    en: (p: { dataset: string }) =>
      `Dataset "${p.dataset}" has no purchases to break down; import its transactions first.`,
  },
  blank: { ja: '未登録', en: '(blank)' },
  other: {
    ja: (p: { values: number }) => `その他（${p.values}区分）`,
    en: (p: { values: number }) => `Other (${p.values} values)`,
  },
  span: {
    ja: (p: { from: string; to: string }) => `${p.from}〜${p.to}`,
    en: (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  },
  weekOf: {
    ja: (p: { day: string }) => `${p.day}の週`,
    en: (p: { day: string }) => `week of ${p.day}`,
  },
  ageBand: {
    ja: (p: { lower: number }) => `${p.lower}代`,
    en: (p: { lower: number }) => `${p.lower}s`,
  },
  band: {
    ja: (p: { lower: string; upper: string }) => `${p.lower}〜${p.upper}`,
    en: (p: { lower: string; upper: string }) => `${p.lower}–${p.upper}`,
  },
  columnUnknown: {
    ja: (p: { column: string; available: string }) =>
      `「${p.column}」という顧客の項目は見つかりませんでした。分けられるのは「月」「週」のほか、${p.available}です。`,
    en: (p: { column: string; available: string }) =>
      `There is no customer column "${p.column}". You can break sales down by month, by week, or by ${p.available}.`,
  },
  columnUnknownNoColumns: {
    ja: (p: { column: string }) =>
      `「${p.column}」という顧客の項目は見つかりませんでした。このデータセットには地域や年代などの顧客の項目がないため、「月別」「週別」で分けられます。`,
    en: (p: { column: string }) =>
      `There is no customer column "${p.column}": this dataset has no customer columns such as region or age. You can break sales down by month or by week.`,
  },
  columnPersonal: {
    ja: (p: { column: string }) =>
      `「${p.column}」は氏名や連絡先などの個人情報なので、これで分けた集計はお出ししません。地域や年代など、ほかの項目でお試しください。`,
    en: (p: { column: string }) =>
      `"${p.column}" holds personal data (names, contacts or near-unique values), so Takumi does not break sales down by it. Try another column, such as region or age.`,
  },
  chartAxisMoney: {
    ja: (p: { measure: string; unit: string }) => `${p.measure}（${p.unit}）`,
    en: (p: { measure: string; unit: string }) => `${p.measure} (${p.unit})`,
  },
  chartAxisCount: {
    ja: (p: { measure: string; unit: string }) => `${p.measure}（${p.unit}）`,
    en: (p: { measure: string }) => p.measure,
  },
  countUnit: {
    ja: (p: { measure: BreakdownMeasure }) => (p.measure === 'orders' ? '件' : '人'),
    en: '',
  },
  chartTitleLargest: {
    ja: (p: { measure: string; label: string; share: string }) => `${p.measure}は${p.label}が最大（全体の${p.share}）`,
    en: (p: { measure: string; label: string; share: string }) =>
      `${p.label} has the most ${p.measure} (${p.share} of the total)`,
  },
  chartTitleTrend: {
    ja: (p: { what: string; measure: string; first: string; last: string; change: string; direction: string }) =>
      `${p.what}別${p.measure}: ${p.first}→${p.last}で${p.change}${p.direction}`,
    en: (p: { what: string; measure: string; first: string; last: string; change: string; direction: string }) =>
      `${p.measure} by ${p.what}: ${p.direction}${p.change ? ` ${p.change}` : ''} from ${p.first} to ${p.last}`,
  },
  chartTitlePlain: {
    ja: (p: { what: string; measure: string }) => `${p.what}別の${p.measure}`,
    en: (p: { what: string; measure: string }) => `${p.measure} by ${p.what}`,
  },
  up: { ja: '増', en: 'up' },
  down: { ja: '減', en: 'down' },
  flat: { ja: '横ばい', en: 'flat' },
  hidden: { ja: '非表示', en: 'hidden' },
});
