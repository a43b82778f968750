/**
 * "Tes koneksi" in the settings wizard: a token can be issued, it carries every scope the product
 * needs (granular or the classic equivalent), and every Zoom host in Sumber Daya exists in the
 * Zoom account. Says exactly what is missing, in Indonesian.
 */
import { missingScopes, ZOOM_SCOPE_NEEDS, type ScopeNeed } from '../core/zoom-scopes';
import { ZOOM_CHECKED_KEY } from './failures';
import type { Deps } from './ports';

/** What the check asks of Zoom. Messages are Indonesian and never carry credentials. */
export interface ZoomCheckPort {
  /** A new token's `scope` field, or why no token could be issued. */
  zoomTokenScopes(): { ok: true; scopes: string } | { ok: false; message: string };
  /** Whether the Zoom account has the user (GET /users/{email}), or why that could not be told. */
  zoomUserExists(email: string): { ok: true; exists: boolean } | { ok: false; message: string };
}

const USER_NEED = ZOOM_SCOPE_NEEDS.find((n) => n.granular === 'user:read:user:admin') as ScopeNeed;

function scopeLine(missing: ScopeNeed[]): string {
  if (missing.length === 0) return 'Izin (scope) aplikasi Zoom lengkap.';
  const names = missing.map((n) => `${n.granular} (untuk ${n.purpose})`).join('; ');
  return `Izin (scope) yang belum ada di aplikasi Zoom: ${names}. Tambahkan di Zoom App Marketplace (aplikasi › Scopes), lalu tes lagi.`;
}

function hostEmails(deps: Deps): string[] {
  const users = deps.schedule ? Object.values(deps.schedule.inventory().zoomUsers) : [];
  return [...new Set(users.map((u) => u.trim()).filter(Boolean))];
}

/** One line per host problem, or one line saying all hosts exist; `problems` counts the bad ones. */
function hostLines(deps: Deps, port: ZoomCheckPort, missing: ScopeNeed[]): { lines: string[]; problems: number } {
  const hosts = hostEmails(deps);
  if (hosts.length === 0) return { lines: ['Belum ada akun Zoom (host) di lembar Sumber Daya.'], problems: 1 };
  if (missing.includes(USER_NEED))
    return { lines: [`Akun host belum dapat diperiksa: izin ${USER_NEED.granular} belum ada.`], problems: 1 };
  const lines: string[] = [];
  for (const email of hosts) {
    const found = port.zoomUserExists(email);
    if (!found.ok) lines.push(`Akun host ${email} belum dapat diperiksa: ${found.message}`);
    else if (!found.exists)
      lines.push(
        `Akun host ${email} tidak ada di akun Zoom kantor: periksa ejaan email di lembar Sumber Daya, atau tambahkan pengguna itu di Zoom.`,
      );
  }
  if (lines.length > 0) return { lines, problems: lines.length };
  return {
    lines: [`Semua ${hosts.length} akun host di Sumber Daya ada di akun Zoom: ${hosts.join(', ')}.`],
    problems: 0,
  };
}

/**
 * Runs the check. When everything is in order it records the time (ZOOM_CHECKED_KEY), so effects
 * blocked by a Zoom problem are tried again at the next hourly run.
 */
export function checkZoom(deps: Deps, port: ZoomCheckPort): { ok: boolean; message: string } {
  const token = port.zoomTokenScopes();
  if (!token.ok) return { ok: false, message: token.message };
  const missing = missingScopes(token.scopes);
  const hosts = hostLines(deps, port, missing);
  const ok = missing.length === 0 && hosts.problems === 0;
  if (ok) deps.state?.set(ZOOM_CHECKED_KEY, deps.clock.now().toISOString());
  const lines = ['Kredensial Zoom diterima: token dapat diterbitkan.', scopeLine(missing), ...hosts.lines];
  return { ok, message: lines.join('\n') };
}
