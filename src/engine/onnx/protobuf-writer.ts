/**
 * A minimal protocol-buffers encoder: just the wire types ONNX needs (varint, 32-bit, length-delimited).
 *
 * Why hand-written: the ONNX subset we emit is a dozen fields, and a generated protobuf runtime would add
 * a dependency and a code-generation step for less than a hundred lines of straightforward encoding.
 */
export class ProtobufWriter {
  private readonly chunks: Uint8Array[] = [];
  private scratch = new Uint8Array(64);
  private used = 0;
  private total = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.total + this.used;
  }

  varintField(field: number, value: number | bigint): this {
    this.tag(field, 0);
    this.varint(value);
    return this;
  }

  floatField(field: number, value: number): this {
    this.tag(field, 5);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.raw(bytes);
    return this;
  }

  stringField(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  bytesField(field: number, value: Uint8Array): this {
    this.tag(field, 2);
    this.varint(value.byteLength);
    this.raw(value);
    return this;
  }

  /** A nested message: its bytes are produced by `write` on a fresh writer, then length-prefixed. */
  messageField(field: number, write: (writer: ProtobufWriter) => void): this {
    const nested = new ProtobufWriter();
    write(nested);
    this.tag(field, 2);
    this.varint(nested.length);
    for (const chunk of nested.finishChunks()) this.raw(chunk);
    return this;
  }

  /** A packed repeated int64 field. */
  packedVarintField(field: number, values: readonly (number | bigint)[]): this {
    const nested = new ProtobufWriter();
    for (const value of values) nested.varint(value);
    return this.bytesField(field, nested.finish());
  }

  /** A packed repeated float field. */
  packedFloatField(field: number, values: readonly number[]): this {
    const bytes = new Uint8Array(values.length * 4);
    const view = new DataView(bytes.buffer);
    values.forEach((value, index) => view.setFloat32(index * 4, value, true));
    return this.bytesField(field, bytes);
  }

  finish(): Uint8Array {
    const chunks = this.finishChunks();
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(this.total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }

  private finishChunks(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }

  private tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }

  private varint(value: number | bigint): void {
    // Negative int64 values are encoded as ten-byte two's complement, as protobuf requires.
    let remaining = BigInt.asUintN(64, BigInt(value));
    this.reserve(10);
    while (remaining >= 0x80n) {
      this.scratch[this.used++] = Number(remaining & 0x7fn) | 0x80;
      remaining >>= 7n;
    }
    this.scratch[this.used++] = Number(remaining);
  }

  private raw(bytes: Uint8Array): void {
    // Large payloads (weights) are kept by reference instead of copied into the scratch buffer.
    if (bytes.byteLength > 1024) {
      this.flush();
      this.chunks.push(bytes);
      this.total += bytes.byteLength;
      return;
    }
    this.reserve(bytes.byteLength);
    this.scratch.set(bytes, this.used);
    this.used += bytes.byteLength;
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.scratch.byteLength) return;
    this.flush();
    if (bytes > this.scratch.byteLength) this.scratch = new Uint8Array(bytes * 2);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.chunks.push(this.scratch.slice(0, this.used));
    this.total += this.used;
    this.used = 0;
  }
}
