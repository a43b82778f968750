/**
 * The applicant's messages beyond the catalogue walk in message-texts.test.ts: the templates and
 * optional parts that one does not show (a changed schedule, a closed or reopened request, a
 * correction's receipt, a room, a chat closing, a long or missing title).
 */
import { renderMessage } from '../../../src/core/messages';
import { event, base, SUMMARY } from './fixtures';

const meeting = { platform: 'zoom' as const, joinUrl: 'https://zoom.us/j/81234567890', meetingId: '', passcode: '' };

const MAIL_CLOSING = 'Pesan ini dikirim otomatis oleh Layanan Vicon. Balas email ini bila ada pertanyaan.';

/** Greeting, `body` paragraphs, the request summary and the mail closing. */
function text(...body: string[]): string {
  return ['Yth. Bapak/Ibu Siti Rahma,', ...body, SUMMARY, 'Hormat kami,\nDiskominfo Kota Tarakan', MAIL_CLOSING].join(
    '\n\n',
  );
}

const subject = (label: string) => `[VC-2026-0001] ${label} — Rapat Koordinasi Stunting`;

describe('applicant messages', () => {
  it('tells of a changed schedule, with the meeting link or the promise of one, and the room', () => {
    const withLink = renderMessage('jadwal_diubah', { ...base, meeting, room: 'Ruang Rapat Wali Kota' });
    expect(withLink.subject).toBe(subject('Jadwal kegiatan diubah'));
    expect(withLink.text).toBe(
      text(
        'Jadwal kegiatan Anda telah diubah ke waktu berikut (lihat Hari/Tanggal dan Pukul).',
        'Tautan rapat: https://zoom.us/j/81234567890\n\nPlatform: Zoom',
        'Ruang: Ruang Rapat Wali Kota',
      ),
    );
    const later = renderMessage('jadwal_diubah', { ...base, meeting: null, room: 'Aula' });
    expect(later.text).toBe(
      text(
        'Jadwal kegiatan Anda telah diubah ke waktu berikut (lihat Hari/Tanggal dan Pukul).',
        'Tautan rapat akan kami kirim paling lambat satu hari sebelum kegiatan.',
        'Ruang: Aula',
      ),
    );
  });

  it('names the room under the meeting link and in the reminder', () => {
    expect(renderMessage('tautan', { ...base, meeting, room: 'Aula' }).text).toBe(
      text(
        'Berikut tautan rapat untuk kegiatan Anda. Bagikan kepada peserta.',
        'Tautan rapat: https://zoom.us/j/81234567890\n\nPlatform: Zoom',
        'Ruang: Aula',
      ),
    );
    expect(renderMessage('pengingat_h1', { ...base, meeting: null, room: 'Aula' }).text).toBe(
      text('Kami mengingatkan bahwa kegiatan Anda berlangsung besok.', 'Ruang: Aula'),
    );
  });

  it('thanks the applicant when the service is done', () => {
    const m = renderMessage('selesai', base);
    expect(m.subject).toBe(subject('Permohonan selesai'));
    expect(m.text).toBe(text('Layanan video conference untuk kegiatan Anda telah selesai. Terima kasih.'));
  });

  it('closes a request whose time passed, with the reason only when one is given', () => {
    const closing =
      'Waktu kegiatan telah lewat sebelum permohonan selesai diproses, sehingga permohonan kami tutup sebagai tidak terlaksana. Ajukan permohonan baru bila kegiatan dijadwalkan ulang.';
    const m = renderMessage('tidak_terlaksana', { ...base, reason: 'Pemohon tidak hadir.' });
    expect(m.subject).toBe(subject('Permohonan ditutup'));
    expect(m.text).toBe(text(closing, 'Keterangan: Pemohon tidak hadir.'));
    expect(renderMessage('tidak_terlaksana', { ...base, reason: '' }).text).toBe(text(closing));
  });

  it('reopens a closed request, with the reason only when one is given', () => {
    const reopened = 'Permohonan Anda yang sebelumnya ditutup kami buka kembali dan diproses lagi.';
    const m = renderMessage('dilanjutkan', { ...base, reason: 'Ditutup tidak sengaja.' });
    expect(m.subject).toBe(subject('Permohonan diproses kembali'));
    expect(m.text).toBe(text(reopened, 'Keterangan: Ditutup tidak sengaja.'));
    expect(renderMessage('dilanjutkan', { ...base, reason: '' }).text).toBe(text(reopened));
  });

  it("acknowledges a correction, with the next step and the office's standard time", () => {
    const m = renderMessage('diterima', {
      ...base,
      warnings: [],
      correction: true,
      nextStep: 'Verifikasi oleh petugas',
      standard: '40 menit',
    });
    expect(m.subject).toBe(subject('Perbaikan diterima'));
    expect(m.text).toBe(
      text(
        'Perbaikan permohonan VC-2026-0001 telah kami terima dan diproses kembali.',
        'Langkah berikutnya: Verifikasi oleh petugas\nWaktu layanan standar: 40 menit (jam kerja kantor)',
      ),
    );
  });

  it('lets the applicant pick an offered time on the status page when there is one', () => {
    const m = renderMessage('alternatif', {
      ...base,
      alternatives: [{ date: '2026-01-06', start: '09:00', end: '10:00' }],
      note: '',
      statusUrl: 'https://contoh.go.id/status',
    });
    expect(m.text).toBe(
      [
        'Yth. Bapak/Ibu Siti Rahma,',
        'Waktu yang Anda minta tidak dapat kami layani. Kami mengusulkan waktu berikut:',
        '1. Selasa, 6 Januari 2026 pukul 09.00–10.00 WITA',
        'Pilih salah satu waktu dengan satu klik di halaman status permohonan (tautan di bawah), atau batalkan bila tidak ada yang sesuai. Permohonan kami tahan sampai ada jawaban.',
        SUMMARY,
        'Status permohonan Anda (tautan pribadi): https://contoh.go.id/status',
        'Hormat kami,\nDiskominfo Kota Tarakan',
        MAIL_CLOSING,
      ].join('\n\n'),
    );
  });

  it('closes a chat message with "balas pesan ini", not "balas email ini"', () => {
    const m = renderMessage('selesai', { ...base, channel: 'whatsapp' });
    expect(m.text.endsWith('\n\nPesan ini dari Layanan Vicon. Balas pesan ini bila ada pertanyaan.')).toBe(true);
    expect(m.text).not.toContain('email');
  });

  it('greets an unnamed applicant as Pemohon and leaves an untitled event out of the subject', () => {
    const m = renderMessage('selesai', { ...base, applicantName: '', event: { ...event, title: '' } });
    expect(m.subject).toBe('[VC-2026-0001] Permohonan selesai');
    expect(m.text.startsWith('Yth. Bapak/Ibu Pemohon,\n\n')).toBe(true);
    expect(m.text).toContain('\nKegiatan: -\n');
  });

  it('keeps a title of 80 characters whole and cuts a longer one to 79 and an ellipsis', () => {
    const eighty = 'A'.repeat(70) + 'B'.repeat(10);
    const at80 = renderMessage('selesai', { ...base, event: { ...event, title: eighty } });
    expect(at80.subject).toBe(`[VC-2026-0001] Permohonan selesai — ${eighty}`);
    const at81 = renderMessage('selesai', { ...base, event: { ...event, title: `${eighty}C` } });
    expect(at81.subject).toBe(`[VC-2026-0001] Permohonan selesai — ${'A'.repeat(70)}${'B'.repeat(9)}…`);
    expect(at81.text).toContain(`\nKegiatan: ${eighty}C\n`);
  });
});
