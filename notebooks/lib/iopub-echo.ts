/**
 * Waits until a display has really left the kernel, so that it cannot be
 * dropped.
 *
 * Why (measured on Deno 2.9.5, whose kernel server is JavaScript):
 * `Deno.jupyter.display` hands the message to a channel and returns; the
 * kernel's main thread drains that channel into the iopub socket
 * (`iopubDrainer`) while, independently, it replies to the cell and
 * publishes "idle" as soon as the evaluation resolves. When the drainer is
 * late, the output follows "idle" and nbconvert drops it without an error.
 * On a loaded 2-core machine a notebook of 30 cells with three displays
 * each lost up to 24 outputs per run; a 10 ms pause after each display made
 * it rarer but 5 of 80 runs of the four notebooks still lost one. With this
 * echo, 80 of 80 runs kept every output.
 *
 * The remedy: the kernel process connects to its own iopub port as one more
 * subscriber (a minimal ZMTP 3.0 SUB client over TCP; the connection file's
 * path comes from the kernel launcher as VNTALLY_KERNEL_CONNECTION) and
 * each display waits until it sees its own message come back. The kernel
 * publishes to its subscribers in the order they connected, Jupyter's first,
 * so by then the output is already on Jupyter's socket, ahead of the "idle"
 * that can only follow the end of the cell.
 *
 * Outside the project's kernel (no VNTALLY_KERNEL_CONNECTION), `openEcho`
 * returns null and callers fall back to a short pause.
 */

/** Set by notebooks/kernels/vntally-deno/launch.sh to the connection file Jupyter gave the kernel. */
export const KERNEL_CONNECTION_ENV = 'VNTALLY_KERNEL_CONNECTION';

/** How long `openEcho` probes for its subscription to be registered. */
const SUBSCRIBE_TIMEOUT_MS = 10_000;
const PROBE_INTERVAL_MS = 50;

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
const DELIMITER = '<IDS|MSG>';

interface ConnectionInfo {
  ip: string;
  iopub_port: number;
  transport?: string;
}

interface Frame {
  body: Uint8Array;
  more: boolean;
  command: boolean;
}

/** A TCP stream read as ZMTP frames. */
class _FrameReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;

  constructor(private readonly conn: Deno.Conn) {}

  private async readExact(n: number): Promise<Uint8Array> {
    while (this.buffered < n) {
      const chunk = new Uint8Array(64 * 1024);
      const read = await this.conn.read(chunk);
      if (read === null) throw new Error('iopub connection closed');
      this.chunks.push(chunk.subarray(0, read));
      this.buffered += read;
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const head = this.chunks[0]!;
      const take = Math.min(head.length, n - filled);
      out.set(head.subarray(0, take), filled);
      filled += take;
      if (take === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(take);
    }
    this.buffered -= n;
    return out;
  }

  async readGreeting(): Promise<void> {
    await this.readExact(64);
  }

  async readFrame(): Promise<Frame> {
    const flags = (await this.readExact(1))[0]!;
    const long = (flags & 0x02) !== 0;
    const sizeBytes = await this.readExact(long ? 8 : 1);
    const size = long ? Number(new DataView(sizeBytes.buffer).getBigUint64(0)) : sizeBytes[0]!;
    return { body: await this.readExact(size), more: (flags & 0x01) !== 0, command: (flags & 0x04) !== 0 };
  }
}

/** A short (≤ 255 bytes) ZMTP frame. */
function shortFrame(body: Uint8Array, flags: number): Uint8Array {
  const frame = new Uint8Array(2 + body.length);
  frame[0] = flags;
  frame[1] = body.length;
  frame.set(body, 2);
  return frame;
}

/** The 64-byte ZMTP 3.0 greeting of a NULL-mechanism client. */
function greeting(): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes[0] = 0xff;
  bytes[9] = 0x7f;
  bytes[10] = 3;
  bytes.set(ENCODER.encode('NULL'), 12);
  return bytes;
}

/** The READY command announcing a SUB socket. */
function readyCommand(): Uint8Array {
  const name = ENCODER.encode('READY');
  const property = ENCODER.encode('Socket-Type');
  const value = ENCODER.encode('SUB');
  const body = new Uint8Array(1 + name.length + 1 + property.length + 4 + value.length);
  let at = 0;
  body[at++] = name.length;
  body.set(name, at);
  at += name.length;
  body[at++] = property.length;
  body.set(property, at);
  at += property.length;
  new DataView(body.buffer).setUint32(at, value.length);
  at += 4;
  body.set(value, at);
  return shortFrame(body, 0x04);
}

/** A ZMTP 3.0 subscription message to every topic. */
const SUBSCRIBE_ALL = shortFrame(new Uint8Array([1]), 0x00);

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) written += await conn.write(bytes.subarray(written));
}

/** The display id or comm id a published message carries, if any. */
function markerOf(frames: Uint8Array[]): string | null {
  const at = frames.findIndex((f) => f.length === DELIMITER.length && DECODER.decode(f) === DELIMITER);
  if (at < 0) return null;
  const header = frames[at + 2];
  const content = frames[at + 5];
  if (header === undefined || content === undefined) return null;
  const type = (JSON.parse(DECODER.decode(header)) as { msg_type?: string }).msg_type;
  if (type !== 'display_data' && type !== 'comm_msg') return null;
  const body = JSON.parse(DECODER.decode(content)) as { transient?: { display_id?: string }; comm_id?: string };
  return type === 'display_data' ? (body.transient?.display_id ?? null) : (body.comm_id ?? null);
}

export class IopubEcho {
  private readonly seen = new Set<string>();
  private readonly waiting = new Map<string, () => void>();
  private closed = false;

  private constructor(private readonly conn: Deno.Conn) {}

  /** Subscribes to the kernel's iopub; null outside the project's kernel or when that fails. */
  static async open(env: string | undefined = Deno.env.get(KERNEL_CONNECTION_ENV)): Promise<IopubEcho | null> {
    if (env === undefined || env === '') return null;
    let echo: IopubEcho | null = null;
    try {
      const info = JSON.parse(await Deno.readTextFile(env)) as ConnectionInfo;
      if ((info.transport ?? 'tcp') !== 'tcp') return null;
      const conn = await Deno.connect({ hostname: info.ip, port: info.iopub_port });
      echo = new IopubEcho(conn);
      const reader = new _FrameReader(conn);
      await writeAll(conn, greeting());
      await reader.readGreeting();
      await writeAll(conn, readyCommand());
      await reader.readFrame();
      // The kernel adds the connection to its subscribers on reading the subscription.
      await writeAll(conn, SUBSCRIBE_ALL);
      echo.listen(reader);
      if (!(await echo.probe())) {
        echo.close();
        return null;
      }
      return echo;
    } catch {
      // No echo is not an error: displays then fall back to a pause (show.ts).
      echo?.close();
      return null;
    }
  }

  /** Resolves true once a message carrying `marker` was published, false after `timeoutMs`. */
  waitFor(marker: string, timeoutMs: number): Promise<boolean> {
    if (this.seen.delete(marker)) return Promise.resolve(true);
    if (this.closed) return Promise.resolve(false);
    this.nudge();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(marker);
        resolve(false);
      }, timeoutMs);
      this.waiting.set(marker, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /**
   * Sends the kernel a repeated subscription (which it reads and discards).
   * Without traffic from this side, the kernel's next small write to us
   * waits for a delayed ACK (Nagle): about 40 ms per display. The segment
   * carries the ACK at once.
   */
  private nudge(): void {
    this.conn.write(SUBSCRIBE_ALL).catch(() => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.conn.close();
    } catch {
      // already closed by the kernel
    }
    for (const [marker, wake] of this.waiting) {
      this.waiting.delete(marker);
      wake();
    }
  }

  /**
   * Until the kernel has registered this subscriber, its messages pass it
   * by; so publish harmless comm messages (for a comm nobody opened: Jupyter
   * ignores them) until one comes back.
   */
  private async probe(): Promise<boolean> {
    const deadline = Date.now() + SUBSCRIBE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const marker = `vntally-probe-${crypto.randomUUID()}`;
      void Deno.jupyter.broadcast('comm_msg', { comm_id: marker, data: {} });
      if (await this.waitFor(marker, PROBE_INTERVAL_MS)) return true;
    }
    return false;
  }

  /** Reads every published message for as long as the kernel lives (the kernel must never block on this socket). */
  private listen(reader: _FrameReader): void {
    (async () => {
      let frames: Uint8Array[] = [];
      for (;;) {
        const frame = await reader.readFrame();
        if (frame.command) continue;
        frames.push(frame.body);
        if (frame.more) continue;
        const marker = markerOf(frames);
        frames = [];
        if (marker === null) continue;
        const wake = this.waiting.get(marker);
        if (wake === undefined) {
          if (marker.startsWith('vntally-')) this.seen.add(marker);
          continue;
        }
        this.waiting.delete(marker);
        wake();
      }
    })().catch(() => this.close());
  }
}
