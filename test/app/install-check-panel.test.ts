/**
 * "Periksa pemasangan", the panel's side, over small fakes: who may run it, the engine asked part
 * by part (stopping after an unreachable first part, going on after a later one fails), the
 * panel's own lines first, the counts, and the plain-text report an administrator sends on.
 */
import { installCheckRefusal, runInstallCheck, type PanelCheckPort } from '../../src/app/install-check-panel';
import type { CheckPartDto, PanelFactsDto } from '../../src/shared/check-rpc';
import type { Result } from '../../src/shared/rpc';
import { world } from './fakes';

const FACTS: PanelFactsDto = {
  engineUrl: 'https://script.google.com/macros/s/AKfycbx1234567890/exec',
  engineUrlOk: true,
  sheets: { ok: true, raw: '' },
  identity: { ok: true, raw: '' },
  scopes: { granted: ['p'], error: '' },
};

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

/** The engine as the panel reaches it: `parts` records each part asked, in order. */
function panelPort(
  answer: (part: string) => Result<CheckPartDto>,
  facts = FACTS,
): PanelCheckPort & { parts: string[] } {
  const parts: string[] = [];
  return {
    parts,
    facts: () => facts,
    neededScopes: () => ['p'],
    version: () => 'v-panel',
    userLocale: () => 'id',
    runPart: (part) => {
      parts.push(part);
      return answer(part);
    },
  };
}

const line = (id: string, ok = true) => ({ id, title: id, ok, detail: id, fix: ok ? '' : 'perbaiki', raw: [] });

/** The report's lines for the panel's own four lines when all pass. */
const PANEL_PASSED = [
  '✓ Panel membaca sheet [panel-baca]',
  '  Panel dapat membaca sheet sebagai Anda.',
  '✓ Token identitas Google [panel-identitas]',
  '  Google menerbitkan token identitas (dengan email terverifikasi) untuk Anda.',
  '✓ Alamat mesin di Pengaturan [alamat-mesin]',
  '  Pengaturan memuat alamat aplikasi web Apps Script (…/exec).',
  '✓ Izin yang disetujui petugas yang memeriksa (Anda) [izin-panel]',
  '  Semua 1 izin yang dibutuhkan sudah disetujui.',
];

describe('the panel’s side', () => {
  it('asks every part, in order, and counts and reports', () => {
    const w = world();
    const port = panelPort((part) => ({ ok: true, value: { lines: [line(part, part !== 'surat')] } }));
    const dto = value(runInstallCheck(w.deps, port));
    expect(port.parts).toEqual(['dasar', 'mesin', 'kalender', 'email', 'surat', 'ekspor', 'zoom']);
    expect(dto.lines.map((l) => l.id)).toEqual([
      'panel-baca',
      'panel-identitas',
      'alamat-mesin',
      'izin-panel',
      'dasar',
      'mesin',
      'kalender',
      'email',
      'surat',
      'ekspor',
      'zoom',
    ]);
    expect([dto.passed, dto.failed]).toEqual([10, 1]);
    expect(dto.report).toContain('✗ surat [surat]');
    expect(dto.report).toContain('Versi: panel v-panel, mesin ?');
  });

  it('the report names the versions, zones and locales the engine gave with its first part', () => {
    const w = world();
    const meta = {
      version: 'v-mesin',
      spreadsheetZone: 'Asia/Jakarta',
      spreadsheetLocale: 'en_US',
      officeZone: 'Asia/Makassar',
    };
    const port = panelPort((part) => ({
      ok: true,
      value: part === 'dasar' ? { lines: [line('akun')], meta } : { lines: [] },
    }));
    expect(value(runInstallCheck(w.deps, port)).report).toBe(
      [
        'Laporan Periksa pemasangan — Layanan Vicon',
        'Waktu: 23/11/2026 pukul 10.00 WITA',
        'Versi: panel v-panel, mesin v-mesin',
        'Zona kantor: WITA (Asia/Makassar); zona spreadsheet: Asia/Jakarta',
        'Lokal: spreadsheet en_US, pengguna id',
        'Hasil: 5 berhasil, 0 gagal',
        '',
        'BERHASIL',
        ...PANEL_PASSED,
        '✓ akun [akun]',
        '  akun',
      ].join('\n'),
    );
  });

  it('stops when the first part cannot be had; a later part failing stops nothing', () => {
    const w = world();
    const unreachable = panelPort(() => ({ ok: false, error: 'Mesin Layanan Vicon tidak dapat dihubungi.' }));
    const lines = value(runInstallCheck(w.deps, unreachable)).lines.slice(4);
    expect(lines).toEqual([
      {
        id: 'bagian-dasar',
        title: 'Pemeriksaan akun, pemicu, formulir, perlindungan, izin, ruang, Log',
        ok: false,
        detail: 'Mesin tidak menjalankan bagian pemeriksaan ini.',
        fix: 'Baca pesan di bawah. Bila mesin tidak dapat dihubungi, periksa baris "Alamat mesin" dan deployment aplikasi web mesin.',
        raw: ['Mesin Layanan Vicon tidak dapat dihubungi.'],
      },
    ]);
    expect(unreachable.parts).toEqual(['dasar']);
    const slow = panelPort((part) =>
      part === 'kalender' ? { ok: false, error: 'Timeout' } : { ok: true, value: { lines: [line(part)] } },
    );
    const ids = value(runInstallCheck(w.deps, slow))
      .lines.map((l) => l.id)
      .slice(4);
    expect(ids).toEqual(['dasar', 'mesin', 'bagian-kalender', 'email', 'surat', 'ekspor', 'zoom']);
  });

  it('never calls the engine at an address that is not a web app, and its report says why with nothing from the engine', () => {
    const w = world();
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }), { ...FACTS, engineUrlOk: false });
    const dto = value(runInstallCheck(w.deps, port));
    expect(dto.lines.map((l) => [l.id, l.ok]).slice(2)).toEqual([
      ['alamat-mesin', false],
      ['izin-panel', true],
      ['bagian-dasar', false],
    ]);
    expect(port.parts).toEqual([]);
    expect([dto.passed, dto.failed]).toEqual([3, 2]);
    expect(dto.report).toBe(
      [
        'Laporan Periksa pemasangan — Layanan Vicon',
        'Waktu: 23/11/2026 pukul 09.00 WIB',
        'Versi: panel v-panel, mesin ?',
        'Zona kantor: tidak diketahui; zona spreadsheet: ?',
        'Lokal: spreadsheet ?, pengguna id',
        'Hasil: 3 berhasil, 2 gagal',
        '',
        'GAGAL',
        '✗ Alamat mesin di Pengaturan [alamat-mesin]',
        '  Pengaturan tidak memuat alamat aplikasi web Apps Script (https://script.google.com/…/exec).',
        '  Yang harus dilakukan: Akun layanan menjalankan Layanan Vicon › Siapkan dan menempelkan Web app URL mesin.',
        '✗ Pemeriksaan akun, pemicu, formulir, perlindungan, izin, ruang, Log [bagian-dasar]',
        '  Mesin tidak menjalankan bagian pemeriksaan ini.',
        '  Yang harus dilakukan: Baca pesan di bawah. Bila mesin tidak dapat dihubungi, periksa baris "Alamat mesin" dan deployment aplikasi web mesin.',
        '  Pesan asli: Alamat mesin di Pengaturan belum diisi atau tidak sah.',
        '',
        'BERHASIL',
        ...PANEL_PASSED.slice(0, 4),
        ...PANEL_PASSED.slice(6),
      ].join('\n'),
    );
  });

  it('refuses an official who is not an admin, or a stranger, before anything runs', () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }));
    expect(runInstallCheck(w.deps, port)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.',
    });
    w.as('orang@luar.id');
    expect(installCheckRefusal(w.deps)).toBe(
      'orang@luar.id tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    );
    expect(port.parts).toEqual([]);
    w.as('admin@kominfo.go.id');
    expect(installCheckRefusal(w.deps)).toBeNull();
  });

  it('someone Google does not name gets the panel’s own lines saying why, and the engine is never asked', () => {
    const w = world();
    w.as('');
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }), {
      ...FACTS,
      identity: { ok: false, raw: 'Token identitas tanpa email terverifikasi.' },
    });
    const dto = value(runInstallCheck(w.deps, port));
    expect(dto.lines.map((l) => [l.id, l.ok])).toEqual([
      ['panel-baca', true],
      ['panel-identitas', false],
      ['alamat-mesin', true],
      ['izin-panel', true],
      ['bagian-dasar', false],
    ]);
    expect(dto.lines[4].raw).toEqual([
      'Alamat email Anda tidak dapat dibaca oleh Google Apps Script (akun pribadi atau izin terbatas). Masuk dengan akun kantor yang terdaftar di sheet Pengguna.',
    ]);
    expect(port.parts).toEqual([]);
  });

  it('an email of blanks only counts as no name at all: no refusal, the engine never asked', () => {
    const w = world();
    w.as('   ');
    const port = panelPort(() => ({ ok: true, value: { lines: [] } }));
    expect(installCheckRefusal(w.deps)).toBeNull();
    const dto = value(runInstallCheck(w.deps, port));
    expect(dto.lines.map((l) => [l.id, l.ok]).slice(4)).toEqual([['bagian-dasar', false]]);
    expect(port.parts).toEqual([]);
  });

  it('when the panel cannot read Pengguna, the engine decides who may run the check', () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    w.deps.config.users = () => {
      throw new Error('You do not have permission to access the requested document.');
    };
    const port = panelPort((part) => ({ ok: true, value: { lines: [line(part)] } }));
    expect(installCheckRefusal(w.deps)).toBeNull();
    expect(value(runInstallCheck(w.deps, port)).lines.length).toBe(11);
    expect(port.parts).toEqual(['dasar', 'mesin', 'kalender', 'email', 'surat', 'ekspor', 'zoom']);
  });
});
