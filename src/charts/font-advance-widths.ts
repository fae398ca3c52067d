import { readFileSync } from 'node:fs';
import { ChartError } from './chart-error.ts';

/** Horizontal advance of every character a TrueType/OpenType font maps, in em (1 = the font size). */
export interface FontAdvanceWidths {
  /** Advance in em of one code point; `fallback` for code points the font does not map. */
  advance(codePoint: number): number;
  /** Width in em of a whole string (sum of advances; no kerning, which moves text by well under 1 %). */
  measure(text: string): number;
  /** Advance used for unmapped code points: the width of 「あ」, since unmapped text is mostly CJK or emoji. */
  readonly fallback: number;
}

/**
 * Reads the advance widths of a font file (the `cmap`, `hhea`, `hmtx` and `head` tables).
 *
 * Vega lays out labels, legends and titles from text widths; in Node it has no canvas to measure
 * with and guesses 0.8 em per character, which is 20 % short for Japanese (1 em per character), so
 * long Japanese labels were clipped at the image edge. Measuring with the very font the PNG is drawn
 * with keeps the layout exact.
 */
export function readFontAdvanceWidths(fontFile: string): FontAdvanceWidths {
  const font = readFileSync(fontFile);
  const tables = readTableDirectory(font, fontFile);
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) {
      throw new ChartError(
        'CHART_FONT_UNREADABLE',
        `Font ${fontFile} has no '${tag}' table; use a TrueType or OpenType font file.`,
        { fontFile, table: tag },
      );
    }
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricCount = font.readUInt16BE(table('hhea') + 34);
  const metricsOffset = table('hmtx');
  const glyphAdvance = (glyph: number): number =>
    font.readUInt16BE(metricsOffset + 4 * Math.min(glyph, metricCount - 1)) / unitsPerEm;

  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of readCharacterMap(font, table('cmap'), fontFile)) {
    if (glyph !== 0) advances.set(codePoint, glyphAdvance(glyph));
  }
  const fallback = advances.get(0x3042) ?? 1;
  const advance = (codePoint: number): number => advances.get(codePoint) ?? fallback;
  const measure = (text: string): number => {
    let width = 0;
    for (const character of text) width += advance(character.codePointAt(0) as number);
    return width;
  };
  return { advance, measure, fallback };
}

function readTableDirectory(font: Buffer, fontFile: string): Map<string, number> {
  const signature = font.length >= 12 ? font.readUInt32BE(0) : 0;
  // 0x00010000 = TrueType outlines, 'OTTO' = CFF outlines; collections and WOFF are not supported.
  if (signature !== 0x00010000 && signature !== 0x4f54544f) {
    throw new ChartError(
      'CHART_FONT_UNREADABLE',
      `${fontFile} is not a TrueType/OpenType font (.ttf/.otf); point the chart fonts at one.`,
      { fontFile },
    );
  }
  const tableCount = font.readUInt16BE(4);
  const tables = new Map<string, number>();
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + 16 * index;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  return tables;
}

/** Yields [code point, glyph id] pairs from the best Unicode subtable (format 12 if present, else 4). */
function* readCharacterMap(font: Buffer, cmapOffset: number, fontFile: string): Generator<[number, number]> {
  const subtableCount = font.readUInt16BE(cmapOffset + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let index = 0; index < subtableCount; index += 1) {
    const record = cmapOffset + 4 + 8 * index;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const subtable = cmapOffset + font.readUInt32BE(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const format = font.readUInt16BE(subtable);
    if (format === 12) format12 ??= subtable;
    if (format === 4) format4 ??= subtable;
  }
  if (format12 !== undefined) {
    const groupCount = font.readUInt32BE(format12 + 12);
    for (let group = 0; group < groupCount; group += 1) {
      const record = format12 + 16 + 12 * group;
      const start = font.readUInt32BE(record);
      const end = font.readUInt32BE(record + 4);
      const startGlyph = font.readUInt32BE(record + 8);
      for (let codePoint = start; codePoint <= end; codePoint += 1) yield [codePoint, startGlyph + codePoint - start];
    }
    return;
  }
  if (format4 === undefined) {
    throw new ChartError(
      'CHART_FONT_UNREADABLE',
      `Font ${fontFile} has no Unicode character map; use a font with one.`,
      { fontFile },
    );
  }
  const segmentCount = font.readUInt16BE(format4 + 6) / 2;
  const endCodes = format4 + 14;
  const startCodes = endCodes + 2 * segmentCount + 2;
  const deltas = startCodes + 2 * segmentCount;
  const rangeOffsets = deltas + 2 * segmentCount;
  for (let segment = 0; segment < segmentCount; segment += 1) {
    const start = font.readUInt16BE(startCodes + 2 * segment);
    const end = font.readUInt16BE(endCodes + 2 * segment);
    const delta = font.readInt16BE(deltas + 2 * segment);
    const rangeOffsetAddress = rangeOffsets + 2 * segment;
    const rangeOffset = font.readUInt16BE(rangeOffsetAddress);
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint += 1) {
      if (rangeOffset === 0) {
        yield [codePoint, (codePoint + delta) & 0xffff];
        continue;
      }
      // idRangeOffset counts bytes from its own address into glyphIdArray (spec, 'cmap' format 4).
      const glyph = font.readUInt16BE(rangeOffsetAddress + rangeOffset + 2 * (codePoint - start));
      yield [codePoint, glyph === 0 ? 0 : (glyph + delta) & 0xffff];
    }
  }
}
