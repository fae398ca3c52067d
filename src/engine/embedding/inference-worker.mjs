// The onnxruntime session of one ImageEmbedder, on its own thread. onnxruntime-node runs inference
// synchronously on the thread that calls it, so in the main thread every hash, decode hand-off and
// database write would wait for the model and the model for them. Plain JS: workers load no TS loader.
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';

const { modelPath, sessionOptions, inputName } = workerData;
let session;
try {
  session = await ort.InferenceSession.create(modelPath, sessionOptions);
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

parentPort.on('message', async (message) => {
  if (message.type === 'close') {
    await session?.release();
    parentPort.close();
    return;
  }
  try {
    const started = performance.now();
    const outputs = await session.run({ [inputName]: new ort.Tensor('float32', message.input, message.dims) });
    const result = {};
    for (const [name, tensor] of Object.entries(outputs)) result[name] = tensor.data;
    const seconds = (performance.now() - started) / 1000;
    parentPort.postMessage(
      { type: 'result', id: message.id, outputs: result, seconds },
      Object.values(result).map((data) => data.buffer),
    );
  } catch (error) {
    parentPort.postMessage({
      type: 'error',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
