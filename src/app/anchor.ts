/**
 * The daily anchor mail: once per office day the admins get the Riwayat's row count and last hash
 * (and how full the spreadsheet is). The anchor lives in the office account's Script Properties;
 * the copy in the admins' mailboxes is out of reach of anyone who could edit both the sheet and
 * those properties, so a rewritten history shows against an older mail. Claimed in the ledger
 * before it is sent, so overlapping hourly runs send it once.
 */
import { capacityText } from '../core/capacity';
import { localDate, localTime } from '../core/dates';
import { escapeHtml } from '../core/messages';
import { claim, release } from './ledger';
import type { Deps } from './ports';

/** Script Property: the office date of the last anchor mail. */
const ANCHOR_DATE = 'JANGKAR_TERAKHIR';

/** The archived years, whose rows left Riwayat on purpose (app/archive.ts). */
function archived(deps: Deps): string[] {
  const years = deps.archive?.list() ?? [];
  return years.length ? [`- tahun yang diarsipkan: ${years.map((y) => `${y.year} (${y.url})`).join(', ')}`] : [];
}

function textOf(deps: Deps, today: string): string {
  const anchor = deps.history.anchor();
  const space = deps.space?.measured();
  return [
    `Jangkar riwayat Layanan Vicon, ${today}:`,
    `- jumlah baris Riwayat: ${anchor?.count ?? 0}`,
    `- hash baris terakhir: ${anchor?.hash ?? '-'}`,
    ...(anchor?.damage ? [`- PERHATIAN: ${anchor.damage}`] : []),
    ...(space ? [`- ${capacityText(space)}`] : []),
    ...archived(deps),
    '',
    'Simpan email ini. Riwayat hanya bertambah: bila kelak "Periksa riwayat" menunjukkan jumlah baris lebih sedikit',
    '(selain sesudah "Arsipkan tahun", yang mencatat dirinya di Riwayat dan barisnya disambung lewat arsip),',
    'atau baris ke-N tidak lagi berhash seperti di atas, riwayat telah diubah di luar Layanan Vicon.',
  ].join('\n');
}

/** Send today's anchor mail to the active admins if not sent yet; true when it went out. */
export function mailAnchor(deps: Deps): boolean {
  const { mailer, state } = deps;
  if (!mailer || !state) return false;
  const settings = deps.config.settings().settings;
  const now = deps.clock.now();
  const today = localDate(now, settings.timeZone);
  if (localTime(now, settings.timeZone) < settings.officeHoursStart || state.get(ANCHOR_DATE) === today) return false;
  const admins = deps.config
    .users()
    .users.filter((u) => u.active && u.isAdmin)
    .map((u) => u.email);
  const unit = `jangkar:${today}`;
  if (admins.length === 0 || !deps.lock.run(() => state.get(ANCHOR_DATE) !== today && claim(deps, unit))) return false;
  const text = textOf(deps, today);
  const sent = mailer.send({
    to: admins.join(', '),
    subject: `Layanan Vicon: jangkar riwayat ${today}`,
    text,
    html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
    replyTo: '',
    key: unit,
  });
  deps.lock.run(() => {
    if (sent === 'sent') state.set(ANCHOR_DATE, today);
    release(deps, unit);
  });
  return sent === 'sent';
}
