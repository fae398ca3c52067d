import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../src/data/ingest/read-csv-table.ts';
import { makeJpeg } from '../../support/fixture-images.ts';

describe('readCsvTable', () => {
  let directory: string;
  const write = async (name: string, content: string | Uint8Array): Promise<string> => {
    const file = path.join(directory, name);
    await writeFile(file, content);
    return file;
  };
  const read = (file: string) => readCsvTable(file, { role: 'customers' });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-csv-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('gives each record the line it starts on, across a BOM, CRLF, quoted line breaks and blank lines', async () => {
    const file = await write(
      'lines.csv',
      '\uFEFFid,note\r\nA,"two\r\nlines"\r\n\r\nB,plain\r\n"C","three\nline\nnote"\nD,last',
    );
    const table = await read(file);
    expect(table.columns).toEqual(['id', 'note']);
    expect(table.records.map((record) => [record.line, record.values[0]])).toEqual([
      [2, 'A'],
      [5, 'B'],
      [6, 'C'],
      [9, 'D'],
    ]);
    expect(table.records[0]!.values[1]).toBe('two\nlines');
    expect(table.file).toBe('lines.csv');
  });

  it('detects semicolon and tab separators from the header', async () => {
    expect((await read(await write('semicolon.csv', 'id;name\n1;"a;b"\n'))).records[0]!.values).toEqual(['1', 'a;b']);
    const tab = await read(await write('tab.tsv', 'id\tname, full\tage\n1\tYamada, Taro\t34\n'));
    expect(tab.delimiter).toBe('\t');
    expect(tab.columns).toEqual(['id', 'name, full', 'age']);
  });

  it('drops a record with the wrong number of values (with its line) and keeps its neighbours', async () => {
    const table = await read(
      await write('count.csv', 'id,city,visits\n1,Osaka,3\n2,Tokyo, Japan,4\n3,Kyoto,5,,\n4,Nara\n'),
    );
    expect(table.records.map((record) => record.line)).toEqual([2, 4]);
    expect(table.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [3, 'CSV_FIELD_COUNT'],
      [5, 'CSV_FIELD_COUNT'],
    ]);
    expect(table.issues[0]!.message).toBe(
      'count.csv line 3: has 4 values but the header has 3 columns; put quotes around values that contain a comma, like "Tokyo, Japan"',
    );
  });

  it('drops unnamed empty columns that spreadsheets leave at the right', async () => {
    const table = await read(await write('trailing.csv', 'id,name,,\n1,a,,\n2,b,,\n'));
    expect(table.columns).toEqual(['id', 'name']);
    expect(table.records.map((record) => record.values)).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
  });

  it.each([
    ['empty.csv', '', 'CSV_EMPTY', /empty\.csv is empty\. Write a header row first/],
    ['blank.csv', '\uFEFF \n\n', 'CSV_EMPTY', /blank\.csv is empty/],
    ['header.csv', 'customer_id,name\n', 'CSV_NO_ROWS', /header\.csv has a header \(customer_id, name\) but no rows/],
    [
      'quote.csv',
      'id,name\n1,ok\n\n2,"never closed\n3,x\n',
      'CSV_QUOTE_NOT_CLOSED',
      /quote\.csv has a quote \("\) on line 4 that is never closed/,
    ],
    ['twice.csv', 'id,age,age\n1,2,3\n', 'CSV_DUPLICATE_COLUMN', /two columns named "age" \(columns 2 and 3\)/],
    [
      'ragged.csv',
      'id,name\n1,a,b,c\n2\n3,c\n4,d,e\n',
      'CSV_INCONSISTENT',
      /3 of 4 rows have a different number of values than the header \(2 columns: id, name\)/,
    ],
  ])('refuses %s with one clear error', async (name, content, code, message) => {
    await expect(read(await write(name, content))).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
      details: expect.objectContaining({ file: name }),
    });
  });

  it.each([
    [
      'photo.csv',
      () => makeJpeg(1),
      'CSV_NOT_TEXT',
      /photo\.csv is not a CSV file: it looks like a JPEG image\. Export it as "CSV UTF-8/,
    ],
    [
      'book.csv',
      async () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'CSV_NOT_TEXT',
      /looks like an Excel workbook \(\.xlsx\)/,
    ],
    ['nul.csv', async () => Buffer.from('id,name\n1,a\u0000b\n'), 'CSV_NOT_TEXT', /contains binary data/],
    [
      'utf16.csv',
      async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\n1\n', 'utf16le')]),
      'CSV_NOT_UTF8',
      /saved as UTF-16/,
    ],
    // "顧客ID,名前" in Shift_JIS, as Excel on Japanese Windows saves "CSV".
    [
      'sjis.csv',
      async () => Buffer.from([0x8c, 0xda, 0x8b, 0x71, 0x49, 0x44, 0x2c, 0x96, 0xbc, 0x91, 0x4f, 0x0a]),
      'CSV_NOT_UTF8',
      /not UTF-8 text \(Japanese Excel saves "CSV" as Shift_JIS\)/,
    ],
  ])(
    'refuses %s, which is not UTF-8 CSV text, naming what it looks like and the fix',
    async (name, bytes, code, message) => {
      await expect(read(await write(name, await bytes()))).rejects.toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
    },
  );

  it('names a missing path and a folder passed as a file', async () => {
    await expect(read(path.join(directory, 'missing.csv'))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: expect.stringMatching(/missing\.csv does not exist\. Check the path of the customers file\./),
    });
    await mkdir(path.join(directory, 'folder.csv'));
    await expect(read(path.join(directory, 'folder.csv'))).rejects.toMatchObject({ code: 'FILE_IS_FOLDER' });
  });
});
