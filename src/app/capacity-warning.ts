/**
 * The admins' warning that the spreadsheet is filling up: when the day's measurement says archiving
 * is due (core/capacity.ts: past 60% of Google's 10 million cells, or under two years left at the
 * current rate), one mail to the active admins saying how to archive, then none for 30 days while
 * it stays due. Claimed in the ledger first, so overlapping hourly runs send it once.
 */
import { capacityText, needsArchive } from '../core/capacity';
import { localDate } from '../core/dates';
import { escapeHtml } from '../core/messages';
import { claim, release } from './ledger';
import type { Deps } from './ports';

/** Script Property: when the last warning went out (ISO). */
const WARNED = 'KAPASITAS_DIPERINGATKAN';
const QUIET_MS = 30 * 86_400_000;

function textOf(deps: Deps, measured: string): string {
  const lastYear = Number(localDate(deps.clock.now(), deps.config.settings().settings.timeZone).slice(0, 4)) - 1;
  return [
    'Spreadsheet Layanan Vicon mulai penuh.',
    measured,
    '',
    'Yang perlu dilakukan admin:',
    `1. Buka Layanan Vicon › Pengaturan, bagian "Arsip", tulis tahun yang sudah lewat (misalnya ${lastYear}), lalu tekan "Arsipkan tahun".`,
    `2. Permohonan tahun itu yang sudah selesai, beserta riwayatnya, dipindahkan ke spreadsheet "Arsip Layanan Vicon ${lastYear}" milik akun layanan. Permohonan yang masih berjalan tetap di Register.`,
    '3. Rekap bulan-bulan tahun itu tetap dapat dibuat (dibaca dari arsip), dan "Periksa riwayat" memeriksa rantai bersama arsipnya.',
    '',
    'Email ini dikirim paling banyak sekali dalam 30 hari selama spreadsheet belum diarsipkan.',
  ].join('\n');
}

const quiet = (last: string | null, now: Date) => last !== null && now.getTime() - Date.parse(last) < QUIET_MS;

/** Warn the active admins once when archiving is due (see the module comment); true when a mail went out. */
export function warnCapacity(deps: Deps): boolean {
  const { mailer, state } = deps;
  const measured = deps.space?.measured();
  const now = deps.clock.now();
  if (!mailer || !state || !measured || !needsArchive(measured) || quiet(state.get(WARNED), now)) return false;
  const admins = deps.config
    .users()
    .users.filter((u) => u.active && u.isAdmin)
    .map((u) => u.email);
  const unit = `kapasitas:${now.toISOString().slice(0, 10)}`;
  if (admins.length === 0 || !deps.lock.run(() => !quiet(state.get(WARNED), now) && claim(deps, unit))) return false;
  const text = textOf(deps, capacityText(measured));
  const sent = mailer.send({
    to: admins.join(', '),
    subject: 'Layanan Vicon: spreadsheet mulai penuh, saatnya mengarsipkan',
    text,
    html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
    replyTo: '',
    key: unit,
  });
  deps.lock.run(() => {
    if (sent === 'sent') state.set(WARNED, now.toISOString());
    release(deps, unit);
  });
  return sent === 'sent';
}
