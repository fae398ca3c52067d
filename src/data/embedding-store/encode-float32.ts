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
