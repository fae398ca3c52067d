import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/language.ts';
import {
  type CodedCatalog,
  type CodedMessage,
  defineMessages,
  joinList,
  localeOf,
  pick,
  translate,
  translateCoded,
} from '../../src/core/message-catalog.ts';

const messages = defineMessages({
  done: { ja: '完了', en: 'Done' },
  customers: {
    ja: (p: { count: number }) => `顧客 ${p.count}人`,
    en: (p: { count: number }) => `customers: ${p.count}`,
  },
});

type Notice = CodedMessage<'MERGED', { size: number }> | CodedMessage<'EMPTY', Record<string, never>>;
const notices: CodedCatalog<Notice> = {
  MERGED: { ja: (p) => `${p.size}人のグループを統合しました`, en: (p) => `A group of ${p.size} was merged` },
  EMPTY: { ja: '該当なし', en: 'Nothing found' },
};

describe('message catalogs', () => {
  it('translates plain and parameterised entries in each language', () => {
    expect(translate(messages.done, 'ja')).toBe('完了');
    expect(translate(messages.customers, 'ja', { count: 3 })).toBe('顧客 3人');
    expect(translate(messages.customers, 'en', { count: 3 })).toBe('customers: 3');
    // @ts-expect-error the entry takes { count }: the compiler refuses a call without it
    expect(() => translate(messages.customers, 'ja')).toThrow(TypeError);
    // @ts-expect-error a plain entry takes no parameters
    translate(messages.done, 'ja', { count: 3 });
  });

  it('translates coded messages (engine warnings) only when presented', () => {
    const warning: Notice = { code: 'MERGED', params: { size: 19 } };
    expect(translateCoded(notices, warning, 'ja')).toBe('19人のグループを統合しました');
    expect(translateCoded(notices, warning, 'en')).toBe('A group of 19 was merged');
    expect(translateCoded(notices, { code: 'EMPTY', params: {} }, 'ja')).toBe('該当なし');
  });

  it('picks values, locales and list words by language', () => {
    expect(pick('ja', { ja: '、', en: ', ' })).toBe('、');
    expect(localeOf('ja')).toBe('ja-JP');
    expect(localeOf('en')).toBe('en-US');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinList(['A', 'B', 'C'], 'ja')).toBe('A、B、C');
  });

  it('detects Japanese from one kana or kanji', () => {
    expect(detectLanguage('ROIは？')).toBe('ja');
    expect(detectLanguage('What is the ROI?')).toBe('en');
  });
});
