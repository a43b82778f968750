/**
 * OAuth scopes the fake Zoom demands per endpoint, as Zoom documents them: the granular scopes
 * (https://developers.zoom.us/docs/integrations/oauth-scopes-granular/) and, for apps made
 * before granular scopes, the classic ones named in the vendored spec (`security` of each
 * operation). A token holding none of them is refused with Zoom's code 4711.
 */
import type { FakeHttpResponse } from '../standin/http-types';
import { zoomError, type FakeZoomOperation } from './faults';

/** The endpoints the fake serves (besides the token endpoint). */
export type ApiOperation = Exclude<FakeZoomOperation, 'token'>;

interface Need {
  granular: string[];
  classic: string[];
}

const NEEDS: Record<ApiOperation, Need> = {
  create: {
    granular: ['meeting:write:meeting', 'meeting:write:meeting:admin'],
    classic: ['meeting:write', 'meeting:write:admin'],
  },
  update: {
    granular: ['meeting:update:meeting', 'meeting:update:meeting:admin'],
    classic: ['meeting:write', 'meeting:write:admin'],
  },
  delete: {
    granular: ['meeting:delete:meeting', 'meeting:delete:meeting:admin'],
    classic: ['meeting:write', 'meeting:write:admin'],
  },
  get: {
    granular: ['meeting:read:meeting', 'meeting:read:meeting:admin'],
    classic: ['meeting:read', 'meeting:read:admin'],
  },
  list: {
    granular: ['meeting:read:list_meetings', 'meeting:read:list_meetings:admin'],
    classic: ['meeting:read', 'meeting:read:admin'],
  },
  recordings: {
    granular: ['cloud_recording:read:list_recording_files', 'cloud_recording:read:list_recording_files:admin'],
    classic: ['recording:read', 'recording:read:admin'],
  },
  user: { granular: ['user:read:user', 'user:read:user:admin'], classic: ['user:read', 'user:read:admin'] },
};

/** The account-level granular scopes a new Server-to-Server app needs for every endpoint the fake serves. */
export const ALL_GRANULAR_ADMIN_SCOPES: readonly string[] = Object.values(NEEDS).map((n) => n.granular[1]);

const CLASSIC = new Set(Object.values(NEEDS).flatMap((n) => n.classic));

/**
 * null when a token with `scopes` may call `op`; else Zoom's 400 / 4711 answer naming the scopes
 * it lacks (classic names for an app holding classic scopes, granular ones otherwise).
 */
export function scopeRefusal(op: ApiOperation, scopes: readonly string[]): FakeHttpResponse | null {
  const need = NEEDS[op];
  if ([...need.granular, ...need.classic].some((s) => scopes.includes(s))) return null;
  const named = scopes.some((s) => CLASSIC.has(s)) ? need.classic : need.granular;
  return zoomError(400, 4711, `Invalid access token, does not contain scopes:[${named.join(', ')}].`);
}
