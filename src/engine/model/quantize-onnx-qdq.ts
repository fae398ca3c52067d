import type { OnnxModel, OnnxNode, OnnxTensor } from '../onnx/onnx-model.ts';
import { OnnxDataType } from '../onnx/onnx-model.ts';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';
import type { ClipRange } from './activation-histogram.ts';

/** Codes of {@link QuantizationError}. */
export const quantizationErrorCodes = ['QUANT_RANGE_MISSING', 'QUANT_GRAPH'] as const;
/** Raised when the calibration does not cover a tensor the quantiser needs, or the graph is not ResNet-like. */
export class QuantizationError extends TakumiError<ErrorCode<typeof quantizationErrorCodes>> {}

/** uint8 activation parameters: real = (q − zeroPoint) · scale. */
export interface ActivationQuantization {
  scale: number;
  zeroPoint: number;
}

/**
 * A tensor whose values are quantised. `sameAs` names a tensor whose parameters it reuses (a max-pool
 * output keeps its input's scale, so onnxruntime runs the pool directly on uint8).
 */
export interface QuantizationPoint {
  tensor: string;
  sameAs?: string;
}

const quantisedOps = new Set(['Conv', 'Add', 'MaxPool']);

/**
 * Folds each zero Pad into the node it feeds, so the integer kernels see their input directly: into a
 * Conv always (a Conv pads with zeros itself, and a QLinearConv pads with the zero point, which is real
 * 0), and into a MaxPool when the padded tensor is a ReLU output. The latter is exact because MaxPool
 * pads with −∞, Keras with 0, and over non-negative values both give the same maximum (every window holds
 * at least one real value).
 */
export function prepareForQuantization(model: OnnxModel): OnnxModel {
  const producers = producerOf(model.nodes);
  const consumers = consumersOf(model.nodes);
  const initializers = new Map(model.initializers.map((tensor) => [tensor.name, tensor]));
  const removed = new Set<OnnxNode>();
  const replaced = new Map<OnnxNode, OnnxNode>();
  for (const pad of model.nodes) {
    if (pad.opType !== 'Pad' || (pad.attributes?.mode ?? 'constant') !== 'constant' || pad.inputs.length > 2) continue;
    const [pool, ...others] = consumers.get(pad.outputs[0]!) ?? [];
    const pads = initializers.get(pad.inputs[1]!)?.data;
    const poolPads = (pool?.attributes?.pads as readonly number[] | undefined) ?? [0, 0, 0, 0];
    const foldable =
      pool?.opType === 'Conv' || (pool?.opType === 'MaxPool' && producers.get(pad.inputs[0]!)?.opType === 'Relu');
    if (!foldable || others.length > 0 || !(pads instanceof BigInt64Array) || pads.length !== 8) continue;
    if (pool.attributes?.auto_pad !== undefined || pads[0] !== 0n || pads[1] !== 0n) continue;
    if (pads[4] !== 0n || pads[5] !== 0n) continue;
    const [top, left, bottom, right] = [pads[2], pads[3], pads[6], pads[7]].map(Number) as number[];
    removed.add(pad);
    replaced.set(pool, {
      ...pool,
      inputs: [pad.inputs[0]!, ...pool.inputs.slice(1)],
      attributes: {
        ...pool.attributes,
        pads: [poolPads[0]! + top!, poolPads[1]! + left!, poolPads[2]! + bottom!, poolPads[3]! + right!],
      },
    });
  }
  const nodes = model.nodes.filter((node) => !removed.has(node)).map((node) => replaced.get(node) ?? node);
  const used = new Set(nodes.flatMap((node) => node.inputs));
  return { ...model, nodes, initializers: model.initializers.filter((tensor) => used.has(tensor.name)) };
}

/**
 * The tensors of a prepared graph (see {@link prepareForQuantization}) that get QuantizeLinear →
 * DequantizeLinear: every Conv and Add input, every Conv output (after its ReLU), and every Add output
 * (after its ReLU) that feeds another Conv, Add or MaxPool. That is the pattern onnxruntime fuses into QLinearConv / QLinearAdd. The last
 * block's output, which only feeds the average pool and the embedding, stays fp32.
 */
export function quantizationPoints(model: OnnxModel): QuantizationPoint[] {
  const consumers = consumersOf(model.nodes);
  const initializerNames = new Set(model.initializers.map((tensor) => tensor.name));
  const points = new Map<string, QuantizationPoint>();
  const add = (point: QuantizationPoint): void => {
    if (!points.has(point.tensor) && !initializerNames.has(point.tensor)) points.set(point.tensor, point);
  };
  for (const node of model.nodes) {
    if (node.opType === 'Conv') add({ tensor: node.inputs[0]! });
    if (node.opType === 'Add') for (const input of node.inputs) add({ tensor: input });
    if (node.opType === 'MaxPool') add({ tensor: node.inputs[0]! });
  }
  for (const node of model.nodes) {
    if (node.opType === 'MaxPool') points.set(node.outputs[0]!, { tensor: node.outputs[0]!, sameAs: node.inputs[0]! });
    if (node.opType !== 'Conv' && node.opType !== 'Add') continue;
    const output = afterRelu(node.outputs[0]!, consumers);
    const feedsInteger = (consumers.get(output) ?? []).some((consumer) => quantisedOps.has(consumer.opType));
    // A Conv output is always quantised, or the Conv would not fuse into QLinearConv and would run in fp32.
    if (node.opType === 'Conv' || feedsInteger) add({ tensor: output });
  }
  return [...points.values()];
}

/** uint8 parameters for a clipping range; zero is always exactly representable. */
export function activationQuantization(range: ClipRange): ActivationQuantization {
  const min = Math.min(0, range.min);
  const max = Math.max(0, range.max);
  const scale = max > min ? (max - min) / 255 : 1;
  return { scale, zeroPoint: Math.min(255, Math.max(0, Math.round(-min / scale))) };
}

/**
 * Turns an fp32 ResNet graph into the QDQ form onnxruntime fuses into integer kernels: per-output-channel
 * symmetric int8 Conv weights (scale = max|w|/127), int32 biases at input scale × weight scale, and uint8
 * activations with the calibrated ranges. A ReLU directly before a QuantizeLinear with zero point 0 is
 * dropped, which is exact: quantisation already clamps negatives to 0.
 */
export function quantizeOnnxQdq(fp32: OnnxModel, ranges: Readonly<Record<string, ClipRange>>): OnnxModel {
  const model = prepareForQuantization(fp32);
  const params = new Map<string, ActivationQuantization>();
  const points = quantizationPoints(model);
  for (const point of points) {
    const range = ranges[point.sameAs ?? point.tensor];
    if (!range) {
      throw new QuantizationError(
        'QUANT_RANGE_MISSING',
        `The int8 calibration has no range for tensor ${point.sameAs ?? point.tensor}. Run \`npx tsx tools/calibrate-int8.ts\` to recalibrate.`,
        { tensor: point.sameAs ?? point.tensor },
      );
    }
    params.set(point.tensor, activationQuantization(range));
  }
  const producers = producerOf(model.nodes);
  const initializers = new Map(model.initializers.map((tensor) => [tensor.name, tensor]));
  const used = new Set<string>();
  const extra: OnnxTensor[] = [];
  const weightNodes: OnnxNode[] = [];
  const dequantised = (tensor: string): string => (params.has(tensor) ? `${tensor}.dq` : tensor);
  // A quantised ReLU output is quantised straight from the ReLU's input and the ReLU disappears.
  const droppedRelu = new Set<OnnxNode>();
  const quantiseFrom = new Map<string, string>();
  for (const [tensor, quantization] of params) {
    const relu = producers.get(tensor);
    if (relu?.opType === 'Relu' && quantization.zeroPoint === 0) {
      droppedRelu.add(relu);
      quantiseFrom.set(tensor, relu.inputs[0]!);
    }
  }

  const nodes: OnnxNode[] = [];
  const emitQdq = (tensor: string): void => {
    const quantization = params.get(tensor);
    if (!quantization) return;
    extra.push(
      { name: `${tensor}.scale`, dataType: OnnxDataType.float, dims: [], data: Float32Array.of(quantization.scale) },
      { name: `${tensor}.zero`, dataType: OnnxDataType.uint8, dims: [], data: Uint8Array.of(quantization.zeroPoint) },
    );
    const inputs = [`${tensor}.scale`, `${tensor}.zero`];
    nodes.push(
      {
        opType: 'QuantizeLinear',
        name: `${tensor}.quantize`,
        inputs: [quantiseFrom.get(tensor) ?? tensor, ...inputs],
        outputs: [`${tensor}.q`],
      },
      {
        opType: 'DequantizeLinear',
        name: `${tensor}.dequantize`,
        inputs: [`${tensor}.q`, ...inputs],
        outputs: [`${tensor}.dq`],
      },
    );
  };
  for (const input of model.inputs) emitQdq(input.name);
  for (const node of model.nodes) {
    if (droppedRelu.has(node)) {
      emitQdq(node.outputs[0]!);
      continue;
    }
    let inputs = node.inputs.map(dequantised);
    if (node.opType === 'Conv') {
      const inputQuantization = params.get(node.inputs[0]!);
      const weight = initializers.get(node.inputs[1]!);
      const bias = node.inputs[2] ? initializers.get(node.inputs[2]) : undefined;
      if (!inputQuantization || !weight || !(weight.data instanceof Float32Array))
        throw new QuantizationError('QUANT_GRAPH', `Conv ${node.name} has no quantised input or fp32 weight.`);
      const quantised = quantizeConvWeights(node.name, weight, bias, inputQuantization.scale);
      for (const tensor of quantised.tensors) extra.push(tensor);
      for (const weightNode of quantised.nodes) weightNodes.push(weightNode);
      inputs = [inputs[0]!, ...quantised.inputs];
    }
    for (const input of inputs) used.add(input);
    nodes.push({ ...node, inputs });
    for (const output of node.outputs) emitQdq(output);
  }
  const allNodes = [...weightNodes, ...nodes];
  for (const node of allNodes) for (const input of node.inputs) used.add(input);
  return {
    ...model,
    producerName: 'takumi-keras-converter-qdq',
    // opset 17: DequantizeLinear takes a per-axis scale, which per-channel weights need.
    initializers: [...model.initializers.filter((tensor) => used.has(tensor.name)), ...extra],
    nodes: allNodes,
  };
}

/** Per-output-channel symmetric int8 weights and the matching int32 bias, each behind a DequantizeLinear. */
function quantizeConvWeights(
  name: string,
  weight: OnnxTensor,
  bias: OnnxTensor | undefined,
  inputScale: number,
): { tensors: OnnxTensor[]; nodes: OnnxNode[]; inputs: string[] } {
  const values = weight.data as Float32Array;
  const channels = weight.dims[0]!;
  const perChannel = values.length / channels;
  const scales = new Float32Array(channels);
  const quantised = new Int8Array(values.length);
  for (let channel = 0; channel < channels; channel += 1) {
    let largest = 0;
    for (let index = channel * perChannel; index < (channel + 1) * perChannel; index += 1)
      largest = Math.max(largest, Math.abs(values[index]!));
    const scale = largest > 0 ? largest / 127 : 1;
    scales[channel] = scale;
    for (let index = channel * perChannel; index < (channel + 1) * perChannel; index += 1)
      quantised[index] = Math.max(-127, Math.min(127, Math.round(values[index]! / scale)));
  }
  const biasValues = (bias?.data as Float32Array | undefined) ?? new Float32Array(channels);
  const biasScales = scales.map((scale) => scale * inputScale);
  const biasQuantised = Int32Array.from(biasValues, (value, channel) => Math.round(value / biasScales[channel]!));
  const tensors: OnnxTensor[] = [
    { name: `${name}.weight.int8`, dataType: OnnxDataType.int8, dims: weight.dims, data: quantised },
    { name: `${name}.weight.scale`, dataType: OnnxDataType.float, dims: [channels], data: scales },
    { name: `${name}.weight.zero`, dataType: OnnxDataType.int8, dims: [channels], data: new Int8Array(channels) },
    { name: `${name}.bias.int32`, dataType: OnnxDataType.int32, dims: [channels], data: biasQuantised },
    { name: `${name}.bias.scale`, dataType: OnnxDataType.float, dims: [channels], data: biasScales },
    { name: `${name}.bias.zero`, dataType: OnnxDataType.int32, dims: [channels], data: new Int32Array(channels) },
  ];
  const dequantise = (part: 'weight' | 'bias', stored: string): OnnxNode => ({
    opType: 'DequantizeLinear',
    name: `${name}.${part}.dequantize`,
    inputs: [`${name}.${part}.${stored}`, `${name}.${part}.scale`, `${name}.${part}.zero`],
    outputs: [`${name}.${part}.dq`],
    attributes: { axis: 0 },
  });
  return {
    tensors,
    nodes: [dequantise('weight', 'int8'), dequantise('bias', 'int32')],
    inputs: [`${name}.weight.dq`, `${name}.bias.dq`],
  };
}

function afterRelu(tensor: string, consumers: Map<string, OnnxNode[]>): string {
  const next = consumers.get(tensor) ?? [];
  return next.length === 1 && next[0]!.opType === 'Relu' ? next[0]!.outputs[0]! : tensor;
}

function producerOf(nodes: readonly OnnxNode[]): Map<string, OnnxNode> {
  return new Map(nodes.flatMap((node) => node.outputs.map((output) => [output, node] as const)));
}

function consumersOf(nodes: readonly OnnxNode[]): Map<string, OnnxNode[]> {
  const consumers = new Map<string, OnnxNode[]>();
  for (const node of nodes)
    for (const input of node.inputs) consumers.set(input, [...(consumers.get(input) ?? []), node]);
  return consumers;
}
