import { describe, expect, it } from 'vitest';
import { decodeFloat32 } from '../../../src/data/embedding-store/float32-codec.ts';
import { encodeFloat32 } from '../../../src/data/embedding-store/float32-codec.ts';

describe('encodeFloat32 / decodeFloat32', () => {
  it('writes IEEE 754 single precision, little-endian', () => {
    // 1.0f = 0x3F800000, -2.0f = 0xC0000000, 0.5f = 0x3F000000 (IEEE 754 binary32), low byte first.
    const bytes = encodeFloat32(new Float32Array([1, -2, 0.5]));
    expect([...bytes]).toEqual([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x3f]);
  });

  it('round-trips edge values bit for bit', () => {
    const values = new Float32Array([0, -0, 1 / 3, Math.PI, 1.401298464324817e-45, -3.4028234663852886e38, 1e-30]);
    const decoded = decodeFloat32(encodeFloat32(values));
    expect(decoded).toHaveLength(values.length);
    values.forEach((value, index) => expect(Object.is(decoded[index], value)).toBe(true));
  });

  it('reads from a buffer view that is not 4-byte aligned', () => {
    const encoded = encodeFloat32(new Float32Array([1.5, -7.25]));
    const backing = new Uint8Array(encoded.length + 3);
    backing.set(encoded, 3);
    expect([...decodeFloat32(backing.subarray(3))]).toEqual([1.5, -7.25]);
  });

  it('rejects a byte length that is not a whole number of floats', () => {
    expect(() => decodeFloat32(new Uint8Array(6))).toThrow(
      expect.objectContaining({ code: 'EMBEDDING_VECTOR_CORRUPT' }),
    );
  });
});
