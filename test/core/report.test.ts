/** Singkawang's execution report: its fields, and the default template filled. */
import { DEFAULT_REPORT_TEMPLATE, reportFields } from '../../src/core/report';
import { makeRequest } from './sop/fixtures';

const NOW = new Date('2026-03-20T16:30:00Z');

describe('reportFields', () => {
  it('fills the report from the request and the documentation, the date in the office zone', () => {
    const r = makeRequest({ room: 'TCM Room', operator: 'operator@kominfo.go.id' });
    const docs = {
      doc_laporan: ' Lancar. ',
      doc_jumlahPeserta: '48',
      doc_kendala: '',
      doc_notulen: 'https://n',
      doc_foto: 'https://f',
    };
    expect(reportFields(r, 'Diskominfo Singkawang', docs, 'Andi', NOW, 'Asia/Pontianak')).toEqual({
      nama_kantor: 'Diskominfo Singkawang',
      nomor_permohonan: 'VC-2026-0001',
      nama_kegiatan: 'Rapat Koordinasi PPDB',
      instansi: 'Dinas Pendidikan',
      tanggal_kegiatan: 'Jumat, 20 Maret 2026',
      jam: '09.00–11.00 WIB',
      platform: 'Zoom',
      ruang: 'TCM Room',
      operator: 'operator@kominfo.go.id',
      laporan: 'Lancar.',
      jumlah_peserta: '48',
      kendala: '-',
      notulen: 'https://n',
      foto: 'https://f',
      tanggal_laporan: '20 Maret 2026',
      penyusun: 'Andi',
    });
    expect(reportFields(r, 'X', {}, 'Andi', NOW, 'Asia/Jayapura').tanggal_laporan).toBe('21 Maret 2026');
  });

  it('writes "-" for what is not known', () => {
    const r = makeRequest({ eventDate: '', startTime: '', platform: '', room: '', operator: '' });
    expect(reportFields(r, 'X', {}, '', NOW, 'Asia/Jakarta')).toMatchObject({
      tanggal_kegiatan: '-',
      jam: '-',
      platform: '-',
      ruang: '-',
      operator: '-',
      laporan: '-',
      jumlah_peserta: '-',
      notulen: '-',
      foto: '-',
      penyusun: '-',
    });
    expect(reportFields(makeRequest({ endTime: '' }), 'X', {}, '', NOW, 'Asia/Jakarta').jam).toBe('-');
  });
});

test('the default template, filled', () => {
  const fields = reportFields(
    makeRequest({ room: 'TCM Room', operator: 'Andi' }),
    'Diskominfo Kota Singkawang',
    {
      doc_laporan: 'Berjalan lancar.',
      doc_jumlahPeserta: '48',
      doc_kendala: 'Tidak ada',
      doc_notulen: 'https://n',
      doc_foto: 'https://f',
    },
    'Andi',
    NOW,
    'Asia/Pontianak',
  );
  const text = DEFAULT_REPORT_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, n: string) => fields[n]);
  expect(text).toBe(
    [
      'Diskominfo Kota Singkawang',
      'LAPORAN HASIL PELAKSANAAN VIDEO CONFERENCE',
      'Nomor permohonan: VC-2026-0001',
      '',
      'Kegiatan: Rapat Koordinasi PPDB',
      'Instansi/OPD pemohon: Dinas Pendidikan',
      'Hari, tanggal: Jumat, 20 Maret 2026',
      'Waktu: 09.00–11.00 WIB',
      'Aplikasi: Zoom',
      'Ruang: TCM Room',
      'Operator pendamping: Andi',
      '',
      'Hasil pelaksanaan:',
      'Berjalan lancar.',
      '',
      'Jumlah peserta: 48',
      'Kendala: Tidak ada',
      'Notulen: https://n',
      'Dokumentasi foto: https://f',
      '',
      'Disusun pada 20 Maret 2026 oleh Andi.',
    ].join('\n'),
  );
});
