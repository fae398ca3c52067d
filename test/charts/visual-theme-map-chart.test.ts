import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { buildVisualThemeMapChart, type VisualThemeMapInput } from '../../src/charts/visual-theme-map-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 'r-7', date: new Date('2025-01-31T00:00:00Z') };

/** `photos` points on a ring, theme = index mod 4; theme 3 is unnamed on purpose. */
function ring(photos: number): VisualThemeMapInput {
  const projection = new Float32Array(2 * photos);
  const photoThemes = new Int32Array(photos);
  for (let photo = 0; photo < photos; photo += 1) {
    photoThemes[photo] = photo % 4;
    projection[2 * photo] = Math.cos(photo) * (1 + (photo % 4));
    projection[2 * photo + 1] = Math.sin(photo) * (1 + (photo % 4));
  }
  return {
    projection,
    photoThemes,
    themes: [
      { id: 0, name: 'ラーメン' },
      { id: 1, name: 'ビーチ' },
      { id: 2, name: 'golden retriever' },
    ],
  };
}

type Point = { x: number; y: number; theme: string };
const pointsOf = (view: unknown): Point[] => (view as { data: { values: Point[] } }).data.values;

describe('buildVisualThemeMapChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('draws at most maxPoints points, the same ones for the same seed and others for another seed', () => {
    const input = ring(10_000);
    const first = pointsOf(buildVisualThemeMapChart(input, 'en').view);
    const again = pointsOf(buildVisualThemeMapChart(input, 'en').view);
    const otherSeed = pointsOf(buildVisualThemeMapChart(input, 'en', { seed: 1 }).view);
    expect(first).toHaveLength(3000);
    expect(again).toEqual(first);
    expect(otherSeed).not.toEqual(first);
    expect(new Set(first.map((point) => `${point.x},${point.y}`)).size).toBe(3000);
    expect(buildVisualThemeMapChart(input, 'en').subtitle).toBe(
      '3,000 of 10,000 distinct photos shown (random sample); nearby points look alike',
    );
  });

  it('names themes in the legend, unknown ids as Other / その他, and skips non-finite points', () => {
    const input = ring(8);
    (input.projection as Float32Array)[0] = Number.NaN;
    const spec = buildVisualThemeMapChart(input, 'ja', { maxPoints: 100 });
    const points = pointsOf(spec.view);
    expect(points).toHaveLength(7);
    expect(new Set(points.map((point) => point.theme))).toEqual(
      new Set(['ラーメン', 'ビーチ', 'golden retriever', 'その他']),
    );
    // Four themes hold photos; the unnamed fourth is counted too, as the answer's text counts it.
    expect(spec.title).toMatch(/^写真は4種類のテーマに分かれ、最も多いのは/u);
    expect(spec.subtitle).toBe('異なる写真 7 種類（同じ写真は1点）。近い点ほど見た目が似ています');
  });

  it('keeps at most eight colours, the themes with most photos, the rest as その他, and names the biggest', () => {
    // 12 themes; theme t has 12 − t photos, so themes 0–6 are the seven largest.
    const themeOf: number[] = [];
    for (let theme = 0; theme < 12; theme += 1) for (let copy = 0; copy < 12 - theme; copy += 1) themeOf.push(theme);
    const input: VisualThemeMapInput = {
      projection: Float32Array.from(themeOf.flatMap((theme, index) => [theme, index])),
      photoThemes: Int32Array.from(themeOf),
      themes: Array.from({ length: 12 }, (_, id) => ({ id, name: `テーマ${id}` })),
    };
    const spec = buildVisualThemeMapChart(input, 'ja');
    const domain = (spec.view as { encoding: { color: { scale: { domain: string[] } } } }).encoding.color.scale.domain;
    expect(domain).toEqual(['テーマ0', 'テーマ1', 'テーマ2', 'テーマ3', 'テーマ4', 'テーマ5', 'テーマ6', 'その他']);
    expect(pointsOf(spec.view).filter((point) => point.theme === 'その他')).toHaveLength(5 + 4 + 3 + 2 + 1);
    expect(spec.title).toBe('写真は12種類のテーマに分かれ、最も多いのはテーマ0');
  });

  it('tells themes with one concept name apart by their examples, not by a number', () => {
    const labels = (first: string, second: string) => [
      { label: first, share: 0.6 },
      { label: second, share: 0.4 },
    ];
    const input: VisualThemeMapInput = {
      projection: Float32Array.from([0, 0, 1, 1]),
      photoThemes: Int32Array.from([0, 1]),
      themes: [
        { id: 0, name: 'a', labels: labels('golden retriever', 'beagle') },
        { id: 1, name: 'b', labels: labels('pug', 'Chihuahua') },
      ],
    };
    const names = new Set(pointsOf(buildVisualThemeMapChart(input, 'en').view).map((point) => point.theme));
    expect(names.size).toBe(2);
    for (const name of names) expect(name).not.toMatch(/#\d/u);
  });

  it('rejects a projection that does not hold x and y for every photo', () => {
    const input = { ...ring(4), projection: new Float32Array(7) };
    expect(() => buildVisualThemeMapChart(input, 'en')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
  });

  it('renders a PNG over 10 KB', async () => {
    const png = await renderChart(buildVisualThemeMapChart(ring(5000), 'ja'), { fonts, footer, timeZone: 'UTC' });
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(600);
    expect(metadata.height).toBeGreaterThan(400);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
