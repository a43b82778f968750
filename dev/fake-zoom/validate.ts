/**
 * Request-body checks of the fake Zoom, in the order Zoom applies them: a JSON object, the
 * OpenAPI request schema, then the rules the schema cannot say — `timezone` from Zoom's list,
 * a readable `start_time`, and a passcode that meets the account's passcode requirement.
 * Every refusal is Zoom's validation error: HTTP 400, code 300.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { zoomError } from './faults';
import { startTimeToUtc } from './meetings';
import { passcodeProblem, type PasscodeRule } from './passcodes';
import { toZoomFieldErrors, zoomValidator } from './spec';
import { isZoomTimeZone } from './timezones';

/** A parsed request body. */
export type Body = Record<string, any>;

const invalidField = (field: string, message = 'Invalid field.') =>
  zoomError(400, 300, 'Validation Failed.', { errors: [{ field, message }] });

function parseObject(req: FakeHttpRequest): Body | null {
  try {
    const body: unknown = JSON.parse(req.payload);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : null;
  } catch {
    return null;
  }
}

function ruleProblem(b: Body, zone: string, rule: PasscodeRule): FakeHttpResponse | null {
  if (b.timezone !== undefined && !isZoomTimeZone(String(b.timezone))) return invalidField('timezone');
  try {
    if (b.start_time !== undefined) startTimeToUtc(String(b.start_time), zone);
  } catch {
    return invalidField('start_time');
  }
  if (b.password === undefined) return null;
  const problem = passcodeProblem(String(b.password), rule);
  return problem ? invalidField('password', problem) : null;
}

/**
 * The create (`createBody`) or update (`updateBody`) body of `req`, or Zoom's 400 answer.
 * `zone` is the meeting's current zone (for an update that changes only start_time).
 */
export function readMeetingBody(
  req: FakeHttpRequest,
  schema: 'createBody' | 'updateBody',
  rule: PasscodeRule,
  zone = 'UTC',
): Body | FakeHttpResponse {
  const body = parseObject(req);
  if (!body) return zoomError(400, 300, 'Request Body should be a valid JSON object.');
  const validate = zoomValidator(schema);
  if (!validate(body)) return zoomError(400, 300, 'Validation Failed.', { errors: toZoomFieldErrors(validate.errors) });
  return ruleProblem(body, String(body.timezone ?? zone), rule) ?? body;
}

/** True when `x` is an HTTP answer rather than a parsed body. */
export const isResponse = (x: Body | FakeHttpResponse): x is FakeHttpResponse =>
  typeof x.status === 'number' && typeof x.body === 'string';
