import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAbTestCounts } from '../../../src/agent/find-ab-test-counts.ts';
import { readAbTestResults } from '../../../src/data/analysis/read-ab-test-results.ts';
import { decideAbTest } from '../../../src/engine/roi/decide-ab-test.ts';
import { minimumDetectableLift } from '../../../src/engine/roi/minimum-detectable-lift.ts';
import { sampleSizeForTwoProportions } from '../../../src/engine/roi/sample-size-for-two-proportions.ts';
import { twoProportionZTest } from '../../../src/engine/roi/two-proportion-z-test.ts';
import { runReadAbTest } from '../../../src/tools/read-ab-test/run.ts';
import { presentReadAbTest } from '../../../src/tools/read-ab-test/present.ts';
import type { ToolContext } from '../../../src/tools/takumi-tool.ts';
import { loadConfig } from '../../../src/config/load-config.ts';

// Hand-computed with Python's statistics.NormalDist for control 120/2000, treatment 156/2000:
// pooled p̄ = 276/4000, z = 0.018 / √(p̄(1 − p̄)(2/2000)); p = 2(1 − Φ(|z|));
// Wald interval 0.018 ± Φ⁻¹(0.975)·√(0.06·0.94/2000 + 0.078·0.922/2000).
const reference = {
  difference: 0.018,
  z: 2.2458105581903647,
  pValue: 0.024716144744223012,
  lower: 0.0023009454100543503,
  upper: 0.033699054589945654,
  relative: 0.3,
};

describe('A/B readout', () => {
  let home: string;
  let context: ToolContext;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-ab-'));
    await mkdir(path.join(home, 'ab-tests'));
    context = {
      prisma: { dataset: { findUnique: async () => ({ currency: 'JPY' }) } } as unknown as ToolContext['prisma'],
      config: { ...loadConfig({}), home },
      defaultDataset: 'shop',
      language: 'ja',
      chartDirectory: home,
      chartFonts: null,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    };
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('matches a hand-computed two-proportion test to 1e-6', async () => {
    const { result } = await runReadAbTest(
      { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 },
      context,
    );
    expect(Math.abs(result.test.difference - reference.difference)).toBeLessThan(1e-6);
    expect(Math.abs(result.test.z - reference.z)).toBeLessThan(1e-6);
    expect(Math.abs(result.test.pValue - reference.pValue)).toBeLessThan(1e-6);
    expect(Math.abs(result.test.confidenceInterval.lower - reference.lower)).toBeLessThan(1e-6);
    expect(Math.abs(result.test.confidenceInterval.upper - reference.upper)).toBeLessThan(1e-6);
    expect(Math.abs(result.test.relativeUplift! - reference.relative)).toBeLessThan(1e-6);
    expect(result.decision).toBe('ship');
    const text = presentReadAbTest(result, 'ja');
    expect(text).toContain('• 差: +1.8ポイント（対照群比 +30%）、95%信頼区間 +0.23〜+3.37ポイント、p値 0.0247');
    expect(text).toContain('判定: 採用');
  });

  it('decides ship, keep testing and stop', () => {
    const test = (xc: number, xt: number, n = 2000) =>
      twoProportionZTest({ controlConversions: xc, controlSize: n, treatmentConversions: xt, treatmentSize: n });
    expect(decideAbTest(test(120, 156), 0.01)).toBe('ship');
    expect(decideAbTest(test(156, 120), 0.01)).toBe('stop');
    expect(decideAbTest(test(120, 130), 0.01)).toBe('keep-testing');
    // A tight interval around zero: even its upper end is below a worthwhile 1 point.
    expect(decideAbTest(test(6000, 6010, 100_000), 0.01)).toBe('stop');
  });

  it('reads a results CSV into per-arm totals, never returning a customer id', async () => {
    const rows = ['customer_id,arm,converted,revenue'];
    for (let index = 0; index < 200; index += 1)
      rows.push(
        `CUST-${index},${index % 2 ? 'treatment' : 'control'},${index % 10 < (index % 2 ? 3 : 1) ? 1 : 0},${index % 10 < 3 ? 5000 : 0}`,
      );
    rows.push('CUST-0,control,1,9999', 'CUST-X,other,1,1', 'CUST-Y,control,maybe,1');
    await writeFile(path.join(home, 'ab-tests', 'results.csv'), `${rows.join('\n')}\n`);
    const file = await readAbTestResults(path.join(home, 'ab-tests'), 'results.csv');
    // Control: even rows; converted when the row number ends in 0 (20 rows), revenue when it ends in 0 or 2 (40 rows).
    expect(file.control).toEqual({ customers: 100, conversions: 20, revenue: 40 * 5000 });
    expect(file.treatment.customers).toBe(100);
    expect(file.treatment.conversions).toBe(20);
    expect(file.skipped).toEqual({ arm: 1, converted: 1, duplicate: 1 });
    expect(JSON.stringify(file)).not.toContain('CUST-');
    const { result } = await runReadAbTest({ resultsFile: 'results.csv' }, context);
    expect(result.test.controlRate).toBeCloseTo(0.2, 12);
    expect(result.revenuePerCustomer).toEqual({ control: 2000, treatment: 1000 });
    expect(presentReadAbTest(result, 'ja')).toContain('（読めなかった行・重複した顧客 3行は集計から除きました）');
    await expect(readAbTestResults(path.join(home, 'ab-tests'), '../../etc/passwd')).rejects.toThrow(/A\/B folder/);
    await expect(readAbTestResults(path.join(home, 'ab-tests'), '/etc/passwd')).rejects.toThrow(/A\/B folder/);
    await expect(runReadAbTest({ controlSize: 10 }, context)).rejects.toThrow(/all four counts/);
    await expect(
      runReadAbTest({ controlSize: 10, controlConversions: 11, treatmentSize: 10, treatmentConversions: 1 }, context),
    ).rejects.toThrow(/at most as many conversions/);
  });

  it('parses the counts in a question, whichever way they are written', () => {
    const expected = { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 };
    expect(findAbTestCounts('A/Bテストの結果: 対照 2000人中120人、施策 2000人中156人').counts).toEqual(expected);
    expect(findAbTestCounts('施策群は2,000人中156人、対照群は2,000人中120人でした').counts).toEqual(expected);
    expect(findAbTestCounts('AB test: control 120 of 2000, treatment 156/2000').counts).toEqual(expected);
    expect(findAbTestCounts('A/B results.csv please').resultsFile).toBe('results.csv');
    expect(findAbTestCounts('2ポイントの差を見たい').minimumDetectableLift).toBeCloseTo(0.02, 12);
    expect(findAbTestCounts('A/Bテストの設計を').counts).toBeNull();
  });

  it('finds the smallest detectable lift for a given arm size (inverse of the sample size)', () => {
    // 3,841 per arm detect 10 % → 12 % (the textbook figure): the inverse must give back 2 points.
    expect(minimumDetectableLift({ baselineRate: 0.1, perArm: 3841 })!).toBeCloseTo(0.02, 4);
    const lift = minimumDetectableLift({ baselineRate: 0.05, perArm: 500 })!;
    expect(
      sampleSizeForTwoProportions({ baselineRate: 0.05, expectedRate: 0.05 + lift }).exactPerArm,
    ).toBeLessThanOrEqual(500);
    expect(minimumDetectableLift({ baselineRate: 0.05, perArm: 1 })).toBeNull();
  });
});
