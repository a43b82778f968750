/**
 * Blocked (permanently failed) effects as people see them: in the sidebar's request detail, with
 * what to fix, and in one mail to the admins per blocked effect.
 */
import { escapeHtml } from '../core/messages';
import { systemNote, type HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Effect } from '../core/sop/types';
import { EFFECT_LABELS, effectFromPending, pendingEntry } from './effects';
import { adminsNotified, blockedReason, markNotified } from './failures';
import type { Deps } from './ports';

/** What happens once the cause is fixed (see retry.ts). */
export const AFTER_FIX =
  'Setelah diperbaiki (lembar Sumber Daya, Pengaturan, Pengguna, atau aplikasi Zoom lalu "Tes koneksi"), sistem mencoba lagi pada pemicu per jam berikutnya.';

/** The row's pending effects for people: 'Tertunda: …' lines, and one problem line per blocked effect. */
export function pendingView(r: VcRequest): { pending: string[]; problems: string[] } {
  const effects = r.pending.map(effectFromPending).filter((e): e is Effect => e !== null);
  const pending = effects.map((e) =>
    blockedReason(e) === null
      ? `Tertunda: ${EFFECT_LABELS[e.kind]}`
      : `Tertunda: ${EFFECT_LABELS[e.kind]} (gagal, perlu diperbaiki)`,
  );
  const problems = effects.flatMap((e) => {
    const reason = blockedReason(e);
    return reason === null ? [] : [`Gagal ${EFFECT_LABELS[e.kind]}: ${reason} ${AFTER_FIX}`];
  });
  return { pending, problems };
}

/**
 * The row's blocked effects in one text (what to fix, each reason once, then AFTER_FIX; '' when none),
 * and how many other effects wait for a retry.
 */
export function pendingSummary(r: VcRequest): { blocked: string; waiting: number } {
  const blocked = r.pending.map(effectFromPending).filter((e): e is Effect => e !== null && blockedReason(e) !== null);
  const reasons = [...new Set(blocked.map((e) => blockedReason(e)))];
  const lines = reasons.map((reason) => {
    const kinds = [...new Set(blocked.filter((e) => blockedReason(e) === reason).map((e) => EFFECT_LABELS[e.kind]))];
    return `Gagal ${kinds.join(' dan ')}: ${reason}`;
  });
  return {
    blocked: lines.length > 0 ? `${lines.join(' ')} ${AFTER_FIX}` : '',
    waiting: r.pending.length - blocked.length,
  };
}

function adminEmails(deps: Deps): string[] {
  return deps.config
    .users()
    .users.filter((u) => u.active && u.isAdmin)
    .map((u) => u.email);
}

function mailText(r: VcRequest, blocked: Effect[], officeUrl: string): string {
  const lines = blocked.map((e) => `- ${EFFECT_LABELS[e.kind]}: ${blockedReason(e)}`);
  return [
    `Permohonan ${r.id} (${r.title || 'tanpa judul'}) tidak dapat diproses sampai penyebab berikut diperbaiki:`,
    ...lines,
    '',
    AFTER_FIX,
    `Spreadsheet layanan: ${officeUrl}`,
  ].join('\n');
}

/** True when `r` has blocked effects its admins were not told about yet. */
export function notifiable(r: VcRequest): boolean {
  return r.pending.some((p) => {
    const effect = effectFromPending(p);
    return effect !== null && blockedReason(effect) !== null && !adminsNotified(effect);
  });
}

/**
 * Tells the admins, in one mail, about the blocked effects of `r` they were not told about yet;
 * returns the request with those effects marked as told and a history record, or null when there
 * is nothing to tell, no mailer, no admin, or no mail quota (then the next run tries again).
 */
export function notifyAdmins(deps: Deps, r: VcRequest): { request: VcRequest; record: HistoryRecord } | null {
  const effects = r.pending.map((p) => ({ entry: p, effect: effectFromPending(p) }));
  const fresh = effects.flatMap(({ effect }) =>
    effect && blockedReason(effect) !== null && !adminsNotified(effect) ? [effect] : [],
  );
  if (!deps.mailer || fresh.length === 0) return null;
  const admins = adminEmails(deps);
  if (admins.length === 0) return null;
  const text = mailText(r, fresh, deps.mailer.officeUrl());
  const key = `${r.id}:admin:${fresh.map((e) => e.key).join(',')}`;
  const sent = deps.mailer.send({
    to: admins.join(', '),
    subject: `Layanan Vicon ${r.id}: perlu diperbaiki admin`,
    text,
    html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
    replyTo: '',
    key,
  });
  if (sent !== 'sent') return null;
  const told = new Set(fresh.map((e) => e.key));
  const pending = effects.map(({ entry, effect }) =>
    effect && told.has(effect.key) ? pendingEntry(markNotified(effect)) : entry,
  );
  const what = fresh.map((e) => EFFECT_LABELS[e.kind]).join(', ');
  const record = systemNote(
    r,
    deps.clock.now().toISOString(),
    'admin diberi tahu',
    `email ke ${admins.join(', ')}: ${what} perlu diperbaiki`,
    key,
  );
  return { request: { ...r, pending }, record };
}
