import { validAnswers } from '../fixtures/answers';
import { checkHistory, e2eWorld, type E2E } from './world';
import type { Result, UploadResultDto } from '../../src/shared/rpc';

const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`ditolak: ${r.error}`);
  return r.value;
};
const ID = 'VC-2026-0001';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function step(e: E2E, who: string, action: string, input = {}) {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(ID, action, input));
}

const upload = (e: E2E, file: unknown): Result<UploadResultDto> => e.app.call('uploadDocumentation', ID, file);

describe('Demak documentation on the built bundle', () => {
  const e = e2eWorld('004-demak');
  e.submit(validAnswers());

  it("takes the leadership's disposisi at the assignment, and refuses an upload at a step asking for none", () => {
    e.as('subkoor@kominfo.go.id');
    const disposisi = ok(upload(e, { name: 'disposisi.png', mimeType: 'image/png', base64: PNG.toString('base64') }));
    step(e, 'subkoor', 'tugaskan_operator', {
      operator: 'operator@kominfo.go.id',
      documentation: { disposisi: disposisi.url },
    });
    e.as('operator@kominfo.go.id');
    expect(upload(e, { name: 'foto.png', mimeType: 'image/png', base64: PNG.toString('base64') })).toEqual({
      ok: false,
      error: expect.stringContaining('tidak meminta dokumentasi'),
    });
  });

  it('walks to the documentation step; only the operator may upload, within 10 MB and known types', () => {
    for (const action of ['catat_jadwal', 'siapkan_host', 'peralatan_siap']) step(e, 'operator', action);
    step(e, 'operator', 'rekaman_selesai', { documentation: { video: 'https://drive.google.com/file/d/rekaman' } });
    expect(e.column('Status')).toEqual(['Menunggu Dokumentasi']);
    const file = { name: 'foto.png', mimeType: 'image/png', base64: PNG.toString('base64') };
    e.as('subkoor@kominfo.go.id');
    expect(upload(e, file)).toEqual({ ok: false, error: expect.stringContaining('Operator Command Center') });
    e.as('operator@kominfo.go.id');
    const tooBig = { ...file, base64: 'A'.repeat(Math.ceil(((10 * 1024 * 1024 + 3) * 4) / 3 / 4) * 4) };
    expect(upload(e, tooBig)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Berkas "foto.png" terlalu besar \(10,1 MB\); batasnya 10,0 MB\./),
    });
    expect(upload(e, { ...file, mimeType: 'application/x-msdownload' })).toEqual({
      ok: false,
      error: expect.stringContaining('tidak diterima'),
    });
    expect(upload(e, { ...file, base64: '' })).toEqual({
      ok: false,
      error: expect.stringContaining('kosong atau rusak'),
    });
    expect([...e.ws.drive.items.values()].filter((i) => i.name === 'foto.png')).toEqual([]);
  });

  it('saves an upload in the request’s folder and records it in the history', () => {
    e.as('operator@kominfo.go.id');
    const saved = ok(
      upload(e, {
        name: 'foto/kegiatan.png',
        mimeType: 'image/png',
        base64: `data:image/png;base64,${PNG.toString('base64')}`,
      }),
    );
    expect(saved).toMatchObject({
      name: 'foto kegiatan.png',
      sizeBytes: PNG.length,
      url: expect.stringMatching(/^https:\/\/drive\.google\.com\/file\/d\//),
    });
    const items = [...e.ws.drive.items.values()];
    const file = items.find((i) => i.name === 'foto kegiatan.png')!;
    const folder = items.find((i) => i.id === file.parents[0])!;
    expect(folder.name).toBe(ID);
    expect(items.find((i) => i.id === folder.parents[0])!.name).toBe('Layanan Vicon');
    expect(Buffer.from(file.bytes!)).toEqual(PNG);
    const last = e.sheet('Riwayat').at(-1)!;
    expect(last.slice(1, 9)).toEqual([
      ID,
      'sistem',
      'operator@kominfo.go.id',
      expect.any(String),
      'unggah dokumentasi',
      'dokumentasi',
      'dokumentasi',
      `foto kegiatan.png (${PNG.length} bita): ${saved.url}`,
    ]);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('closes only with the preset’s required documentation, naming what is missing', () => {
    e.as('operator@kominfo.go.id');
    const missing = e.act(ID, 'unggah_dokumentasi', { documentation: { notulen: 'Rapat berjalan lancar.' } });
    expect(missing).toEqual({ ok: false, error: expect.stringContaining('foto') });
    const url = String(e.sheet('Riwayat').at(-1)![8]).split(': ')[1];
    step(e, 'operator', 'unggah_dokumentasi', {
      documentation: { notulen: 'Rapat berjalan lancar.', foto: url, jumlahPeserta: '40' },
    });
    expect(e.column('Status')).toEqual(['Selesai']);
  });
});
