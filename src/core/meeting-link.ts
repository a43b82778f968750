/**
 * Meeting links: which links a person may type for a meeting (platform 'Lainnya'), and what a Zoom
 * host start link looks like (it logs anyone in as the host, so it is never sent or printed).
 * Pure; Apps Script has no URL class, so hosts are read with one regular expression.
 */

/** Hosts a typed meeting link may point to; '*.' also allows every subdomain (and the bare domain). */
export const MEETING_LINK_HOSTS: readonly string[] = [
  '*.zoom.us',
  '*.zoomgov.com',
  'meet.google.com',
  'teams.microsoft.com',
  'teams.live.com',
  '*.webex.com',
  'meet.jit.si',
];

/** Longest meeting link accepted. */
export const MEETING_LINK_MAX_CHARS = 500;

/** scheme, host (no user info, no spaces), optional port, then the rest. */
const URL_PARTS = /^(https?):\/\/([a-z0-9.-]+)(?::\d{1,5})?([/?#][^\s]*)?$/i;

function partsOf(url: string): { scheme: string; host: string; rest: string } | null {
  const m = URL_PARTS.exec(url);
  return m ? { scheme: m[1].toLowerCase(), host: m[2].toLowerCase().replace(/\.$/, ''), rest: m[3] ?? '' } : null;
}

function hostAllowed(host: string, entry: string): boolean {
  if (!entry.startsWith('*.')) return host === entry;
  const domain = entry.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when `url` is a Zoom host start link: a zoom.us / zoomgov.com address with a '/s/…' path or a 'zak' token. */
export function isZoomStartUrl(url: string): boolean {
  const parts = partsOf(String(url ?? '').trim());
  if (!parts || !['*.zoom.us', '*.zoomgov.com'].some((entry) => hostAllowed(parts.host, entry))) return false;
  return /^\/s\//i.test(parts.rest) || /[?&]zak=/i.test(parts.rest);
}

/**
 * Null when `link` may be recorded as a meeting link typed by a person: https, at most
 * MEETING_LINK_MAX_CHARS, on one of MEETING_LINK_HOSTS, and not a Zoom start link. Otherwise the
 * Indonesian reason.
 */
export function meetingLinkProblem(link: string): string | null {
  const text = String(link ?? '').trim();
  if (text.length > MEETING_LINK_MAX_CHARS)
    return `Tautan rapat terlalu panjang (maksimal ${MEETING_LINK_MAX_CHARS} karakter).`;
  const parts = partsOf(text);
  if (!parts || parts.scheme !== 'https') return 'Tautan rapat harus berupa alamat https:// yang lengkap, tanpa spasi.';
  if (!MEETING_LINK_HOSTS.some((entry) => hostAllowed(parts.host, entry)))
    return `Tautan rapat harus ke layanan rapat yang dikenal (${MEETING_LINK_HOSTS.map((h) => h.replace('*.', '')).join(', ')}); "${parts.host}" tidak termasuk.`;
  if (isZoomStartUrl(text)) return 'Itu tautan host Zoom (start URL); tempelkan tautan peserta (join URL).';
  return null;
}
