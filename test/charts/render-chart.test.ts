import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-types.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { renderChartSvg } from '../../src/charts/render-chart-svg.ts';
import { buildSegmentSizesChart } from '../../src/charts/segment-sizes-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'ImageNet サンプル', runId: 12, date: new Date('2025-01-31T20:00:00Z') };

interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

async function grey(png: Buffer): Promise<Grey> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const isInk = (image: Grey, row: number, column: number): boolean =>
  (image.data[row * image.width + column] as number) < 128;

/** The topmost band of rows holding ink: the chart title when the chart has no subtitle. */
function titleBand(image: Grey): { top: number; bottom: number; left: number; right: number } {
  const rowHasInk = (row: number): boolean =>
    Array.from({ length: image.width }, (_, column) => isInk(image, row, column)).some(Boolean);
  let top = 0;
  while (!rowHasInk(top)) top += 1;
  let bottom = top;
  while (rowHasInk(bottom + 1)) bottom += 1;
  let left = image.width;
  let right = -1;
  for (let row = top; row <= bottom; row += 1) {
    for (let column = 0; column < image.width; column += 1) {
      if (isInk(image, row, column)) {
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
    }
  }
  return { top, bottom, left, right };
}

function withTitle(title: string): ChartSpec {
  const { subtitle: _subtitle, ...spec } = buildSegmentSizesChart(
    {
      segments: [
        { id: 0, label: 'ファミリー', customers: 40 },
        { id: 1, customers: 25 },
      ],
    },
    'ja',
  );
  return { ...spec, title };
}

describe('renderChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-render-') });
  });

  it('draws a Japanese title as real glyphs: 一 is one flat stroke, 三 three stacked strokes', async () => {
    const one = titleBand(await grey(await renderChart(withTitle('一'), { fonts, footer })));
    expect((one.bottom - one.top + 1) / (one.right - one.left + 1)).toBeLessThan(0.3);

    const image = await grey(await renderChart(withTitle('三'), { fonts, footer }));
    const three = titleBand(image);
    const middle = Math.round((three.left + three.right) / 2);
    let strokes = 0;
    for (let row = Math.max(0, three.top - 30); row <= three.bottom + 30; row += 1) {
      if (isInk(image, row, middle) && !isInk(image, row - 1, middle)) strokes += 1;
    }
    expect(strokes).toBe(3);
  });

  it('writes every text of the chart in Noto Sans JP and ends with the footer line', async () => {
    const svg = await renderChartSvg(buildSegmentSizesChart({ segments: [{ id: 0, customers: 3 }] }, 'ja'), {
      fonts,
      footer,
      timeZone: 'Asia/Tokyo',
    });
    const texts = svg.match(/<text[^>]*>/g) ?? [];
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).toContain('font-family="Noto Sans JP"');
    // 20:00 UTC on 31 January is already 1 February in Tokyo.
    expect(svg).toContain('>ImageNet サンプル · 実行 12 · 2025-02-01</text>');
    const english = await renderChartSvg(buildSegmentSizesChart({ segments: [{ id: 0, customers: 3 }] }, 'en'), {
      fonts,
      footer,
      timeZone: 'UTC',
    });
    expect(english).toContain('>ImageNet サンプル · run 12 · 2025-01-31</text>');
  });

  it('is deterministic, and a different footer changes only the bottom of the image', async () => {
    const spec = buildSegmentSizesChart(
      {
        segments: [
          { id: 0, customers: 40 },
          { id: 1, customers: 25 },
        ],
      },
      'en',
    );
    const first = await renderChart(spec, { fonts, footer, timeZone: 'UTC' });
    const again = await renderChart(spec, { fonts, footer, timeZone: 'UTC' });
    const otherRun = await renderChart(spec, { fonts, footer: { ...footer, runId: 13 }, timeZone: 'UTC' });
    expect(again.equals(first)).toBe(true);
    expect(otherRun.equals(first)).toBe(false);
    const [a, b] = [await grey(first), await grey(otherRun)];
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    const changedRows = Array.from({ length: a.height }, (_, row) => row).filter((row) =>
      Array.from(
        { length: a.width },
        (_, column) => a.data[row * a.width + column] !== b.data[row * a.width + column],
      ).some(Boolean),
    );
    expect(changedRows.length).toBeGreaterThan(0);
    expect(Math.min(...changedRows)).toBeGreaterThan(0.85 * a.height);
  });

  it('gives long Japanese labels the room they need instead of cutting them at the left edge', async () => {
    // With Vega's own guess (0.8 em per character) this label, truncated to the 240 px label limit,
    // is really about 60 px wider than Vega thinks and starts left of the image. With real advance
    // widths it is truncated to fit and starts inside the 16 px padding.
    const label = '都市部に住む二十代から三十代の写真好きで週末に買い物をする人たち';
    const spec = buildSegmentSizesChart(
      {
        segments: [
          { id: 0, label, customers: 10 },
          { id: 1, customers: 5 },
        ],
      },
      'ja',
    );
    const image = await grey(await renderChart(spec, { fonts, footer, scale: 1 }));
    const inkedColumns = Array.from({ length: 12 }, (_, column) => column).filter((column) =>
      Array.from({ length: image.height }, (_, row) => isInk(image, row, column)).some(Boolean),
    );
    expect(inkedColumns).toEqual([]);
  });

  it('scales the PNG by the scale option', async () => {
    const spec = buildSegmentSizesChart({ segments: [{ id: 0, customers: 1 }] }, 'en');
    const single = await sharp(await renderChart(spec, { fonts, footer, scale: 1 })).metadata();
    const double = await sharp(await renderChart(spec, { fonts, footer, scale: 2 })).metadata();
    expect(Math.abs((double.width as number) - 2 * (single.width as number))).toBeLessThanOrEqual(1);
    expect(Math.abs((double.height as number) - 2 * (single.height as number))).toBeLessThanOrEqual(1);
  });

  it('rejects an invalid footer date, time zone or scale with CHART_INVALID_DATA', async () => {
    const spec = buildSegmentSizesChart({ segments: [{ id: 0, customers: 1 }] }, 'en');
    await expect(renderChart(spec, { fonts, footer: { ...footer, date: new Date(Number.NaN) } })).rejects.toMatchObject(
      { code: 'CHART_INVALID_DATA' },
    );
    await expect(renderChart(spec, { fonts, footer, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'CHART_INVALID_DATA',
    });
    await expect(renderChart(spec, { fonts, footer, scale: 0 })).rejects.toMatchObject({ code: 'CHART_INVALID_DATA' });
  });
});
