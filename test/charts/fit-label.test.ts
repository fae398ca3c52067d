import { describe, expect, it } from 'vitest';
import { chartInputChecks } from '../../src/charts/chart-input-checks.ts';
import { estimateTextWidth, fitLabel } from '../../src/charts/fit-label.ts';

describe('fitLabel', () => {
  it('keeps a label that fits unchanged', () => {
    expect(fitLabel('パソコンの写真が多い層（S0）')).toBe('パソコンの写真が多い層（S0）');
  });

  it('cuts a long name at its end and keeps the id tail whole, in Japanese and English', () => {
    // 31 full-width characters × 11 px = 341 px > 300 px: shortened, （S12） kept.
    const japanese = fitLabel('高頻度・高額購入・休眠ぎみ／家具と電化製品の写真が多い層（S12）');
    expect(japanese).toMatch(/^高頻度・高額購入・休眠ぎみ／家具と.*…（S12）$/u);
    expect(estimateTextWidth(japanese)).toBeLessThanOrEqual(300);
    const english = fitLabel(
      'occasional, small-spending, lapsing customers who post furniture and appliance photos (S12)',
    );
    expect(english).toMatch(/^occasional, small-spending, lapsing[^…]*… \(S12\)$/u);
    // Cut between words: the last kept word is whole.
    expect(english.replace(/… \(S12\)$/u, '')).toMatch(
      /(?:^|\s)(?:occasional,|small-spending,|lapsing|customers|who|post)$/u,
    );
    expect(estimateTextWidth(english)).toBeLessThanOrEqual(300);
  });

  it('keeps two long names that shorten alike apart by their ids', () => {
    const long = '高頻度・高額購入・休眠ぎみ／家具と電化製品とパソコンの写真が多い層';
    const labels = chartInputChecks.uniqueLabels([`${long}A`, `${long}B`], [1, 2]);
    expect(new Set(labels).size).toBe(2);
    expect(labels[0]).toMatch(/\(#1\)$/u);
  });
});
