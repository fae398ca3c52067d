import { formatMoney } from '../../core/format/format-money.ts';
import type { ChurnRiskData } from './result.ts';
import type { ChurnDriverMeasure } from './build-churn-risk-result.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { churnMeasureWords, churnRiskMessages as messages } from './messages.ts';
import { groupDigits } from '../../core/format/format-count.ts';

function measureValue(data: ChurnRiskData, measure: ChurnDriverMeasure, value: number, language: Language): string {
  if (measure === 'orderValue') return formatMoney(value, data.currency, language);
  const words = churnMeasureWords[measure][language];
  return `${formatNumber(value, words.digits)}${words.unit}`;
}

/** The at-risk rule in one sentence, in the reader's language. */
export function churnRuleText(data: ChurnRiskData, language: Language): string {
  const top = formatPercent(1 - data.rule.valueQuantile, 0);
  const drop = formatPercent(data.rule.dropRatio, 0);
  const threshold = formatMoney(data.rule.valueThreshold, data.currency, language);
  return translate(messages.rule, language, { top, threshold, months: data.periodMonths, drop });
}

/** assess_churn_risk's result for the model: English, aggregates only. */
export function summarizeChurnRisk(data: ChurnRiskData): string {
  const money = (amount: number): string => formatMoney(amount, data.currency, 'en');
  const lines = [
    `Churn risk on segmentation run ${data.runId} of "${data.dataset}"${data.segment === null ? '' : `, segment S${data.segment} only`}: ${groupDigits(data.customers)} customers with purchases, next ${data.periodMonths} months (BG/NBD expected purchases and P(buy again); no churn column needed).`,
    `${churnRuleText(data, 'en')}.`,
    `${data.atRisk} of ${data.valuable} valuable customers are at risk.${
      data.lifetimeValueAtRisk !== null && data.revenueDropNextPeriod !== null
        ? ` Their 12-month CLV totals ${money(data.lifetimeValueAtRisk)}; over the next ${data.periodMonths} months they are expected to spend ${money(data.revenueDropNextPeriod)} less than at their past pace.`
        : ''
    }`,
  ];
  if (data.buyAgain.atRisk !== null && data.buyAgain.otherValuable !== null)
    lines.push(
      `Chance of buying again in the period: ${formatPercent(data.buyAgain.atRisk, 0)} for the at-risk customers vs ${formatPercent(data.buyAgain.otherValuable, 0)} for the other valuable customers.`,
    );
  if (!data.describable && data.atRisk > 0)
    lines.push(
      `Fewer than ${groupDigits(data.minimumGroupSize)} customers are at risk, so their value, segments and drivers are withheld (privacy rule).`,
    );
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
            `${churnMeasureWords[driver.measure].en.name} ${measureValue(data, driver.measure, driver.atRisk, 'en')} vs ${measureValue(data, driver.measure, driver.otherValuable, 'en')}`,
        )
        .join('; ')}.`,
    );
  if (data.churnColumn) lines.push(churnColumnText(data, 'en'));
  lines.push(actionText(data, 'en'));
  return lines.join('\n');
}

/** assess_churn_risk's result for a person, in Japanese or English. */
export function presentChurnRisk(data: ChurnRiskData, language: Language): string {
  const money = (amount: number): string => formatMoney(amount, data.currency, language);
  const lines = [
    translate(messages.headline, language, {
      atRisk: data.atRisk,
      valuable: data.valuable,
      segment: data.segment === null ? null : (data.segmentName ?? `S${data.segment}`),
    }),
    `${churnRuleText(data, language)}${translate(messages.sentenceEnd, language)}`,
  ];
  if (data.atRisk > 0 && data.lifetimeValueAtRisk !== null && data.revenueDropNextPeriod !== null)
    lines.push(
      translate(messages.value, language, {
        clv: money(data.lifetimeValueAtRisk),
        months: data.periodMonths,
        drop: money(data.revenueDropNextPeriod),
      }),
    );
  if (data.buyAgain.atRisk !== null && data.buyAgain.otherValuable !== null)
    lines.push(
      translate(messages.buyAgain, language, {
        atRisk: formatPercent(data.buyAgain.atRisk, 0),
        others: formatPercent(data.buyAgain.otherValuable, 0),
      }),
    );
  if (!data.describable && data.atRisk > 0)
    lines.push(translate(messages.tooFew, language, { minimum: data.minimumGroupSize }));
  if (data.segments.length > 0) {
    lines.push(translate(messages.segmentsHeading, language));
    for (const entry of data.segments.slice(0, 4))
      lines.push(
        translate(messages.segmentLine, language, {
          label: entry.label,
          atRisk: entry.atRisk,
          share: formatPercent(entry.atRisk / entry.valuable, 0),
          clv: money(entry.lifetimeValueAtRisk),
        }),
      );
    if (data.withheldSegments > 0)
      lines.push(
        translate(messages.withheldSegments, language, {
          count: data.withheldSegments,
          minimum: data.minimumGroupSize,
        }),
      );
  }
  if (data.drivers.length > 0) {
    const drivers = data.drivers.slice(0, 3).map((driver) =>
      translate(messages.driver, language, {
        name: churnMeasureWords[driver.measure][language].name,
        atRisk: measureValue(data, driver.measure, driver.atRisk, language),
        others: measureValue(data, driver.measure, driver.otherValuable, language),
      }),
    );
    lines.push(translate(messages.drivers, language, { drivers }));
  }
  if (data.churnColumn) lines.push(churnColumnText(data, language));
  lines.push(actionText(data, language));
  return lines.join('\n');
}

function churnColumnText(data: ChurnRiskData, language: Language): string {
  const column = data.churnColumn!;
  const rate = (value: number | null): string => (value === null ? '—' : formatPercent(value, 0));
  return translate(messages.churnColumn, language, {
    column: column.name,
    atRisk: rate(column.rateAtRisk),
    others: rate(column.rateOthers),
    auc: column.auc === null ? null : formatNumber(column.auc, 2),
  });
}

function actionText(data: ChurnRiskData, language: Language): string {
  if (data.atRisk === 0) return translate(messages.noneAtRisk, language);
  const first = data.segments[0];
  return translate(messages.action, language, { target: first?.label ?? null, segment: first?.segment ?? null });
}
