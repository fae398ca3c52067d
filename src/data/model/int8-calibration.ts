import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ModelSetupError } from '../data-errors.ts';

/** Where the committed calibration lives (numbers only; no photo is ever committed). */
export const int8CalibrationUrl = new URL('./resnet50-int8-calibration.json', import.meta.url);

const rangeSchema = z.object({ min: z.number(), max: z.number() });
const gateSchema = z.object({
  images: z.number().int(),
  fp32: z.object({ top1: z.number(), top5: z.number() }),
  int8: z.object({ top1: z.number(), top5: z.number() }),
  meanCosine: z.number(),
  passed: z.boolean(),
});

const calibrationSchema = z.object({
  version: z.number().int().min(1),
  method: z.string(),
  photos: z.number().int().min(1),
  photoSelection: z.string(),
  /** Clipping range per activation tensor (what the int8 model uses). */
  ranges: z.record(z.string(), rangeSchema),
  /** Observed min/max per tensor over the calibration photos, for reference. */
  observed: z.record(z.string(), rangeSchema),
  /** The accuracy gate measured with these ranges (tools/calibrate-int8.ts); auto picks int8 only if passed. */
  gate: gateSchema.nullable(),
});

/** Activation ranges for the int8 ResNet-50, calibrated once offline by `tools/calibrate-int8.ts`. */
export type Int8Calibration = z.infer<typeof calibrationSchema>;
export type Int8AccuracyGate = z.infer<typeof gateSchema>;

/** Reads and checks the committed calibration; `hash` changes whenever the ranges do (the cache rebuilds). */
export function readInt8Calibration(url: URL = int8CalibrationUrl): { calibration: Int8Calibration; hash: string } {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    throw new ModelSetupError(
      'MODEL_CALIBRATION_INVALID',
      `The int8 calibration file ${url.pathname} is missing. Restore it from git or run \`npx tsx tools/calibrate-int8.ts\`.`,
      {},
      { cause: error },
    );
  }
  const parsed = calibrationSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new ModelSetupError(
      'MODEL_CALIBRATION_INVALID',
      `The int8 calibration file ${url.pathname} is malformed (${parsed.error.issues[0]?.message}). Restore it from git or run \`npx tsx tools/calibrate-int8.ts\`.`,
    );
  }
  const hash = createHash('sha256').update(JSON.stringify(parsed.data.ranges)).digest('hex');
  return { calibration: parsed.data, hash };
}
