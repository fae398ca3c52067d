import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFontAdvanceWidths } from '../../src/charts/font-advance-widths.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

/** Rightmost inked column of `text` drawn at x = 0 in the chart font, as the PNGs draw it. */
async function inkRight(text: string, fontSize: number, weight: 'normal' | 'bold'): Promise<number> {
  const width = 4000;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${2 * fontSize}"><rect width="100%" height="100%" fill="white"/><text x="0" y="${1.4 * fontSize}" font-family="Noto Sans JP" font-weight="${weight}" font-size="${fontSize}">${text}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  let right = -1;
  for (let row = 0; row < info.height; row += 1) {
    for (let column = info.width - 1; column > right; column -= 1) {
      if ((data[row * info.width + column] as number) < 128) right = column;
    }
  }
  return right;
}

describe('readFontAdvanceWidths', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-widths-') });
  });

  it('gives kana and kanji exactly 1 em and tabular digits, as a Japanese font is designed', () => {
    const widths = readFontAdvanceWidths(fonts.regularFile);
    for (const character of 'あア日本語顧客、') expect(widths.advance(character.codePointAt(0) as number)).toBe(1);
    const digits = [...'0123456789'].map((digit) => widths.advance(digit.codePointAt(0) as number));
    expect(new Set(digits).size).toBe(1);
    expect(widths.advance(0x57)).toBeGreaterThan(widths.advance(0x69)); // W wider than i
    expect(widths.measure('日本 1')).toBeCloseTo(2 + widths.advance(0x20) + (digits[0] as number), 12);
    expect(readFontAdvanceWidths(fonts.boldFile).measure('abc')).toBeGreaterThan(widths.measure('abc'));
  });

  // Independent check against FreeType/pango (through sharp): drawing S and SS from the same x, the
  // right ink edges differ by exactly the advance of S, side bearings cancelling out.
  it.each([
    ['Segment 12 顧客数', 'normal'],
    ['Mean spend (M) 平均購入金額', 'bold'],
  ] as const)('matches the advance pango draws for %s (%s) within 1 %%', async (text, weight) => {
    const fontSize = 100;
    const drawn = (await inkRight(text + text, fontSize, weight)) - (await inkRight(text, fontSize, weight));
    const measured =
      readFontAdvanceWidths(weight === 'bold' ? fonts.boldFile : fonts.regularFile).measure(text) * fontSize;
    expect(Math.abs(drawn - measured) / measured).toBeLessThan(0.01);
  });

  it('refuses a file that is not a font', () => {
    const file = path.join(makeTemporaryDirectory('takumi-widths-'), 'fake.ttf');
    writeFileSync(file, 'not a font at all');
    expect(() => readFontAdvanceWidths(file)).toThrow(expect.objectContaining({ code: 'CHART_FONT_UNREADABLE' }));
  });
});
