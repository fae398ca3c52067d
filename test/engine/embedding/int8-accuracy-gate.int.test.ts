import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { readInt8Calibration } from '../../../src/data/model/int8-calibration.ts';
import { evaluateImagenet, int8GateLimits } from '../../../tools/eval-imagenet.ts';
import { modelForTests } from '../../support/model-for-tests.ts';

const sampleDirectory = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');

describe('int8 ResNet-50 accuracy gate', () => {
  it('the committed calibration records a passed gate on all 1000 photos, and its figures meet the limits', () => {
    const { gate } = readInt8Calibration().calibration;
    expect(gate).not.toBeNull();
    expect(gate!.images).toBe(1000);
    expect(gate!.fp32.top1 - gate!.int8.top1).toBeLessThanOrEqual(int8GateLimits.top1Drop);
    expect(gate!.fp32.top5 - gate!.int8.top5).toBeLessThanOrEqual(int8GateLimits.top5Drop);
    expect(gate!.meanCosine).toBeGreaterThanOrEqual(int8GateLimits.meanCosine);
    expect(gate!.passed).toBe(true);
  });

  it('onnxruntime runs the int8 model as integer kernels (QLinearConv, QLinearAdd; no fp32 Conv)', async () => {
    const model = await modelForTests('int8');
    const directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-int8-profile-'));
    try {
      const session = await ort.InferenceSession.create(model.modelPath, {
        graphOptimizationLevel: 'all',
        intraOpNumThreads: 2,
        enableProfiling: true,
        profileFilePrefix: path.join(directory, 'profile'),
      });
      await session.run({ input: new ort.Tensor('float32', new Float32Array(3 * 224 * 224), [1, 3, 224, 224]) });
      session.endProfiling();
      await session.release();
      const [profile] = await readdir(directory);
      const events = JSON.parse(await readFile(path.join(directory, profile!), 'utf8')) as {
        cat: string;
        args?: { op_name?: string };
      }[];
      const kernels = new Map<string, number>();
      for (const event of events.filter((entry) => entry.cat === 'Node' && entry.args?.op_name))
        kernels.set(event.args!.op_name!, (kernels.get(event.args!.op_name!) ?? 0) + 1);
      expect(kernels.get('QLinearConv')).toBeGreaterThanOrEqual(53);
      expect(kernels.get('QLinearAdd')).toBeGreaterThanOrEqual(15);
      expect(kernels.has('Conv') || kernels.has('FusedConv')).toBe(false);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!existsSync(sampleDirectory))(
    'on a 50-photo subset (25 of them also calibration photos): int8 top-1/top-5 within one photo of fp32, cosine ≥ 0.98',
    async () => {
      const result = await evaluateImagenet({ sampleDirectory, limit: 50, precisions: ['fp32', 'int8'] });
      const fp32 = result.byPrecision.fp32!;
      const int8 = result.byPrecision.int8!;
      expect(int8.failed).toEqual([]);
      expect(fp32.top1 - int8.top1).toBeLessThanOrEqual(0.02 + 1e-9);
      expect(fp32.top5 - int8.top5).toBeLessThanOrEqual(0.02 + 1e-9);
      expect(result.meanCosine).toBeGreaterThanOrEqual(int8GateLimits.meanCosine);
    },
    300_000,
  );
});
