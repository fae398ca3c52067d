import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-types.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChartSvg } from '../../src/charts/render-chart-svg.ts';
import { buildWhatIfOutcomeChart } from '../../src/charts/what-if-outcome-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

// Twelve bins from −52,000 to 320,000 (width 31,000), 6,910 simulations in all.
const counts = [40, 120, 310, 620, 980, 1300, 1250, 980, 640, 380, 200, 90];
const bins = counts.map((count, index) => ({ from: -52_000 + index * 31_000, to: -21_000 + index * 31_000, count }));
const input = { bins, title: '黒字になる見込み', subtitle: 'S2に20%割引を出した場合', currency: 'JPY' };
const footer = { dataset: 'テスト', runId: 4, date: new Date('2025-01-31T00:00:00Z') };

interface SceneItem {
  x: number;
  y: number;
  width?: number;
  height?: number;
  x2?: number;
  y2?: number;
  datum: Record<string, unknown>;
}

/** Lays the view out headlessly: the y domain and the drawn bars (x, width, height in pixels). */
async function layout(spec: ChartSpec) {
  const compiled = vegaLite.compile(spec.view as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  await view.runAsync();
  const bars: SceneItem[] = [];
  const visit = (node: { marktype?: string; items?: unknown[] }): void => {
    for (const item of (node.items ?? []) as (SceneItem & { marktype?: string; items?: unknown[] })[]) {
      if (node.marktype === 'rect' && item.datum && 'share' in item.datum) bars.push(item);
      visit(item);
    }
  };
  visit((view.scenegraph() as unknown as { root: never }).root);
  const yDomain = view.scale('y').domain() as number[];
  view.finalize();
  return { bars, yDomain };
}

describe('buildWhatIfOutcomeChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-what-if-chart-') });
  });

  it('draws each bin as a bar as wide as its profit range, from a y axis that starts at 0', async () => {
    const { bars, yDomain } = await layout(buildWhatIfOutcomeChart(input, 'ja'));
    expect(yDomain[0]).toBe(0);
    // 12 bins, the one spanning 0 (−21,000 to 10,000) drawn in two parts.
    expect(bars).toHaveLength(13);
    const plotWidth = 520;
    const span = 320_000 - -52_000;
    for (const bar of bars) {
      const from = bar.datum['from'] as number;
      const to = bar.datum['to'] as number;
      // A bar, not a line: its width is its share of the axis (the old chart drew 1-pixel-high lines).
      expect(bar.width!).toBeCloseTo(((to - from) / span) * plotWidth, 0);
      expect(bar.height!).toBeGreaterThan(0);
    }
    // Heights are shares of the 6,910 runs: the tallest bin (1,300) is 18.8 %.
    const tallest = bars.reduce((most, bar) => Math.max(most, bar.datum['share'] as number), 0);
    expect(tallest).toBeCloseTo(1300 / 6910, 10);
  });

  it('splits the bin that spans break-even at 0: red up to 0, blue after, at the same height', () => {
    const rows = (buildWhatIfOutcomeChart(input, 'en').view as { layer: { data: { values: unknown[] } }[] }).layer[0]!
      .data.values as { from: number; to: number; share: number; side: string }[];
    const straddling = rows.filter((row) => row.share === 120 / 6910);
    expect(straddling).toEqual([
      { from: -21_000, to: 0, share: 120 / 6910, base: 0, side: 'Loss' },
      { from: 0, to: 10_000, share: 120 / 6910, base: 0, side: 'Profit' },
    ]);
    expect(rows[0]!.side).toBe('Loss');
    expect(rows.at(-1)!.side).toBe('Profit');
  });

  it('labels the axes in words with units and the profit in the dataset’s currency (ja: 円, en: $)', async () => {
    const ja = await renderChartSvg(buildWhatIfOutcomeChart(input, 'ja'), { fonts, footer, timeZone: 'UTC' });
    expect(ja).toContain('利益（円）');
    expect(ja).toContain('確率（シミュレーション6,910回のうち）');
    for (const label of ['0円', '100,000円', '200,000円', '300,000円', '損益ゼロ', '赤字', '黒字', '黒字になる見込み'])
      expect(ja).toContain(`>${label}<`);
    expect(ja).not.toMatch(/>-?\d+k</u);
    const en = await renderChartSvg(
      buildWhatIfOutcomeChart({ ...input, currency: 'USD', title: 'Likely to pay off' }, 'en'),
      {
        fonts,
        footer,
        timeZone: 'UTC',
      },
    );
    expect(en).toContain('Profit ($)');
    expect(en).toContain('Chance (share of 6,910 simulations)');
    for (const label of ['$0', '$100,000', '$300,000', 'Break-even', 'Loss', 'Profit'])
      expect(en).toContain(`>${label}<`);
  });

  it('refuses bins it cannot draw, naming the bin', () => {
    expect(() => buildWhatIfOutcomeChart({ ...input, bins: [] }, 'ja')).toThrow(/bins is empty/);
    expect(() => buildWhatIfOutcomeChart({ ...input, bins: [{ from: 0, to: Number.NaN, count: 1 }] }, 'ja')).toThrow(
      /end of bin 1/,
    );
  });
});
