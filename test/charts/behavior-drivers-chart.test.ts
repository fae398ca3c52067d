import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBehaviorDriversChart, type BehaviorDriver } from '../../src/charts/behavior-drivers-chart.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 5, date: new Date('2025-01-31T00:00:00Z') };
const drivers: BehaviorDriver[] = [
  {
    feature: 'recency',
    label: '最終購入からの日数',
    importance: 0.09,
    importanceStandardDeviation: 0.01,
    direction: 'lowers-probability',
  },
  { feature: 'theme_2', importance: 0.02, direction: null },
  {
    feature: 'frequency',
    label: '購入回数',
    importance: 0.12,
    importanceStandardDeviation: 0.02,
    direction: 'raises-probability',
  },
  { feature: 'monetary', importance: -0.001, direction: 'raises-probability' },
];
type Row = { driver: string; importance: number; direction: string; lower?: number; upper?: number };
const rowsOf = (view: unknown): Row[] => (view as { data: { values: Row[] } }).data.values;

describe('buildBehaviorDriversChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('sorts by importance, names the direction and adds ± one standard deviation', () => {
    const rows = rowsOf(buildBehaviorDriversChart({ drivers }, 'en').view);
    expect(rows.map((row) => row.driver)).toEqual(['購入回数', '最終購入からの日数', 'theme_2', 'monetary']);
    expect(rows.map((row) => row.direction)).toEqual([
      '+ raises probability',
      '− lowers probability',
      'direction unknown',
      '+ raises probability',
    ]);
    expect(rows[0]?.lower).toBeCloseTo(0.1, 12);
    expect(rows[0]?.upper).toBeCloseTo(0.14, 12);
    expect(rows[1]?.upper).toBeCloseTo(0.1, 12);
    expect(rows[2]).not.toHaveProperty('lower');
  });

  it('keeps only the maxDrivers most important, with Japanese titles for ja', () => {
    const spec = buildBehaviorDriversChart({ drivers, behavior: '90 日以内の再購入' }, 'ja', { maxDrivers: 2 });
    expect(rowsOf(spec.view).map((row) => row.driver)).toEqual(['購入回数', '最終購入からの日数']);
    // The title says the finding: the strongest driver by name, never the method's name.
    expect(spec.title).toBe('予測を最も左右するのは購入回数');
    expect(spec.subtitle).toBe('予測対象: 90 日以内の再購入');
    expect(() => buildBehaviorDriversChart({ drivers }, 'ja', { maxDrivers: 0 })).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
  });

  it('renders a PNG over 10 KB', async () => {
    const png = await renderChart(buildBehaviorDriversChart({ drivers, behavior: '再購入' }, 'ja'), {
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
