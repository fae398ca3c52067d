import { EmbeddingStoreError } from '../data-errors.ts';

/**
 * Encodes a vector as float32 little-endian bytes, the storage format of `Embedding.vector`.
 * Written through a DataView so the bytes are little-endian on any host.
 */
export function encodeFloat32(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(vector.length * 4));
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < vector.length; index += 1) {
    view.setFloat32(index * 4, vector[index] ?? 0, true);
  }
  return bytes;
}

/**
 * Decodes float32 little-endian bytes (see `encodeFloat32`) into a new Float32Array. Reads
 * through a DataView because driver buffers may start at an offset that is not 4-byte aligned.
 */
export function decodeFloat32(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) {
    throw new EmbeddingStoreError(
      'EMBEDDING_VECTOR_CORRUPT',
      `A stored vector has ${bytes.byteLength} bytes, not a multiple of 4; delete that Embedding row so it is recomputed.`,
      { byteLength: bytes.byteLength },
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(bytes.byteLength / 4);
  for (let index = 0; index < vector.length; index += 1) {
    vector[index] = view.getFloat32(index * 4, true);
  }
  return vector;
}
