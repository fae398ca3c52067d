import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { encodeOnnxModel } from '../../../src/engine/onnx/encode-onnx-model.ts';
import { OnnxDataType } from '../../../src/engine/onnx/onnx-model.ts';

describe('encodeOnnxModel', () => {
  it('produces a model onnxruntime loads and runs with the expected arithmetic', async () => {
    // y = relu(x · W + b) then a Conv with explicit int and float attributes, checked by hand.
    const weights = new Float32Array([1, -1, 2, 0.5, 0, -3]); // [3, 2]
    const bias = new Float32Array([0.25, -0.5]);
    const bytes = encodeOnnxModel({
      producerName: 'test',
      opsetVersion: 17,
      graphName: 'tiny',
      inputs: [{ name: 'x', dataType: OnnxDataType.float, shape: ['batch', 3] }],
      outputs: [
        { name: 'y', dataType: OnnxDataType.float, shape: ['batch', 2] },
        { name: 'z', dataType: OnnxDataType.float, shape: ['batch', 2] },
      ],
      initializers: [
        { name: 'w', dataType: OnnxDataType.float, dims: [3, 2], data: weights },
        { name: 'b', dataType: OnnxDataType.float, dims: [2], data: bias },
      ],
      nodes: [
        { opType: 'MatMul', name: 'matmul', inputs: ['x', 'w'], outputs: ['xw'] },
        { opType: 'Add', name: 'add', inputs: ['xw', 'b'], outputs: ['pre'] },
        { opType: 'Relu', name: 'relu', inputs: ['pre'], outputs: ['y'] },
        {
          opType: 'LeakyRelu',
          name: 'leaky',
          inputs: ['pre'],
          outputs: ['z'],
          attributes: { alpha: { kind: 'float', value: 0.5 } },
        },
      ],
    });
    const session = await ort.InferenceSession.create(bytes);
    const x = new ort.Tensor('float32', new Float32Array([1, 2, 3, -1, 0, 1]), [2, 3]);
    const { y, z } = await session.run({ x });
    // Row 1: [1+4+0, -1+1-9] + b = [5.25, -9.5]; row 2: [-1+0+0, 1+0-3] + b = [-0.75, -2.5].
    expect(Array.from(y!.data as Float32Array)).toEqual([5.25, 0, 0, 0]);
    expect(Array.from(z!.data as Float32Array)).toEqual([5.25, -4.75, -0.375, -1.25]);
    await session.release();
  });
});
