import { encodeOnnxModel } from '../onnx/encode-onnx-model.ts';
import { OnnxDataType, type OnnxNode, type OnnxValueInfo } from '../onnx/onnx-model.ts';

/** The small ONNX graphs behind the onnxruntime matrix kernels. */
export type KernelGraph =
  | 'rowSquaredNorms'
  | 'squaredDistances'
  | 'nearestCentroids'
  | 'assignedSquaredDistances'
  | 'sumRowsByLabel'
  | 'multiply'
  | 'multiplyTransposed';

const float = OnnxDataType.float;
const int64 = OnnxDataType.int64;

/**
 * Encodes one kernel graph as ONNX bytes. Every dimension is symbolic so one session serves any
 * chunk size, column count and centroid count.
 */
export function buildKernelGraph(graph: KernelGraph): Uint8Array {
  const { inputs, outputs, nodes } = graphParts(graph);
  return encodeOnnxModel({
    producerName: 'takumi',
    opsetVersion: 17,
    graphName: graph,
    inputs,
    outputs,
    initializers: [],
    nodes,
  });
}

interface GraphParts {
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  nodes: OnnxNode[];
}

function graphParts(graph: KernelGraph): GraphParts {
  const data: OnnxValueInfo = { name: 'data', dataType: float, shape: ['rows', 'columns'] };
  const ones: OnnxValueInfo = { name: 'ones', dataType: float, shape: ['columns', 1] };
  switch (graph) {
    case 'rowSquaredNorms':
      // Row sums as a product with a ones column: onnxruntime's ReduceSumSquare runs about
      // half as fast on one thread.
      return {
        inputs: [data, { name: 'origin', dataType: float, shape: ['columns'] }, ones],
        outputs: [{ name: 'norms', dataType: float, shape: ['rows', 1] }],
        nodes: [
          node('Sub', ['data', 'origin'], ['centred']),
          node('Mul', ['centred', 'centred'], ['squares']),
          node('MatMul', ['squares', 'ones'], ['norms']),
        ],
      };
    case 'squaredDistances':
      // With b' = b − o: |x − b|² = |x − o|² + (|b'|² + 2o·b') − 2x·b', one Gemm plus a broadcast
      // add; the data itself is never shifted. Relu clamps rounding below zero.
      return {
        inputs: [
          data,
          { name: 'right', dataType: float, shape: ['others', 'columns'] },
          { name: 'rowNorms', dataType: float, shape: ['rows', 1] },
          { name: 'rightBias', dataType: float, shape: ['others'] },
        ],
        outputs: [{ name: 'distances', dataType: float, shape: ['rows', 'others'] }],
        nodes: [
          node('Gemm', ['data', 'right', 'rightBias'], ['partial'], { transB: 1, alpha: { kind: 'float', value: -2 } }),
          node('Add', ['partial', 'rowNorms'], ['unclamped']),
          node('Relu', ['unclamped'], ['distances']),
        ],
      };
    case 'nearestCentroids':
      // As squaredDistances with centroids c' = c − o; the row's own |x − o|² does not change
      // which centroid is nearest, so it is added outside, in float64.
      return {
        inputs: [
          data,
          { name: 'centroids', dataType: float, shape: ['centroidCount', 'columns'] },
          { name: 'centroidBias', dataType: float, shape: ['centroidCount'] },
        ],
        outputs: [
          { name: 'labels', dataType: int64, shape: ['rows'] },
          { name: 'partialDistances', dataType: float, shape: ['rows'] },
        ],
        nodes: [
          node('Gemm', ['data', 'centroids', 'centroidBias'], ['partial'], {
            transB: 1,
            alpha: { kind: 'float', value: -2 },
          }),
          node('ArgMin', ['partial'], ['labels'], { axis: 1, keepdims: 0 }),
          node('ReduceMin', ['partial'], ['partialDistances'], { axes: [1], keepdims: 0 }),
        ],
      };
    case 'assignedSquaredDistances':
      return {
        inputs: [
          data,
          { name: 'centroids', dataType: float, shape: ['centroidCount', 'columns'] },
          { name: 'labels', dataType: int64, shape: ['rows'] },
          ones,
        ],
        outputs: [{ name: 'distances', dataType: float, shape: ['rows', 1] }],
        nodes: [
          node('Gather', ['centroids', 'labels'], ['assigned'], { axis: 0 }),
          node('Sub', ['data', 'assigned'], ['differences']),
          node('Mul', ['differences', 'differences'], ['squares']),
          node('MatMul', ['squares', 'ones'], ['distances']),
        ],
      };
    case 'sumRowsByLabel':
      // Scatter-add of each row into its label's slot: about 4× faster than a one-hot product
      // and 7× faster than a JavaScript loop.
      return {
        inputs: [
          data,
          { name: 'labels', dataType: int64, shape: ['rows', 1] },
          { name: 'zeros', dataType: float, shape: ['labelCount', 'columns'] },
        ],
        outputs: [{ name: 'sums', dataType: float, shape: ['labelCount', 'columns'] }],
        nodes: [node('ScatterND', ['zeros', 'labels', 'data'], ['sums'], { reduction: 'add' })],
      };
    case 'multiply':
      return {
        inputs: [data, { name: 'right', dataType: float, shape: ['columns', 'rightColumns'] }],
        outputs: [{ name: 'product', dataType: float, shape: ['rows', 'rightColumns'] }],
        nodes: [node('MatMul', ['data', 'right'], ['product'])],
      };
    case 'multiplyTransposed':
      return {
        inputs: [data, { name: 'right', dataType: float, shape: ['rows', 'rightColumns'] }],
        outputs: [{ name: 'product', dataType: float, shape: ['columns', 'rightColumns'] }],
        nodes: [node('Gemm', ['data', 'right'], ['product'], { transA: 1 })],
      };
  }
}

function node(opType: string, inputs: string[], outputs: string[], attributes?: OnnxNode['attributes']): OnnxNode {
  return { opType, name: `${opType}_${outputs[0]}`, inputs, outputs, ...(attributes ? { attributes } : {}) };
}
