import { IngestError } from '../data-errors.ts';

const exportHint = 'Export it as "CSV UTF-8 (comma delimited)" (in Excel: File > Save As) and import that file';

/** Leading bytes of formats people pass by mistake, and how to name them. */
const signatures: { bytes: number[]; looksLike: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'an Excel workbook (.xlsx) or a ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], looksLike: 'an old Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], looksLike: 'a SQLite database' },
];

/**
 * Decodes a CSV file's bytes as UTF-8 (a byte-order mark is kept for the CSV parser to drop), or
 * raises one {@link IngestError} naming the file and the fix: empty, binary (Excel, PDF, image,
 * anything with NUL bytes), UTF-16, or not UTF-8 (usually Shift_JIS from Excel on Japanese Windows).
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): string {
  const details = { file, bytes: bytes.length };
  if (bytes.length === 0) throw empty(file, details);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError(
      'CSV_NOT_UTF8',
      `${file} is saved as UTF-16 ("Unicode text"), which Takumi does not read. ${exportHint}.`,
      { ...details, encoding: 'utf-16' },
    );
  }
  const signature = signatures.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (signature) {
    throw new IngestError(
      'CSV_NOT_TEXT',
      `${file} is not a CSV file: it looks like ${signature.looksLike}. ${exportHint}.`,
      { ...details, looksLike: signature.looksLike },
    );
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new IngestError(
      'CSV_NOT_TEXT',
      `${file} is not a CSV file: it contains binary data. ${exportHint}.`,
      details,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(
      'CSV_NOT_UTF8',
      `${file} is not UTF-8 text (Japanese Excel saves "CSV" as Shift_JIS). ${exportHint}; in other editors choose the UTF-8 encoding.`,
      { ...details, encoding: 'unknown' },
    );
  }
  if (/^[\s\uFEFF]*$/.test(text)) throw empty(file, details);
  return text;
}

function empty(file: string, details: Record<string, unknown>): IngestError {
  return new IngestError(
    'CSV_EMPTY',
    `${file} is empty. Write a header row first (e.g. "customer_id,date,amount"), then one row per record.`,
    details,
  );
}
