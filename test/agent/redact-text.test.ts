import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/agent/redact-text.ts';
import { SensitiveValueIndex } from '../../src/agent/sensitive-value-index.ts';

const redact = (text: string, known: string[] = []) => redactText(text, new SensitiveValueIndex(known)).text;

describe('redactText', () => {
  it.each([
    ['Mail taro.yamada@example.co.jp today', 'Mail [redacted:email] today'],
    ['ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＣＯＭ です', '[redacted:email] です'],
    ['携帯 090-1234-5678、固定 03-1234-5678', '携帯 [redacted:phone]、固定 [redacted:phone]'],
    [
      '０９０－１２３４－５６７８ / 09012345678 / 0120-123-456',
      '[redacted:phone] / [redacted:phone] / [redacted:phone]',
    ],
    ['+81 90 1234 5678 or (415) 555-2671 or 415.555.2671', '[redacted:phone] or [redacted:phone] or [redacted:phone]'],
    ['see /home/taro/photos/a.jpg now', 'see [redacted:path] now'],
    ['C:\\Users\\taro\\Desktop\\list.xlsx and \\\\server\\share\\x', '[redacted:path] and [redacted:path]'],
    ['写真は yamada_taro.JPG と IMG_0001.heic', '写真は [redacted:path] と [redacted:path]'],
    ['〒150-0001 東京都渋谷区神宮前1-2-3', '[redacted:address] [redacted:address]'],
    ['大阪市北区梅田3丁目1番 に住む', '[redacted:address] に住む'],
    ['lives at 12 Main Street, Springfield', 'lives at [redacted:address], Springfield'],
    ['photo data:image/png;base64,iVBORw0KGgo= end', 'photo [redacted:attachment] end'],
    // Issue 11 item 1: the forms people type.
    ['電話は０９０ー２２６１ー１００７です', '電話は[redacted:phone]です'],
    ['(090)2261-1007 / 090.2261.1007 / TEL.09022611007', '[redacted:phone] / [redacted:phone] / TEL.[redacted:phone]'],
    ['連絡は hanako@例え.jpに', '連絡は [redacted:email]に'],
    ['花子@example.com', '[redacted:email]'],
    ['〒226ー1351 です', '[redacted:address] です'],
    ['札幌市中央区北2条西2丁目6番地に', '[redacted:address]に'],
    ['北2条西2丁目6番地', '[redacted:address]'],
    ['見本\u200b市1丁目', '[redacted:address]'],
  ])('redacts %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'On 2026-03-01 segment 3 had 1,234 customers, ROI 1.8x (120%), AUC 0.742, revenue ¥1,234,567.',
    '東京都在住が多く、世田谷区の30代が中心です。',
    'See https://api.openai.com/v1/chat/completions, and/or km/h; 売上/顧客/地域',
    'probability 0.1234567890, ids 12 and 345, 2024 2025 2026',
  ])('leaves ordinary analytics text alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('redacts known database values as whole tokens, in any case and spacing', () => {
    const known = ['C001', '山田 太郎', '山田', '太郎', 'Zebulon', '0012345', 'Li'];
    expect(redact('C001の山田太郎さん（山田　太郎）, ZEBULON, zip 0012345', known)).toBe(
      '[redacted:personal]の[redacted:personal]さん（[redacted:personal]）, [redacted:personal], zip [redacted:personal]',
    );
    // Part of a longer token is not the value; values too short to be specific are not indexed.
    expect(redact('C0012 Zebulonian Li Lisa', known)).toBe('C0012 Zebulonian Li Lisa');
  });

  it('finds known values typed in half-width kana, hiragana, without or with spaces, and short ids only from the asker', () => {
    const index = new SensitiveValueIndex([{ value: 'ササキ ハナコ' }, { value: '92268', customerId: true }]);
    expect(redactText('ｻｻｷ ﾊﾅｺ と ささきはなこ', index).text).toBe('[redacted:personal] と [redacted:personal]');
    expect(redactText('92268の件', index, { userText: true }).text).toBe('[redacted:personal]の件');
    // Elsewhere a 5-digit number is an amount; in the question, a number with a unit is a count.
    expect(redactText('売上 92268', index).text).toBe('売上 92268');
    expect(redactText('92268人、1.92268', index, { userText: true }).text).toBe('92268人、1.92268');
  });

  it('keeps a count with grouped digits after 顧客 / customer, and still takes an id named as one', () => {
    expect(redact('既存顧客2,357人のうち約145人、顧客23,570人')).toBe('既存顧客2,357人のうち約145人、顧客23,570人');
    expect(redact('every customer 1,250 of them; members 1,000,000')).toBe(
      'every customer 1,250 of them; members 1,000,000',
    );
    expect(redact('顧客2、顧客C1,234 and customer 12,34')).toBe(
      '[redacted:personal]、[redacted:personal],234 and [redacted:personal],34',
    );
  });

  it('counts what it replaced', () => {
    expect(redactText('a@b.co, 090-1234-5678, x@y.jp').counts).toEqual({ email: 2, phone: 1 });
  });
});
