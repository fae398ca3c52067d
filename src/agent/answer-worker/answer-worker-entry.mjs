// The thread an AnswerWorker answers on. Takumi runs from its TypeScript sources through tsx (see
// bin/takumi.mjs); a worker thread starts without the parent's loader, so it registers tsx itself,
// once, when the thread starts (not per question).
import { register } from 'tsx/esm/api';

register();
await import('./answer-worker-thread.ts');
