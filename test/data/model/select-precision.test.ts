import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { readCpuFeatures, selectPrecision } from '../../../src/data/model/select-precision.ts';

const cpuinfo = (flags: string) => `processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 ${flags}\n`;
const passed = {
  images: 1000,
  fp32: { top1: 0.906, top5: 0.985 },
  int8: { top1: 0.904, top5: 0.984 },
  meanCosine: 0.995,
  passed: true,
};

describe('precision selection', () => {
  it('reads the flags that matter and whether the CPU has VNNI or AMX', () => {
    expect(readCpuFeatures(cpuinfo('avx2 fma avx512f avx512_vnni'))).toMatchObject({
      model: 'Test CPU',
      flags: ['avx2', 'fma', 'avx512f', 'avx512_vnni'],
      vnni: true,
      amx: false,
    });
    expect(readCpuFeatures(cpuinfo('avx2 avx_vnni')).vnni).toBe(true);
    expect(readCpuFeatures(cpuinfo('avx2 amx_tile amx_int8')).amx).toBe(true);
    expect(readCpuFeatures(cpuinfo('avx2 fma'))).toMatchObject({ vnni: false, amx: false });
    expect(readCpuFeatures('')).toMatchObject({ flags: [], vnni: false });
  });

  it('auto: int8 only with VNNI/AMX and a passed gate; a fixed setting always wins', () => {
    const vnni = readCpuFeatures(cpuinfo('avx2 avx512_vnni'));
    const avx2 = readCpuFeatures(cpuinfo('avx2 fma'));
    const amx = readCpuFeatures(cpuinfo('avx2 amx_int8'));
    expect(selectPrecision('auto', vnni, passed).precision).toBe('int8');
    expect(selectPrecision('auto', amx, passed).reason).toMatch(/AMX/);
    expect(selectPrecision('auto', avx2, passed)).toMatchObject({
      precision: 'fp32',
      reason: expect.stringMatching(/no VNNI/),
    });
    expect(selectPrecision('auto', vnni, { ...passed, passed: false })).toMatchObject({ precision: 'fp32' });
    expect(selectPrecision('auto', vnni, null).precision).toBe('fp32');
    expect(selectPrecision('fp32', vnni, passed).precision).toBe('fp32');
    expect(selectPrecision('int8', avx2, null).precision).toBe('int8');
  });

  it('TAKUMI_PRECISION defaults to auto and refuses other values, naming the variable', () => {
    expect(loadConfig({}).precision).toBe('auto');
    expect(loadConfig({ TAKUMI_PRECISION: 'int8' }).precision).toBe('int8');
    expect(() => loadConfig({ TAKUMI_PRECISION: 'int4' })).toThrow(
      /TAKUMI_PRECISION is invalid \(must be fp32, int8 or auto\)/,
    );
  });
});
