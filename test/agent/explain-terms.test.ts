import { describe, expect, it } from 'vitest';
import { explainTermsOnFirstUse } from '../../src/agent/explain-terms.ts';

describe('explainTermsOnFirstUse', () => {
  it('explains each term once, at its first use outside headings', () => {
    const answer = [
      '【ROI試算】',
      '• 層A: ROI +20%。',
      '• 層B: ROI -5%。',
      '予測のAUC 0.74、12か月のCLV 5,000円。',
    ].join('\n');
    const explained = explainTermsOnFirstUse(answer, 'ja');
    expect(explained.split('\n')[0]).toBe('【ROI試算】');
    expect(explained.split('\n')[1]).toBe(
      '• 層A: ROI（投資利益率: 費用に対して得られる利益の割合。0%で元が取れ、プラスなら黒字） +20%。',
    );
    expect(explained.split('\n')[2]).toBe('• 層B: ROI -5%。');
    expect(explained).toContain('AUC（予測の当たりやすさ。0.5は当てずっぽう、1が完璧） 0.74');
    expect(explained).toContain('CLV（1人の顧客が今後もたらす売上の見込み） 5,000円');
    expect(explained.match(/投資利益率/g)).toHaveLength(1);
  });

  it('leaves a term already explained in brackets and works in English', () => {
    expect(explainTermsOnFirstUse('Expected ROI (return on investment): +20%. ROI again.', 'en')).toBe(
      'Expected ROI (return on investment): +20%. ROI again.',
    );
    expect(explainTermsOnFirstUse('*The ROI estimate*\nThe 95% confidence interval is 1–3%.', 'en')).toBe(
      '*The ROI estimate*\nThe 95% confidence interval (the range the true value very likely lies in) is 1–3%.',
    );
    expect(explainTermsOnFirstUse('No terms here.', 'en')).toBe('No terms here.');
  });
});
