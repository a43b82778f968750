/**
 * Checklist lines about what Setup put in place, judged from facts the engine read as the
 * office account: the account itself, its triggers, what it owns, the form, the protections.
 */
import { failed, lineOf, passed, type CheckLine } from './types';

const SETUP =
  'Jalankan Layanan Vicon › Siapkan sebagai akun layanan (Siapkan memperbaiki ini tanpa membuat apa pun dua kali).';

/** Who runs the engine and who owns the spreadsheet (emails as Google reports them). */
export interface AccountFacts {
  office: string;
  spreadsheetOwner: string;
}

/** ✓ when the office account runs the engine and owns the spreadsheet. */
export function accountLine(f: AccountFacts): CheckLine {
  const title = 'Akun layanan';
  if (!f.office) return failed('akun', title, 'Mesin tidak mengenali akun yang menjalankannya.', SETUP);
  if (f.spreadsheetOwner.toLowerCase() !== f.office.toLowerCase())
    return failed(
      'akun',
      title,
      `Mesin berjalan sebagai ${f.office}, tetapi spreadsheet dimiliki akun lain (${f.spreadsheetOwner || 'tidak diketahui'}).`,
      'Jadikan akun layanan pemilik spreadsheet (Bagikan › Jadikan pemilik), agar data tidak ikut hilang bila pemilik lama pergi.',
    );
  return passed('akun', title, `Mesin berjalan sebagai ${f.office}, pemilik spreadsheet ini.`);
}

/** One installed trigger: its handler and the id of what it watches ('' for a time trigger). */
export interface TriggerFact {
  handler: string;
  sourceId: string;
}

/** A trigger the product needs: handler, Indonesian label, and the id it must watch (null = none). */
export interface TriggerNeed {
  handler: string;
  label: string;
  sourceId: string | null;
}

const EDITOR =
  'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script › Pemicu (Triggers), hapus pemicu ganda, salah sasaran atau tak dikenal sampai tersisa tepat satu per jenis.';

function triggerProblems(found: TriggerFact[], needs: TriggerNeed[]): { missing: string[]; extra: string[] } {
  const missing: string[] = [];
  const extra: string[] = [];
  for (const need of needs) {
    const mine = found.filter((t) => t.handler === need.handler);
    if (mine.length === 0) missing.push(`Pemicu ${need.label} (${need.handler}) tidak ada.`);
    else if (mine.length > 1) extra.push(`Pemicu ${need.label} (${need.handler}) terpasang ${mine.length} kali.`);
    else if (need.sourceId !== null && mine[0].sourceId !== need.sourceId)
      extra.push(`Pemicu ${need.label} (${need.handler}) mengawasi berkas lain.`);
  }
  const unknown = [...new Set(found.map((t) => t.handler).filter((h) => !needs.some((n) => n.handler === h)))];
  if (unknown.length > 0) extra.push(`Pemicu tak dikenal: ${unknown.join(', ')}.`);
  return { missing, extra };
}

/** ✓ when there is exactly one trigger of each needed kind, watching the right form or spreadsheet. */
export function triggerLine(found: TriggerFact[], needs: TriggerNeed[]): CheckLine {
  const { missing, extra } = triggerProblems(found, needs);
  // The fix is read only when something is wrong, so Setup always belongs in it.
  const fix = extra.length > 0 ? `${EDITOR} ${SETUP}` : SETUP;
  const names = needs.map((n) => n.handler).join(', ');
  return lineOf('pemicu', 'Pemicu akun layanan', [...missing, ...extra], `Tepat satu pemicu untuk ${names}.`, fix);
}

/** Something the office account must own: the form, the Drive folder, a template, a calendar. */
export interface OwnedFact {
  what: string;
  /** true: owned; false: someone else owns it; null: the office account cannot find it. */
  owned: boolean | null;
  raw?: string;
}

/** ✓ when the office account owns every item. */
export function ownershipLine(items: OwnedFact[]): CheckLine {
  const missing = items.filter((i) => i.owned === null).map((i) => `${i.what} tidak ditemukan oleh akun layanan.`);
  const foreign = items.filter((i) => i.owned === false).map((i) => `${i.what} dimiliki akun lain.`);
  const fix = [
    missing.length > 0 ? SETUP : '',
    foreign.length > 0
      ? 'Yang dimiliki akun lain: untuk berkas, jadikan akun layanan pemiliknya (Bagikan › Jadikan pemilik); untuk kalender, kosongkan "ID Kalender" di Sumber Daya lalu jalankan Siapkan kalender sumber daya.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const raw = items.map((i) => i.raw ?? '');
  return lineOf(
    'milik',
    'Kepemilikan formulir, folder, templat, kalender',
    [...missing, ...foreign],
    `Akun layanan memiliki ${items.length} berkas dan kalender yang dipakai.`,
    fix,
    raw,
  );
}

/** The FPVC form as the engine sees it. */
export interface FormFacts {
  found: boolean;
  published: boolean;
  accepting: boolean;
  linkedHere: boolean;
  /** Pengaturan "formResponders". */
  responders: 'semua' | 'kantor';
  anyoneMayAnswer: boolean;
  domainMayAnswer: boolean;
}

function formProblems(f: FormFacts): string[] {
  if (!f.found) return ['Formulir FPVC tidak ditemukan (ID-nya di Properti Skrip mesin tidak terbuka).'];
  const p: string[] = [];
  if (!f.published) p.push('Formulir belum diterbitkan: pemohon tidak dapat membukanya.');
  else if (!f.accepting) p.push('Formulir tidak menerima jawaban.');
  if (!f.linkedHere) p.push('Jawaban formulir tidak masuk ke spreadsheet ini.');
  if (f.responders === 'semua' && !f.anyoneMayAnswer)
    p.push('Pengaturan memilih "semua", tetapi pemohon di luar domain kantor tidak dapat mengisi formulir.');
  if (f.responders === 'kantor' && (f.anyoneMayAnswer || !f.domainMayAnswer))
    p.push('Pengaturan memilih "kantor", tetapi formulir tidak dibatasi untuk akun Google kantor.');
  return p;
}

/** ✓ when the form is published, accepting, linked to this spreadsheet and open to whom Pengaturan says. */
export function formLine(f: FormFacts): CheckLine {
  const who = f.responders === 'semua' ? 'siapa saja yang punya tautannya' : 'akun Google kantor';
  return lineOf(
    'formulir',
    'Formulir FPVC',
    formProblems(f),
    `Diterbitkan, menerima jawaban, tertaut ke spreadsheet ini, dapat diisi ${who}.`,
    `${SETUP} Bila tetap gagal: buka formulir sebagai akun layanan, klik Terbitkan (Publish) dan aktifkan "Menerima jawaban".`,
  );
}

/** One data sheet's protection as the office account reads it. */
export interface ProtectionFact {
  sheet: string;
  exists: boolean;
  protectedSheet: boolean;
  warningOnly: boolean;
  /** Editors of the protection other than the office account (count only: no names leave the engine). */
  otherEditors: number;
  domainEdit: boolean;
}

function protectionProblem(p: ProtectionFact): string | null {
  if (!p.exists) return `Sheet "${p.sheet}" tidak ada.`;
  if (!p.protectedSheet) return `"${p.sheet}" tidak dilindungi.`;
  if (p.warningOnly) return `"${p.sheet}" hanya dilindungi dengan peringatan (siapa pun tetap dapat mengubahnya).`;
  if (p.domainEdit) return `"${p.sheet}" dapat disunting semua orang di domain.`;
  if (p.otherEditors > 0) return `"${p.sheet}" dapat disunting ${p.otherEditors} orang selain akun layanan.`;
  return null;
}

/** ✓ when every data sheet is protected so that only the office account edits it. */
export function protectionLine(sheets: ProtectionFact[]): CheckLine {
  const problems = sheets.map(protectionProblem).filter((p): p is string => p !== null);
  return lineOf(
    'perlindungan',
    'Sheet data terlindungi',
    problems,
    `${sheets.length} sheet data hanya dapat diubah akun layanan.`,
    `${SETUP} Jangan mengubah perlindungan sheet (Data › Lindungi sheet dan rentang) dengan tangan.`,
  );
}
