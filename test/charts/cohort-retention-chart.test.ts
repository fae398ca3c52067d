import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCohortRetentionChart, type CohortRetentionChartInput } from '../../src/charts/cohort-retention-chart.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { renderChart } from '../../src/charts/render-chart.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const footer = { dataset: 'テスト', runId: 'abc12345', date: new Date('2026-07-01T00:00:00Z') };
const cell = (offset: number, rate: number | null, status: 'observed' | 'partial' | 'not-yet' = 'observed') => ({
  offset,
  status,
  rate,
});
const input = (label: (month: number) => string): CohortRetentionChartInput => ({
  rows: [
    { label: label(4), size: 1_200, cells: [cell(0, 1), cell(1, 0.3), cell(2, 0.22), cell(3, null, 'partial')] },
    {
      label: label(5),
      size: 980,
      cells: [cell(0, 1), cell(1, 0.25), cell(2, null, 'partial'), cell(3, null, 'not-yet')],
    },
  ],
  best: { label: label(4), rate: 0.3, offset: 1 },
  typicalNextMonth: 0.275,
  customers: 2_180,
});

function cellsOf(view: unknown): { cohort: string; month: string; kind: string; label: string }[] {
  return (view as { data: { values: { cohort: string; month: string; kind: string; label: string }[] } }).data.values;
}

describe('buildCohortRetentionChart', () => {
  let fonts: ChartFonts;
  beforeAll(() => {
    fonts = setUpChartFonts({ home: makeTemporaryDirectory('takumi-charts-') });
  });

  it('says the finding in the title and writes each observed share, leaving running months unlabelled and later ones out', () => {
    const japanese = buildCohortRetentionChart(
      input((month) => `2026年${month}月`),
      'ja',
    );
    expect(japanese.title).toBe('2026年4月に初めて買った人の定着が最もよい（翌月も30%が購入）');
    expect(japanese.subtitle).toBe(
      '数字は、各月に初めて買った人のうちその月にも買った人の割合（対象は購入した2,180人）。灰色は途中までの月',
    );
    const cells = cellsOf(japanese.view);
    expect(cells.map((row) => [row.cohort, row.month, row.kind, row.label])).toEqual([
      ['2026年4月（1,200人）', '0', 'base', '100%'],
      ['2026年4月（1,200人）', '1', 'observed', '30%'],
      ['2026年4月（1,200人）', '2', 'observed', '22%'],
      ['2026年4月（1,200人）', '3', 'partial', ''],
      ['2026年5月（980人）', '0', 'base', '100%'],
      ['2026年5月（980人）', '1', 'observed', '25%'],
      ['2026年5月（980人）', '2', 'partial', ''],
    ]);
    const english = buildCohortRetentionChart(
      input((month) => `${['Apr', 'May'][month - 4]} 2026`),
      'en',
    );
    expect(english.title).toBe('Customers who first bought in Apr 2026 stay best (30% still buying the month after)');
    const complete = { label: 'Jan 2026', size: 30, cells: [cell(0, 1), cell(1, 0.3)] };
    expect(buildCohortRetentionChart({ ...input(String), rows: [complete] }, 'en').subtitle).not.toContain('grey');
    expect(buildCohortRetentionChart({ ...input(String), best: null }, 'ja').title).toBe(
      '初回購入の翌月にも買う人は約28%',
    );
  });

  it('refuses no rows and an observed cell without a finite share', () => {
    expect(() => buildCohortRetentionChart({ ...input(String), rows: [] }, 'ja')).toThrow(/rows is empty/u);
    const broken = input(String);
    expect(() =>
      buildCohortRetentionChart({ ...broken, rows: [{ label: 'x', size: 3, cells: [cell(1, null)] }] }, 'en'),
    ).toThrow(/rate of "x" month 1/u);
  });

  it('renders Japanese labels as a PNG', async () => {
    const png = await renderChart(
      buildCohortRetentionChart(
        input((month) => `2026年${month}月`),
        'ja',
      ),
      {
        fonts,
        footer,
        timeZone: 'UTC',
      },
    );
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBeGreaterThan(400);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
