import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJapaneseGlyphs } from '../../src/charts/check-japanese-glyphs.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { buildSalesBreakdownChart, type SalesBreakdownChartInput } from '../../src/charts/sales-breakdown-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: null, date: new Date('2026-01-31T00:00:00Z') };
type Layer = {
  transform?: { filter: string }[];
  encoding: Record<string, { scale?: unknown; axis?: unknown; sort?: string[] }>;
};
const layersOf = (view: unknown): Layer[] => (view as { layer: Layer[] }).layer;
const rowsOf = (view: unknown) =>
  (view as { data: { values: { label: string; value: number; shown: boolean }[] } }).data.values;

const regions: SalesBreakdownChartInput = {
  kind: 'category',
  bars: [
    { label: '東京', value: 1_224_164, valueText: '1,224,164円' },
    { label: '福岡', value: 1_136_764, valueText: '1,136,764円' },
    { label: 'その他（3区分）', value: 95_000, valueText: '95,000円' },
  ],
  currency: 'JPY',
  axisTitle: '売上',
  title: '売上は東京が最大（全体の50%）',
  subtitle: '全期間: 2025年6月30日〜2026年6月29日',
};

describe('buildSalesBreakdownChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('draws values as horizontal bars in the order given, from 0, with yen ticks', () => {
    const spec = buildSalesBreakdownChart(regions, 'ja');
    const [bars] = layersOf(spec.view);
    expect(bars!.encoding.y!.sort).toEqual(['東京', '福岡', 'その他（3区分）']);
    const x = bars!.encoding.x as {
      title: string;
      scale: { domain: number[] };
      axis: { values: number[]; labelExpr: string };
    };
    expect(x.title).toBe('売上（円）');
    expect(x.scale.domain[0]).toBe(0);
    expect(x.axis.values[0]).toBe(0);
    expect(x.axis.labelExpr).toContain('"500,000円"');
    expect(spec.title).toBe('売上は東京が最大（全体の50%）');
  });

  it('draws periods as columns over time; a withheld period keeps its place with no column', () => {
    const spec = buildSalesBreakdownChart(
      {
        kind: 'time',
        bars: [
          { label: '2025年11月', value: 30, valueText: '注文30件' },
          { label: '12月', value: null, valueText: '非表示' },
          { label: '2026年1月', value: 12, valueText: '注文12件', partial: true },
        ],
        currency: null,
        axisTitle: '注文数（件）',
        title: '週別注文数',
      },
      'ja',
    );
    const layers = layersOf(spec.view);
    expect(layers[0]!.transform).toEqual([{ filter: 'datum.shown' }]);
    expect(layers[0]!.encoding.x!.sort).toEqual(['2025年11月', '12月', '2026年1月']);
    expect(layers[0]!.encoding.y!.scale).toMatchObject({ zero: true });
    expect(rowsOf(spec.view).map((row) => [row.label, row.shown])).toEqual([
      ['2025年11月', true],
      ['12月', false],
      ['2026年1月', true],
    ]);
  });

  it('renders a PNG with Japanese glyphs', async () => {
    expect((await checkJapaneseGlyphs()).rendersGlyphs).toBe(true);
    const png = await renderChart(buildSalesBreakdownChart(regions, 'ja'), { fonts, footer, timeZone: 'UTC' });
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('refuses an empty list', () => {
    expect(() => buildSalesBreakdownChart({ ...regions, bars: [] }, 'en')).toThrow(
      expect.objectContaining({ code: 'CHART_INVALID_DATA' }),
    );
  });
});
