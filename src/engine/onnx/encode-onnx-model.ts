import type { OnnxAttributeValue, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from './onnx-model.ts';
import { ProtobufWriter } from './protobuf-writer.ts';

// Field numbers and enum values from onnx/onnx.proto (IR version 8).
const irVersion = 8;
const attributeType = { float: 1, int: 2, string: 3, floats: 6, ints: 7 } as const;

/** Serialises a model to ONNX protobuf bytes that onnxruntime can load. */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const writer = new ProtobufWriter();
  writer.varintField(1, irVersion);
  writer.stringField(2, model.producerName);
  writer.messageField(7, (graph) => {
    for (const node of model.nodes) graph.messageField(1, (nested) => writeNode(nested, node));
    graph.stringField(2, model.graphName);
    for (const tensor of model.initializers) graph.messageField(5, (nested) => writeTensor(nested, tensor));
    for (const input of model.inputs) graph.messageField(11, (nested) => writeValueInfo(nested, input));
    for (const output of model.outputs) graph.messageField(12, (nested) => writeValueInfo(nested, output));
  });
  writer.messageField(8, (opset) => opset.stringField(1, '').varintField(2, model.opsetVersion));
  return writer.finish();
}

function writeNode(writer: ProtobufWriter, node: OnnxNode): void {
  for (const input of node.inputs) writer.stringField(1, input);
  for (const output of node.outputs) writer.stringField(2, output);
  writer.stringField(3, node.name);
  writer.stringField(4, node.opType);
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    writer.messageField(5, (nested) => writeAttribute(nested, name, value));
  }
}

function writeAttribute(writer: ProtobufWriter, name: string, value: OnnxAttributeValue): void {
  writer.stringField(1, name);
  if (typeof value === 'number') {
    writer.varintField(3, value).varintField(20, attributeType.int);
  } else if (typeof value === 'string') {
    writer.stringField(4, value).varintField(20, attributeType.string);
  } else if (Array.isArray(value)) {
    writer.packedVarintField(8, value as readonly number[]).varintField(20, attributeType.ints);
  } else if ((value as { kind: string }).kind === 'float') {
    writer.floatField(2, (value as { value: number }).value).varintField(20, attributeType.float);
  } else {
    writer.packedFloatField(7, (value as { values: readonly number[] }).values).varintField(20, attributeType.floats);
  }
}

function writeTensor(writer: ProtobufWriter, tensor: OnnxTensor): void {
  writer.packedVarintField(1, tensor.dims);
  writer.varintField(2, tensor.dataType);
  writer.stringField(8, tensor.name);
  // ONNX raw_data is little-endian, as are typed arrays on every platform Node supports.
  writer.bytesField(9, new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
}

function writeValueInfo(writer: ProtobufWriter, info: OnnxValueInfo): void {
  writer.stringField(1, info.name);
  writer.messageField(2, (type) =>
    type.messageField(1, (tensorType) => {
      tensorType.varintField(1, info.dataType);
      tensorType.messageField(2, (shape) => {
        for (const dimension of info.shape) {
          shape.messageField(1, (nested) =>
            typeof dimension === 'number' ? nested.varintField(1, dimension) : nested.stringField(2, dimension),
          );
        }
      });
    }),
  );
}
