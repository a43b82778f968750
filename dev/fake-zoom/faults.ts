/**
 * Fault injection for the fake Zoom server, and the error responses Zoom sends.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { appsScriptException } from '../standin/urlfetch';
import { toZoomJson } from './meetings';

export type FakeZoomOperation = 'token' | 'create' | 'update' | 'delete' | 'get' | 'list' | 'recordings';

export interface FailSpec {
  on: FakeZoomOperation;
  /** timeout/network: the call throws like UrlFetchApp; 5xx: 502; 429: per-second limit; 401: code 124. */
  kind: 'timeout' | '5xx' | '429' | '401' | 'network';
  /** How many matching calls fail (default 1). */
  times?: number;
  /** The operation is carried out first, then the client still sees the failure. */
  afterCommit?: boolean;
  /** Retry-After for kind '429' (default 1 s). */
  retryAfterSeconds?: number;
}

const JSON_HEADERS = { 'Content-Type': 'application/json;charset=UTF-8' };

/** A Zoom-shaped JSON response. */
export function zoomJson(status: number, body: unknown, headers: Record<string, string> = {}): FakeHttpResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: toZoomJson(body) };
}

/** A Zoom error `{ code, message }` (plus extra fields such as `errors`). */
export function zoomError(
  status: number,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): FakeHttpResponse {
  return zoomJson(status, { code, message, ...extra }, headers);
}

/** A queue of pending faults, consumed in order per operation. */
export function createFaultQueue() {
  const pending: Array<FailSpec & { left: number }> = [];
  return {
    add(spec: FailSpec): void {
      pending.push({ ...spec, left: spec.times ?? 1 });
    },
    /** The fault to apply to this call of `op`, if any (and counts it down). */
    take(op: FakeZoomOperation): FailSpec | null {
      const index = pending.findIndex((f) => f.on === op);
      if (index < 0) return null;
      const fault = pending[index];
      fault.left -= 1;
      if (fault.left <= 0) pending.splice(index, 1);
      return fault;
    },
    get size(): number {
      return pending.length;
    },
  };
}

/** The failure a client sees for `fault` (throws for timeout/network, like UrlFetchApp). */
export function faultResponse(fault: FailSpec, req: FakeHttpRequest): FakeHttpResponse {
  switch (fault.kind) {
    case 'timeout':
      throw appsScriptException(`Timeout: ${req.url}`);
    case 'network':
      throw appsScriptException(`Address unavailable: ${req.url}`);
    case '5xx':
      return {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
        body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
      };
    case '429': {
      const seconds = fault.retryAfterSeconds ?? 1;
      return zoomError(
        429,
        429,
        'You have reached the maximum per-second rate limit for this API. Try again later.',
        {},
        {
          'Retry-After': String(seconds),
          'X-RateLimit-Type': 'QPS',
          'X-RateLimit-Category': 'Medium',
          'X-RateLimit-Limit': '20',
          'X-RateLimit-Remaining': '0',
        },
      );
    }
    case '401':
      return zoomError(401, 124, 'Invalid access token.');
  }
}
