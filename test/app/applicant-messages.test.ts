/** What the applicant is told for each template, built from the request and the effect's params. */
import { applicantMessage, deliveryHandlers, whatsappLinks } from '../../src/app/delivery';
import type { EffectResult, MailerPort } from '../../src/app/ports';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import type { Effect } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';

const settings = { ...DEFAULT_SETTINGS, officeName: 'Diskominfo Kota Contoh', officeEmail: 'vicon@contoh.go.id' };
const bandung = presetById('000-bandung')!;
const withLink = makeRequest({ joinUrl: 'https://zoom.us/j/555', meetingId: '555', passcode: 'rahasia1' });

const text = (template: Parameters<typeof applicantMessage>[0], r: VcRequest, p: Record<string, string> = {}) =>
  applicantMessage(template, r, settings, p).text;

describe('applicantMessage', () => {
  it('every message names the request, the applicant and the office', () => {
    const t = text('diterima', makeRequest());
    for (const part of ['VC-2026-0001', 'Rina Marlina', 'Diskominfo Kota Contoh', 'Rapat Koordinasi PPDB'])
      expect(t).toContain(part);
  });

  it('perbaikan lists the official’s note and the problems, one per line, with the edit link', () => {
    const r = makeRequest({ problems: ['Email tidak valid.'], editUrl: 'https://forms.example/edit/1' });
    const t = text('perbaikan', r, { note: ' Lengkapi nomor surat. \n\n' });
    expect(t).toContain('Lengkapi nomor surat.');
    expect(t).toContain('Email tidak valid.');
    expect(t).toContain('https://forms.example/edit/1');
    const forged = text('perbaikan', r, { problems: 'Jam salah.', editUrl: 'https://penipu.example/edit/2' });
    expect(forged).toMatch(/Jam salah\.[\s\S]*forms\.example\/edit\/1/);
    expect(forged).not.toContain('penipu');
  });

  it('ditolak and dibatalkan give the reason from the effect, else from the request', () => {
    expect(text('ditolak', makeRequest({ note: 'dari baris' }), { note: 'dari efek' })).toContain('dari efek');
    expect(text('ditolak', makeRequest({ note: 'dari baris' }))).toContain('dari baris');
    expect(text('dibatalkan', makeRequest({ note: 'Kegiatan ditunda.' }))).toContain('Kegiatan ditunda.');
  });

  it('jadwal_penuh and alternatif offer the proposed time when one was given', () => {
    const p = { date: '2026-03-23', start: '13:00', end: '14:00', note: 'Pagi sudah penuh.' };
    expect(text('jadwal_penuh', makeRequest(), p)).toContain('Senin, 23 Maret 2026');
    expect(text('alternatif', makeRequest(), p)).toMatch(/Senin, 23 Maret 2026[\s\S]*Pagi sudah penuh\./);
    expect(text('alternatif', makeRequest(), { date: '2026-03-23', start: '13:00' })).not.toContain('23 Maret');
  });

  it('disetujui and tautan carry the join link, ID and passcode once there is a meeting', () => {
    const t = text('tautan', withLink);
    for (const part of ['https://zoom.us/j/555', '555', 'rahasia1']) expect(t).toContain(part);
    expect(text('disetujui', withLink)).toContain('https://zoom.us/j/555');
    expect(text('disetujui', makeRequest())).not.toContain('https://');
    expect(text('pengingat_h1', withLink)).toContain('https://zoom.us/j/555');
  });

  it('surat_terkirim names the letter number and the attachment; dokumentasi_tersedia lists the files', () => {
    const r = makeRequest({ replyLetterNumber: '12/555/Diskominfo/III/2026' });
    expect(text('surat_terkirim', r, { attachmentName: 'Surat VC-2026-0001.pdf' })).toMatch(
      /12\/555\/Diskominfo\/III\/2026[\s\S]*Surat VC-2026-0001\.pdf|Surat VC-2026-0001\.pdf[\s\S]*12\/555/,
    );
    const docs = text('dokumentasi_tersedia', r, { doc_notulen: 'https://drive.example/n', doc_foto: '', note: 'x' });
    expect(docs).toContain('https://drive.example/n');
    expect(docs).toContain('notulen');
    expect(docs).not.toMatch(/\bfoto\b/);
  });
});

describe('send_link and a bad applicant email', () => {
  const mailer: MailerPort & { sent: string[] } = {
    sent: [],
    send(mail) {
      mailer.sent.push(mail.to);
      return 'sent';
    },
    officeUrl: () => 'https://sheet',
  };
  const handlers = deliveryHandlers(mailer, {
    clock: { now: () => new Date('2026-03-02T01:00:00Z') },
    settings: () => settings,
    users: () => ({ users: [], delegations: [] }),
  });
  const run = (kind: Effect['kind'], r: VcRequest): EffectResult =>
    handlers[kind]!({ request: r, preset: bandung, effect: { kind, key: `k-${kind}`, params: {} } });

  it('waits for the link, then sends it to the applicant', () => {
    expect(run('send_link', makeRequest())).toEqual({
      status: 'pending',
      note: 'tautan rapat belum ada; dikirim setelah rapat dibuat',
    });
    expect(run('send_link', withLink)).toEqual({
      status: 'done',
      note: 'email "tautan" terkirim ke rina@disdik.go.id',
    });
  });

  it('keeps a mail to an invalid address pending, saying how to reach the applicant', () => {
    expect(run('notify_applicant', makeRequest({ email: 'rina@disdik' }))).toEqual({
      status: 'pending',
      note: 'email pemohon "rina@disdik" tidak valid; hubungi pemohon lewat WhatsApp atau perbaiki email di Register',
    });
    expect(run('notify_applicant', makeRequest({ email: '' }))).toMatchObject({ note: expect.stringContaining('"-"') });
    expect(mailer.sent).toEqual(['rina@disdik.go.id']);
  });

  it('no task mail for a step the request has already left', () => {
    const r = makeRequest({ stepId: 'disposisi_kabid' });
    const effect = { kind: 'notify_role' as const, key: 'k', params: { toStep: 'disposisi_kadis', role: 'kadis' } };
    expect(handlers.notify_role!({ request: r, preset: bandung, effect })).toEqual({
      status: 'done',
      note: 'langkah sudah dilewati; pemberitahuan tidak perlu dikirim',
    });
  });

  it('a task with no active holder of the role stays pending, naming the role', () => {
    const r = makeRequest({ stepId: 'disposisi_kadis' });
    const effect = { kind: 'notify_role' as const, key: 'k', params: { role: 'kadis' } };
    expect(handlers.notify_role!({ request: r, preset: bandung, effect })).toEqual({
      status: 'pending',
      note: 'belum ada pengguna aktif dengan peran Kepala Dinas di sheet Pengguna',
    });
  });
});

describe('whatsappLinks', () => {
  const link = (r: VcRequest) => whatsappLinks(r, bandung, settings)[0]?.url ?? '';
  const message = (r: VcRequest) => decodeURIComponent(link(r).split('text=')[1] ?? '');

  it('none without a valid WhatsApp number', () => {
    expect(whatsappLinks(makeRequest({ phone: '12' }), bandung, settings)).toEqual([]);
  });

  it('says the status the request is in', () => {
    expect(link(makeRequest())).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(message(makeRequest({ stepId: 'perbaikan', problems: ['Jam salah.'] }))).toContain('Jam salah.');
    expect(message(makeRequest({ stepId: 'ditolak', note: 'Akun penuh.' }))).toContain('Akun penuh.');
    expect(message(makeRequest({ stepId: 'dibatalkan', note: 'Ditunda.' }))).toContain('Ditunda.');
    expect(message(withLink)).toContain('https://zoom.us/j/555');
    expect(message(makeRequest())).not.toContain('https://zoom');
  });
});
