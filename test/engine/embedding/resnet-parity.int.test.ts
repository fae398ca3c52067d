import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { extractResnetPackage } from '../../../src/data/model/extract-resnet-package.ts';
import { resnetModelSource } from '../../../src/data/model/resnet-model-source.ts';
import { ImageEmbedder } from '../../../src/engine/embedding/image-embedder.ts';
import { inputSize, preprocessImage } from '../../../src/engine/embedding/preprocess-image.ts';
import type { KerasModelJson } from '../../../src/engine/model/keras-model-json.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { modelForTests } from '../../support/model-for-tests.ts';

/**
 * The converted ONNX model against the original Keras weights run by an independent implementation
 * (TensorFlow.js, pure-JS CPU backend) on identical input tensors.
 */
describe('ResNet-50 ONNX conversion parity with TensorFlow.js', () => {
  let packageDirectory: string;
  let embedder: ImageEmbedder;
  let tfModel: tf.LayersModel;

  beforeAll(async () => {
    const config = loadConfig();
    packageDirectory = await mkdtemp(path.join(os.tmpdir(), 'takumi-parity-'));
    await extractResnetPackage(packageDirectory, config);
    const modelJsonPath = path.join(packageDirectory, resnetModelSource.modelJsonPath);
    const modelJson = JSON.parse(await readFile(modelJsonPath, 'utf8')) as KerasModelJson;
    const shards = await Promise.all(
      modelJson.weightsManifest[0]!.paths.map((shard) => readFile(path.join(path.dirname(modelJsonPath), shard))),
    );
    const weights = Buffer.concat(shards);
    await tf.setBackend('cpu');
    tfModel = await tf.loadLayersModel({
      load: async () => ({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0]!.weights as tf.io.WeightsManifestEntry[],
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      }),
    });
    const files = await modelForTests();
    embedder = await ImageEmbedder.create({ modelPath: files.modelPath, labels: files.labels });
  });

  afterAll(async () => {
    await embedder?.dispose();
    tfModel?.dispose();
    if (packageDirectory) await rm(packageDirectory, { recursive: true, force: true });
  });

  it('gives the same probabilities (max |Δ| ≤ 1e-4) and embeddings (cosine ≥ 0.9999)', async () => {
    const count = 2;
    const plane = inputSize * inputSize;
    const batch = new Float32Array(count * 3 * plane);
    // Real photos when the shared sample is present (confident, peaked probabilities), else synthetic ones.
    const sample = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');
    const photos = existsSync(sample)
      ? await Promise.all(
          ['n01440764_tench.JPEG', 'n02123045_tabby.JPEG'].map((name) => readFile(path.join(sample, name))),
        )
      : await Promise.all([1, 2].map((seed) => makeJpeg(seed, 400, 300)));
    for (let index = 0; index < count; index += 1) {
      await preprocessImage(photos[index]!, undefined, batch, index * 3 * plane);
    }
    const onnx = await embedder.run(batch, count);

    const features = tf.model({
      inputs: tfModel.inputs,
      outputs: [tfModel.getLayer('avg_pool').output as tf.SymbolicTensor, tfModel.outputs[0]!],
    });
    // Same tensor, NCHW → NHWC for Keras.
    const nhwc = tf.tidy(() => tf.tensor4d(batch, [count, 3, inputSize, inputSize]).transpose([0, 2, 3, 1]));
    const [tfEmbedding, tfProbabilities] = features.predict(nhwc) as tf.Tensor[];
    const expectedEmbedding = (await tfEmbedding!.data()) as Float32Array;
    const expectedProbabilities = (await tfProbabilities!.data()) as Float32Array;
    tf.dispose([nhwc, tfEmbedding!, tfProbabilities!]);

    expect(onnx.probabilities.length).toBe(count * 1000);
    expect(onnx.embeddings.length).toBe(count * 2048);
    let maxDelta = 0;
    for (let index = 0; index < expectedProbabilities.length; index += 1) {
      maxDelta = Math.max(maxDelta, Math.abs(onnx.probabilities[index]! - expectedProbabilities[index]!));
    }
    expect(maxDelta).toBeLessThanOrEqual(1e-4);
    for (let row = 0; row < count; row += 1) {
      const cosine = cosineSimilarity(
        onnx.embeddings.subarray(row * 2048, (row + 1) * 2048),
        expectedEmbedding.subarray(row * 2048, (row + 1) * 2048),
      );
      expect(cosine).toBeGreaterThanOrEqual(0.9999);
    }
  }, 300_000);
});

function cosineSimilarity(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index]! * right[index]!;
    leftNorm += left[index]! ** 2;
    rightNorm += right[index]! ** 2;
  }
  return dot / Math.sqrt(leftNorm * rightNorm);
}
