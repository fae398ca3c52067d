import { z } from 'zod';
import { addValueIssue } from './add-value-issue.ts';
import { quoteValue } from './quote-value.ts';

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const slashPattern = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const japanesePattern = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const earliestYear = 1900;
const latestYear = 2100;

/**
 * A date cell: `2024-03-15`, `2024-03-15T14:30` (or with a space, seconds, and a `Z`/`+09:00`
 * offset), `20240315`, `2024/3/15` (optionally `14:30`), or `2024年3月15日`; full-width digits are
 * accepted. A date or time without an offset is stored as written, as UTC, so the calendar day never
 * shifts with the server's time zone; with an offset it is converted to UTC.
 */
export const dateTextSchema = z.string().transform((text, context) => {
  const normalized = text.normalize('NFKC').trim().toUpperCase();
  if (normalized === '') {
    addValueIssue(context, 'DATE_EMPTY', 'is empty; write a date like 2024-03-15');
    return z.NEVER;
  }
  const parts = match(normalized);
  if (!parts) {
    addValueIssue(
      context,
      'DATE_FORMAT',
      `${quoteValue(text)} is not a date Takumi reads; write it as yyyy-mm-dd like 2024-03-15 (20240315, 2024/03/15 and 2024-03-15T14:30 also work)`,
    );
    return z.NEVER;
  }
  const [year, month, day, hour, minute, second] = parts.numbers;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    addValueIssue(
      context,
      'DATE_INVALID',
      `${quoteValue(text)} is not a real date or time; check the month (1-12), the day and the time`,
    );
    return z.NEVER;
  }
  if (year < earliestYear || year > latestYear) {
    addValueIssue(
      context,
      'DATE_OUT_OF_RANGE',
      `${quoteValue(text)} has the year ${year}; dates must be between ${earliestYear} and ${latestYear}, check the year`,
    );
    return z.NEVER;
  }
  const milliseconds = Math.round(Number(parts.fraction || '0') * 1000);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - parts.offsetMinutes * 60_000);
});

interface DateParts {
  numbers: [number, number, number, number, number, number];
  fraction: string;
  offsetMinutes: number;
}

function match(text: string): DateParts | undefined {
  const iso = isoPattern.exec(text);
  const found = iso ?? slashPattern.exec(text) ?? compactPattern.exec(text) ?? japanesePattern.exec(text);
  if (!found) return undefined;
  const number = (index: number): number => Number(found[index] ?? '0');
  return {
    numbers: [number(1), number(2), number(3), number(4), number(5), number(6)],
    fraction: iso?.[7] ?? '',
    offsetMinutes: offsetMinutes(iso?.[8]),
  };
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
