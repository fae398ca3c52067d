import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { evaluateImagenet } from '../../../tools/eval-imagenet.ts';

const sampleDirectory = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');

describe.skipIf(!existsSync(sampleDirectory))('ImageNet accuracy on a 50-photo subset', () => {
  it('classifies like the reference (0.90 / 1.00 measured on this subset; RGB order would give ~0.73 top-1)', async () => {
    const result = await evaluateImagenet({ sampleDirectory, limit: 50 });
    const fp32 = result.byPrecision.fp32!;
    expect(result.images).toBe(50);
    expect(fp32.failed).toEqual([]);
    expect(fp32.top1).toBeGreaterThanOrEqual(0.86);
    expect(fp32.top5).toBeGreaterThanOrEqual(0.96);
  }, 180_000);
});
