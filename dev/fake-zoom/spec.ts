/**
 * The Zoom Meeting API OpenAPI spec (contracts/zoom/ZoomMeetingAPISpec.json, vendored) and ajv
 * validators compiled from the schemas this project uses. Loaded once per process.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const SPEC_FILE = 'ZoomMeetingAPISpec.json';

/** The vendored spec inside the repository (see contracts/zoom/README.md). */
export const ZOOM_SPEC_PATH = path.resolve(__dirname, '..', '..', 'contracts', 'zoom', SPEC_FILE);

type Json = Record<string, any>;
let spec: Json | null = null;

/** The parsed spec; throws with the searched paths when it is missing. */
export function loadZoomSpec(): Json {
  if (spec) return spec;
  spec = JSON.parse(fs.readFileSync(ZOOM_SPEC_PATH, 'utf8')) as Json;
  return spec;
}

export type ZoomSchemaName =
  'createBody' | 'updateBody' | 'create201' | 'get200' | 'list200' | 'recordings200' | 'user200';

/** The JSON schema of one request body or response used by this project. */
export function zoomSchema(name: ZoomSchemaName): Json {
  const paths = loadZoomSpec().paths;
  const json = (op: Json, status?: string): Json =>
    status
      ? op.responses[status].content['application/json'].schema
      : op.requestBody.content['application/json'].schema;
  switch (name) {
    case 'createBody':
      return json(paths['/users/{userId}/meetings'].post);
    case 'updateBody':
      return json(paths['/meetings/{meetingId}'].patch);
    case 'create201':
      return json(paths['/users/{userId}/meetings'].post, '201');
    case 'get200':
      return json(paths['/meetings/{meetingId}'].get, '200');
    case 'list200':
      return json(paths['/users/{userId}/meetings'].get, '200');
    case 'recordings200':
      return json(paths['/meetings/{meetingId}/recordings'].get, '200');
    case 'user200':
      return json(paths['/users/{userId}'].get, '200');
  }
}

const compiled = new Map<ZoomSchemaName, ValidateFunction>();
let ajv: Ajv | null = null;

/**
 * An ajv validator for `name`. OpenAPI extras (example, extensions) are ignored
 * (strict: false) and formats are not checked: Zoom accepts a local start_time without
 * an offset, which RFC 3339 'date-time' would refuse.
 */
export function zoomValidator(name: ZoomSchemaName): ValidateFunction {
  const known = compiled.get(name);
  if (known) return known;
  ajv ??= new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const fn = ajv.compile(zoomSchema(name));
  compiled.set(name, fn);
  return fn;
}

/** ajv errors as Zoom's validation list: `{ field: 'settings.auto_recording', message }`. */
export function toZoomFieldErrors(errors: ErrorObject[] | null | undefined): Array<{ field: string; message: string }> {
  return (errors ?? []).map((e) => ({
    field: e.instancePath.replace(/^\//, '').replace(/\//g, '.') || String(e.params.missingProperty ?? ''),
    message: e.message ?? 'Invalid field.',
  }));
}
