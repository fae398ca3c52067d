import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../tools/planted/format-csv.ts';

describe('formatCsv', () => {
  it('quotes only fields with commas, quotes or line breaks and ends with a newline', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['/p, q/"r".JPEG', 'line\nbreak'],
        ],
      ),
    ).toBe('a,b\nx,1\n"/p, q/""r"".JPEG","line\nbreak"\n');
  });
});
