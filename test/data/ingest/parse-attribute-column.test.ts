import { describe, expect, it } from 'vitest';
import { parseAttributeColumn } from '../../../src/data/ingest/parse-attribute-column.ts';

describe('parseAttributeColumn', () => {
  it('makes a column of plain numbers numeric, blanks null', () => {
    expect(parseAttributeColumn(['34', ' 28 ', '', '-1.5', '３５'])).toEqual({ values: [34, 28, null, -1.5, 35] });
  });

  it('keeps a column text throughout when any cell is not a plain number (zip codes keep their zeros)', () => {
    expect(parseAttributeColumn(['0012345', '5300001', ''])).toEqual({ values: ['0012345', '5300001', null] });
    expect(parseAttributeColumn(['gold', '1'])).toEqual({ values: ['gold', '1'] });
    expect(parseAttributeColumn(['1,234', '12'])).toEqual({ values: ['1,234', '12'] });
    expect(parseAttributeColumn(['12345678901234567890'])).toEqual({ values: ['12345678901234567890'] });
  });

  it('flags the text cells of a column that is mostly numbers', () => {
    const column = parseAttributeColumn(['1', '2', '3', '4', '5', 'x']);
    expect(column.values).toEqual(['1', '2', '3', '4', '5', 'x']);
    expect(column.textAmongNumbers).toEqual({ indexes: [5] });
  });

  it('keeps Japanese text as written', () => {
    expect(parseAttributeColumn(['東京都', ' 大阪府 '])).toEqual({ values: ['東京都', '大阪府'] });
  });
});
