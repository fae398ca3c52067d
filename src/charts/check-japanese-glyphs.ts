import sharp from 'sharp';
import { chartFontFamily } from './font-setup.ts';

/** Result of {@link checkJapaneseGlyphs}. */
export interface JapaneseGlyphCheck {
  /** True when 「一」 and 「三」 came out as their real shapes, i.e. a Japanese font was used. */
  rendersGlyphs: boolean;
  /** Ink height ÷ ink width of 「一」: about 0.07 for the glyph, above 1 for a missing-glyph box. */
  aspectOfOne: number;
  /** Separate ink runs down the middle column of 「三」: 3 for the glyph; a box with hex digits gives more. */
  strokesOfThree: number;
}

/**
 * Draws 「一」 and 「三」 the way charts draw text (SVG through sharp) and reads their shapes back.
 *
 * Why shapes and not "two strings differ": without a CJK font, pango draws each character as a box
 * holding its code point in hex, so different strings still give different pixels. A single
 * horizontal stroke (一) and three stacked strokes (三) cannot be mistaken for such boxes.
 */
export async function checkJapaneseGlyphs(family: string = chartFontFamily): Promise<JapaneseGlyphCheck> {
  const [one, three] = await Promise.all([renderCharacter('一', family), renderCharacter('三', family)]);
  const aspectOfOne = one.box === null ? Number.POSITIVE_INFINITY : one.box.height / one.box.width;
  let strokesOfThree = 0;
  if (three.box !== null) {
    const column = Math.round((three.box.left + three.box.right) / 2);
    let inInk = false;
    for (let row = 0; row < three.height; row += 1) {
      const ink = (three.pixels[row * three.width + column] as number) < 128;
      if (ink && !inInk) strokesOfThree += 1;
      inInk = ink;
    }
  }
  return { rendersGlyphs: aspectOfOne < 0.3 && strokesOfThree === 3, aspectOfOne, strokesOfThree };
}

interface RenderedCharacter {
  pixels: Buffer;
  width: number;
  height: number;
  box: { left: number; right: number; width: number; height: number } | null;
}

async function renderCharacter(character: string, family: string): Promise<RenderedCharacter> {
  const size = 96;
  const quotedFamily = family.replace(/[&<>"]/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * size}" height="${2 * size}"><rect width="100%" height="100%" fill="white"/><text x="${size / 2}" y="${1.4 * size}" font-family="${quotedFamily}" font-size="${size}" fill="black">${character}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  let top = info.height;
  let bottom = -1;
  for (let row = 0; row < info.height; row += 1) {
    for (let column = 0; column < info.width; column += 1) {
      if ((data[row * info.width + column] as number) >= 128) continue;
      left = Math.min(left, column);
      right = Math.max(right, column);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
    }
  }
  const box = right < 0 ? null : { left, right, width: right - left + 1, height: bottom - top + 1 };
  return { pixels: data, width: info.width, height: info.height, box };
}
