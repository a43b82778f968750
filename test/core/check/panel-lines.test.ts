/**
 * The panel's own checklist lines, judged as the official who clicked, and the line for a part
 * of the check the engine did not answer: exact texts a person reads, for a pass and a failure.
 */
import { panelLines, unansweredLine } from '../../../src/core/check/panel-lines';

const NEEDED = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'openid'];

describe('panelLines', () => {
  it('passes each line when the panel reads the sheets, gets a token, knows the engine and holds its scopes', () => {
    const lines = panelLines(
      {
        sheets: { ok: true, raw: 'tidak dipakai' },
        identity: { ok: true, raw: 'tidak dipakai' },
        engineUrlOk: true,
        scopes: { granted: [...NEEDED], error: '' },
      },
      NEEDED,
    );
    expect(lines.slice(0, 3)).toEqual([
      {
        id: 'panel-baca',
        title: 'Panel membaca sheet',
        ok: true,
        detail: 'Panel dapat membaca sheet sebagai Anda.',
        fix: '',
        raw: [],
      },
      {
        id: 'panel-identitas',
        title: 'Token identitas Google',
        ok: true,
        detail: 'Google menerbitkan token identitas (dengan email terverifikasi) untuk Anda.',
        fix: '',
        raw: [],
      },
      {
        id: 'alamat-mesin',
        title: 'Alamat mesin di Pengaturan',
        ok: true,
        detail: 'Pengaturan memuat alamat aplikasi web Apps Script (…/exec).',
        fix: '',
        raw: [],
      },
    ]);
    expect([lines[3].id, lines[3].title, lines[3].ok]).toEqual([
      'izin-panel',
      'Izin yang disetujui petugas yang memeriksa (Anda)',
      true,
    ]);
  });

  it('fails each line with what to do and Google’s words', () => {
    const lines = panelLines(
      {
        sheets: { ok: false, raw: 'Sheet "Register" kehilangan kolom: Nomor.' },
        identity: { ok: false, raw: 'ScriptApp.getIdentityToken: token kosong.' },
        engineUrlOk: false,
        scopes: { granted: ['openid'], error: '' },
      },
      NEEDED,
    );
    expect(lines.slice(0, 3)).toEqual([
      {
        id: 'panel-baca',
        title: 'Panel membaca sheet',
        ok: false,
        detail: 'Panel tidak dapat membaca sheet sebagai Anda.',
        fix: 'Pastikan spreadsheet dibagikan kepada Anda sebagai Editor (admin: aktifkan Anda di Pengguna) dan judul kolom tidak diubah; jalankan Siapkan bila perlu.',
        raw: ['Sheet "Register" kehilangan kolom: Nomor.'],
      },
      {
        id: 'panel-identitas',
        title: 'Token identitas Google',
        ok: false,
        detail: 'Panel tidak mendapat token identitas Google untuk Anda.',
        fix: 'Setujui izin panel (termasuk "melihat alamat email" dan OpenID): muat ulang spreadsheet dan buka menu Layanan Vicon.',
        raw: ['ScriptApp.getIdentityToken: token kosong.'],
      },
      {
        id: 'alamat-mesin',
        title: 'Alamat mesin di Pengaturan',
        ok: false,
        detail: 'Pengaturan tidak memuat alamat aplikasi web Apps Script (https://script.google.com/…/exec).',
        fix: 'Akun layanan menjalankan Layanan Vicon › Siapkan dan menempelkan Web app URL mesin.',
        raw: [],
      },
    ]);
    expect([lines[3].id, lines[3].title, lines[3].ok]).toEqual([
      'izin-panel',
      'Izin yang disetujui petugas yang memeriksa (Anda)',
      false,
    ]);
  });
});

describe('unansweredLine', () => {
  it('names the part the engine did not run, what to do, and the error', () => {
    expect(
      unansweredLine('kalender', 'Exception: Request failed for https://script.google.com returned code 401'),
    ).toEqual({
      id: 'bagian-kalender',
      title: 'Pemeriksaan kalender sumber daya',
      ok: false,
      detail: 'Mesin tidak menjalankan bagian pemeriksaan ini.',
      fix: 'Baca pesan di bawah. Bila mesin tidak dapat dihubungi, periksa baris "Alamat mesin" dan deployment aplikasi web mesin.',
      raw: ['Exception: Request failed for https://script.google.com returned code 401'],
    });
  });
});
