import type { Language } from '../../core/language.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { formatPValue } from '../../core/format/format-p-value.ts';
import { readAbTestMessages as messages } from './messages.ts';
import type { ReadAbTestData } from './result.ts';

const points = (share: number): string => `${share > 0 ? '+' : ''}${formatNumber(share * 100, 2)}`;

/** read_ab_test for a person: both arms, the lift with its interval and p-value, and the decision. */
export function presentReadAbTest(data: ReadAbTestData, language: Language): string {
  const { test } = data;
  const count = (value: number): string => formatNumber(value, 0);
  const arm = (entry: { customers: number; conversions: number }) => ({
    customers: count(entry.customers),
    conversions: count(entry.conversions),
    rate: formatPercent(entry.conversions / entry.customers, 1),
  });
  const lines = [
    data.source.kind === 'file'
      ? translate(messages.fromFile, language, { file: data.source.file })
      : translate(messages.heading, language),
    translate(messages.control, language, arm(data.control)),
    translate(messages.treatment, language, arm(data.treatment)),
    translate(messages.lift, language, {
      points: points(test.difference),
      relative:
        test.relativeUplift === null
          ? ''
          : translate(messages.relative, language, {
              percent: `${test.relativeUplift > 0 ? '+' : ''}${formatPercent(test.relativeUplift, 0)}`,
            }),
      level: formatPercent(test.confidenceInterval.level, 0),
      low: points(test.confidenceInterval.lower),
      high: points(test.confidenceInterval.upper),
      p: formatPValue(test.pValue),
    }),
  ];
  if (data.revenuePerCustomer)
    lines.push(
      translate(messages.revenue, language, {
        control: formatMoney(data.revenuePerCustomer.control, data.currency, language),
        treatment: formatMoney(data.revenuePerCustomer.treatment, data.currency, language),
      }),
    );
  if (data.source.kind === 'file') {
    const skipped = data.source.skipped.arm + data.source.skipped.converted + data.source.skipped.duplicate;
    if (skipped > 0) lines.push(translate(messages.skipped, language, { count: skipped }));
  }
  if (data.decision === 'ship') lines.push(translate(messages.ship, language));
  else if (data.decision === 'stop')
    lines.push(
      test.significant
        ? translate(messages.stopNegative, language)
        : translate(messages.stopSmall, language, { points: formatNumber(data.minimumWorthwhileLift * 100, 2) }),
    );
  else {
    lines.push(translate(messages.keep, language));
    if (data.neededPerArm !== null)
      lines.push(translate(messages.needed, language, { perArm: count(data.neededPerArm) }));
  }
  if (test.warnings.some((warning) => warning.code === 'SMALL_COUNTS'))
    lines.push(translate(messages.smallCounts, language));
  return lines.join('\n');
}
