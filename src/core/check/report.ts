/**
 * "Salin laporan": the checklist as plain text an office sends with a bug report. It names the
 * versions, zone and locale, every failed line with Google's or Zoom's exact words, then the
 * passed ones; and it carries no personal data and no secret: emails, phone-like numbers and
 * anything token-like are replaced before the text leaves.
 */
import { isOfficeZone, zoneAbbrev } from '../dates';
import { officeStamp, type CheckLine } from './types';

/** What the report says about the installation besides its lines. */
export interface ReportMeta {
  at: Date;
  /** The office zone from Pengaturan ('' when the engine did not say). */
  officeZone: string;
  spreadsheetZone: string;
  spreadsheetLocale: string;
  userLocale: string;
  panelVersion: string;
  engineVersion: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const AUTH_HEADER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;
const KEYED_SECRET =
  /\b(client_secret|access_token|id_token|refresh_token|password|pwd|token)(["'\s]*[=:]\s*["']?)[^"'&\s,}]+/gi;
const LONG_TOKEN = /[A-Za-z0-9_+/=-]{32,}/g;
/** Digits with spaces, dots, dashes or brackets between them; a phone (or NIK/NIP) has at least 9. */
const NUMBER_RUN = /\+?\d[\d\s().-]{6,}\d/g;
const MIN_PHONE_DIGITS = 9;

/**
 * `text` without personal data or secrets: emails → [email], numbers of 9+ digits (phones,
 * NIP, NIK) → [nomor], JWTs, Authorization values, key=value secrets and 32+ character
 * token-like runs → [disembunyikan].
 */
export function scrubReport(text: string): string {
  return text
    .replace(JWT, '[disembunyikan]')
    .replace(AUTH_HEADER, '$1 [disembunyikan]')
    .replace(KEYED_SECRET, '$1$2[disembunyikan]')
    .replace(EMAIL, '[email]')
    .replace(LONG_TOKEN, '[disembunyikan]')
    .replace(NUMBER_RUN, (run) => (run.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? '[nomor]' : run));
}

function when(at: Date, zone: string): string {
  return isOfficeZone(zone) ? officeStamp(at, zone) : officeStamp(at, 'Asia/Jakarta');
}

function lineText(l: CheckLine): string[] {
  const out = [`${l.ok ? '✓' : '✗'} ${l.title} [${l.id}]`, `  ${l.detail}`];
  if (!l.ok && l.fix) out.push(`  Yang harus dilakukan: ${l.fix}`);
  for (const raw of l.raw) out.push(`  Pesan asli: ${raw}`);
  return out;
}

/** The plain-text report of `lines`, scrubbed of personal data and secrets. */
export function checkReport(lines: CheckLine[], meta: ReportMeta): string {
  const bad = lines.filter((l) => !l.ok);
  const good = lines.filter((l) => l.ok);
  const zone = isOfficeZone(meta.officeZone)
    ? `${zoneAbbrev(meta.officeZone)} (${meta.officeZone})`
    : 'tidak diketahui';
  const text = [
    'Laporan Periksa pemasangan — Layanan Vicon',
    `Waktu: ${when(meta.at, meta.officeZone)}`,
    `Versi: panel ${meta.panelVersion || '?'}, mesin ${meta.engineVersion || '?'}`,
    `Zona kantor: ${zone}; zona spreadsheet: ${meta.spreadsheetZone || '?'}`,
    `Lokal: spreadsheet ${meta.spreadsheetLocale || '?'}, pengguna ${meta.userLocale || '?'}`,
    `Hasil: ${good.length} berhasil, ${bad.length} gagal`,
    '',
    ...(bad.length ? ['GAGAL', ...bad.flatMap(lineText), ''] : []),
    'BERHASIL',
    ...good.flatMap(lineText),
  ].join('\n');
  return scrubReport(text);
}
