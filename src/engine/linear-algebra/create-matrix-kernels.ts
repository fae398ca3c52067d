import { createJavaScriptMatrixKernels } from './create-javascript-matrix-kernels.ts';
import { createOnnxMatrixKernels } from './create-onnx-matrix-kernels.ts';
import type { MatrixKernels } from './matrix-kernels.ts';

/** Which kernels to use: `auto` picks onnxruntime once the work outweighs its start-up cost. */
export type MatrixBackend = 'auto' | 'onnx' | 'javascript';

/**
 * Multiply–adds per pass above which onnxruntime wins: creating a session costs a few
 * milliseconds, while JavaScript manages roughly one multiply–add per nanosecond.
 */
export const onnxWorkloadThreshold = 4_000_000;

/**
 * Creates the kernels for a job whose heaviest pass costs `multiplyAdds` multiply–adds (e.g.
 * rows × columns × k for a k-means assignment).
 */
export function createMatrixKernels(backend: MatrixBackend, multiplyAdds: number, threads: number): MatrixKernels {
  const useOnnx = backend === 'onnx' || (backend === 'auto' && multiplyAdds >= onnxWorkloadThreshold);
  return useOnnx ? createOnnxMatrixKernels({ threads }) : createJavaScriptMatrixKernels();
}
