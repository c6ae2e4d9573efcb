/**
 * robots.txt per origin, fetched once per run and shared by every source
 * that crawls the host (a new run reads it again, so a robots.txt changed
 * between runs takes effect at the next run). A 4xx means "no rules"; a 5xx,
 * a timeout or a network failure means "nothing allowed this run", as RFC 9309
 * §2.3.1.4 asks, and is reported once.
 */
import { ALLOW_ALL, DISALLOW_ALL, parseRobots } from './robots.js';
import type { RobotsRules } from './robots.js';

export interface RobotsEntry {
  rules: RobotsRules;
  /** HTTP status of robots.txt (0 when it could not be fetched). */
  status: number;
  /** True when the host's robots.txt could not be read: nothing is fetched from it this run. */
  unavailable: boolean;
  /** Why, when unavailable. */
  problem: string | undefined;
  /** The error that made it unavailable, if the fetch threw (a private address, an unknown host…). */
  error?: unknown;
}

/** Fetches `url` (robots.txt) and returns status and text; throws on network failure. */
export type RobotsLoader = (url: string) => Promise<{ status: number; text: string }>;

export class RobotsCache {
  private readonly entries = new Map<string, Promise<RobotsEntry>>();
  private readonly settled = new Map<string, RobotsEntry>();
  private readonly load: RobotsLoader;

  constructor(load: RobotsLoader) {
    this.load = load;
  }

  /** The rules of `url`'s origin, fetching robots.txt on first use. Concurrent callers share one fetch. */
  forUrl(url: URL): Promise<RobotsEntry> {
    const origin = url.origin;
    let entry = this.entries.get(origin);
    if (!entry) {
      entry = this.fetchEntry(origin).then((e) => {
        this.settled.set(url.host.toLowerCase(), e);
        return e;
      });
      this.entries.set(origin, entry);
    }
    return entry;
  }

  /** Crawl-delay of `host` (host[:port]) in ms, once its robots.txt is known. */
  crawlDelayMs(host: string): number {
    const seconds = this.settled.get(host.toLowerCase())?.rules.crawlDelaySeconds;
    return seconds === undefined ? 0 : Math.round(seconds * 1000);
  }

  private async fetchEntry(origin: string): Promise<RobotsEntry> {
    try {
      const { status, text } = await this.load(`${origin}/robots.txt`);
      if (status >= 200 && status < 300) return { rules: parseRobots(text), status, unavailable: false, problem: undefined };
      if (status >= 400 && status < 500) return { rules: ALLOW_ALL, status, unavailable: false, problem: undefined };
      return { rules: DISALLOW_ALL, status, unavailable: true, problem: `robots.txt answered HTTP ${status}` };
    } catch (error) {
      return { rules: DISALLOW_ALL, status: 0, unavailable: true, problem: `robots.txt could not be fetched: ${(error as Error).message}`, error };
    }
  }
}
