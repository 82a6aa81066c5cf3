// Worker thread for fuzz-payload-types.test.ts: extracts one in-memory project per message, so the
// test can bound each case with a timeout (terminate() stops even a synchronous endless loop).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runCase } = await import('./fuzz-extract.ts');
parentPort.on('message', (msg) => {
  try {
    parentPort.postMessage({ id: msg.id, ok: true, result: runCase(msg.typeText) });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String(err?.stack ?? err) });
  }
});
parentPort.postMessage({ ready: true });
