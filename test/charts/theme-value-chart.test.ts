import { describe, expect, it } from 'vitest';
import { buildThemeValueChart } from '../../src/charts/theme-value-chart.ts';

const bar = (evidence: 'strong' | 'weak') => ({ label: '犬の写真', lift: 1.7, lower: 1.1, upper: 2.4, evidence });

describe('buildThemeValueChart', () => {
  it('tells a strong gap as a finding and a weak one as a gap that could be chance', () => {
    const group = '顧客生涯価値が上位20%の優良顧客';
    expect(buildThemeValueChart({ group, bars: [bar('strong')] }, 'ja').title).toBe(
      '優良顧客に特に多いのは犬の写真（1.7倍）',
    );
    expect(buildThemeValueChart({ group, bars: [bar('weak')] }, 'ja').title).toBe(
      '優良顧客との差が最も大きいのは犬の写真（1.7倍、根拠は弱い）',
    );
    expect(buildThemeValueChart({ group, bars: [{ ...bar('weak'), label: 'dog photos' }] }, 'en').title).toBe(
      'Biggest gap: dog photos (×1.7, weak evidence)',
    );
  });
});
