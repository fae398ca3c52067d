import { describe, expect, it } from 'vitest';
import { defaultCurrency, parseCurrencyCode } from '../../../src/core/format/currency-code.ts';
import { formatCount } from '../../../src/core/format/format-count.ts';
import { formatMoney } from '../../../src/core/format/format-money.ts';

describe('formatMoney', () => {
  it('writes yen as 円 after the number in Japanese and ¥ before it in English, never with decimals', () => {
    expect(formatMoney(25104, 'JPY', 'ja')).toBe('25,104円');
    expect(formatMoney(25104, 'JPY', 'en')).toBe('¥25,104');
    expect(formatMoney(500000, 'JPY', 'ja')).toBe('500,000円');
    expect(formatMoney(612.4, 'JPY', 'ja')).toBe('612円');
    expect(formatMoney(3.8, 'JPY', 'en')).toBe('¥4');
    expect(formatMoney(-17000, 'JPY', 'ja')).toBe('-17,000円');
  });

  it('shows dollars with cents where they matter and in whole dollars for larger amounts', () => {
    expect(formatMoney(3.8, 'USD', 'en')).toBe('$3.80');
    expect(formatMoney(3.8, 'USD', 'ja')).toBe('$3.80');
    expect(formatMoney(99.5, 'USD', 'en')).toBe('$99.50');
    expect(formatMoney(25104.37, 'USD', 'en')).toBe('$25,104');
    expect(formatMoney(1234567, 'USD', 'ja')).toBe('$1,234,567');
    expect(formatMoney(-2, 'USD', 'en')).toBe('-$2.00');
  });

  it('formats other currencies through Intl and never prints minus zero', () => {
    expect(formatMoney(12.5, 'EUR', 'en')).toBe('€12.50');
    expect(formatMoney(-0, 'JPY', 'ja')).toBe('0円');
    expect(formatMoney(Number.NaN, 'USD', 'en')).toBe('NaN');
  });
});

describe('parseCurrencyCode', () => {
  it('accepts ISO codes in any case and refuses words and unknown codes', () => {
    expect(parseCurrencyCode(' usd ')).toBe('USD');
    expect(parseCurrencyCode('JPY')).toBe('JPY');
    expect(parseCurrencyCode('YEN')).toBeNull();
    expect(parseCurrencyCode('円')).toBeNull();
    expect(parseCurrencyCode('US')).toBeNull();
    expect(defaultCurrency).toBe('JPY');
  });
});

describe('formatCount', () => {
  it('says what is counted, in both languages', () => {
    expect(formatCount(2357, 'customers', 'ja')).toBe('2,357人');
    expect(formatCount(2357, 'customers', 'en')).toBe('2,357 customers');
    expect(formatCount(1, 'customers', 'en')).toBe('1 customer');
    expect(formatCount(6919, 'purchases', 'ja')).toBe('購入6,919件');
    expect(formatCount(6919, 'purchases', 'en')).toBe('6,919 purchases');
    expect(formatCount(1189, 'photos', 'ja')).toBe('投稿写真1,189枚');
    expect(formatCount(1189, 'photos', 'en')).toBe('1,189 photos posted');
    expect(formatCount(72, 'distinctPhotos', 'ja')).toBe('写真72種類');
    expect(formatCount(72, 'distinctPhotos', 'en')).toBe('72 distinct photos');
  });
});
