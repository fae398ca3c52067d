import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { buildSegmentSizesChart } from '../../src/charts/segment-sizes-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 1, date: new Date('2025-01-31T00:00:00Z') };
const segments = [
  { id: 0, label: '若年層・写真好き', customers: 600 },
  { id: 1, customers: 300 },
  { id: 2, label: '若年層・写真好き', customers: 100 },
];

function rowsOf(view: unknown): { segment: string; customers: number; label: string }[] {
  return (view as { data: { values: { segment: string; customers: number; label: string }[] } }).data.values;
}

describe('buildSegmentSizesChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('labels each bar with its count and share of all customers, in input order', () => {
    const spec = buildSegmentSizesChart({ segments }, 'en');
    expect(rowsOf(spec.view)).toEqual([
      { segment: '若年層・写真好き (#0)', customers: 600, label: '600 (60.0%)' },
      { segment: 'Segment 1', customers: 300, label: '300 (30.0%)' },
      { segment: '若年層・写真好き (#2)', customers: 100, label: '100 (10.0%)' },
    ]);
    expect(spec.title).toBe('The largest segment is 若年層・写真好き (600 customers, 60.0%)');
    expect(spec.subtitle).toBe('1,000 customers in 3 segments');
  });

  it('uses Japanese titles for ja', () => {
    const spec = buildSegmentSizesChart({ segments }, 'ja');
    expect(spec.title).toBe('最も大きいのは若年層・写真好き（600人・60.0%）');
    expect(spec.subtitle).toBe('合計 1,000 人 · 3 セグメント');
    expect(rowsOf(spec.view)[1]?.segment).toBe('セグメント 1');
  });

  it('rejects empty or negative input with CHART_INVALID_DATA', () => {
    expect(() => buildSegmentSizesChart({ segments: [] }, 'ja')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
    expect(() => buildSegmentSizesChart({ segments: [{ id: 0, customers: -1 }] }, 'ja')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
    expect(() => buildSegmentSizesChart({ segments: [{ id: 0, customers: Number.NaN }] }, 'en')).toThrow(/finite/);
  });

  it('renders a PNG over 10 KB', async () => {
    const png = await renderChart(buildSegmentSizesChart({ segments }, 'ja'), { fonts, footer, timeZone: 'UTC' });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(600);
    expect(metadata.height).toBeGreaterThan(200);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
