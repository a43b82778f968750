/**
 * The Zoom OAuth scopes this product needs, one per endpoint it calls, as granular scopes
 * (https://developers.zoom.us/docs/integrations/oauth-scopes-granular/) with the classic scope
 * that covers the same endpoint (the `security` of each operation in the vendored spec). Apps
 * made before Zoom introduced granular scopes keep classic ones, and Zoom still honours them, so
 * either satisfies a need. Pure.
 */

/** One endpoint the product calls and the scopes that allow it. */
export interface ScopeNeed {
  /** Indonesian: what the product does with it. */
  purpose: string;
  /** The account-level granular scope a new Server-to-Server app adds. */
  granular: string;
  /** The classic scope an older app may hold instead. */
  classic: string;
}

/** Every scope need, in the order the README lists them. */
export const ZOOM_SCOPE_NEEDS: readonly ScopeNeed[] = [
  { purpose: 'membuat rapat', granular: 'meeting:write:meeting:admin', classic: 'meeting:write:admin' },
  { purpose: 'membaca rapat', granular: 'meeting:read:meeting:admin', classic: 'meeting:read:admin' },
  { purpose: 'mengubah jadwal rapat', granular: 'meeting:update:meeting:admin', classic: 'meeting:write:admin' },
  { purpose: 'menghapus rapat', granular: 'meeting:delete:meeting:admin', classic: 'meeting:write:admin' },
  {
    purpose: 'mencari rapat host (agar tidak ganda)',
    granular: 'meeting:read:list_meetings:admin',
    classic: 'meeting:read:admin',
  },
  {
    purpose: 'mengambil tautan rekaman cloud',
    granular: 'cloud_recording:read:list_recording_files:admin',
    classic: 'recording:read:admin',
  },
  { purpose: 'memeriksa akun host', granular: 'user:read:user:admin', classic: 'user:read:admin' },
];

/** The needs that `granted` (the token's `scope` field, space-separated) satisfies neither way. */
export function missingScopes(granted: string): ScopeNeed[] {
  const have = new Set(granted.split(/\s+/).filter(Boolean));
  return ZOOM_SCOPE_NEEDS.filter((n) => !have.has(n.granular) && !have.has(n.classic));
}
