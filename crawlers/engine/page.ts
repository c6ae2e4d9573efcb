/**
 * Response bytes → text the handlers can parse, and what kind of document it
 * is. The kind comes from the bytes first and the label second, because
 * servers mislabel: an HTML article sent as `application/octet-stream`, a
 * PDF sent as `text/html` (both on the faults fixture site).
 *
 * Charset: BOM, then the Content-Type header, then `<meta>` (or the XML
 * declaration), then UTF-8 if valid, else windows-1258, via
 * `extract/html/decode-bytes.ts`; the text is NFC.
 */
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { decodeBytes, looksBinary } from '../../extract/html/decode-bytes.js';

export type BodyKind = 'html' | 'xml' | 'json' | 'binary' | 'empty';

export interface DecodedPage {
  kind: BodyKind;
  text: string;
  /** The charset used to decode (lower case), when the body is text. */
  charset: string | undefined;
}

/** `<?xml … encoding="windows-1258"?>`. Matches `<?xml version="1.0" encoding="UTF-8"?>`. Not `<?xml version="1.0"?>`. */
const XML_DECLARED_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/u;

/** Root elements of feeds and sitemaps. Matches "<rss", "<feed", "<urlset", "<sitemapindex", "<rdf:RDF". */
const XML_ROOT = /<(?:rss|feed|urlset|sitemapindex|rdf:RDF)[\s>]/u;

/** The gzip magic number: sitemaps are often served as `.xml.gz` files. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
const MAX_GUNZIPPED_BYTES = 50 * 1024 * 1024;

export function decodePage(bytes: Uint8Array, contentType: string | undefined): DecodedPage {
  if (bytes.length === 0) return { kind: 'empty', text: '', charset: undefined };
  let body = bytes;
  if (body[0] === GZIP_MAGIC[0] && body[1] === GZIP_MAGIC[1]) {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_GUNZIPPED_BYTES });
    } catch {
      return { kind: 'binary', text: '', charset: undefined }; // gzip that does not inflate is not a page
    }
  }
  if (looksBinary(body)) return { kind: 'binary', text: '', charset: undefined };
  const type = (contentType ?? '').toLowerCase();
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1');
  const declared = XML_DECLARED_ENCODING.exec(head)?.[1];
  const effectiveType = !/charset=/u.test(type) && declared ? `text/xml; charset=${declared}` : contentType;
  const { text, charset } = decodeBytes(body, { contentType: effectiveType ?? null });
  return { kind: kindOf(text, type), text, charset };
}

function kindOf(text: string, type: string): BodyKind {
  const start = text.slice(0, 2048).trimStart();
  if (type.includes('json') || start.startsWith('{') || start.startsWith('[')) return 'json';
  const looksHtml = /<html[\s>]|<!doctype html/iu.test(start);
  if (XML_ROOT.test(start) && !looksHtml) return 'xml';
  if (type.includes('xml') && !type.includes('xhtml') && !looksHtml) return 'xml';
  return 'html';
}

/**
 * HTML parsed with htmlparser2 (as `extract/html/extract-page.ts` does):
 * forgiving with broken portal markup and much faster than parse5.
 */
const HTML_PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } } as const;

/** The page as cheerio, in XML mode for feeds and sitemaps; undefined for bodies that are not markup. */
export function parseDocument(page: DecodedPage): CheerioAPI | undefined {
  if (page.kind === 'html') return cheerio.load(page.text, HTML_PARSER_OPTIONS);
  if (page.kind === 'xml') return cheerio.load(page.text, { xml: true });
  return undefined;
}
