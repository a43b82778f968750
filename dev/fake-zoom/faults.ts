/**
 * Fault injection for the fake Zoom server, and the error responses Zoom sends.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { appsScriptException } from '../standin/urlfetch';
import { toZoomJson } from './meetings';

export type FakeZoomOperation = 'token' | 'create' | 'update' | 'delete' | 'get' | 'list' | 'recordings' | 'user';

export interface FailSpec {
  on: FakeZoomOperation;
  /** timeout/network: the call throws like UrlFetchApp; 5xx: `status` (default 502); 429: per-second limit; 401: code 124. */
  kind: 'timeout' | '5xx' | '429' | '401' | 'network';
  /** HTTP status for kind '5xx' (500, 502, 503, 504; default 502). */
  status?: number;
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

const REASONS: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A 5xx as a gateway in front of Zoom sends it: an HTML page without Zoom's JSON error. */
function serverError(status: number): FakeHttpResponse {
  const title = `${status} ${REASONS[status] ?? 'Server Error'}`;
  return {
    status,
    headers: { 'Content-Type': 'text/html' },
    body: `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center></body></html>`,
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
      return serverError(fault.status ?? 502);
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
