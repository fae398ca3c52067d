import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { buildSegmentSizesChart } from '../../src/charts/segment-sizes-chart.ts';
import { drawToolChart } from '../../src/tools/shared/draw-tool-chart.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

describe('drawToolChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-draw-fonts-') });
  });

  it('returns the file drawn before for the same chart of the same run, and draws a changed one anew', async () => {
    const chartDirectory = makeTemporaryDirectory('takumi-draw-');
    const context = { chartFonts: fonts, chartDirectory, logger: { warn: () => {} } } as unknown as ToolContext;
    const spec = (customers: number) =>
      buildSegmentSizesChart({ segments: [{ id: 0, label: '犬の写真が多い層（S0）', customers }] }, 'ja');
    const footer = { dataset: 'shop', runId: 3 };
    const pngs = () => readdirSync(chartDirectory).filter((name) => name.endsWith('.png'));

    const [first] = await drawToolChart(context, spec(40), 'segment-sizes', footer);
    const [again] = await drawToolChart(context, spec(40), 'segment-sizes', footer);
    expect(again).toEqual(first);
    expect(pngs()).toEqual(['shop-segment-sizes-run-3.png']);

    // Another run or other numbers are another chart: a new file, the earlier one kept.
    const [otherRun] = await drawToolChart(context, spec(40), 'segment-sizes', { ...footer, runId: 4 });
    const [otherNumbers] = await drawToolChart(context, spec(41), 'segment-sizes', footer);
    expect(otherRun!.path).not.toBe(first!.path);
    expect(otherNumbers!.path).not.toBe(first!.path);
    expect(pngs()).toHaveLength(3);

    // A remembered file that was deleted is drawn again.
    rmSync(first!.path);
    const [redrawn] = await drawToolChart(context, spec(40), 'segment-sizes', footer);
    expect(path.basename(redrawn!.path)).toMatch(/^shop-segment-sizes-run-3/u);
    expect(pngs()).toHaveLength(3);
  });
});
