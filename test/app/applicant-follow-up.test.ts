/**
 * A letter without the applicant's email: what the applicant must be told goes to TU (or the active
 * admins), with the message as data and a WhatsApp link carrying it (app/applicant-follow-up.ts).
 */
import { followUpOfficials, passToOffice, type FollowUp } from '../../src/app/applicant-follow-up';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import type { UserRecord } from '../../src/core/users';
import { makeRequest } from '../core/sop/fixtures';
import { memoryMailer } from './fakes-hourly';
import { deliveryContext } from './fakes-applicant';

const NOW = new Date('2026-11-23T20:00:00Z'); // 24 November 2026, 03.00 WIB
const SINGKAWANG = presetById('002-singkawang')!; // has a 'tu' role
const BANDUNG = presetById('000-bandung')!; // has none

const person = (email: string, over: Partial<UserRecord> = {}): UserRecord => ({
  email,
  name: `Nama ${email.split('@')[0]}`,
  nip: '',
  roles: [],
  active: true,
  isAdmin: false,
  ...over,
});

const TU = person('tu@kominfo.go.id', { name: 'Ani TU', roles: ['tu'] });
const ADMIN = person('admin@kominfo.go.id', { name: 'Admin Satu', isAdmin: true });
const emails = (us: UserRecord[]) => us.map((u) => u.email);

describe('followUpOfficials', () => {
  it('is the TU holders where the preset has a TU role and someone holds it', () => {
    const ctx = deliveryContext([ADMIN, TU, person('kadis@kominfo.go.id', { roles: ['kadis'] })], NOW);
    expect(emails(followUpOfficials(ctx, SINGKAWANG))).toEqual(['tu@kominfo.go.id']);
  });

  it('counts a TU Plh in force on the office’s today, not one that ended the day before', () => {
    const plh = person('plh@kominfo.go.id', { name: 'Budi Plh' });
    const lapsed = person('lama@kominfo.go.id');
    const ctx = deliveryContext([ADMIN, plh, lapsed], NOW, {}, [
      // 24 November in Jakarta, still 23 November in UTC.
      { role: 'tu', substitute: 'plh@kominfo.go.id', forName: 'Ani TU', from: '2026-11-24', to: '2026-11-24' },
      { role: 'tu', substitute: 'lama@kominfo.go.id', forName: 'Ani TU', from: '2026-11-20', to: '2026-11-23' },
    ]);
    expect(emails(followUpOfficials(ctx, SINGKAWANG))).toEqual(['plh@kominfo.go.id']);
  });

  it('falls back to the active admins with a readable address when nobody holds TU', () => {
    const admins = [
      ADMIN,
      person('admin2@kominfo.go.id', { isAdmin: true }),
      person('pensiun@kominfo.go.id', { isAdmin: true, active: false }),
      person('bukan-email', { isAdmin: true }),
      person('staf@kominfo.go.id'),
      person('tu-lama@kominfo.go.id', { roles: ['tu'], active: false }),
    ];
    const ctx = deliveryContext(admins, NOW);
    expect(emails(followUpOfficials(ctx, SINGKAWANG))).toEqual(['admin@kominfo.go.id', 'admin2@kominfo.go.id']);
  });

  it('ignores a TU role on the Pengguna sheet when the preset has none', () => {
    const ctx = deliveryContext([TU, ADMIN], NOW);
    expect(emails(followUpOfficials(ctx, BANDUNG))).toEqual(['admin@kominfo.go.id']);
  });

  it('is nobody when there is neither TU nor an active admin', () => {
    expect(followUpOfficials(deliveryContext([person('staf@kominfo.go.id')], NOW), BANDUNG)).toEqual([]);
  });
});

const MESSAGE = 'Permohonan Anda perlu diperbaiki.\n<b>Nomor surat</b> belum ada.';

function followUp(over: Partial<VcRequest> = {}): FollowUp {
  return {
    request: makeRequest({ source: 'letter', email: '', phone: '0812-3456-7890', ...over }),
    preset: SINGKAWANG,
    text: MESSAGE,
    what: 'permintaan perbaikan',
    key: 'VC-2026-0001:perbaikan:notify_applicant',
  };
}

const OFFICE = { officeName: 'Diskominfo Kota Singkawang', officeEmail: 'vicon@singkawang.go.id' };
const WHY =
  'Permohonan VC-2026-0001 dicatat dari surat tanpa alamat email pemohon, sehingga kabar berikut tidak dapat kami kirim. Mohon sampaikan kepada pemohon lewat telepon, WhatsApp atau surat.';

describe('passToOffice', () => {
  it('mails TU the message to pass on, by name, with a WhatsApp link carrying it, and is done', () => {
    const mailer = memoryMailer();
    const ctx = { ...deliveryContext([TU, ADMIN], NOW, OFFICE), requestUrl: (id: string) => `https://baris/${id}` };
    const out = passToOffice(mailer, ctx, followUp());
    expect(out).toEqual({
      status: 'done',
      note: 'surat tanpa email pemohon: permintaan perbaikan diteruskan ke tu@kominfo.go.id untuk disampaikan',
    });
    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail).toMatchObject({
      to: 'tu@kominfo.go.id',
      subject: '[VC-2026-0001] Sampaikan kabar kepada pemohon (surat tanpa email)',
      replyTo: 'vicon@singkawang.go.id',
      key: 'VC-2026-0001:perbaikan:notify_applicant',
    });
    const wa = `https://wa.me/6281234567890?text=${encodeURIComponent(MESSAGE)}`;
    expect(mail.text).toContain('Yth. Ani TU,');
    expect(mail.text).toContain(WHY);
    expect(mail.text).toContain('Telepon/WhatsApp: 0812-3456-7890');
    expect(mail.text).toContain(`Pesan untuk pemohon:\n\n${MESSAGE}`);
    expect(mail.text).toContain(`Kirim pesan ini lewat WhatsApp: ${wa}`);
    expect(mail.text).toContain('https://baris/VC-2026-0001');
    expect(mail.text).toContain('Diskominfo Kota Singkawang');
    expect(mail.text).not.toContain('docs.google.com');
    // The applicant's words are data: escaped in the HTML, never markup.
    expect(mail.html).toContain('&lt;b&gt;Nomor surat&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Nomor surat</b>');
  });

  it('greets several admins together, lists them all, and links the spreadsheet without a row link', () => {
    const mailer = memoryMailer();
    const admins = [ADMIN, person('admin2@kominfo.go.id', { isAdmin: true })];
    const out = passToOffice(mailer, deliveryContext(admins, NOW, OFFICE), followUp({ phone: '' }));
    expect(out).toEqual({
      status: 'done',
      note: 'surat tanpa email pemohon: permintaan perbaikan diteruskan ke admin@kominfo.go.id, admin2@kominfo.go.id untuk disampaikan',
    });
    const [mail] = mailer.sent;
    expect(mail.to).toBe('admin@kominfo.go.id, admin2@kominfo.go.id');
    expect(mail.text).toContain('Yth. Bapak/Ibu,');
    expect(mail.text).not.toContain('Admin Satu');
    expect(mail.text).toContain('Telepon/WhatsApp: -');
    expect(mail.text).not.toContain('wa.me');
    expect(mail.text).not.toContain('Kirim pesan ini lewat WhatsApp');
    expect(mail.text).toContain('https://docs.google.com/spreadsheets/d/kantor');
  });

  it('waits, sending nothing, while nobody can pass the news on', () => {
    const mailer = memoryMailer();
    expect(passToOffice(mailer, deliveryContext([person('staf@kominfo.go.id')], NOW), followUp())).toEqual({
      status: 'pending',
      note: 'surat tanpa email pemohon: belum ada TU atau admin aktif di sheet Pengguna',
    });
    expect(mailer.sent).toEqual([]);
  });

  it('waits for the next run when the daily mail quota is spent', () => {
    const mailer = memoryMailer();
    mailer.quotaLeft = 0;
    expect(passToOffice(mailer, deliveryContext([TU], NOW), followUp())).toEqual({
      status: 'pending',
      note: 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya',
    });
    expect(mailer.sent).toEqual([]);
  });
});
