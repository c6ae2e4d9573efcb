/**
 * One request at a time per host, with a pause between them.
 *
 * `acquire(host)` resolves when the host has a free slot (default one), the
 * minimum delay has passed since the host's last response ended, and any
 * deferral (`Retry-After`, backoff) has expired. The caller must call the
 * returned `release()` once the response body has been read (or failed);
 * the delay counts from then, so the pause is between one response's end and
 * the next request's start, as a server log measures it.
 *
 * Waiters are served first come, first served. With politeness off (bench
 * runs) use `HostGate.unlimited()`.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export type Release = () => void;

export interface HostGateOptions {
  /** Minimum pause in ms after a response of `host` ends before the next request starts. */
  delayMs(host: string): number;
  /** Requests in flight per host. Default 1. */
  maxPerHost?: number;
}

interface HostState {
  inFlight: number;
  /** When the last response ended (epoch ms); 0 if none yet. */
  lastEnd: number;
  /** No request before this time (epoch ms): set by Retry-After and backoff. */
  notBefore: number;
  queue: Array<() => void>;
  pumping: boolean;
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly delayMs: (host: string) => number;
  private readonly maxPerHost: number;

  constructor(options: HostGateOptions) {
    this.delayMs = options.delayMs;
    this.maxPerHost = options.maxPerHost ?? 1;
  }

  /** A gate that never waits (benchmarks with politeness off). Deferrals are ignored too. */
  static unlimited(): HostGate {
    return new HostGate({ delayMs: () => 0, maxPerHost: Number.POSITIVE_INFINITY });
  }

  /** Waits for a slot on `host`; resolves to the function that frees it. */
  acquire(host: string): Promise<Release> {
    const state = this.state(host);
    return new Promise<Release>((resolve) => {
      state.queue.push(() => {
        state.inFlight++;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          state.inFlight--;
          state.lastEnd = Date.now();
          void this.pump(host, state);
        });
      });
      void this.pump(host, state);
    });
  }

  /** Runs `task` holding a slot of `host`. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(host);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** No request to `host` for `ms` from now (Retry-After, backoff). Never shortens an existing deferral. */
  defer(host: string, ms: number): void {
    if (this.maxPerHost === Number.POSITIVE_INFINITY) return;
    const state = this.state(host);
    state.notBefore = Math.max(state.notBefore, Date.now() + ms);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { inFlight: 0, lastEnd: 0, notBefore: 0, queue: [], pumping: false };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Hands free slots to waiters once the delay and any deferral have passed. */
  private async pump(host: string, state: HostState): Promise<void> {
    if (state.pumping) return;
    state.pumping = true;
    try {
      while (state.queue.length > 0 && state.inFlight < this.maxPerHost) {
        const readyAt = Math.max(state.notBefore, state.lastEnd === 0 ? 0 : state.lastEnd + this.delayMs(host));
        const wait = readyAt - Date.now();
        if (wait > 0) {
          await sleep(wait);
          continue; // a deferral may have been extended meanwhile
        }
        state.queue.shift()?.();
      }
    } finally {
      state.pumping = false;
    }
  }
}
