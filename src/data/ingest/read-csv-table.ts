import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { createRowIssue } from './create-row-issue.ts';
import { decodeCsvBytes } from './decode-csv-bytes.ts';
import type { RowIssue } from './import-report.ts';
import { IngestError } from '../data-errors.ts';
import { quoteValue } from './quote-value.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { readRegularFile } from '../files/read-regular-file.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** One data record of a CSV file. */
export interface CsvRecord {
  /** 1-based line where the record starts (the header is line 1 unless blank lines precede it). */
  line: number;
  /** One value per header column, as written (not trimmed). */
  values: string[];
}

/** A CSV file read into memory: header, records with their line numbers, and per-row problems. */
export interface CsvTable {
  /** Display name (the file's base name unless the caller chose one). */
  file: string;
  /** Absolute path. */
  path: string;
  /** The separator detected from the header line. */
  delimiter: string;
  /** Header names, trimmed. */
  columns: string[];
  records: CsvRecord[];
  /** Records that were dropped because their number of values does not match the header. */
  issues: RowIssue[];
}

export interface ReadCsvTableOptions {
  /** Name used in messages; the base name of the file by default. */
  file?: string;
  /** What the file is for, used in messages: "customers", "transactions", "photo manifest". */
  role: string;
}

/** Largest CSV read (256 MiB, some 8 million purchase rows): the whole table is held in memory. */
export const maximumCsvBytes = 256 * 1024 * 1024;
/** Longest line (1 MiB): a one-line file of hundreds of MB is not a table, and parsing it takes minutes. */
export const maximumCsvLineBytes = 1024 * 1024;
/** Characters of a header shown in a message. */
const shownHeaderLength = 100;

const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * Reads a UTF-8 CSV file (BOM tolerated; comma, semicolon or tab separated, detected from the header;
 * CRLF or LF line ends). Blank lines and rows whose values are all blank are skipped. A record whose
 * value count differs from the header is dropped with a row issue, so its neighbours still import.
 *
 * @throws IngestError for a file that cannot be used at all: missing, a folder, unreadable, empty,
 *   binary, not UTF-8, an unclosed quote, a header with duplicate names, mostly inconsistent rows,
 *   or a header without rows.
 */
export async function readCsvTable(filePath: string, options: ReadCsvTableOptions): Promise<CsvTable> {
  const absolute = path.resolve(filePath);
  const file = options.file ?? path.basename(absolute);
  const bytes = await readRegularFile(absolute, maximumCsvBytes).catch((error: NodeJS.ErrnoException) => {
    throw readError(error, file, absolute, options.role);
  });
  checkLineLengths(bytes, file);
  // One line-end convention, so csv-parse's line counter matches what an editor shows.
  const text = decodeCsvBytes(bytes, file)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const parsed = parseRecords(text, delimiter, file);
  const [header, ...rows] = parsed;
  if (!header)
    throw new IngestError('CSV_EMPTY', `${file} is empty. Write a header row first, then one row per record.`, {
      file,
    });
  let columns = header.values.map((name, index) => name.trim() || `column_${index + 1}`);
  const issues: RowIssue[] = [];
  const records: CsvRecord[] = [];
  let mismatched = 0;
  for (const row of rows) {
    if (row.values.every((value) => value.trim() === '')) continue;
    let values = row.values;
    // Trailing empty values (a spreadsheet's trailing commas) are harmless.
    if (values.length > columns.length && values.slice(columns.length).every((value) => value.trim() === ''))
      values = values.slice(0, columns.length);
    if (values.length === columns.length) {
      records.push({ line: row.line, values });
      continue;
    }
    mismatched += 1;
    const fix =
      values.length > columns.length
        ? `put quotes around values that contain a ${delimiterNames[delimiter]}, like "Tokyo, Japan"`
        : 'add the missing values (an empty value is written as two separators in a row)';
    issues.push(
      createRowIssue({
        file,
        line: row.line,
        code: 'CSV_FIELD_COUNT',
        reason: `has ${values.length} values but the header has ${columns.length} columns; ${fix}`,
      }),
    );
  }
  const total = records.length + mismatched;
  if (mismatched >= 2 && mismatched * 2 > total) {
    throw new IngestError(
      'CSV_INCONSISTENT',
      `${file} does not look like a CSV table: ${mismatched} of ${groupDigits(total)} rows have a different number of values than the header (${columns.length} columns: ${shownHeader(columns)}). Check that values are separated by ${delimiterNames[delimiter]}s and that values containing one are quoted.`,
      { file, delimiter, columnsFound: columns, mismatchedRows: mismatched, rows: total },
    );
  }
  if (total === 0) {
    throw new IngestError(
      'CSV_NO_ROWS',
      `${file} has a header (${shownHeader(columns)}) but no rows. Add one row per record under the header.`,
      { file, columnsFound: columns },
    );
  }
  columns = dropBlankUnnamedColumns(header.values, columns, records);
  const duplicate = columns.find((name, index) => columns.indexOf(name) !== index);
  if (duplicate !== undefined) {
    throw new IngestError(
      'CSV_DUPLICATE_COLUMN',
      `${file} has two columns named ${quoteValue(duplicate, 100)} (columns ${columns.indexOf(duplicate) + 1} and ${columns.lastIndexOf(duplicate) + 1}). Rename or delete one of them.`,
      { file, column: duplicate, columnsFound: columns },
    );
  }
  return { file, path: absolute, delimiter, columns, records, issues };
}

function readError(error: NodeJS.ErrnoException, file: string, absolute: string, role: string): unknown {
  const details = { file, path: absolute, errno: error.code };
  if (error instanceof TakumiError)
    return new IngestError(error.code, `${file}: ${error.message.replace('The file', `The ${role} file`)}`, {
      ...details,
      ...error.details,
    });
  if (error.code === 'ENOENT')
    return new IngestError(
      'FILE_NOT_FOUND',
      `${file}: ${absolute} does not exist. Check the path of the ${role} file.`,
      details,
    );
  if (error.code === 'EISDIR')
    return new IngestError(
      'FILE_IS_FOLDER',
      `${file}: ${absolute} is a folder. Pass the ${role} CSV file itself.`,
      details,
    );
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return new IngestError(
      'FILE_UNREADABLE',
      `${file}: ${absolute} cannot be read (permission denied). Fix its permissions.`,
      details,
    );
  return new IngestError('FILE_UNREADABLE', `${file}: ${absolute} cannot be read (${error.message}).`, details);
}

/** The separator that occurs most often (outside quotes) in the first non-blank line; comma on a tie or none. */
function detectDelimiter(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > counts.get(best)!) best = candidate;
  return best;
}

function parseRecords(text: string, delimiter: string, file: string): CsvRecord[] {
  let lastLine = 0;
  try {
    const parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // csv-parse reports the line a record ends on; quoted values may span lines.
    return parsed.map(({ record, info }) => ({
      line: info.lines - record.reduce((sum, value) => sum + countLineBreaks(value), 0),
      values: record,
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = firstNonBlankLineAfter(text, lastLine);
      throw new IngestError(
        'CSV_QUOTE_NOT_CLOSED',
        `${file} has a quote (") on line ${line} that is never closed, so the rest of the file cannot be read. Close the quote, or remove it if it is part of the text.`,
        { file, line },
      );
    }
    throw new IngestError(
      'CSV_MALFORMED',
      `${file} cannot be read as CSV near line ${lastLine + 1}: ${error.message}. Fix that line and import again.`,
      { file, line: lastLine + 1, csvCode: error.code },
    );
  }
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) count += 1;
  return count;
}

function firstNonBlankLineAfter(text: string, line: number): number {
  const lines = text.split('\n');
  for (let index = line; index < lines.length; index += 1) if (lines[index]!.trim() !== '') return index + 1;
  return line + 1;
}

/** Spreadsheets often leave unnamed, empty columns at the right; they carry nothing, so they are dropped. */
function dropBlankUnnamedColumns(rawHeader: string[], columns: string[], records: CsvRecord[]): string[] {
  const keep = columns.map(
    (_, index) => rawHeader[index]!.trim() !== '' || records.some((record) => record.values[index]!.trim() !== ''),
  );
  if (keep.every(Boolean)) return columns;
  for (const record of records) record.values = record.values.filter((_, index) => keep[index]);
  return columns.filter((_, index) => keep[index]);
}

/** The header for a message, at most {@link shownHeaderLength} characters. */
function shownHeader(columns: string[]): string {
  const joined = columns.join(', ');
  return joined.length > shownHeaderLength ? `${joined.slice(0, shownHeaderLength - 1)}…` : joined;
}

/** Refuses a file with a line over {@link maximumCsvLineBytes} before any decoding or parsing. */
function checkLineLengths(bytes: Buffer, file: string): void {
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (stop - start > maximumCsvLineBytes)
      throw new IngestError(
        'CSV_LINE_TOO_LONG',
        `${file}: line ${line} is longer than ${maximumCsvLineBytes / 1024 / 1024} MiB, so this is not a CSV table Takumi reads (is it one line without line breaks, or a different kind of file?). Export it as CSV with one row per line.`,
        { file, line, maximumLineBytes: maximumCsvLineBytes },
      );
    if (end === -1) break;
    start = end + 1;
  }
}
