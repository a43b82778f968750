/**
 * Checklist lines the panel judges from its own facts, gathered as the official who clicked:
 * it reads the sheets, gets a Google identity token, knows a valid engine address, and holds
 * the scopes it needs. Also the line for a part of the check the engine could not answer.
 */
import { scopeLine, type GrantFacts } from './usage-lines';
import { failed, lineOf, passed, type CheckLine, type CheckPart } from './types';

/** What the panel found out about itself, as the official at the keyboard. */
export interface PanelFacts {
  sheets: { ok: boolean; raw: string };
  identity: { ok: boolean; raw: string };
  /** Pengaturan holds an Apps Script web-app address (…/exec). */
  engineUrlOk: boolean;
  scopes: GrantFacts;
}

/** The panel's four lines. `needed` are the panel manifest's scopes. */
export function panelLines(f: PanelFacts, needed: string[]): CheckLine[] {
  return [
    f.sheets.ok
      ? passed('panel-baca', 'Panel membaca sheet', 'Panel dapat membaca sheet sebagai Anda.')
      : failed(
          'panel-baca',
          'Panel membaca sheet',
          'Panel tidak dapat membaca sheet sebagai Anda.',
          'Pastikan spreadsheet dibagikan kepada Anda sebagai Editor (admin: aktifkan Anda di Pengguna) dan judul kolom tidak diubah; jalankan Siapkan bila perlu.',
          [f.sheets.raw],
        ),
    lineOf(
      'panel-identitas',
      'Token identitas Google',
      f.identity.ok ? [] : ['Panel tidak mendapat token identitas Google untuk Anda.'],
      'Google menerbitkan token identitas (dengan email terverifikasi) untuk Anda.',
      'Setujui izin panel (termasuk "melihat alamat email" dan OpenID): muat ulang spreadsheet dan buka menu Layanan Vicon.',
      [f.identity.raw],
    ),
    lineOf(
      'alamat-mesin',
      'Alamat mesin di Pengaturan',
      f.engineUrlOk
        ? []
        : ['Pengaturan tidak memuat alamat aplikasi web Apps Script (https://script.google.com/…/exec).'],
      'Pengaturan memuat alamat aplikasi web Apps Script (…/exec).',
      'Akun layanan menjalankan Layanan Vicon › Siapkan dan menempelkan Web app URL mesin.',
    ),
    scopeLine('izin-panel', 'petugas yang memeriksa (Anda)', needed, f.scopes),
  ];
}

const PART_LABELS: Record<CheckPart, string> = {
  dasar: 'akun, pemicu, formulir, perlindungan, izin, ruang, Log',
  mesin: 'aplikasi web mesin dan token identitas',
  kalender: 'kalender sumber daya',
  email: 'email uji',
  surat: 'surat dari templat',
  ekspor: 'ekspor Rekap',
  zoom: 'Zoom',
};

/** The ✗ line of a part the engine did not answer (unreachable, refused, timed out). */
export function unansweredLine(part: CheckPart, error: string): CheckLine {
  return failed(
    `bagian-${part}`,
    `Pemeriksaan ${PART_LABELS[part]}`,
    'Mesin tidak menjalankan bagian pemeriksaan ini.',
    'Baca pesan di bawah. Bila mesin tidak dapat dihubungi, periksa baris "Alamat mesin" dan deployment aplikasi web mesin.',
    [error],
  );
}
