/**
 * Crawlee's HTTP client slot, filled with the polite fetcher. CheerioCrawler
 * calls `stream()` for every request; this client
 *   1. fetches through `PoliteFetcher` (scope, robots.txt, per-host pacing,
 *      Retry-After, size cap, redirects checked hop by hop), which throws the
 *      engine's retry/skip errors straight into crawlee's error handling;
 *   2. decodes the bytes once with the project's charset rules (`page.ts`:
 *      BOM, header, meta, windows-1258) and sniffs their kind, which is right
 *      where crawlee's header-only decoding is not (windows-1258 with
 *      combining tones, a charset only in `<meta>`, a mislabelled type);
 *   3. keeps the raw bytes, headers and decoded text in `fetches`, keyed by
 *      crawlee's request id; the handler takes them and parses the page once
 *      with the project's cheerio. Crawlee itself gets an empty body labelled
 *      `application/octet-stream`, so it does not parse the page a second
 *      (and third) time with its own, older cheerio.
 */
import { Readable } from 'node:stream';
import type { BaseHttpClient, HttpRequest, HttpResponse, ResponseTypes, StreamingHttpResponse } from '@crawlee/core';
import type { FetchResult, PoliteFetcher } from '../politeness/polite-fetch.js';
import type { HostScope } from '../politeness/scope.js';
import { decodePage } from './page.js';
import type { DecodedPage } from './page.js';

/** What a pre-navigation hook puts into crawlee's request options for this client. */
export interface VntallyRequestOptions {
  requestId: string;
  attempt: number;
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export interface FetchedPage {
  result: FetchResult;
  decoded: DecodedPage;
}

export class PoliteHttpClient implements BaseHttpClient {
  private readonly fetcher: PoliteFetcher;
  private readonly scope: HostScope;
  /** Raw fetch results by crawlee request id, until the handler takes them. */
  readonly fetches = new Map<string, FetchedPage>();
  /** Called once per HTTP request actually sent (for the request count). */
  private readonly onFetch: (result: FetchResult) => void;

  constructor(fetcher: PoliteFetcher, scope: HostScope, onFetch: (result: FetchResult) => void = () => {}) {
    this.fetcher = fetcher;
    this.scope = scope;
    this.onFetch = onFetch;
  }

  /** Takes the raw page of a request (once). */
  take(requestId: string | undefined): FetchedPage | undefined {
    if (requestId === undefined) return undefined;
    const page = this.fetches.get(requestId);
    this.fetches.delete(requestId);
    return page;
  }

  async stream(request: HttpRequest): Promise<StreamingHttpResponse> {
    const options = request.vntally as VntallyRequestOptions | undefined;
    const result = await this.fetcher.fetch({
      url: String(request.url),
      scope: this.scope,
      attempt: options?.attempt ?? 0,
      etag: options?.etag,
      lastModified: options?.lastModified,
    });
    this.onFetch(result);
    const decoded = result.status === 304 ? { kind: 'empty' as const, text: '', charset: undefined } : decodePage(result.body, result.headers['content-type']);
    if (options) this.fetches.set(options.requestId, { result, decoded });
    const headers: Record<string, string> = { ...result.headers, 'content-type': 'application/octet-stream', 'content-length': '0' };
    delete headers['content-encoding'];
    const response: StreamingHttpResponse = {
      stream: Readable.from([]),
      request,
      redirectUrls: result.redirects.map((u) => new URL(u)),
      url: result.url,
      statusCode: result.status,
      statusMessage: '',
      headers,
      trailers: {},
      complete: true,
      downloadProgress: { percent: 1, transferred: result.body.length, total: result.body.length },
      uploadProgress: { percent: 1, transferred: 0, total: 0 },
    };
    return response;
  }

  async sendRequest<TResponseType extends keyof ResponseTypes = 'text'>(request: HttpRequest<TResponseType>): Promise<HttpResponse<TResponseType>> {
    const streamed = await this.stream(request as HttpRequest);
    const chunks: Buffer[] = [];
    for await (const chunk of streamed.stream) chunks.push(Buffer.from(chunk as Buffer));
    const buffer = Buffer.concat(chunks);
    const body = (request.responseType === 'buffer' ? buffer : request.responseType === 'json' ? JSON.parse(buffer.toString('utf8')) : buffer.toString('utf8')) as ResponseTypes[TResponseType];
    const { stream: _stream, ...rest } = streamed;
    return { ...rest, request, body } as HttpResponse<TResponseType>;
  }
}
