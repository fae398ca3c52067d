import { describe, expect, it } from 'vitest';
import { startSentences } from '../../src/agent/start-sentences.ts';

describe('startSentences', () => {
  it('starts every English sentence in upper case, also one that starts with a segment name', () => {
    expect(
      startSentences(
        '• customers who post dog photos (S1): 497 customers. customers who buy like the average (S0) has more.',
      ),
    ).toBe('• Customers who post dog photos (S1): 497 customers. Customers who buy like the average (S0) has more.');
    expect(startSentences('- lower case line\nthe next line')).toBe('- Lower case line\nThe next line');
  });

  it('leaves abbreviations, numbers, colons and other scripts as they are', () => {
    const text =
      'The most common is dog photos (e.g. keeshond, i.e. a dog), 3.5 vs. 2.1; what it means: keep it. 日本語';
    expect(startSentences(text)).toBe(text);
  });
});
