import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber } from '../shared/format-number.ts';
import { roiMessages as messages } from './messages.ts';
import type { ResponseSource, ValueSource } from './result.ts';

/** Where an ROI response rate came from, in words. */
export function describeResponseSource(source: ResponseSource, language: Language): string {
  if (source.kind === 'given') return translate(messages.responseGiven, language);
  if (source.kind === 'predicted') return translate(messages.responsePredicted, language, source);
  return translate(messages.responseAssumed, language);
}

/** Where an ROI value per responder came from, in words. */
export function describeValueSource(source: ValueSource, language: Language): string {
  const amount = formatNumber(source.amount);
  const message =
    source.kind === 'given'
      ? messages.valueGiven
      : source.kind === 'lifetime-value'
        ? messages.valueLifetime
        : messages.valueAveragePurchase;
  return translate(message, language, { amount });
}
