import { defineMessages } from '../../../core/message-catalog.ts';
import { groupDigits } from '../../../core/format/format-count.ts';

type Money = { money: string };
type Percent = { percent: string };
type Range = { low: string; base: string; high: string };
type Prediction = {
  words: string;
  auc: string;
  rate: string;
  rank: number;
  segments: number;
};
type CurrencyMismatch = { dataset: string; datasetCode: string; given: string; amounts: string };
type HighRoi = { driver: string | null; cost: string; margin: string };

/**
 * The campaign model's texts for people: assumptions, break-even, high-ROI reasons and how the
 * prediction is used. Figures arrive formatted (money in the dataset currency).
 */
export const campaignTexts = defineMessages({
  noCost: {
    ja: '費用が0円になるため、ROI（投資対効果）を計算できません。1人あたりの費用・総費用・予算のどれかを、0円より大きい額で教えてください。',
    en: 'With no cost, ROI (return on investment) cannot be calculated. Please tell me the cost per contact, the total cost or the budget, above zero.',
  },
  range: {
    ja: (p: Range) => `低位${p.low}・基準${p.base}・高位${p.high}`,
    en: (p: Range) => `${p.low} low, ${p.base} base, ${p.high} high`,
  },
  responseMeasured: {
    ja: (p: { range: string }) => `増分反応率は測定値の${p.range}`,
    en: (p: { range: string }) => `incremental response as measured: ${p.range}`,
  },
  responseAssumed: {
    ja: (p: { range: string }) =>
      `増分反応率（キャンペーンがなければ買わなかった人のうち買う人の割合）は仮定で${p.range}`,
    en: (p: { range: string }) =>
      `incremental response (customers who buy only because of the campaign) assumed at ${p.range}`,
  },
  responseGiven: {
    ja: (p: { range: string }) =>
      `増分反応率（キャンペーンがなければ買わなかった人のうち買う人の割合）は指定の${p.range}`,
    en: (p: { range: string }) =>
      `incremental response (customers who buy only because of the campaign) set to ${p.range}`,
  },
  averageOrderValue: {
    ja: (p: Money) => `1回の購入額はこの層の平均${p.money}`,
    en: (p: Money) => `an order is worth the segment's average ${p.money}`,
  },
  extraOrdersPerResponder: {
    ja: (p: { count: number }) =>
      `増分の反応者1人につき追加購入${groupDigits(p.count)}回分の粗利を計上（生涯価値の全額ではありません）`,
    en: (p: { count: number }) =>
      `each incremental responder adds ${groupDigits(p.count)} order's margin (not their whole lifetime value)`,
  },
  grossMarginDefault: {
    ja: (p: Percent) => `粗利率${p.percent}（既定値。「粗利率30%」のように指定できます）`,
    en: (p: Percent) => `gross margin ${p.percent} (default; say e.g. "gross margin 30%" to change it)`,
  },
  grossMarginDataset: {
    ja: (p: Percent) => `粗利率${p.percent}（このデータセットの設定。「粗利率30%」のように指定すると変えられます）`,
    en: (p: Percent) => `gross margin ${p.percent} (this dataset's setting; say e.g. "gross margin 30%" to change it)`,
  },
  grossMarginGiven: {
    ja: (p: Percent) => `粗利率${p.percent}（指定）`,
    en: (p: Percent) => `gross margin ${p.percent} (as given)`,
  },
  totalCost: {
    ja: (p: Money) => `費用は総額${p.money}（指定）`,
    en: (p: Money) => `total cost ${p.money} (as given)`,
  },
  budget: {
    ja: (p: Money & { contacts: string }) => `予算${p.money}（指定）で${p.contacts}人に接触`,
    en: (p: Money & { contacts: string }) => `budget ${p.money} (as given), reaching ${p.contacts} customers`,
  },
  costPerContactDefault: {
    ja: (p: Money & Percent) => `接触費用は1人${p.money}（既定: 全体の平均購入額の${p.percent}）`,
    en: (p: Money & Percent) => `contact cost ${p.money} per customer (default: ${p.percent} of the average order)`,
  },
  costPerContactGiven: {
    ja: (p: Money) => `接触費用は1人${p.money}（指定）`,
    en: (p: Money) => `contact cost ${p.money} per customer (as given)`,
  },
  discountRate: {
    ja: (p: Percent) => `${p.percent}割引は、もともと買う人も含めて利用者全員の注文にかかります`,
    en: (p: Percent) =>
      `the ${p.percent} discount is paid on every redeemer's order, including those who would have bought anyway`,
  },
  incentivePerRedeemer: {
    ja: (p: Money) => `特典は利用者1人${p.money}`,
    en: (p: Money) => `incentive ${p.money} per redeemer`,
  },
  fixedCost: { ja: (p: Money) => `固定費${p.money}`, en: (p: Money) => `fixed cost ${p.money}` },
  baselineRate: {
    ja: (p: Percent) =>
      `キャンペーンなしでも反応する人は予測から${p.percent}（増分には数えず、割引の利用と対照群の見積もりにだけ使用）`,
    en: (p: Percent) =>
      `${p.percent} would respond anyway, from the prediction (not credited; used for discount redemptions and the control group)`,
  },
  targeting: {
    ja: (p: { count: string }) => `予測の高い順に${p.count}人を選択`,
    en: (p: { count: string }) => `the ${p.count} customers with the highest prediction are chosen`,
  },
  averageOrderValuePerSegment: {
    ja: '1回の購入額は各層の平均（各行に記載）',
    en: "an order is worth each segment's own average (on its line)",
  },
  baselineRatePerSegment: {
    ja: 'キャンペーンなしでも反応する人は層ごとに予測から見積もり（増分には数えず、割引の利用と対照群の見積もりにだけ使用）',
    en: 'who would respond anyway is estimated per segment from the prediction (not credited; used for discount redemptions and the control group)',
  },
  targetingPerSegment: {
    ja: '各層で予測の高い順に選択',
    en: 'in each segment the customers with the highest prediction are chosen',
  },
  budgetPerSegment: {
    ja: (p: Money) => `予算${p.money}（指定）を各層に使う想定`,
    en: (p: Money) => `a budget of ${p.money} (as given) for each segment`,
  },
  assumptions: {
    ja: (p: { parts: readonly string[] }) => `前提: ${p.parts.join('、')}。`,
    en: (p: { parts: readonly string[] }) => `Assumptions: ${p.parts.join('; ')}.`,
  },
  neverBreaksEven: { ja: 'どの反応率でも回収できません', en: 'no response rate pays it back' },
  breakEven: {
    ja: (p: Percent) => `損益分岐の増分反応率は${p.percent}`,
    en: (p: Percent) => `break-even at ${p.percent} incremental response`,
  },
  highRoiCostPerContact: {
    ja: (p: Money) => `接触費用が1人${p.money}と非常に小さいこと`,
    en: (p: Money) => `the very low contact cost of ${p.money}`,
  },
  highRoiTotalCost: {
    ja: (p: Money) => `費用総額が${p.money}と小さいこと`,
    en: (p: Money) => `the small total cost of ${p.money}`,
  },
  highRoiBudget: {
    ja: (p: Money) => `予算が${p.money}と小さいこと`,
    en: (p: Money) => `the small budget of ${p.money}`,
  },
  highRoiIncrementalResponse: {
    ja: (p: Percent) => `増分反応率の前提（${p.percent}）が高いこと`,
    en: (p: Percent) => `the high incremental response assumed (${p.percent})`,
  },
  highRoiAverageOrderValue: {
    ja: (p: Money) => `この層の購入額が${p.money}と大きいこと`,
    en: (p: Money) => `the segment's large orders (${p.money})`,
  },
  highRoi: {
    ja: (p: HighRoi) =>
      `ROIが1,000%を超えるのは、${p.driver ?? '前提'}によります（1人あたり費用${p.cost}に対し、見込み粗利は1人あたり${p.margin}）。この前提が正しいか確かめてください。`,
    en: (p: HighRoi) =>
      `ROI is above 1,000% because of ${p.driver ?? 'the assumptions'} (${p.cost} cost per customer against ${p.margin} expected margin per customer); check that this input is right.`,
  },
  noPrediction: {
    ja: '反応の予測がまだないため、層全体に同じ条件で送る想定です（予測があれば、反応しやすい人から順に選べます）。',
    en: 'No response prediction yet, so the whole segment is contacted alike (with one, the most likely responders are picked first).',
  },
  prediction: {
    ja: (p: Prediction) =>
      `予測（${p.words}の予測、AUC ${p.auc}）は「誰に送るか」の順位づけに使います。この層の予測${p.words}率は${p.rate}で${p.segments}層中${p.rank}位、送る人数を絞るときは予測の高い人から選びます。予測${p.words}率はもともと反応する人の割合なので、キャンペーンによる上乗せ（増分反応率）には使っていません。`,
    en: (p: Prediction) =>
      `The prediction (of ${p.words}, AUC ${p.auc}) decides who is contacted: this segment's predicted rate is ${p.rate}, rank ${p.rank} of ${p.segments}, and when fewer are contacted the highest-scored go first. That rate counts customers who respond anyway, so it is not used as the campaign's incremental response.`,
  },
  quotedTarget: { ja: (p: { target: string }) => `「${p.target}」`, en: (p: { target: string }) => `"${p.target}"` },
  currencyMismatch: {
    ja: (p: CurrencyMismatch) =>
      `このデータセットの金額は${p.dataset}（${p.datasetCode}）建てです。ご指定の${p.amounts}は${p.given}のため、${p.dataset}とみなして計算することはしていません。${p.dataset}での金額でお知らせください（為替レートで換算した額で構いません）。`,
    en: (p: CurrencyMismatch) =>
      `This dataset's amounts are in ${p.dataset} (${p.datasetCode}). The ${p.amounts} you gave is in ${p.given}, so I have not calculated with it as if it were ${p.dataset}. Please give the amount in ${p.dataset} (converted at the rate you use) and I will estimate again.`,
  },
  givenAmount: {
    ja: (p: { field: string; money: string }) => `${p.field}${p.money}`,
    en: (p: { field: string; money: string }) => `${p.field} of ${p.money}`,
  },
  amountSeparator: { ja: '・', en: ' and ' },
});

/** The money arguments of a campaign in words, for quoting the amounts a user gave. */
export const moneyFieldNames = defineMessages({
  totalCost: { ja: '費用', en: 'cost' },
  budget: { ja: '予算', en: 'budget' },
  costPerContact: { ja: '1人あたりの費用', en: 'cost per contact' },
  incentivePerRedeemer: { ja: '特典', en: 'incentive' },
  fixedCost: { ja: '固定費', en: 'fixed cost' },
});
