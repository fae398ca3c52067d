import type { OnnxModel, OnnxNode, OnnxTensor } from '../onnx/onnx-model.ts';
import { OnnxDataType } from '../onnx/onnx-model.ts';
import type { KerasLayer, KerasModelJson } from './keras-model-json.ts';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';

/** Names of the converted model's input and outputs. */
export const resnetTensorNames = { input: 'input', embedding: 'embedding', probabilities: 'probs' } as const;

/** Codes of {@link ModelConversionError}. */
export const modelConversionErrorCodes = [
  'MODEL_SHAPE',
  'MODEL_UNSUPPORTED',
  'MODEL_WEIGHTS_SHORT',
  'MODEL_WEIGHT_DTYPE',
] as const;
/** Raised when the Keras graph uses something the converter does not translate. */
export class ModelConversionError extends TakumiError<ErrorCode<typeof modelConversionErrorCodes>> {}

/**
 * Converts a Keras (tfjs layers format) convolutional classifier such as ResNet-50 into an ONNX graph.
 *
 * The ONNX graph takes NCHW input, so image preprocessing can write planes directly. Each Conv2D that
 * feeds only a BatchNormalization gets the normalisation folded into its kernel and bias (inference
 * needs no separate BN op). Outputs: `embedding` (the last global average pool) and `probs` (the softmax).
 * Supported layers: InputLayer, Conv2D, BatchNormalization, Activation(relu|softmax|linear), Add,
 * ZeroPadding2D, MaxPooling2D, GlobalAveragePooling2D, Dense.
 */
export function convertKerasToOnnx(modelJson: KerasModelJson, weightData: ArrayBuffer): OnnxModel {
  const weights = readWeights(modelJson, weightData);
  const layers = modelJson.modelTopology.model_config.config.layers;
  const consumers = countConsumers(layers);
  const nodes: OnnxNode[] = [];
  const initializers: OnnxTensor[] = [];
  const tensorOf = new Map<string, string>();
  const pendingConv = new Map<string, { kernel: Float32Array; bias: Float32Array; dims: number[]; node: OnnxNode }>();
  let inputSize: [number, number, number] | undefined;
  let embeddingTensor: string | undefined;
  let classCount = 0;

  const inputOf = (layer: KerasLayer): string[] =>
    (layer.inbound_nodes[0] ?? []).map(([name]) => {
      const tensor = tensorOf.get(name);
      if (tensor === undefined) throw unsupported(layer, `its input ${name} is not converted yet (graph not in order)`);
      return tensor;
    });
  const weight = (layer: KerasLayer, suffix: string): { values: Float32Array; shape: number[] } => {
    const found = weights.get(`${layer.name}/${suffix}`);
    if (!found) throw unsupported(layer, `weight ${layer.name}/${suffix} is missing from the manifest`);
    return found;
  };
  const emitConv = (name: string): void => {
    const conv = pendingConv.get(name);
    if (!conv) return;
    initializers.push(
      floatTensor(`${name}.weight`, conv.dims, conv.kernel),
      floatTensor(`${name}.bias`, [conv.bias.length], conv.bias),
    );
    nodes.push(conv.node);
    pendingConv.delete(name);
  };

  for (const layer of layers) {
    const config = layer.config;
    const output = layer.name;
    // ONNX wants nodes in topological order: a deferred Conv is written before its first non-BN consumer.
    if (layer.class_name !== 'BatchNormalization')
      for (const [source] of layer.inbound_nodes[0] ?? []) emitConv(source);
    switch (layer.class_name) {
      case 'InputLayer': {
        const shape = config.batch_input_shape as (number | null)[];
        inputSize = [shape[3] ?? 3, shape[1] ?? 224, shape[2] ?? 224];
        tensorOf.set(layer.name, resnetTensorNames.input);
        continue;
      }
      case 'Conv2D': {
        expectChannelsLast(layer);
        const kernel = weight(layer, 'kernel');
        const [height, width, inChannels, outChannels] = kernel.shape as [number, number, number, number];
        const bias = config.use_bias ? weight(layer, 'bias').values : new Float32Array(outChannels);
        const strides = config.strides as number[];
        if ((config.dilation_rate as number[]).some((rate) => rate !== 1)) throw unsupported(layer, 'dilation');
        const node: OnnxNode = {
          opType: 'Conv',
          name: layer.name,
          inputs: [...inputOf(layer), `${layer.name}.weight`, `${layer.name}.bias`],
          outputs: [output],
          attributes: { kernel_shape: [height, width], strides, ...paddingAttributes(layer, [height, width], strides) },
        };
        pendingConv.set(layer.name, {
          kernel: hwioToOihw(kernel.values, height, width, inChannels, outChannels),
          bias: Float32Array.from(bias),
          dims: [outChannels, inChannels, height, width],
          node,
        });
        // Written later: by a following BatchNormalization that folds into it, or before its first consumer.
        if (config.activation !== 'linear') throw unsupported(layer, `fused activation ${String(config.activation)}`);
        break;
      }
      case 'BatchNormalization': {
        const [source] = layer.inbound_nodes[0]?.map(([name]) => name) ?? [];
        const gamma = config.scale ? weight(layer, 'gamma').values : undefined;
        const beta = config.center ? weight(layer, 'beta').values : undefined;
        const mean = weight(layer, 'moving_mean').values;
        const variance = weight(layer, 'moving_variance').values;
        const epsilon = config.epsilon as number;
        const conv = source ? pendingConv.get(source) : undefined;
        if (!conv || consumers.get(source!) !== 1)
          throw unsupported(layer, 'BatchNormalization not directly after a Conv2D');
        const perChannel = conv.kernel.length / conv.bias.length;
        for (let channel = 0; channel < conv.bias.length; channel += 1) {
          // y = gamma·(conv(x) + b − mean)/sqrt(var + ε) + beta, so scale the kernel and shift the bias.
          const scale = (gamma?.[channel] ?? 1) / Math.sqrt(variance[channel]! + epsilon);
          for (let index = channel * perChannel; index < (channel + 1) * perChannel; index += 1)
            conv.kernel[index]! *= scale;
          conv.bias[channel] = (conv.bias[channel]! - mean[channel]!) * scale + (beta?.[channel] ?? 0);
        }
        conv.node = { ...conv.node, outputs: [output] };
        emitConv(source!);
        tensorOf.set(layer.name, output);
        continue;
      }
      case 'Activation': {
        const activation = config.activation as string;
        if (activation === 'linear') {
          tensorOf.set(layer.name, inputOf(layer)[0]!);
          continue;
        }
        if (activation !== 'relu') throw unsupported(layer, `activation ${activation}`);
        nodes.push({ opType: 'Relu', name: layer.name, inputs: inputOf(layer), outputs: [output] });
        break;
      }
      case 'Add': {
        // Binary Add (not Sum) so onnxruntime can fuse Conv + Add + Relu.
        const inputs = inputOf(layer);
        nodes.push({ opType: inputs.length === 2 ? 'Add' : 'Sum', name: layer.name, inputs, outputs: [output] });
        break;
      }
      case 'ZeroPadding2D': {
        expectChannelsLast(layer);
        const [[top, bottom], [left, right]] = config.padding as [[number, number], [number, number]];
        const padsName = `${layer.name}.pads`;
        initializers.push({
          name: padsName,
          dataType: OnnxDataType.int64,
          dims: [8],
          data: BigInt64Array.from([0, 0, top, left, 0, 0, bottom, right].map(BigInt)),
        });
        nodes.push({
          opType: 'Pad',
          name: layer.name,
          inputs: [...inputOf(layer), padsName],
          outputs: [output],
          attributes: { mode: 'constant' },
        });
        break;
      }
      case 'MaxPooling2D': {
        expectChannelsLast(layer);
        const pool = config.pool_size as number[];
        const strides = config.strides as number[];
        nodes.push({
          opType: 'MaxPool',
          name: layer.name,
          inputs: inputOf(layer),
          outputs: [output],
          attributes: { kernel_shape: pool, strides, ...paddingAttributes(layer, pool, strides) },
        });
        break;
      }
      case 'GlobalAveragePooling2D': {
        expectChannelsLast(layer);
        nodes.push({
          opType: 'GlobalAveragePool',
          name: layer.name,
          inputs: inputOf(layer),
          outputs: [`${output}.pooled`],
        });
        nodes.push({
          opType: 'Flatten',
          name: `${layer.name}.flatten`,
          inputs: [`${output}.pooled`],
          outputs: [output],
          attributes: { axis: 1 },
        });
        embeddingTensor = output;
        break;
      }
      case 'Dense': {
        const kernel = weight(layer, 'kernel');
        const bias = config.use_bias ? weight(layer, 'bias').values : new Float32Array(kernel.shape[1]!);
        classCount = kernel.shape[1]!;
        initializers.push(
          floatTensor(`${layer.name}.weight`, kernel.shape, kernel.values),
          floatTensor(`${layer.name}.bias`, [classCount], bias),
        );
        const activation = config.activation as string;
        const logits = activation === 'softmax' ? `${output}.logits` : output;
        nodes.push({
          opType: 'Gemm',
          name: layer.name,
          inputs: [...inputOf(layer), `${layer.name}.weight`, `${layer.name}.bias`],
          outputs: [logits],
        });
        if (activation === 'softmax')
          nodes.push({
            opType: 'Softmax',
            name: `${layer.name}.softmax`,
            inputs: [logits],
            outputs: [output],
            attributes: { axis: 1 },
          });
        else if (activation !== 'linear') throw unsupported(layer, `activation ${activation}`);
        break;
      }
      default:
        throw unsupported(layer, `layer type ${layer.class_name}`);
    }
    tensorOf.set(layer.name, output);
  }
  for (const name of [...pendingConv.keys()]) emitConv(name);

  const [outputLayer] = modelJson.modelTopology.model_config.config.output_layers[0] ?? [];
  if (!inputSize || !embeddingTensor || !outputLayer) {
    throw new ModelConversionError(
      'MODEL_SHAPE',
      'The Keras model needs an input, a global average pool and an output layer.',
    );
  }
  return {
    producerName: 'takumi-keras-converter',
    opsetVersion: 17,
    graphName: 'resnet',
    inputs: [{ name: resnetTensorNames.input, dataType: OnnxDataType.float, shape: ['batch', ...inputSize] }],
    outputs: [
      { name: resnetTensorNames.embedding, dataType: OnnxDataType.float, shape: ['batch', 'features'] },
      { name: resnetTensorNames.probabilities, dataType: OnnxDataType.float, shape: ['batch', classCount] },
    ],
    initializers,
    nodes: renameOutputs(nodes, {
      [embeddingTensor]: resnetTensorNames.embedding,
      [tensorOf.get(outputLayer)!]: resnetTensorNames.probabilities,
    }),
  };
}

function readWeights(
  modelJson: KerasModelJson,
  weightData: ArrayBuffer,
): Map<string, { values: Float32Array; shape: number[] }> {
  const weights = new Map<string, { values: Float32Array; shape: number[] }>();
  let offset = 0;
  for (const group of modelJson.weightsManifest) {
    for (const spec of group.weights) {
      if (spec.dtype !== 'float32') {
        throw new ModelConversionError(
          'MODEL_WEIGHT_DTYPE',
          `Weight ${spec.name} is ${spec.dtype}; only float32 weights are supported.`,
        );
      }
      const count = spec.shape.reduce((product, size) => product * size, 1);
      if (offset + count * 4 > weightData.byteLength) {
        throw new ModelConversionError(
          'MODEL_WEIGHTS_SHORT',
          `The weight shards end before ${spec.name}; the download is incomplete. Delete the model cache and run setup again.`,
          { weight: spec.name },
        );
      }
      weights.set(spec.name, {
        values: new Float32Array(weightData.slice(offset, offset + count * 4)),
        shape: spec.shape,
      });
      offset += count * 4;
    }
  }
  return weights;
}

function countConsumers(layers: readonly KerasLayer[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const layer of layers) {
    for (const [source] of layer.inbound_nodes[0] ?? []) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return counts;
}

/** Keras 'same' pads so the output is ceil(input / stride); for stride 1 and odd kernels that is symmetric. */
function paddingAttributes(layer: KerasLayer, kernel: number[], strides: number[]): Record<string, number[] | string> {
  const padding = layer.config.padding as string;
  if (padding === 'valid') return { pads: [0, 0, 0, 0] };
  if (padding !== 'same') throw unsupported(layer, `padding ${padding}`);
  if (strides.every((stride) => stride === 1) && kernel.every((size) => size % 2 === 1)) {
    const half = kernel.map((size) => (size - 1) / 2);
    return { pads: [...half, ...half] };
  }
  // TensorFlow puts the odd extra pixel at the end, which is ONNX's SAME_UPPER.
  return { auto_pad: 'SAME_UPPER' };
}

/** Keras kernels are [height, width, in, out]; ONNX wants [out, in, height, width]. */
function hwioToOihw(
  values: Float32Array,
  height: number,
  width: number,
  inChannels: number,
  outChannels: number,
): Float32Array {
  const out = new Float32Array(values.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let input = 0; input < inChannels; input += 1) {
        const source = ((y * width + x) * inChannels + input) * outChannels;
        for (let output = 0; output < outChannels; output += 1) {
          out[((output * inChannels + input) * height + y) * width + x] = values[source + output]!;
        }
      }
    }
  }
  return out;
}

function floatTensor(name: string, dims: readonly number[], data: Float32Array): OnnxTensor {
  return { name, dataType: OnnxDataType.float, dims, data };
}

function renameOutputs(nodes: OnnxNode[], names: Record<string, string>): OnnxNode[] {
  const rename = (tensor: string): string => names[tensor] ?? tensor;
  return nodes.map((node) => ({ ...node, inputs: node.inputs.map(rename), outputs: node.outputs.map(rename) }));
}

function expectChannelsLast(layer: KerasLayer): void {
  const format = layer.config.data_format;
  if (format !== undefined && format !== 'channels_last') throw unsupported(layer, `data_format ${String(format)}`);
}

function unsupported(layer: KerasLayer, what: string): ModelConversionError {
  return new ModelConversionError(
    'MODEL_UNSUPPORTED',
    `Cannot convert layer ${layer.name} (${layer.class_name}): ${what}. Only the ResNet-style layers listed in convert-keras-to-onnx.ts are supported.`,
    { layer: layer.name },
  );
}
