import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Int8AccuracyGate } from './int8-calibration.ts';
import type { ModelPrecision } from './resnet-model-source.ts';

/** TAKUMI_PRECISION: a fixed precision, or `auto` (int8 where the CPU has integer dot-product units). */
export type PrecisionSetting = ModelPrecision | 'auto';

/** What the embedding speed depends on, from /proc/cpuinfo. */
export interface CpuFeatures {
  model: string;
  cores: number;
  /** The flags that matter for inference speed, in a fixed order. */
  flags: string[];
  /** AVX512-VNNI or AVX-VNNI: 8-bit dot products in one instruction. */
  vnni: boolean;
  /** Intel AMX tile units with int8 support. */
  amx: boolean;
}

const relevantFlags = [
  'avx2',
  'fma',
  'avx512f',
  'avx512bw',
  'avx512_vnni',
  'avx_vnni',
  'avx512_bf16',
  'amx_int8',
  'amx_tile',
];

/** Reads the CPU's model and flags (Linux /proc/cpuinfo; elsewhere no flags, so `auto` means fp32). */
export function readCpuFeatures(cpuinfo?: string): CpuFeatures {
  let text = cpuinfo;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      text = '';
    }
  }
  const present = new Set((text.match(/^flags\s*:(.*)$/m)?.[1] ?? '').trim().split(/\s+/));
  const flags = relevantFlags.filter((flag) => present.has(flag));
  return {
    model: text.match(/^model name\s*:\s*(.*)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    flags,
    vnni: present.has('avx512_vnni') || present.has('avx_vnni'),
    amx: present.has('amx_int8'),
  };
}

/** The precision to run and why, in words for logs and benchmark output. */
export interface PrecisionChoice {
  precision: ModelPrecision;
  reason: string;
}

/**
 * Resolves TAKUMI_PRECISION. `auto` picks int8 only when the CPU has VNNI or AMX (without them int8
 * convolutions are not faster enough to be worth the accuracy cost) and the committed calibration's
 * accuracy gate passed; otherwise fp32.
 */
export function selectPrecision(
  setting: PrecisionSetting,
  cpu: CpuFeatures,
  gate: Int8AccuracyGate | null,
): PrecisionChoice {
  if (setting !== 'auto') return { precision: setting, reason: `TAKUMI_PRECISION=${setting}` };
  const units = cpu.amx ? 'AMX' : cpu.vnni ? 'VNNI' : undefined;
  if (!units) return { precision: 'fp32', reason: 'auto: the CPU has no VNNI or AMX, so int8 would gain little' };
  if (!gate?.passed) return { precision: 'fp32', reason: 'auto: the int8 accuracy gate has not passed' };
  return { precision: 'int8', reason: `auto: the CPU has ${units} and the int8 accuracy gate passed` };
}
