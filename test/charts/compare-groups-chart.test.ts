import { describe, expect, it } from 'vitest';
import { buildCompareGroupsChart } from '../../src/charts/compare-groups-chart.ts';

const input = {
  title: '顧客生涯価値は 犬の写真が多い層（S1） が 平均的な買い方の層（S2） の2.1倍',
  names: ['犬の写真が多い層（S1）', '平均的な買い方の層（S2）'] as const,
  measures: [
    { title: '顧客生涯価値', first: 52000, second: 24762, firstText: '52,000円', secondText: '24,762円' },
    { title: '購入回数', first: 3.1, second: 1.2, firstText: '3.1回', secondText: '1.2回' },
  ],
};

describe('buildCompareGroupsChart', () => {
  it('draws one panel per measure with a bar per group and the caller’s finding as title', () => {
    const spec = buildCompareGroupsChart(input, 'ja');
    expect(spec.title).toBe(input.title);
    const rows = (spec.view as { data: { values: { measure: string; group: string; value: number }[] } }).data.values;
    expect(rows.map((row) => [row.measure, row.group, row.value])).toEqual([
      ['顧客生涯価値', input.names[0], 52000],
      ['顧客生涯価値', input.names[1], 24762],
      ['購入回数', input.names[0], 3.1],
      ['購入回数', input.names[1], 1.2],
    ]);
  });

  it('refuses values it cannot draw and an empty list of measures', () => {
    expect(() =>
      buildCompareGroupsChart({ ...input, measures: [{ ...input.measures[0]!, first: Number.NaN }] }, 'ja'),
    ).toThrow(/first value of "顧客生涯価値"/u);
    expect(() => buildCompareGroupsChart({ ...input, measures: [] }, 'en')).toThrow(/measures is empty/u);
  });
});
