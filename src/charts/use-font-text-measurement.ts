import * as vega from 'vega';
import type { ChartFonts } from './font-setup.ts';
import { readFontAdvanceWidths, type FontAdvanceWidths } from './font-advance-widths.ts';

/** The parts of a Vega text scene item that decide its width. */
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

const widthsByFile = new Map<string, FontAdvanceWidths>();

function widthsOf(file: string): FontAdvanceWidths {
  let widths = widthsByFile.get(file);
  if (widths === undefined) {
    widths = readFontAdvanceWidths(file);
    widthsByFile.set(file, widths);
  }
  return widths;
}

/**
 * Makes Vega measure text with the chart font's real advance widths instead of its 0.8 em per
 * character guess (Node has no canvas), so Japanese labels get the room they need. Vega offers
 * `textMetrics.width` as the hook for exactly this (vl-convert uses it too); it is global to the
 * process, which is fine because charts are Takumi's only Vega use. Idempotent.
 */
export function useFontTextMeasurement(fonts: ChartFonts): void {
  const regular = widthsOf(fonts.regularFile);
  const bold = widthsOf(fonts.boldFile);
  // vega re-exports vega-scenegraph's textMetrics object, but vega-typings does not declare it.
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  metrics.width = (item, text) => {
    const fontSize = item.fontSize ?? 11;
    const weight = item.fontWeight;
    const isBold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const width = (isBold ? bold : regular).measure(String(text ?? '').trim()) * fontSize;
    // Vega truncates labels to `limit` by bisecting with this function, so an over-long text must
    // report at least the limit (and no more: the drawn, truncated text is that wide at most).
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
