import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { buildRoiRangeChart } from '../../src/charts/roi-range-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 4, date: new Date('2025-01-31T00:00:00Z') };
const options = [
  { label: 'クーポン', low: -0.2, base: 0.35, high: 0.9 },
  { label: 'LINE', low: 0.1, base: 0.6, high: 1.4 },
  { label: 'DM', low: -0.7, base: -0.4, high: -0.05 },
];
type Row = { option: string; from: number; to: number; base: number; labelAt: number; outlook: string; label: string };
const rowsOf = (view: unknown): Row[] => (view as { layer: { data: { values: Row[] } }[] }).layer[0]?.data.values ?? [];

describe('buildRoiRangeChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('classifies each option by where its range lies against 0 % and labels base and range as percentages', () => {
    const rows = rowsOf(buildRoiRangeChart({ options }, 'en').view);
    expect(rows.map((row) => row.outlook)).toEqual([
      'Could gain or lose',
      'Profitable even in the low case',
      'Loses even in the high case',
    ]);
    expect(rows.map((row) => row.label)).toEqual([
      '+35%  (−20% to +90%)',
      '+60%  (+10% to +140%)',
      '−40%  (−70% to −5%)',
    ]);
    // A loss-only option's label starts at the zero line, not inside the negative range.
    expect(rows[2]?.labelAt).toBe(0);
  });

  it('draws the true span even when the scenarios are not ordered low ≤ base ≤ high', () => {
    const rows = rowsOf(buildRoiRangeChart({ options: [{ label: 'x', low: 0.5, base: 0.2, high: 0.1 }] }, 'ja').view);
    expect(rows[0]).toMatchObject({
      from: 0.1,
      to: 0.5,
      base: 0.2,
      outlook: '低位でも黒字',
      label: '+20%  (+10% 〜 +50%)',
    });
  });

  it('has a zero line layer and Japanese titles for ja', () => {
    const spec = buildRoiRangeChart({ options }, 'ja');
    expect(spec.title).toBe('ROIが最も高いのはLINE（基準+60%）');
    expect(
      buildRoiRangeChart(
        {
          options: [
            { label: 'A（S1）', low: -0.5, base: -0.2, high: 0.1 },
            { label: 'B（S2）', low: -0.9, base: -0.6, high: -0.3 },
          ],
        },
        'ja',
      ).title,
    ).toBe('基準の想定ではどの層も赤字（最も良いA（S1）で−20%）');
    expect(
      buildRoiRangeChart({ options: [{ label: 'dog people (S2)', low: 0.1, base: 0.36, high: 1.72 }] }, 'en').title,
    ).toBe('ROI for dog people (S2): +36% base');
    const layers = (spec.view as { layer: { data: { values: unknown[] }; mark: unknown }[] }).layer;
    expect(layers[1]).toMatchObject({ data: { values: [{ zero: 0 }] }, mark: { type: 'rule' } });
  });

  it('rejects non-finite ROI', () => {
    expect(() => buildRoiRangeChart({ options: [{ label: 'x', low: Number.NaN, base: 0, high: 1 }] }, 'en')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
  });

  it('renders a PNG over 10 KB', async () => {
    const png = await renderChart(buildRoiRangeChart({ options }, 'ja'), { fonts, footer, timeZone: 'UTC' });
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(600);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
