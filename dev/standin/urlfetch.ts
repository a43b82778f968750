/**
 * Stand-in for UrlFetchApp: sends each request to a fake server through an HTTP router
 * and copies the real service's behaviour that callers depend on (method defaults,
 * form-encoding of object payloads, exceptions for status ≥ 400 unless
 * muteHttpExceptions, network failures as thrown exceptions, redirects followed with a
 * GET unless followRedirects is false).
 */
import type { FakeHttpHandler, FakeHttpRequest, FakeHttpResponse } from './http-types';

type HTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
type FetchOptions = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type FetchRequest = GoogleAppsScript.URL_Fetch.URLFetchRequest;
export type UrlFetchStandIn = Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch' | 'fetchAll' | 'getRequest'>;

export interface HttpRouter {
  /**
   * Routes requests whose URL starts with `prefix` (the longest matching prefix wins); registering
   * a prefix again replaces its server (a test swapping one of Google's endpoints for a broken one).
   */
  register(prefix: string, handler: FakeHttpHandler): void;
  /** Answers a request, or throws like the real service for an unknown host. */
  handle(req: FakeHttpRequest): FakeHttpResponse;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const TRUNCATE_BODY_CHARS = 100;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** An exception shaped like Apps Script's (`name` 'Exception'). */
export function appsScriptException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

function origin(url: string): string {
  const m = /^[a-z]+:\/\/[^/?#]+/i.exec(url);
  return m ? m[0] : url;
}

/** A router over fake servers keyed by URL prefix; an unknown host throws 'DNS error: …'. */
export function createHttpRouter(): HttpRouter {
  const routes: Array<{ prefix: string; handler: FakeHttpHandler }> = [];
  return {
    register(prefix, handler) {
      const same = routes.findIndex((r) => r.prefix === prefix);
      if (same >= 0) routes.splice(same, 1);
      routes.push({ prefix, handler });
      routes.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    handle(req) {
      const route = routes.find((r) => req.url.startsWith(r.prefix));
      if (!route) throw appsScriptException(`DNS error: ${origin(req.url)}`);
      return route.handler(req);
    },
  };
}

function encodeForm(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

function toRequest(url: string, params: FetchOptions = {}): FakeHttpRequest {
  const method = String(params.method ?? 'get').toLowerCase() as FakeHttpRequest['method'];
  if (!METHODS.includes(method)) throw appsScriptException(`Invalid argument: method (${String(params.method)})`);
  const headers: Record<string, string> = { ...(params.headers ?? {}) };
  let payload = '';
  if (params.payload !== undefined && params.payload !== null) {
    payload =
      typeof params.payload === 'string' ? params.payload : encodeForm(params.payload as Record<string, unknown>);
    headers['Content-Type'] = params.contentType ?? 'application/x-www-form-urlencoded';
  } else if (params.contentType) {
    headers['Content-Type'] = params.contentType;
  }
  return { url, method, headers, payload };
}

type BlobMaker = (bytes: Buffer, contentType: string) => GoogleAppsScript.Base.Blob;

function toResponse(res: FakeHttpResponse, makeBlob?: BlobMaker): HTTPResponse {
  const unsupported = (name: string) => () => {
    throw appsScriptException(`${name} tidak didukung oleh stand-in UrlFetchApp.`);
  };
  return {
    getResponseCode: () => res.status,
    getContentText: () => res.body,
    getContent: () => Array.from(res.bytes ?? Buffer.from(res.body, 'utf8')).map((b) => (b > 127 ? b - 256 : b)),
    getHeaders: () => ({ ...res.headers }),
    getAllHeaders: () => ({ ...res.headers }),
    getBlob: makeBlob
      ? () =>
          makeBlob(
            Buffer.from(res.bytes ?? Buffer.from(res.body, 'utf8')),
            res.headers['Content-Type'] ?? res.headers['content-type'] ?? 'application/octet-stream',
          )
      : unsupported('getBlob'),
    getAs: unsupported('getAs'),
  };
}

function locationOf(res: FakeHttpResponse): string | undefined {
  return Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
}

/** Sends `req`; a redirect is followed (as a GET, without the body, except 307/308) when `enabled`. */
function follow(router: { handle(req: FakeHttpRequest): FakeHttpResponse }, req: FakeHttpRequest, enabled: boolean) {
  let res = router.handle(req);
  for (let hops = 0; enabled && REDIRECTS.has(res.status) && locationOf(res); hops++) {
    if (hops === MAX_REDIRECTS) throw appsScriptException(`Too many redirects: ${req.url}`);
    const keep = res.status === 307 || res.status === 308;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => keep || !/^content-type$/i.test(k)));
    req = keep ? { ...req, url: locationOf(res)! } : { url: locationOf(res)!, method: 'get', headers, payload: '' };
    res = router.handle(req);
  }
  return res;
}

/**
 * A UrlFetchApp backed by `router`. `onCall` hears each service call by method name
 * ('fetch', 'fetchAll', 'getRequest'), for quota counting. A handler that throws
 * simulates a network failure; its error propagates like the real exception.
 */
export function createUrlFetchApp(
  router: { handle(req: FakeHttpRequest): FakeHttpResponse },
  onCall?: (method: string) => void,
  makeBlob?: BlobMaker,
): UrlFetchStandIn {
  const send = (url: string, params: FetchOptions = {}): HTTPResponse => {
    const res = follow(router, toRequest(url, params), params.followRedirects !== false);
    if (res.status >= 400 && !params.muteHttpExceptions) {
      const shown = res.body.length > TRUNCATE_BODY_CHARS ? `${res.body.slice(0, TRUNCATE_BODY_CHARS)}...` : res.body;
      throw appsScriptException(
        `Request failed for ${origin(url)} returned code ${res.status}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return toResponse(res, makeBlob);
  };
  return {
    fetch(url: string, params?: FetchOptions) {
      onCall?.('fetch');
      return send(url, params);
    },
    fetchAll(requests: Array<FetchRequest | string>) {
      onCall?.('fetchAll');
      return requests.map((r) => (typeof r === 'string' ? send(r) : send(r.url, r)));
    },
    getRequest(url: string, params?: FetchOptions): FetchRequest {
      onCall?.('getRequest');
      const req = toRequest(url, params);
      return {
        url,
        method: req.method,
        headers: req.headers,
        payload: req.payload,
        contentType: req.headers['Content-Type'],
        followRedirects: params?.followRedirects ?? true,
        validateHttpsCertificates: params?.validateHttpsCertificates ?? true,
        useIntranet: false,
      };
    },
  };
}
