/** Uploading documentation from the sidebar: the file checks, who may upload, and what is recorded. */
import { performStep } from '../../src/app/act';
import {
  base64Payload,
  checkUpload,
  cleanFileName,
  decodedSize,
  uploadDocumentation,
  type DocumentationStore,
} from '../../src/app/documentation';
import { intake } from '../../src/app/intake';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

const ID = 'VC-2026-0001';
const PDF = {
  name: 'notulen rapat.pdf',
  mimeType: 'application/pdf',
  base64: Buffer.from('isi notulen').toString('base64'),
};

function memoryStore(): DocumentationStore & { saved: Array<{ id: string; name: string; mimeType: string }> } {
  const s = {
    saved: [] as Array<{ id: string; name: string; mimeType: string }>,
    save(id: string, file: { name: string; mimeType: string }) {
      s.saved.push({ id, name: file.name, mimeType: file.mimeType });
      return { url: `https://drive.example/${id}/${s.saved.length}` };
    },
  };
  return s;
}

/**
 * A Demak request walked to `until`: 'penugasan' (just received; the Sub Koor's assignment asks for the
 * disposisi, cancelling does not), 'rekap_jadwal' (asks for no document), 'dokumentasi' (the operator documents).
 */
function demak(until: 'penugasan' | 'rekap_jadwal' | 'dokumentasi'): TestWorld {
  const w = world({ presetId: '004-demak' });
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  const steps: Array<[string, string, Record<string, string>?]> = [
    ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }],
    ['operator', 'catat_jadwal'],
    ['operator', 'siapkan_host'],
    ['operator', 'peralatan_siap'],
    ['operator', 'rekaman_selesai'],
  ];
  const docs: Record<string, Record<string, string>> = {
    tugaskan_operator: { disposisi: 'Disposisi Kepala Dinas 045/12' },
    rekaman_selesai: { video: 'https://drive.example/rekaman.mp4' },
  };
  const walked = { penugasan: 0, rekap_jadwal: 1, dokumentasi: steps.length }[until];
  for (const [role, action, input] of steps.slice(0, walked)) {
    w.as(`${role}@kominfo.go.id`);
    const version = w.register.rows[0].version;
    const documentation = docs[action];
    const given = { ...(input ?? {}), ...(documentation ? { documentation } : {}) };
    expect(performStep(w.deps, { requestId: ID, action, expectedVersion: version, input: given })).toMatchObject({
      ok: true,
    });
  }
  return w;
}

describe('uploadDocumentation', () => {
  it('saves the file in the request folder and records who uploaded what', () => {
    const w = demak('dokumentasi');
    const store = memoryStore();
    w.as('operator@kominfo.go.id');
    expect(uploadDocumentation(w.deps, store, ID, PDF)).toEqual({
      ok: true,
      value: { name: 'notulen rapat.pdf', url: `https://drive.example/${ID}/1`, sizeBytes: 11 },
    });
    expect(store.saved).toEqual([{ id: ID, name: 'notulen rapat.pdf', mimeType: 'application/pdf' }]);
    expect(w.history.records.at(-1)).toMatchObject({
      kind: 'sistem',
      action: 'unggah dokumentasi',
      actorEmail: 'operator@kominfo.go.id',
      actorLabel: 'Petugas Operator Command Center',
      fromStep: 'dokumentasi',
      toStep: 'dokumentasi',
      note: `notulen rapat.pdf (11 bita): https://drive.example/${ID}/1`,
    });
    expect(w.history.verify()).toBeNull();
  });

  it('takes a document at a step where one of the actions asks for it (the disposisi at the assignment)', () => {
    const w = demak('penugasan');
    const store = memoryStore();
    w.as('subkoor@kominfo.go.id');
    const disposisi = { name: 'disposisi 045-12.pdf', mimeType: 'application/pdf', base64: PDF.base64 };
    expect(uploadDocumentation(w.deps, store, ID, disposisi)).toEqual({
      ok: true,
      value: { name: 'disposisi 045-12.pdf', url: `https://drive.example/${ID}/1`, sizeBytes: 11 },
    });
    expect(w.history.records.at(-1)).toMatchObject({
      action: 'unggah dokumentasi',
      actorEmail: 'subkoor@kominfo.go.id',
      fromStep: 'penugasan',
      toStep: 'penugasan',
    });
  });

  it('refuses a step that does not ask for documentation, and a caller without the step role', () => {
    const early = demak('rekap_jadwal');
    const store = memoryStore();
    early.as('operator@kominfo.go.id');
    expect(uploadDocumentation(early.deps, store, ID, PDF)).toEqual({
      ok: false,
      error: `Permohonan ${ID} sedang di langkah "Merekap jadwal rencana Video Conference", yang tidak meminta dokumentasi.`,
    });
    const w = demak('dokumentasi');
    w.as('subkoor@kominfo.go.id');
    expect(uploadDocumentation(w.deps, store, ID, PDF)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Langkah ini dikerjakan oleh Operator Command Center'),
    });
    w.as('orang@luar.id');
    expect(uploadDocumentation(w.deps, store, ID, PDF)).toMatchObject({
      ok: false,
      error: expect.stringContaining('tidak terdaftar'),
    });
    expect(store.saved).toEqual([]);
  });

  it('refuses an unknown request and a bad file before saving anything', () => {
    const w = demak('dokumentasi');
    const store = memoryStore();
    w.as('operator@kominfo.go.id');
    expect(uploadDocumentation(w.deps, store, 'VC-2026-0404', PDF)).toEqual({
      ok: false,
      error: 'Permohonan VC-2026-0404 tidak ditemukan di Register.',
    });
    expect(uploadDocumentation(w.deps, store, 42 as unknown as string, PDF)).toEqual({
      ok: false,
      error: 'Permohonan 42 tidak ditemukan di Register.',
    });
    expect(uploadDocumentation(w.deps, store, ID, { ...PDF, mimeType: 'application/x-msdownload' })).toMatchObject({
      ok: false,
    });
    expect(store.saved).toEqual([]);
  });
});

describe('checkUpload', () => {
  it('refuses what is not a file', () => {
    for (const file of [null, 'berkas', { name: 'a.pdf', mimeType: 'application/pdf' }, { ...PDF, name: 7 }])
      expect(checkUpload(file)).toEqual({
        ok: false,
        error: 'Berkas tidak terbaca. Pilih berkasnya lagi lalu unggah ulang.',
      });
  });

  it('refuses an empty name, an unknown type, and empty or broken content', () => {
    expect(checkUpload({ ...PDF, name: ' / ' })).toEqual({
      ok: false,
      error: 'Nama berkas kosong. Beri nama berkasnya lalu unggah ulang.',
    });
    expect(checkUpload({ ...PDF, mimeType: 'application/zip' })).toEqual({
      ok: false,
      error:
        'Jenis berkas "notulen rapat.pdf" (application/zip) tidak diterima. Unggah foto (JPG/PNG/WEBP/HEIC), PDF, dokumen Word/ODT atau teks.',
    });
    expect(checkUpload({ ...PDF, mimeType: '' })).toMatchObject({ error: expect.stringContaining('(tidak dikenal)') });
    for (const base64 of [
      '',
      '==',
      'QU=JD',
      'bukan base64!',
      'QUJD===',
      'data:application/pdf;base64,',
      'QUJDdata:,RA==',
    ])
      expect(checkUpload({ ...PDF, base64 })).toEqual({
        ok: false,
        error: 'Isi berkas "notulen rapat.pdf" kosong atau rusak. Pilih berkasnya lagi.',
      });
  });

  it('accepts exactly 10 MB and refuses one byte more, saying both sizes', () => {
    const limit = 10 * 1024 * 1024;
    const of = (bytes: number) => ({ ...PDF, base64: Buffer.alloc(bytes).toString('base64') });
    expect(checkUpload(of(limit))).toMatchObject({ ok: true, file: { size: limit } });
    expect(checkUpload(of(limit + 1))).toEqual({
      ok: false,
      error:
        'Berkas "notulen rapat.pdf" terlalu besar (10,1 MB); batasnya 10,0 MB. Perkecil foto atau bagi berkasnya, lalu unggah lagi.',
    });
  });

  it('takes a data: URL and line-wrapped base64, and cleans the name', () => {
    const wrapped = `data:image/png;base64,${Buffer.from('gambar png')
      .toString('base64')
      .replace(/(.{4})/g, '$1\n')}`;
    expect(checkUpload({ name: ' ../foto\u0000 kegiatan.png ', mimeType: 'image/png', base64: wrapped })).toEqual({
      ok: true,
      file: {
        name: '.. foto kegiatan.png',
        mimeType: 'image/png',
        base64: Buffer.from('gambar png').toString('base64'),
        size: 10,
      },
    });
  });
});

describe('file helpers', () => {
  it('decodedSize counts the padding', () => {
    expect([decodedSize('QUJD'), decodedSize('QUI='), decodedSize('QQ==')]).toEqual([3, 2, 1]);
  });

  it('base64Payload strips a data: prefix and whitespace only', () => {
    expect(base64Payload('data:text/plain;base64,QU JD\nRA==')).toBe('QUJDRA==');
    expect(base64Payload('QUJD')).toBe('QUJD');
    expect(base64Payload('QUJD data:text/plain;base64,RA==')).toBe('QUJDdata:text/plain;base64,RA==');
  });

  it('cleanFileName removes separators and control characters, and keeps 120 characters', () => {
    expect(cleanFileName('a/b\\c\td')).toBe('a b c d');
    expect(cleanFileName('x'.repeat(130))).toHaveLength(120);
  });
});
