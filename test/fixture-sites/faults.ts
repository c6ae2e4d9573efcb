/**
 * Misbehaviour on demand. A `FaultRule` names a site and a path; the first
 * `times` matching requests (per path) get the fault, later ones are served
 * normally. The server asks `FaultBook.take` before rendering and applies what
 * it returns; the byte-level helpers (Windows-1258, oversize, reset) are here.
 */
import iconv from 'iconv-lite';
import type { ServerResponse } from 'node:http';
import type { FaultRule } from './types.js';

export type NamedRule = FaultRule & { name?: string };

export interface TakenFault {
  rule: FaultRule;
  /** Built-in fault name (`status-500`…) or `rule:<kind>` for a rule passed in options. */
  name: string;
}

export class FaultBook {
  private readonly rules: NamedRule[];
  /** Requests already faulted, per rule and path. */
  private readonly counts = new Map<NamedRule, Map<string, number>>();

  constructor(rules: NamedRule[]) {
    this.rules = rules;
  }

  /** The fault for this request, if a rule matches and still has uses left for this path. */
  take(site: string, path: string): TakenFault | undefined {
    for (const rule of this.rules) {
      if (rule.site !== site) continue;
      const matches = typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
      if (!matches) continue;
      const perPath = this.counts.get(rule) ?? new Map<string, number>();
      this.counts.set(rule, perPath);
      const used = perPath.get(path) ?? 0;
      if (used >= (rule.times ?? Number.POSITIVE_INFINITY)) continue;
      perPath.set(path, used + 1);
      return { rule, name: rule.name ?? `rule:${rule.kind}` };
    }
    return undefined;
  }
}

/** Vietnamese tone marks: Windows-1258 keeps them as separate combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const QUESTION_MARK = 0x3f;

/**
 * Encodes text the way Windows-1258 pages are: precomposed where the code page
 * has the letter (à, á, ê, ơ, ư, đ…), otherwise base letter + combining tone
 * mark ("ệ" → "ê" + U+0323). iconv-lite alone turns "ệ" into "?".
 */
export function encodeWindows1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv.encode(ch, 'windows-1258');
    if (!(direct.length === 1 && direct[0] === QUESTION_MARK && ch !== '?')) {
      parts.push(direct);
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS) ?? [];
    const baseLetter = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    parts.push(iconv.encode(baseLetter + tones.join(''), 'windows-1258'));
  }
  return Buffer.concat(parts);
}

/** Re-labels an HTML page's `<meta>` charset (the first one) for a re-encoded page. */
export function relabelMetaCharset(html: string, charset: string): string {
  return html.replace(/charset=["']?utf-8["']?/iu, (found) => found.replace(/utf-8/iu, charset));
}

/** Writes chunks with backpressure; stops quietly if the client goes away (a crawler's size cap does that). */
export async function writeChunks(res: ServerResponse, chunks: Iterable<string | Buffer>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
}

const PAD_LINE = `<!-- ${'0123456789abcdef'.repeat(60)} -->\n`;

/** The page, with HTML-comment padding before `</body>` until it weighs `bytes`. */
export function* oversizeChunks(page: string, bytes: number): Generator<string> {
  const cut = page.lastIndexOf('</body>');
  const head = cut >= 0 ? page.slice(0, cut) : page;
  const tail = cut >= 0 ? page.slice(cut) : '';
  yield head;
  let remaining = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  const block = PAD_LINE.repeat(64);
  while (remaining >= block.length) {
    yield block;
    remaining -= block.length;
  }
  if (remaining > 0) yield ' '.repeat(remaining);
  yield tail;
}

/** Sends the headers and the first half of the body, then destroys the socket: a connection reset mid-body. */
export function sendHalfThenReset(res: ServerResponse, body: Buffer): void {
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
    res.socket?.destroy();
  });
}
