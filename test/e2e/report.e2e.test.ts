import { extractPdfText } from '../../dev/standin/pdf';
import { MIME } from '../../dev/standin/drive';
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, stepAs } from './world';

describe("Singkawang's execution report on the built bundle", () => {
  it('is made from its Docs template as a PDF in the request folder when the team uploads the report, once', () => {
    const e = e2eWorld('002-singkawang');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    const walk: Array<[string, string, object?]> = [
      ['tu', 'catat', { srikandiNumber: 'B/45/DISKOMINFO/2026' }],
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'arahkan_tim'],
      ['tim', 'konfirmasi'],
      ['subkoor', 'jadwalkan_uji', { testTime: { date: '2026-11-27', time: '10:00' } }],
      ['tim', 'selesai_pelaksanaan'],
    ];
    for (const [role, action, input] of walk) stepAs(e, role, id, action, input ?? {});
    const documentation = {
      laporan: 'Video conference berjalan lancar; koneksi stabil.',
      jumlahPeserta: '142',
      kendala: 'Mikrofon ruang sempat mati 2 menit.',
    };
    const done = stepAs(e, 'tim', id, 'unggah_laporan', { documentation });
    expect(done.detail.status).toBe('Selesai');
    const pdfs = [...e.ws.drive.items.values()].filter(
      (i) => i.mimeType === MIME.pdf && !i.trashed && i.name.includes('Laporan Pelaksanaan'),
    );
    expect(pdfs.map((p) => p.name)).toEqual([`${id} — Laporan Pelaksanaan.pdf`]);
    const text = extractPdfText(pdfs[0].bytes!).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN HASIL PELAKSANAAN VIDEO CONFERENCE');
    expect(text).toContain('Senin, 30 November 2026');
    expect(text).toContain('09.00–11.30 WIB');
    expect(text).toContain('Video conference berjalan lancar; koneksi stabil.');
    expect(text).toContain('Jumlah peserta: 142');
    expect(done.detail.timeline.some((t) => /laporan pelaksanaan \(PDF\): https:/.test(t.note))).toBe(true);
  });
});
