/**
 * WARC records as bytes, through warcio: one gzip member per record, so that a
 * record is addressed by (offset, length) and read back alone.
 *
 * - `serializeWarcinfo` starts each file (WARC 1.1 §6.5).
 * - `serializeResponse` stores a page as a `response` record: the HTTP status
 *   line and headers, then the body exactly as the engine handed it in.
 * - `parseResponsePayload` is the inverse for one gunzipped record.
 *
 * The engine hands in the body already decoded (crawlee undoes gzip/br and
 * chunking), so the stored headers must not claim an encoding the payload does
 * not have: `Content-Encoding` and `Transfer-Encoding` are kept under
 * `X-Archive-Orig-*` (the prefix pywb and warcprox use) and `Content-Length`
 * is the stored length. Otherwise any WARC reader would try to gunzip plain HTML.
 *
 * Digests: warcio would compute SHA-256 itself with a fresh WASM hasher per
 * record (about 1 ms each, two per record); node:crypto does it in a fraction
 * of that, and we need the payload digest for the index anyway, so we set
 * `WARC-Payload-Digest` and `WARC-Block-Digest` and warcio keeps them.
 */
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { gzipSync } from 'node:zlib';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';

const WARC_VERSION = 'WARC/1.1';
const SOFTWARE = 'vntally (warcio.js 2.4)';

/** Headers whose value describes a transfer the stored payload no longer has. */
const ENCODING_HEADERS: ReadonlySet<string> = new Set(['content-encoding', 'transfer-encoding']);
/** Prefix for the original value of a header we had to change (pywb, warcprox). */
const ORIGINAL_HEADER_PREFIX = 'X-Archive-Orig-';
/** An HTTP header name (RFC 9110 token). Matches "Content-Type", "X-Generator"; not "Bad Name" nor "a:b". */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/u;
/** Line breaks inside a header value would split the record's header block. */
const HEADER_LINE_BREAKS = /[\r\n]+/gu;

const textEncoder = new TextEncoder();

export interface ResponseRecordInput {
  url: string;
  fetchedAt: Date;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /** Lower-case hex SHA-256 of `body`, computed once by the caller. */
  sha256: string;
  /** Extension fields (WARC 1.1 allows them), so the index can be rebuilt from the WARC files alone. */
  sourceId: string;
  canonicalUrl: string;
  kind: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function serializeWarcinfo(filename: string, startedAt: Date): Promise<Uint8Array> {
  const record = WARCRecord.createWARCInfo(
    { filename, warcVersion: WARC_VERSION, date: startedAt.toISOString() },
    { software: SOFTWARE, format: 'WARC File Format 1.1', conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/' },
  );
  return gzipSync(await WARCSerializer.serialize(record));
}

export async function serializeResponse(input: ResponseRecordInput): Promise<Uint8Array> {
  const statusline = `HTTP/1.1 ${input.status} ${STATUS_CODES[input.status] ?? 'Unknown'}`;
  const record = WARCRecord.create(
    {
      url: input.url,
      date: input.fetchedAt.toISOString(),
      type: 'response',
      warcVersion: WARC_VERSION,
      statusline,
      httpHeaders: storedHeaders(input.headers, input.body.length),
      warcHeaders: {
        'WARC-Vntally-Source-Id': input.sourceId,
        'WARC-Vntally-Canonical-URI': input.canonicalUrl,
        'WARC-Vntally-Kind': input.kind,
      },
    },
    [input.body],
  );
  if (record.httpHeaders === null) throw new TypeError('warcio built a response record without HTTP headers');
  // The block is the HTTP header block (as warcio serialises it, plus the blank line) and the payload.
  const headerBlock = textEncoder.encode(`${record.httpHeaders.toString()}\r\n`);
  const blockDigest = createHash('sha256').update(headerBlock).update(input.body).digest('hex');
  record.warcHeaders.headers.set('WARC-Payload-Digest', `sha256:${input.sha256}`);
  record.warcHeaders.headers.set('WARC-Block-Digest', `sha256:${blockDigest}`);
  return gzipSync(await WARCSerializer.serialize(record));
}

/** The HTTP headers as stored: see the module comment. */
function storedHeaders(headers: Record<string, string>, bodyLength: number): Array<[string, string]> {
  const stored: Array<[string, string]> = [];
  for (const [name, rawValue] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) continue;
    const value = String(rawValue).replace(HEADER_LINE_BREAKS, ' ');
    const lower = name.toLowerCase();
    if (ENCODING_HEADERS.has(lower)) stored.push([`${ORIGINAL_HEADER_PREFIX}${name}`, value]);
    else if (lower === 'content-length') {
      if (value.trim() !== String(bodyLength)) stored.push([`${ORIGINAL_HEADER_PREFIX}${name}`, value]);
    } else stored.push([name, value]);
  }
  stored.push(['Content-Length', String(bodyLength)]);
  return stored;
}

/** What a stored response record says, read back from one gunzipped record. */
export interface ParsedResponse {
  warcType: string;
  targetUri: string | null;
  status: number | null;
  payload: Uint8Array;
}

export async function parseResponsePayload(recordBytes: Uint8Array): Promise<ParsedResponse | null> {
  const record = await new WARCParser([recordBytes]).parse();
  if (record === null) return null;
  // Raw, not decoded: the stored headers declare no encoding (see storedHeaders), so raw is the body byte for byte.
  const payload = await record.readFully(false);
  return {
    warcType: record.warcType ?? '',
    targetUri: record.warcTargetURI ?? null,
    status: typeof record.httpHeaders?.statusCode === 'number' ? record.httpHeaders.statusCode : null,
    payload,
  };
}
