// The extraction worker's entry (extract-stream.ts): a worker thread cannot start on a
// TypeScript file, so this plain module registers tsx in the worker, then loads it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
