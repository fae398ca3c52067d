import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { buildSegmentValueChart, type SegmentValue } from '../../src/charts/segment-value-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 3, date: new Date('2025-01-31T00:00:00Z') };
const segments: SegmentValue[] = [
  { id: 0, label: '常連', meanRecencyDays: 12.34, meanFrequency: 6, meanMonetary: 5400, meanLifetimeValue: 32000 },
  { id: 1, meanRecencyDays: 90, meanFrequency: 1.25, meanMonetary: 2100, meanLifetimeValue: null },
];
type Row = { segment: string; metric: string; value: number; label: string };
const rowsOf = (view: unknown): Row[] => (view as { data: { values: Row[] } }).data.values;
const panelsOf = (view: unknown): string[] => (view as { facet: { sort: string[] } }).facet.sort;

describe('buildSegmentValueChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('puts recency, frequency, monetary and CLV in four panels with unit labels', () => {
    const spec = buildSegmentValueChart({ segments, currency: 'JPY' }, 'en');
    expect(panelsOf(spec.view)).toEqual([
      'Days since the last purchase (mean, days)',
      'Purchases per customer (count)',
      'Total spend per customer (¥)',
      'Next-12-month lifetime value per customer (¥)',
    ]);
    expect(
      rowsOf(spec.view)
        .filter((row) => row.segment === 'Segment 1')
        .map((row) => row.label),
    ).toEqual(['90 days', '1.3', '¥2,100']);
    expect(rowsOf(spec.view).find((row) => row.metric === 'Next-12-month lifetime value per customer (¥)')).toEqual({
      segment: '常連',
      metric: 'Next-12-month lifetime value per customer (¥)',
      value: 32000,
      label: '¥32,000',
    });
  });

  it('leaves out the CLV panel when no segment has CLV, and says so', () => {
    const withoutLifetimeValue = segments.map((segment) => ({ ...segment, meanLifetimeValue: null }));
    const spec = buildSegmentValueChart({ segments: withoutLifetimeValue, currency: 'JPY' }, 'ja');
    expect(panelsOf(spec.view)).toEqual([
      '最終購入からの平均日数（日）',
      '1人あたりの購入回数（回）',
      '1人あたりの累計購入額（円）',
    ]);
    // Without CLV the title names the biggest spender: 常連 at ¥5,400.
    expect(spec.title).toBe('累計購入額が最も多いのは常連（1人5,400円）');
    expect(spec.subtitle).toContain('顧客生涯価値は未計算');
    expect(rowsOf(spec.view)[0]?.label).toBe('12.3 日');
  });

  it('rejects non-finite means and unknown currency codes', () => {
    const broken = [{ ...(segments[0] as SegmentValue), meanFrequency: Number.POSITIVE_INFINITY }];
    expect(() => buildSegmentValueChart({ segments: broken, currency: null }, 'en')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
    expect(() => buildSegmentValueChart({ segments, currency: 'YEN!' }, 'en')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
  });

  it('renders a PNG over 10 KB', async () => {
    const png = await renderChart(buildSegmentValueChart({ segments, currency: 'JPY' }, 'ja'), {
      fonts,
      footer,
      timeZone: 'UTC',
    });
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(600);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
