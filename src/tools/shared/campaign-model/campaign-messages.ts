import { pick } from '../../../core/message-catalog.ts';
import type { CampaignAssumption, CampaignEstimate } from '../../../engine/roi/campaign-model-types.ts';
import { defaultCampaignAssumptions } from '../../../engine/roi/estimate-campaign.ts';
import { formatPercent } from '../format-number.ts';
import type { SegmentCampaign } from './estimate-segment-campaign.ts';
import { formatMoney } from './money.ts';

import type { Language } from '../../../core/language.ts';

/** Money and percentages of one campaign in one language. */
export interface CampaignFormat {
  money(amount: number): string;
  percent(share: number): string;
  roi(share: number): string;
  language: Language;
}

/** Formatters for a campaign's currency and the reader's language. */
export function campaignFormat(currency: string, language: Language): CampaignFormat {
  return {
    language,
    money: (amount) => formatMoney(amount, currency, language),
    percent: (share) => formatPercent(share, share !== 0 && Math.abs(share) < 0.1 ? 1 : 0),
    roi: (share) => `${share > 0 ? '+' : ''}${Math.round(share * 100).toLocaleString('en-US')}%`,
  };
}

/** A 0/1 prediction target in words (the column name is an internal identifier). */
export function targetWords(target: string, language: Language): string {
  const known: Record<string, { ja: string; en: string }> = {
    responded: { ja: '反応', en: 'responding' },
    response: { ja: '反応', en: 'responding' },
    purchased: { ja: '購入', en: 'buying' },
    converted: { ja: '成約', en: 'converting' },
    clicked: { ja: 'クリック', en: 'clicking' },
    opened: { ja: '開封', en: 'opening' },
  };
  return known[target.toLowerCase()]?.[language] ?? pick(language, { ja: `「${target}」`, en: `"${target}"` });
}

function range(value: CampaignAssumption['value'], f: CampaignFormat): string {
  if (typeof value === 'number') return f.percent(value);
  return value.low === value.high
    ? f.percent(value.base)
    : pick(f.language, {
        ja: `低位${f.percent(value.low)}・基準${f.percent(value.base)}・高位${f.percent(value.high)}`,
        en: `${f.percent(value.low)} low, ${f.percent(value.base)} base, ${f.percent(value.high)} high`,
      });
}

/** One assumption as a sentence fragment a marketer can check. */
export function describeAssumption(entry: CampaignAssumption, f: CampaignFormat, contacts: number): string {
  const ja = pick(f.language, { ja: true, en: false });
  const number = typeof entry.value === 'number' ? entry.value : entry.value.base;
  switch (entry.key) {
    case 'incrementalResponse':
      if (entry.source === 'measured')
        return ja
          ? `増分反応率は測定値の${range(entry.value, f)}`
          : `incremental response as measured: ${range(entry.value, f)}`;
      return ja
        ? `増分反応率（キャンペーンがなければ買わなかった人のうち買う人の割合）は${entry.source === 'default' ? '仮定で' : '指定の'}${range(entry.value, f)}`
        : `incremental response (customers who buy only because of the campaign) ${entry.source === 'default' ? 'assumed at' : 'set to'} ${range(entry.value, f)}`;
    case 'averageOrderValue':
      return ja
        ? `1回の購入額はこの層の平均${f.money(number)}`
        : `an order is worth the segment's average ${f.money(number)}`;
    case 'extraOrdersPerResponder':
      return ja
        ? `増分の反応者1人につき追加購入${number}回分の粗利を計上（生涯価値の全額ではありません）`
        : `each incremental responder adds ${number} order's margin (not their whole lifetime value)`;
    case 'grossMargin':
      return entry.source === 'default'
        ? ja
          ? `粗利率${f.percent(number)}（既定値。「粗利率30%」のように指定できます）`
          : `gross margin ${f.percent(number)} (default; say e.g. "gross margin 30%" to change it)`
        : ja
          ? `粗利率${f.percent(number)}（指定）`
          : `gross margin ${f.percent(number)} (as given)`;
    case 'totalCost':
      return ja ? `費用は総額${f.money(number)}（指定）` : `total cost ${f.money(number)} (as given)`;
    case 'budget':
      return ja
        ? `予算${f.money(number)}（指定）で${contacts.toLocaleString('ja-JP')}人に接触`
        : `budget ${f.money(number)} (as given), reaching ${contacts.toLocaleString('en-US')} customers`;
    case 'costPerContact':
      return entry.source === 'default'
        ? ja
          ? `接触費用は1人${f.money(number)}（既定: 全体の平均購入額の${f.percent(defaultCampaignAssumptions.contactCostShareOfAverageOrder)}）`
          : `contact cost ${f.money(number)} per customer (default: ${f.percent(defaultCampaignAssumptions.contactCostShareOfAverageOrder)} of the average order)`
        : ja
          ? `接触費用は1人${f.money(number)}（指定）`
          : `contact cost ${f.money(number)} per customer (as given)`;
    case 'discountRate':
      return ja
        ? `${f.percent(number)}割引は、もともと買う人も含めて利用者全員の注文にかかります`
        : `the ${f.percent(number)} discount is paid on every redeemer's order, including those who would have bought anyway`;
    case 'incentivePerRedeemer':
      return ja ? `特典は利用者1人${f.money(number)}` : `incentive ${f.money(number)} per redeemer`;
    case 'fixedCost':
      return ja ? `固定費${f.money(number)}` : `fixed cost ${f.money(number)}`;
    case 'baselineRate':
      return ja
        ? `キャンペーンなしでも反応する人は予測から${f.percent(number)}（増分には数えず、割引の利用と対照群の見積もりにだけ使用）`
        : `${f.percent(number)} would respond anyway, from the prediction (not credited; used for discount redemptions and the control group)`;
    case 'targeting':
      return ja
        ? `予測の高い順に${number.toLocaleString('ja-JP')}人を選択`
        : `the ${number} customers with the highest prediction are chosen`;
  }
}

/** The assumptions of an estimate as one sentence. */
export function assumptionsSentence(estimate: CampaignEstimate, f: CampaignFormat): string {
  const parts = estimate.assumptions.map((entry) => describeAssumption(entry, f, estimate.targeting.contacts));
  return pick(f.language, { ja: `前提: ${parts.join('、')}。`, en: `Assumptions: ${parts.join('; ')}.` });
}

/** Break-even incremental response in words, or that none pays back. */
export function breakEvenWords(estimate: CampaignEstimate, f: CampaignFormat): string {
  const value = estimate.breakEvenResponse;
  if (value === null || value > 1)
    return pick(f.language, { ja: 'どの反応率でも回収できません', en: 'no response rate pays it back' });
  return pick(f.language, {
    ja: `損益分岐の増分反応率は${f.percent(value)}`,
    en: `break-even at ${f.percent(value)} incremental response`,
  });
}

/** Why ROI is above 1,000 %, naming the input that drives it; empty when it is not. */
export function highRoiSentence(estimate: CampaignEstimate, f: CampaignFormat): string {
  const reason = estimate.highRoiReason;
  if (!reason) return '';
  const ja = pick(f.language, { ja: true, en: false });
  const value = reason.driver.value;
  const number = typeof value === 'number' ? value : value.base;
  const driver = {
    costPerContact: ja
      ? `接触費用が1人${f.money(number)}と非常に小さいこと`
      : `the very low contact cost of ${f.money(number)}`,
    totalCost: ja ? `費用総額が${f.money(number)}と小さいこと` : `the small total cost of ${f.money(number)}`,
    budget: ja ? `予算が${f.money(number)}と小さいこと` : `the small budget of ${f.money(number)}`,
    incrementalResponse: ja
      ? `増分反応率の前提（${f.percent(number)}）が高いこと`
      : `the high incremental response assumed (${f.percent(number)})`,
    averageOrderValue: ja
      ? `この層の購入額が${f.money(number)}と大きいこと`
      : `the segment's large orders (${f.money(number)})`,
  }[reason.driver.key as 'costPerContact'];
  return ja
    ? `ROIが1,000%を超えるのは、${driver ?? '前提'}によります（1人あたり費用${f.money(reason.costPerContact)}に対し、見込み粗利は1人あたり${f.money(reason.marginPerContact)}）。この前提が正しいか確かめてください。`
    : `ROI is above 1,000% because of ${driver ?? 'the assumptions'} (${f.money(reason.costPerContact)} cost per customer against ${f.money(reason.marginPerContact)} expected margin per customer); check that this input is right.`;
}

/** How the prediction was used: who to target, never the response rate. */
export function predictionSentence(campaign: SegmentCampaign, f: CampaignFormat): string {
  const use = campaign.prediction;
  const ja = pick(f.language, { ja: true, en: false });
  if (!use)
    return ja
      ? '反応の予測がまだないため、層全体に同じ条件で送る想定です（予測があれば、反応しやすい人から順に選べます）。'
      : 'No response prediction yet, so the whole segment is contacted alike (with one, the most likely responders are picked first).';
  const words = targetWords(use.target, f.language);
  return ja
    ? `予測（${words}の予測、AUC ${use.auc.toFixed(2)}）は「誰に送るか」の順位づけに使います。この層の予測${words}率は${f.percent(use.meanProbability)}で${use.segmentCount}層中${use.rank}位、送る人数を絞るときは予測の高い人から選びます。予測${words}率はもともと反応する人の割合なので、キャンペーンによる上乗せ（増分反応率）には使っていません。`
    : `The prediction (of ${words}, AUC ${use.auc.toFixed(2)}) decides who is contacted: this segment's predicted rate is ${f.percent(use.meanProbability)}, rank ${use.rank} of ${use.segmentCount}, and when fewer are contacted the highest-scored go first. That rate counts customers who respond anyway, so it is not used as the campaign's incremental response.`;
}
