import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateChurn, publishedCdnow, readCdnowSample } from '../../../tools/eval-churn.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cdnowDirectory = path.join(
  path.resolve(process.env.TAKUMI_SHARED_DIR ?? path.join(repoRoot, '../shared')),
  'datasets/cdnow',
);

describe.skipIf(!existsSync(cdnowDirectory))('eval:churn on CDNOW (weeks 1–39 → 40–78)', () => {
  it('reproduces the published holdout total within 1 % and ranks lapsed customers with AUC ≥ 0.75', async () => {
    const evaluation = evaluateChurn(await readCdnowSample(cdnowDirectory));
    expect(evaluation.customers).toBe(2357);
    // Same-day purchases counted once: 1,882 repeat purchases in the holdout (FHL 2005).
    expect(evaluation.actual).toBe(1882);
    expect(Math.abs(evaluation.predictedWithPublished / publishedCdnow.holdoutTotal - 1)).toBeLessThan(0.01);
    expect(Math.abs(evaluation.predicted / evaluation.predictedWithPublished - 1)).toBeLessThan(0.01);
    expect(evaluation.auc).toBeGreaterThanOrEqual(0.75);
    expect(evaluation.bins.map((bin) => bin.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(evaluation.bins.reduce((sum, bin) => sum + bin.n, 0)).toBe(2357);
    // Each bin's mean is the bin's own customers: the 1,411 one-time buyers of the paper come first.
    expect(evaluation.bins[0]!.n).toBe(1411);
    expect(evaluation.revenue.low).toBeLessThan(evaluation.revenue.predicted);
  }, 60_000);
});
