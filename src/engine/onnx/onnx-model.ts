/** Plain data describing an ONNX model: the subset of ONNX's IR that Takumi emits. */

/** ONNX TensorProto.DataType values used here. */
export const OnnxDataType = { float: 1, uint8: 2, int8: 3, int32: 6, int64: 7 } as const;
export type OnnxDataType = (typeof OnnxDataType)[keyof typeof OnnxDataType];

/** A constant tensor (initializer). `data` is little-endian raw data. */
export interface OnnxTensor {
  name: string;
  dataType: OnnxDataType;
  dims: readonly number[];
  data: Float32Array | BigInt64Array | Int32Array | Int8Array | Uint8Array;
}

/** An attribute value: numbers become INT unless `float` is requested through {@link OnnxFloat}. */
export type OnnxAttributeValue = number | string | readonly number[] | OnnxFloat | OnnxFloats;
export interface OnnxFloat {
  kind: 'float';
  value: number;
}
export interface OnnxFloats {
  kind: 'floats';
  values: readonly number[];
}

export interface OnnxNode {
  opType: string;
  name: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: Readonly<Record<string, OnnxAttributeValue>>;
}

/** A graph input or output; a string dimension is symbolic (e.g. the batch size). */
export interface OnnxValueInfo {
  name: string;
  dataType: OnnxDataType;
  shape: readonly (number | string)[];
}

export interface OnnxModel {
  producerName: string;
  opsetVersion: number;
  graphName: string;
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  initializers: readonly OnnxTensor[];
  nodes: readonly OnnxNode[];
}
