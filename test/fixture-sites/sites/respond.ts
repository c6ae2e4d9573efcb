/** Response builders for the site renderers. */
import type { SiteResponse } from '../site-model.js';
import { esc } from '../render/html.js';

export function html(body: string, extra: Omit<SiteResponse, 'status' | 'body'> = {}): SiteResponse {
  return { status: 200, body, ...extra };
}

export function xml(body: string, contentType = 'application/xml; charset=utf-8', lastModified?: Date): SiteResponse {
  return { status: 200, body, contentType, ...(lastModified ? { lastModified } : {}) };
}

export function json(value: unknown, contentType = 'application/json; charset=utf-8'): SiteResponse {
  return { status: 200, body: JSON.stringify(value), contentType };
}

export function redirect(location: string, status: 301 | 302 = 301): SiteResponse {
  return {
    status,
    body: `<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="${esc(location)}">here</a>.</h2></body></html>`,
    headers: { Location: location },
  };
}

/** A page number from a query value: positive integer or the default. */
export function pageParam(value: string | null, fallback = 1, min = 1): number | undefined {
  if (value === null || value === '') return fallback;
  if (!/^\d{1,6}$/u.test(value)) return undefined;
  const n = Number(value);
  return n >= min ? n : undefined;
}
