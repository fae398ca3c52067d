import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipRange } from '../../../src/engine/model/activation-histogram.ts';
import {
  prepareForQuantization,
  quantizationPoints,
  quantizeOnnxQdq,
} from '../../../src/engine/model/quantize-onnx-qdq.ts';
import { encodeOnnxModel } from '../../../src/engine/onnx/encode-onnx-model.ts';
import { OnnxDataType, type OnnxModel, type OnnxTensor } from '../../../src/engine/onnx/onnx-model.ts';

/** A small residual block in the converter's form: Pad → Conv → ReLU → Conv → Add → ReLU → MaxPool → GAP. */
function residualModel(): OnnxModel {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
  const floats = (name: string, dims: number[], scale: number): OnnxTensor => ({
    name,
    dataType: OnnxDataType.float,
    dims,
    data: Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => random() * scale),
  });
  return {
    producerName: 'test',
    opsetVersion: 17,
    graphName: 'block',
    inputs: [{ name: 'input', dataType: OnnxDataType.float, shape: ['batch', 8, 10, 10] }],
    outputs: [{ name: 'embedding', dataType: OnnxDataType.float, shape: ['batch', 8] }],
    initializers: [
      {
        name: 'pad.pads',
        dataType: OnnxDataType.int64,
        dims: [8],
        data: BigInt64Array.from([0n, 0n, 1n, 1n, 0n, 0n, 1n, 1n]),
      },
      floats('a.weight', [8, 8, 3, 3], 0.4),
      floats('a.bias', [8], 0.2),
      floats('b.weight', [8, 8, 1, 1], 0.8),
      floats('b.bias', [8], 0.2),
    ],
    nodes: [
      {
        opType: 'Pad',
        name: 'pad',
        inputs: ['input', 'pad.pads'],
        outputs: ['padded'],
        attributes: { mode: 'constant' },
      },
      {
        opType: 'Conv',
        name: 'a',
        inputs: ['padded', 'a.weight', 'a.bias'],
        outputs: ['a.out'],
        attributes: { kernel_shape: [3, 3], strides: [1, 1], pads: [0, 0, 0, 0] },
      },
      { opType: 'Relu', name: 'a.relu', inputs: ['a.out'], outputs: ['a.relu'] },
      {
        opType: 'Conv',
        name: 'b',
        inputs: ['a.relu', 'b.weight', 'b.bias'],
        outputs: ['b.out'],
        attributes: { kernel_shape: [1, 1], strides: [1, 1], pads: [0, 0, 0, 0] },
      },
      { opType: 'Add', name: 'add', inputs: ['b.out', 'a.relu'], outputs: ['sum'] },
      { opType: 'Relu', name: 'add.relu', inputs: ['sum'], outputs: ['sum.relu'] },
      {
        opType: 'MaxPool',
        name: 'pool',
        inputs: ['sum.relu'],
        outputs: ['pooled'],
        attributes: { kernel_shape: [2, 2], strides: [2, 2], pads: [0, 0, 0, 0] },
      },
      {
        opType: 'Conv',
        name: 'c',
        inputs: ['pooled', 'b.weight', 'b.bias'],
        outputs: ['c.out'],
        attributes: { kernel_shape: [1, 1], strides: [1, 1], pads: [0, 0, 0, 0] },
      },
      { opType: 'GlobalAveragePool', name: 'gap', inputs: ['c.out'], outputs: ['gap'] },
      { opType: 'Flatten', name: 'flatten', inputs: ['gap'], outputs: ['embedding'], attributes: { axis: 1 } },
    ],
  };
}

describe('quantizeOnnxQdq (QDQ int8 graph run by onnxruntime)', () => {
  let directory: string;
  const input = Float32Array.from({ length: 2 * 8 * 10 * 10 }, (_, index) => Math.sin(index * 0.37) * 2);
  const fp32 = residualModel();
  const ranges: Record<string, ClipRange> = {};

  const run = async (model: OnnxModel, name: string, outputs = model.outputs) => {
    const file = path.join(directory, `${name}.onnx`);
    await writeFile(file, encodeOnnxModel({ ...model, outputs }));
    const session = await ort.InferenceSession.create(file, {
      graphOptimizationLevel: 'all',
      intraOpNumThreads: 1,
      enableProfiling: true,
      profileFilePrefix: path.join(directory, `${name}-profile`),
    });
    const result = await session.run({ input: new ort.Tensor('float32', input, [2, 8, 10, 10]) });
    session.endProfiling();
    await session.release();
    const profile = (await readdir(directory)).find((file) => file.startsWith(`${name}-profile`))!;
    const events = JSON.parse(await readFile(path.join(directory, profile), 'utf8')) as {
      cat: string;
      args?: { op_name?: string };
    }[];
    const kernels = new Set(events.filter((event) => event.cat === 'Node').map((event) => event.args?.op_name));
    return { result, kernels };
  };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-qdq-'));
    // Calibrate on the input itself: each point's observed min/max.
    const prepared = prepareForQuantization(fp32);
    const points = quantizationPoints(prepared).filter((point) => !point.sameAs);
    const exposed = points.filter((point) => point.tensor !== 'input');
    const { result } = await run(prepared, 'calibration', [
      ...prepared.outputs,
      ...exposed.map((point) => ({ name: point.tensor, dataType: OnnxDataType.float, shape: ['n', 'c', 'h', 'w'] })),
    ]);
    for (const point of points) {
      const values = point.tensor === 'input' ? input : (result[point.tensor]!.data as Float32Array);
      let min = 0;
      let max = 0;
      for (const value of values) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
      ranges[point.tensor] = { min, max };
    }
  });
  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('folds the Pad, quantises every Conv/Add input and the pooled tensor, and leaves the last output fp32', () => {
    const prepared = prepareForQuantization(fp32);
    expect(prepared.nodes.map((node) => node.opType)).not.toContain('Pad');
    expect(prepared.nodes.find((node) => node.name === 'a')?.attributes?.pads).toEqual([1, 1, 1, 1]);
    const points = quantizationPoints(prepared);
    expect(points).toHaveLength(6);
    expect(points).toEqual(
      expect.arrayContaining([
        { tensor: 'input' },
        { tensor: 'a.relu' },
        { tensor: 'b.out' },
        { tensor: 'sum.relu' },
        { tensor: 'pooled', sameAs: 'sum.relu' },
        { tensor: 'c.out' },
      ]),
    );
  });

  it('stores per-channel symmetric int8 weights (max |q| = 127, within half a step of fp32)', () => {
    const quantised = quantizeOnnxQdq(fp32, ranges);
    const weight = quantised.initializers.find((tensor) => tensor.name === 'a.weight.int8')!;
    const scale = quantised.initializers.find((tensor) => tensor.name === 'a.weight.scale')!.data as Float32Array;
    const original = fp32.initializers.find((tensor) => tensor.name === 'a.weight')!.data as Float32Array;
    expect(weight.dataType).toBe(OnnxDataType.int8);
    const perChannel = original.length / 8;
    for (let channel = 0; channel < 8; channel += 1) {
      const q = Array.from((weight.data as Int8Array).subarray(channel * perChannel, (channel + 1) * perChannel));
      expect(Math.max(...q.map(Math.abs))).toBe(127);
      q.forEach((value, index) =>
        expect(Math.abs(value * scale[channel]! - original[channel * perChannel + index]!)).toBeLessThanOrEqual(
          scale[channel]! / 2 + 1e-7,
        ),
      );
    }
    expect(quantised.nodes.filter((node) => node.opType === 'Relu')).toEqual([]);
  });

  it('runs as fused integer kernels (QLinearConv, QLinearAdd) and stays close to fp32', async () => {
    const reference = await run(fp32, 'fp32');
    const int8 = await run(quantizeOnnxQdq(fp32, ranges), 'int8');
    expect(int8.kernels).toContain('QLinearConv');
    expect(int8.kernels).toContain('QLinearAdd');
    expect([...int8.kernels].filter((kernel) => kernel === 'Conv' || kernel === 'FusedConv')).toEqual([]);
    const expected = reference.result.embedding!.data as Float32Array;
    const actual = int8.result.embedding!.data as Float32Array;
    const spread = Math.max(...expected) - Math.min(...expected);
    let worst = 0;
    for (let index = 0; index < expected.length; index += 1)
      worst = Math.max(worst, Math.abs(actual[index]! - expected[index]!));
    expect(worst).toBeLessThan(0.03 * spread);
  });
});
