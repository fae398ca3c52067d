/**
 * Calibrates the int8 ResNet-50's activation ranges once, offline, and commits only the numbers.
 *   npx tsx tools/calibrate-int8.ts [--photos 125] [--no-gate]
 * Runs the fp32 model (same pinned weights, same converter) over a spread subset of the shared ImageNet
 * sample with every quantised tensor exposed as an output, histograms each tensor, picks the clipping
 * range with the least expected squared error (src/engine/model/activation-histogram.ts) and writes
 * src/data/model/resnet50-int8-calibration.json. Then, unless --no-gate, it rebuilds the int8 model from
 * those ranges and records the accuracy gate (top-1/top-5 of both precisions on all 1000 photos, mean
 * cosine of the embeddings) in the same file; `TAKUMI_PRECISION=auto` only picks int8 when it passed.
 * Photos are every step-th from index step/2 (125 of 1000 at the default); the 1000-photo gate figures
 * include them (an eighth), and half of the 50-photo test subset (index ≡ 0 mod 20) are among them.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { loadConfig } from '../src/config/load-config.ts';
import { int8CalibrationUrl, readInt8Calibration } from '../src/data/model/int8-calibration.ts';
import { loadKerasResnet } from '../src/data/model/load-keras-resnet.ts';
import { inputSize, preprocessImage } from '../src/engine/embedding/preprocess-image.ts';
import { ActivationHistogram, chooseClipRange, type ClipRange } from '../src/engine/model/activation-histogram.ts';
import { convertKerasToOnnx } from '../src/engine/model/convert-keras-to-onnx.ts';
import { prepareForQuantization, quantizationPoints } from '../src/engine/model/quantize-onnx-qdq.ts';
import { encodeOnnxModel } from '../src/engine/onnx/encode-onnx-model.ts';
import { OnnxDataType } from '../src/engine/onnx/onnx-model.ts';
import { evaluateImagenet, int8GateLimits } from './eval-imagenet.ts';

const { values } = parseArgs({
  options: { photos: { type: 'string', default: '125' }, 'no-gate': { type: 'boolean', default: false } },
});
const config = loadConfig();
const sampleDirectory = path.join(config.sharedDirectory, 'datasets/imagenet-sample');
const all = (await readdir(sampleDirectory)).filter((name) => /^n\d{8}_.*\.JPEG$/.test(name)).sort();
const wanted = Number(values.photos);
const step = Math.max(2, Math.floor(all.length / wanted));
const photos = all.filter((_, index) => index % step === Math.floor(step / 2)).slice(0, wanted);

const keras = await loadKerasResnet(config);
const model = prepareForQuantization(convertKerasToOnnx(keras.modelJson, keras.weights));
const tensors = quantizationPoints(model)
  .filter((point) => !point.sameAs)
  .map((point) => point.tensor);
const exposed = encodeOnnxModel({
  ...model,
  outputs: [
    ...model.outputs,
    ...tensors
      .filter((name) => name !== 'input')
      .map((name) => ({ name, dataType: OnnxDataType.float, shape: ['batch', 'c', 'h', 'w'] })),
  ],
});
const modelPath = path.join(os.tmpdir(), `takumi-calibration-${process.pid}.onnx`);
await writeFile(modelPath, exposed);
const session = await ort.InferenceSession.create(modelPath, {
  intraOpNumThreads: config.threads,
  graphOptimizationLevel: 'all',
});
const histograms = new Map(tensors.map((name) => [name, new ActivationHistogram()]));
const started = performance.now();
const tensor = new Float32Array(3 * inputSize * inputSize);
for (const [index, photo] of photos.entries()) {
  await preprocessImage(await readFile(path.join(sampleDirectory, photo)), undefined, tensor);
  const outputs = await session.run({ input: new ort.Tensor('float32', tensor, [1, 3, inputSize, inputSize]) });
  // A graph input (the image tensor feeding the first convolution) is histogrammed as fed.
  for (const name of tensors)
    histograms.get(name)!.add(name === 'input' ? tensor : (outputs[name]!.data as Float32Array));
  if ((index + 1) % 25 === 0) console.error(`calibrated on ${index + 1}/${photos.length} photos`);
}
await session.release();
await rm(modelPath, { force: true });

const ranges: Record<string, ClipRange> = {};
const observed: Record<string, ClipRange> = {};
const round = (value: number): number => Number(value.toPrecision(6));
for (const [name, histogram] of histograms) {
  const chosen = chooseClipRange(histogram);
  ranges[name] = { min: round(chosen.min), max: round(chosen.max) };
  observed[name] = { min: round(histogram.min), max: round(histogram.max) };
}
let previousVersion = 0;
try {
  previousVersion = readInt8Calibration().calibration.version;
} catch {
  // First calibration.
}
const calibration = {
  version: previousVersion + 1,
  method: 'per-tensor uint8 activations, least expected squared error clipping over a 4096-bin histogram',
  photos: photos.length,
  photoSelection: `../shared/datasets/imagenet-sample, sorted, every ${step}th photo from index ${Math.floor(step / 2)}`,
  ranges,
  observed,
  gate: null as unknown,
};
const write = (): Promise<void> => writeFile(int8CalibrationUrl, `${JSON.stringify(calibration, null, 1)}\n`);
await write();
console.error(
  `${tensors.length} tensors calibrated on ${photos.length} photos in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

if (!values['no-gate']) {
  const result = await evaluateImagenet({ sampleDirectory, precisions: ['fp32', 'int8'] });
  const fp32 = result.byPrecision.fp32!;
  const int8 = result.byPrecision.int8!;
  calibration.gate = {
    images: result.images,
    fp32: { top1: fp32.top1, top5: fp32.top5 },
    int8: { top1: int8.top1, top5: int8.top5 },
    meanCosine: round(result.meanCosine!),
    passed:
      fp32.top1 - int8.top1 <= int8GateLimits.top1Drop &&
      fp32.top5 - int8.top5 <= int8GateLimits.top5Drop &&
      result.meanCosine! >= int8GateLimits.meanCosine,
  };
  await write();
  console.log(JSON.stringify({ version: calibration.version, gate: calibration.gate }));
}
