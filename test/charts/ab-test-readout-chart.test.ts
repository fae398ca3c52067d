import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAbTestReadoutChart,
  type AbTestReadoutChartInput,
  type AbTestVerdict,
} from '../../src/charts/ab-test-readout-chart.ts';
import { checkJapaneseGlyphs } from '../../src/charts/check-japanese-glyphs.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { renderChartSvg } from '../../src/charts/render-chart-svg.ts';
import { wilsonInterval } from '../../src/engine/roi/wilson-interval.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

// Control 120/2000, treatment 156/2000. Wilson 95 % intervals hand-computed with python3 + scipy 1.17.1
// (centre (x + z²/2)/(n + z²), half z/(n + z²)·√(x(n − x)/n + z²/4)); the lift's Wald interval
// 0.018 ± 1.959964·√(0.06·0.94/2000 + 0.078·0.922/2000) and p = 0.024716 as in ab-test-readout.test.ts.
const control = { customers: 2000, conversions: 120, lower: 0.05041119711431651, upper: 0.07127580449318607 };
const treatment = { customers: 2000, conversions: 156, lower: 0.06703950613485771, upper: 0.09057848177051978 };
const input = (verdict: AbTestVerdict, revenue: AbTestReadoutChartInput['revenuePerCustomer'] = null) => ({
  control,
  treatment,
  lift: { difference: 0.018, lower: 0.0023009454100543503, upper: 0.033699054589945654 },
  level: 0.95,
  pValue: 0.024716144744223012,
  verdict,
  revenuePerCustomer: revenue,
  currency: 'JPY',
});
type Panel = { data?: { values: Record<string, unknown>[] }; layer: Panel[] };
const panelsOf = (view: unknown): Panel[] => (view as { hconcat: Panel[] }).hconcat;
const footer = { dataset: '質問の数値', runId: null, date: new Date('2025-01-31T00:00:00Z') };

describe('buildAbTestReadoutChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-ab-chart-') });
  });

  it('draws each arm at its rate with the Wilson interval the engine computes, and the lift with its interval', () => {
    // The chart draws what it is given; the run gives it wilsonInterval's bands, which match the references.
    for (const [arm, counts] of [
      ['control', control],
      ['treatment', treatment],
    ] as const) {
      const interval = wilsonInterval(counts.conversions, counts.customers, 0.95);
      expect(interval.lower, arm).toBeCloseTo(counts.lower, 12);
      expect(interval.upper, arm).toBeCloseTo(counts.upper, 12);
    }
    const [rates, lift] = panelsOf(buildAbTestReadoutChart(input('ship'), 'ja').view);
    expect(rates!.data!.values).toEqual([
      expect.objectContaining({ arm: '対照群', rate: 0.06, lower: control.lower, upper: control.upper }),
      expect.objectContaining({ arm: '施策群', rate: 0.078, lower: treatment.lower, upper: treatment.upper }),
    ]);
    expect(rates!.data!.values.map((row) => row.label)).toEqual(['6.0%\n5.0%〜7.1%', '7.8%\n6.7%〜9.1%']);
    const liftRow = lift!.layer[0]!.data!.values[0]!;
    expect(liftRow).toMatchObject({ difference: 0.018, lower: 0.0023009454100543503, upper: 0.033699054589945654 });
    expect(liftRow.label).toBe('+1.8ポイント\n+0.2〜+3.4');
    // The dashed line at no difference.
    expect(lift!.layer[1]!.data!.values).toEqual([{ zero: 0 }]);
  });

  it('titles the decision in words and gives the numbers, with thousands separators, in the subtitle', () => {
    const titles = (language: 'ja' | 'en') =>
      (['ship', 'keep-testing', 'stop-worse', 'stop-too-small'] as const).map(
        (verdict) => buildAbTestReadoutChart(input(verdict), language).title,
      );
    expect(titles('ja')).toEqual([
      '施策群の勝ち：全面展開を推奨',
      '差はまだ判断できない：テスト継続',
      '中止：施策群のほうが反応率が低い',
      '中止：差があっても小さく、続ける価値がない',
    ]);
    expect(titles('en')).toEqual([
      'Treatment wins: roll it out',
      'Too early to tell: keep testing',
      'Stop: the treatment arm does worse',
      'Stop: any gain is too small to be worth it',
    ]);
    expect(buildAbTestReadoutChart(input('ship'), 'ja').subtitle).toBe(
      '反応率 対照群 6.0%（2,000人中120人）、施策群 7.8%（2,000人中156人）、p値 0.0247。帯は95%信頼区間',
    );
    expect(buildAbTestReadoutChart(input('ship'), 'en').subtitle).toBe(
      'Conversion: control 6.0% (120 of 2,000), treatment 7.8% (156 of 2,000); p-value 0.0247. Bands: 95% confidence intervals',
    );
  });

  it('adds revenue per customer in the dataset currency only when the results file had revenue', () => {
    expect(panelsOf(buildAbTestReadoutChart(input('ship'), 'ja').view)).toHaveLength(2);
    expect(panelsOf(buildAbTestReadoutChart(input('ship', { control: 0, treatment: 0 }), 'ja').view)).toHaveLength(2);
    const revenue = { control: 38.4, treatment: 1620.25 };
    const ja = panelsOf(buildAbTestReadoutChart(input('ship', revenue), 'ja').view);
    expect(ja).toHaveLength(3);
    expect(ja[2]!.data!.values.map((row) => [row.arm, row.label])).toEqual([
      ['対照群', '38円'],
      ['施策群', '1,620円'],
    ]);
    const en = panelsOf(buildAbTestReadoutChart({ ...input('ship', revenue), currency: 'USD' }, 'en').view);
    expect(en[2]!.data!.values.map((row) => row.label)).toEqual(['$38.40', '$1,620']);
  });

  it('keeps labels off the arm names and off the dashed zero line', () => {
    const none = { customers: 40, conversions: 0, lower: 0, upper: 0.08762160377343265 };
    const [rates, lift] = panelsOf(
      buildAbTestReadoutChart(
        { ...input('keep-testing'), treatment: none, lift: { difference: 0.0001, lower: -0.002, upper: 0.002 } },
        'en',
      ).view,
    );
    const treatmentRow = rates!.data!.values[1]!;
    expect(treatmentRow.rate).toBe(0);
    // The axis runs to 10 %; the label stands at least 8 % of it above 0.
    expect(treatmentRow.labelAt).toBeCloseTo(0.008, 12);
    expect(rates!.data!.values[0]!.labelAt).toBe(0.06);
    // Axis −0.2 to +0.2 points: a lift of +0.01 points is labelled 8 % of that span above zero.
    expect(lift!.layer[0]!.data!.values[0]!.labelAt).toBeCloseTo(0.08 * 0.004, 12);
  });

  it('refuses an arm without customers and non-finite numbers, naming the field', () => {
    expect(() =>
      buildAbTestReadoutChart({ ...input('ship'), control: { ...control, customers: 0, conversions: 0 } }, 'en'),
    ).toThrow(expect.objectContaining({ code: 'CHART_INVALID_DATA' }));
    expect(() =>
      buildAbTestReadoutChart({ ...input('ship'), lift: { difference: Number.NaN, lower: 0, upper: 0 } }, 'en'),
    ).toThrow(/difference/u);
  });

  it('renders Japanese as glyphs in Noto Sans JP, with a footer that names no run', async () => {
    expect((await checkJapaneseGlyphs(fonts.family)).rendersGlyphs).toBe(true);
    const spec = buildAbTestReadoutChart(input('keep-testing', { control: 500, treatment: 620 }), 'ja');
    const svg = await renderChartSvg(spec, { fonts, footer, timeZone: 'UTC' });
    const texts = svg.match(/<text[^>]*>/g) ?? [];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(text).toContain('font-family="Noto Sans JP"');
    for (const words of ['差はまだ判断できない：テスト継続', '対照群', '施策群', '1人あたり売上', '500円'])
      expect(svg).toContain(`>${words}</`);
    expect(svg).toContain('>質問の数値 · 2025-01-31</text>');
    // renderChart verifies the font before its first chart (CHART_FONT_NOT_APPLIED otherwise).
    const png = await renderChart(spec, { fonts, footer, timeZone: 'UTC' });
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(1200);
  });
});
