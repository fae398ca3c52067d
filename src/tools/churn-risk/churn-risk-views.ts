import { formatMoney } from '../../core/format/format-money.ts';
import type { ChurnRiskData } from './result.ts';
import type { ChurnDriverMeasure } from './build-churn-risk-result.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';

type Language = 'ja' | 'en';

const measureWords: Record<ChurnDriverMeasure, Record<Language, { name: string; unit: string; digits: number }>> = {
  daysSinceLastPurchase: {
    ja: { name: '最後の購入からの日数', unit: '日', digits: 0 },
    en: { name: 'days since the last purchase', unit: ' days', digits: 0 },
  },
  purchases: {
    ja: { name: 'これまでの購入回数', unit: '回', digits: 1 },
    en: { name: 'purchases to date', unit: '', digits: 1 },
  },
  orderValue: { ja: { name: '平均購入単価', unit: '', digits: 0 }, en: { name: 'average order', unit: '', digits: 0 } },
  photos: { ja: { name: '投稿写真の枚数', unit: '枚', digits: 1 }, en: { name: 'photos posted', unit: '', digits: 1 } },
};

function measureValue(data: ChurnRiskData, measure: ChurnDriverMeasure, value: number, language: Language): string {
  if (measure === 'orderValue') return formatMoney(value, data.currency, language);
  const words = measureWords[measure][language];
  return `${formatNumber(value, words.digits)}${words.unit}`;
}

/** The at-risk rule in one sentence, in the reader's language. */
export function churnRuleText(data: ChurnRiskData, language: Language): string {
  const top = formatPercent(1 - data.rule.valueQuantile, 0);
  const drop = formatPercent(data.rule.dropRatio, 0);
  const threshold = formatMoney(data.rule.valueThreshold, data.currency, language);
  return language === 'ja'
    ? `基準: これまでの購入額が上位${top}（${threshold}以上）でリピート購入のある「優良顧客」のうち、今後${data.periodMonths}か月の予想購入回数が本人のこれまでのペースの${drop}未満の人`
    : `Rule: "valuable" = past spend in the top ${top} (${threshold} or more) with a repeat purchase; "at risk" = valuable and expected purchases in the next ${data.periodMonths} months below ${drop} of their own past pace`;
}

/** assess_churn_risk's result for the model: English, aggregates only. */
export function summarizeChurnRisk(data: ChurnRiskData): string {
  const money = (amount: number): string => formatMoney(amount, data.currency, 'en');
  const lines = [
    `Churn risk on segmentation run ${data.runId} of "${data.dataset}"${data.segment === null ? '' : `, segment S${data.segment} only`}: ${data.customers} customers with purchases, next ${data.periodMonths} months (BG/NBD expected purchases and P(buy again); no churn column needed).`,
    `${churnRuleText(data, 'en')}.`,
    `${data.atRisk} of ${data.valuable} valuable customers are at risk. Their 12-month CLV totals ${money(data.lifetimeValueAtRisk)}; over the next ${data.periodMonths} months they are expected to spend ${money(data.revenueDropNextPeriod)} less than at their past pace.`,
  ];
  if (data.buyAgain.atRisk !== null && data.buyAgain.otherValuable !== null)
    lines.push(
      `Chance of buying again in the period: ${formatPercent(data.buyAgain.atRisk, 0)} for the at-risk customers vs ${formatPercent(data.buyAgain.otherValuable, 0)} for the other valuable customers.`,
    );
  if (!data.describable && data.atRisk > 0)
    lines.push(`Fewer than ${data.minimumGroupSize} customers are at risk, so segments and drivers are not described.`);
  if (data.segments.length > 0)
    lines.push(
      `By segment: ${data.segments.map((entry) => `${entry.label}: ${entry.atRisk} at risk of ${entry.valuable} valuable, CLV ${money(entry.lifetimeValueAtRisk)}`).join('; ')}${data.withheldSegments > 0 ? `; ${data.withheldSegments} segment(s) with fewer than ${data.minimumGroupSize} at risk not shown` : ''}.`,
    );
  if (data.drivers.length > 0)
    lines.push(
      `At-risk vs other valuable customers: ${data.drivers
        .slice(0, 3)
        .map(
          (driver) =>
            `${measureWords[driver.measure].en.name} ${measureValue(data, driver.measure, driver.atRisk, 'en')} vs ${measureValue(data, driver.measure, driver.otherValuable, 'en')}`,
        )
        .join('; ')}.`,
    );
  if (data.churnColumn) lines.push(churnColumnText(data, 'en'));
  lines.push(actionText(data, 'en'));
  return lines.join('\n');
}

/** assess_churn_risk's result for a person, in Japanese or English. */
export function presentChurnRisk(data: ChurnRiskData, language: Language): string {
  const ja = language === 'ja';
  const money = (amount: number): string => formatMoney(amount, data.currency, language);
  const scope = data.segment === null ? '' : ja ? `（S${data.segment}のみ）` : ` (S${data.segment} only)`;
  const lines = [
    ja
      ? `解約リスクのある優良顧客は ${data.atRisk}人です（優良顧客 ${data.valuable}人中${scope}）。`
      : `${data.atRisk} of ${data.valuable} valuable customers are at risk of leaving${scope}.`,
    `${churnRuleText(data, language)}${ja ? '。' : '.'}`,
  ];
  if (data.atRisk > 0)
    lines.push(
      ja
        ? `この人たちの今後12か月のCLV（顧客生涯価値）は合計 ${money(data.lifetimeValueAtRisk)}。次の${data.periodMonths}か月の購入額は、これまでのペースより ${money(data.revenueDropNextPeriod)} 少なくなる見込みです。`
        : `Their 12-month CLV (customer lifetime value) totals ${money(data.lifetimeValueAtRisk)}, and over the next ${data.periodMonths} months they are expected to spend ${money(data.revenueDropNextPeriod)} less than at their past pace.`,
    );
  if (data.buyAgain.atRisk !== null && data.buyAgain.otherValuable !== null)
    lines.push(
      ja
        ? `期間内にまた買う確率: リスク層 ${formatPercent(data.buyAgain.atRisk, 0)}（ほかの優良顧客では ${formatPercent(data.buyAgain.otherValuable, 0)}）。`
        : `Chance of buying again in that period: ${formatPercent(data.buyAgain.atRisk, 0)} for them vs ${formatPercent(data.buyAgain.otherValuable, 0)} for the other valuable customers.`,
    );
  if (!data.describable && data.atRisk > 0)
    lines.push(
      ja
        ? `${data.minimumGroupSize}人未満のため、内訳や特徴はプライバシー保護のため示しません。`
        : `Fewer than ${data.minimumGroupSize} people, so no breakdown or profile is shown, to protect their privacy.`,
    );
  if (data.segments.length > 0) {
    lines.push(ja ? '多いセグメント:' : 'Where they are:');
    for (const entry of data.segments.slice(0, 4))
      lines.push(
        ja
          ? `• ${entry.label}: ${entry.atRisk}人（この層の優良顧客の${formatPercent(entry.atRisk / entry.valuable, 0)}）、CLV ${money(entry.lifetimeValueAtRisk)}`
          : `• ${entry.label}: ${entry.atRisk} (${formatPercent(entry.atRisk / entry.valuable, 0)} of its valuable customers), CLV ${money(entry.lifetimeValueAtRisk)}`,
      );
    if (data.withheldSegments > 0)
      lines.push(
        ja
          ? `（ほか${data.withheldSegments}セグメントは${data.minimumGroupSize}人未満のため省略）`
          : `(${data.withheldSegments} more segment(s) with fewer than ${data.minimumGroupSize} at risk not shown)`,
      );
  }
  if (data.drivers.length > 0)
    lines.push(
      ja
        ? `ほかの優良顧客との違い: ${data.drivers
            .slice(0, 3)
            .map(
              (driver) =>
                `${measureWords[driver.measure].ja.name} ${measureValue(data, driver.measure, driver.atRisk, 'ja')}（ほか ${measureValue(data, driver.measure, driver.otherValuable, 'ja')}）`,
            )
            .join('、')}。`
        : `How they differ from the other valuable customers: ${data.drivers
            .slice(0, 3)
            .map(
              (driver) =>
                `${measureWords[driver.measure].en.name} ${measureValue(data, driver.measure, driver.atRisk, 'en')} (others ${measureValue(data, driver.measure, driver.otherValuable, 'en')})`,
            )
            .join('; ')}.`,
    );
  if (data.churnColumn) lines.push(churnColumnText(data, language));
  lines.push(actionText(data, language));
  return lines.join('\n');
}

function churnColumnText(data: ChurnRiskData, language: Language): string {
  const column = data.churnColumn!;
  const rate = (value: number | null): string => (value === null ? '—' : formatPercent(value, 0));
  const auc =
    column.auc === null
      ? ''
      : language === 'ja'
        ? `（一致度 AUC ${formatNumber(column.auc, 2)}）`
        : ` (AUC ${formatNumber(column.auc, 2)})`;
  return language === 'ja'
    ? `データの「${column.name}」列との照合: リスク層の${rate(column.rateAtRisk)}、それ以外の${rate(column.rateOthers)}が該当${auc}。`
    : `Checked against the dataset's "${column.name}" column: ${rate(column.rateAtRisk)} of the at-risk customers and ${rate(column.rateOthers)} of the others are marked 1${auc}.`;
}

function actionText(data: ChurnRiskData, language: Language): string {
  const ja = language === 'ja';
  if (data.atRisk === 0)
    return ja
      ? '打ち手: いまは離れそうな優良顧客は見当たりません。月に一度この確認を続けましょう。'
      : 'What to do: no valuable customers look like they are drifting away; check again monthly.';
  const first = data.segments[0];
  const target = first ? first.label : ja ? 'この人たち' : 'these customers';
  const next = first
    ? ja
      ? `「S${first.segment}に10%割引を出したらROIは？」`
      : `"what is the ROI of a 10% discount for segment ${first.segment}?"`
    : ja
      ? '「ROIが出る顧客層は？」'
      : '"which segment gives the best ROI?"';
  return ja
    ? `打ち手: 離れてしまう前に、${target}に再購入のきっかけ（限定オファー・新作案内・お礼の連絡）を送り、送らない対照群と比べて効果を測りましょう。次に${next}と聞けます。`
    : `What to do: reach out to ${target} before they go (a limited offer, new arrivals, a thank-you note) and measure it against a held-out control group. Next you can ask ${next}`;
}
