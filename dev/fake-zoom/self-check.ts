/**
 * The fake checks its own answers: every 2xx body must match the response schema of the vendored
 * spec (ajv), and every API error must have Zoom's `{ code, message }` shape. A mismatch is a bug
 * in the fake, so it throws instead of answering.
 */
import type { FakeHttpResponse } from '../standin/http-types';
import type { ApiOperation } from './scopes';
import { zoomValidator, type ZoomSchemaName } from './spec';

const SCHEMAS: Partial<Record<ApiOperation, ZoomSchemaName>> = {
  create: 'create201',
  get: 'get200',
  list: 'list200',
  recordings: 'recordings200',
  user: 'user200',
};

function problemsOf(op: ApiOperation, res: FakeHttpResponse): string[] {
  if (res.status === 204) return res.body === '' ? [] : ['204 with a body'];
  const body: unknown = JSON.parse(res.body);
  if (res.status >= 400) {
    const e = body as { code?: unknown; message?: unknown };
    return typeof e.code === 'number' && typeof e.message === 'string' ? [] : ['error without { code, message }'];
  }
  const schema = SCHEMAS[op];
  if (!schema) return [`no ${res.status} answer is documented`];
  const validate = zoomValidator(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Returns `res` unchanged when it is a documented answer for `op`; throws naming what breaks the spec. */
export function checkedResponse(op: ApiOperation, res: FakeHttpResponse): FakeHttpResponse {
  const problems = problemsOf(op, res);
  if (problems.length > 0)
    throw new Error(`fake Zoom answered ${op} with HTTP ${res.status} outside the spec: ${problems.join('; ')}`);
  return res;
}
