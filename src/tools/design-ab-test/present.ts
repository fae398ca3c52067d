import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { designAbTestMessages as messages } from './messages.ts';
import type { DesignAbTestData } from './result.ts';

const points = (share: number): string => formatNumber(share * 100, 2);
const rate = (share: number): string => formatPercent(share, share < 0.1 ? 1 : 0);

/** design_ab_test for a person: arms, size, whether the group holds it, duration, what to ask next. */
export function presentDesignAbTest(data: DesignAbTestData, language: Language): string {
  const count = (value: number): string => formatNumber(value, 0);
  const lines = [
    translate(messages.heading, language, {
      target: data.segment?.label ?? translate(messages.everyone, language),
      baseline: rate(data.baselineRate),
      expected: rate(data.baselineRate + data.lift),
      lift: `${points(data.lift)}${data.liftSource === 'default' ? translate(messages.liftDefault, language) : ''}`,
      power: formatPercent(data.power, 0),
      alpha: formatPercent(data.alpha, 0),
    }),
    translate(messages.size, language, {
      perArm: count(data.perArm),
      total: count(data.total),
      audience: count(data.audience),
    }),
  ];
  if (data.fits) lines.push(translate(messages.fits, language));
  else if (data.detectableLift !== null)
    lines.push(translate(messages.tooSmall, language, { lift: points(data.detectableLift) }));
  else lines.push(translate(messages.tooSmallAtAll, language));
  if (data.pooled)
    lines.push(
      data.pooled.fits
        ? translate(messages.pooledFits, language, { audience: count(data.pooled.audience) })
        : translate(messages.pooledShort, language, {
            audience: count(data.pooled.audience),
            lift: data.pooled.detectableLift === null ? '—' : points(data.pooled.detectableLift),
          }),
    );
  lines.push(
    data.purchaseCycleDays === null
      ? translate(messages.durationDefault, language, { days: data.durationDays })
      : translate(messages.duration, language, {
          days: data.durationDays,
          cycle: formatNumber(data.purchaseCycleDays, 0),
        }),
  );
  const baseline =
    data.baselineSource === 'prediction'
      ? messages.baselinePrediction
      : data.baselineSource === 'given'
        ? messages.baselineGiven
        : messages.baselineFallback;
  lines.push(translate(messages.notes, language, { baseline: translate(baseline, language) }));
  return lines.join('\n');
}
