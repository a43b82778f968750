/** The applicant's messages built from a request and an effect's params: each input as the applicant reads it. */
import { applicantMessage, applicantTemplate, whatsappLinks } from '../../src/app/delivery';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import { makeRequest } from '../core/sop/fixtures';

const settings = { ...DEFAULT_SETTINGS, officeName: 'Diskominfo Kota Contoh', officeEmail: 'vicon@contoh.go.id' };
const bandung = presetById('000-bandung')!;
type Template = Parameters<typeof applicantMessage>[0];
type Options = Parameters<typeof applicantMessage>[4];

const text = (template: Template, r: VcRequest, p: Record<string, string> = {}, o: Options = {}) =>
  applicantMessage(template, r, settings, p, o).text;
const MAIL_HINT = 'Pesan ini dikirim otomatis oleh Layanan Vicon. Balas email ini bila ada pertanyaan.';
const CHAT_HINT = 'Pesan ini dari Layanan Vicon. Balas pesan ini bila ada pertanyaan.';
const AVAILABLE = 'Waktu berikut masih tersedia saat pesan ini dikirim:';

describe('the receipt (diterima)', () => {
  it('names who examines the request next and the standard service time, with the status link', () => {
    const t = text(
      'diterima',
      makeRequest({ stepId: 'disposisi_kadis' }),
      {},
      { preset: bandung, statusUrl: 'https://s/1' },
    );
    expect(t).toContain(
      'Langkah berikutnya: diperiksa oleh Kepala Dinas\nWaktu layanan standar: 40 menit (jam kerja kantor)',
    );
    expect(t).toContain('Status permohonan Anda (tautan pribadi): https://s/1');
    expect(t.endsWith(MAIL_HINT)).toBe(true);
  });

  it('names no next step while the applicant must act, nor at a closed step', () => {
    for (const stepId of ['perbaikan', 'selesai', 'langkah_tak_dikenal'])
      expect(text('diterima', makeRequest({ stepId }), {}, { preset: bandung })).not.toContain('Langkah berikutnya');
  });

  it('without a preset: no next step, no standard time, no status link; a chat says "balas pesan ini"', () => {
    const t = text('diterima', makeRequest({ stepId: 'disposisi_kadis' }), {}, { channel: 'whatsapp' });
    expect(t).not.toMatch(/Langkah berikutnya|Waktu layanan standar|Status permohonan/);
    expect(t.endsWith(CHAT_HINT)).toBe(true);
  });

  it('no standard time for a preset whose steps have none', () => {
    const bare = {
      ...bandung,
      intakeStandardMinutes: 0,
      steps: bandung.steps.map((s) => ({ ...s, standardMinutes: null, standardDays: undefined })),
    };
    const t = text('diterima', makeRequest({ stepId: 'disposisi_kadis' }), {}, { preset: bare });
    expect(t).toContain('Langkah berikutnya: diperiksa oleh Kepala Dinas');
    expect(t).not.toContain('Waktu layanan standar');
  });
});

describe('reasons, slots and attachments', () => {
  it('lists each problem of the request on its own line', () => {
    const t = text('perbaikan', makeRequest({ problems: ['Jam salah.', 'Email tidak valid.'] }));
    expect(t).toContain('1. Jam salah.\n2. Email tidak valid.');
  });

  it('prefers the reason given with the action over the one on the row', () => {
    const r = makeRequest({ note: 'dari baris' });
    for (const template of ['jadwal_penuh', 'dibatalkan', 'tidak_terlaksana', 'dilanjutkan'] as const) {
      expect(text(template, r, { note: 'dari efek' })).toContain('Keterangan: dari efek');
      expect(text(template, r)).toContain('Keterangan: dari baris');
    }
  });

  it('a cancellation says a link already sent no longer works, only when one was sent', () => {
    const lapsed = 'Permohonan Anda telah dibatalkan dan tautan rapat yang pernah dikirim tidak berlaku lagi.';
    expect(text('dibatalkan', makeRequest(), {}, { linkSent: true })).toContain(lapsed);
    for (const linkSent of [false, undefined]) {
      const t = text('dibatalkan', makeRequest(), {}, { linkSent });
      expect(t).toContain('Permohonan Anda telah dibatalkan.');
      expect(t).not.toContain('tidak berlaku');
    }
  });

  it('offers the slots kept on the request before the one in the params', () => {
    const r = makeRequest({ offers: [{ date: '2026-03-24', start: '10:00', end: '11:00' }] });
    const t = text('jadwal_penuh', r, { date: '2026-03-23', start: '13:00', end: '14:00' });
    expect(t).toContain(`${AVAILABLE}\n\n1. Selasa, 24 Maret 2026 pukul 10.00–11.00 WIB\n\n`);
  });

  it('offers a slot from the params only with its date, start and end', () => {
    const r = makeRequest();
    expect(text('jadwal_penuh', r, { date: '2026-03-23', start: '13:00', end: '14:00' })).toContain(
      `${AVAILABLE}\n\n1. Senin, 23 Maret 2026 pukul 13.00–14.00 WIB\n\n`,
    );
    const partial: Array<Record<string, string>> = [
      { date: '2026-03-23', end: '14:00' },
      { start: '13:00', end: '14:00' },
    ];
    for (const p of partial) expect(text('jadwal_penuh', r, p)).not.toContain(AVAILABLE);
  });

  it('an alternative without a note has no Catatan row; a letter without attachment name says PDF', () => {
    const p = { date: '2026-03-23', start: '13:00', end: '14:00' };
    expect(text('alternatif', makeRequest(), p)).not.toContain('Catatan');
    const letter = text('surat_terkirim', makeRequest({ replyLetterNumber: '12/555' }));
    expect(letter).toContain('Lampiran: Surat balasan (PDF)');
  });

  it('lists only the documentation params, named without their prefix', () => {
    const t = text('dokumentasi_tersedia', makeRequest(), {
      doc_notulen: 'https://drive.example/n',
      doc_foto: '',
      note: 'https://bukan.example/catatan',
    });
    expect(t).toContain(
      'Dokumentasi kegiatan Anda sudah tersedia:\n\nnotulen: https://drive.example/n\n\nNomor permohonan',
    );
    expect(t).not.toMatch(/doc_|bukan\.example|foto/);
  });
});

describe('applicantTemplate by target step', () => {
  it('asks for a correction only when the effect leads to the revision step', () => {
    expect(applicantTemplate({ toStep: 'perbaikan' }, bandung)).toBe('perbaikan');
    expect(applicantTemplate({ toStep: 'disposisi_kadis' }, bandung)).toBe('diterima');
    expect(applicantTemplate({}, bandung)).toBe('diterima');
  });
});

describe('whatsappLinks wording', () => {
  it('labels the link and words the status for a chat, with the next step and each problem on its line', () => {
    const r = makeRequest({ stepId: 'disposisi_kadis' });
    const [link] = whatsappLinks(r, bandung, settings);
    expect(link.label).toBe('Kirim status ke pemohon via WhatsApp');
    const message = decodeURIComponent(link.url.split('text=')[1]);
    expect(message).toContain('Langkah berikutnya: diperiksa oleh Kepala Dinas');
    expect(message.endsWith(CHAT_HINT)).toBe(true);
    const fix = whatsappLinks(
      makeRequest({ stepId: 'perbaikan', problems: ['Jam salah.', 'Email salah.'] }),
      bandung,
      settings,
    );
    expect(decodeURIComponent(fix[0].url)).toContain('1. Jam salah.\n2. Email salah.');
  });
});
