/** The applicant's mail handlers: what goes out, to whom, under which key, and when it waits. */
import { deliveryHandlers } from '../../src/app/delivery';
import type { DeliveryContext } from '../../src/app/delivery-context';
import type { EffectResult } from '../../src/app/ports';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import type { UserRecord } from '../../src/core/users';
import { makeRequest } from '../core/sop/fixtures';
import { memoryMailer } from './fakes-hourly';

const settings = { ...DEFAULT_SETTINGS, officeName: 'Diskominfo Kota Contoh', officeEmail: 'vicon@contoh.go.id' };
const bandung = presetById('000-bandung')!;
const ADMIN: UserRecord = {
  email: 'admin@contoh.go.id',
  name: 'Admin',
  nip: '',
  roles: [],
  active: true,
  isAdmin: true,
};
const STATUS = 'Status permohonan Anda (tautan pribadi): https://status.example/VC-2026-0001';

function setup(extra: Partial<DeliveryContext> = {}) {
  const mailer = memoryMailer();
  const handlers = deliveryHandlers(mailer, {
    clock: { now: () => new Date('2026-03-02T01:00:00Z') },
    settings: () => settings,
    users: () => ({ users: [ADMIN], delegations: [] }),
    ...extra,
  });
  const notify = (r: VcRequest, params: Record<string, string>): EffectResult =>
    handlers.notify_applicant!({
      request: r,
      preset: bandung,
      effect: { kind: 'notify_applicant', key: 'VC-2026-0001:v3:notify_applicant', params },
    });
  return { mailer, notify };
}

const withStatus = { statusUrl: (id: string) => `https://status.example/${id}` };

describe('notify_applicant', () => {
  it('mails the receipt with the private status link and the next step, under the effect key', () => {
    const { mailer, notify } = setup(withStatus);
    expect(notify(makeRequest({ stepId: 'disposisi_kadis' }), {})).toEqual({
      status: 'done',
      note: 'email tanda terima terkirim ke rina@disdik.go.id',
    });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({
      to: 'rina@disdik.go.id',
      replyTo: 'vicon@contoh.go.id',
      key: 'VC-2026-0001:v3:notify_applicant',
      subject: '[VC-2026-0001] Permohonan diterima — Rapat Koordinasi PPDB',
    });
    expect(mailer.sent[0].text).toContain('Langkah berikutnya: diperiksa oleh Kepala Dinas');
    expect(mailer.sent[0].text).toContain(STATUS);
  });

  it('no status link where the office has no status page', () => {
    const { mailer, notify } = setup();
    notify(makeRequest({ stepId: 'disposisi_kadis' }), {});
    expect(mailer.sent[0].text).not.toContain('Status permohonan');
  });

  it('a cancellation says the sent link lapsed only when the link went out', () => {
    const lapsed = 'tautan rapat yang pernah dikirim tidak berlaku lagi';
    const sentTo = new Set(['VC-2026-0001']);
    const cancelled = makeRequest({ stepId: 'dibatalkan' });
    for (const [linkSent, says] of [
      [(id: string) => sentTo.has(id), true],
      [() => false, false],
      [undefined, false],
    ] as const) {
      const { mailer, notify } = setup({ linkSent });
      expect(notify(cancelled, { template: 'batalkan' }).status).toBe('done');
      expect(mailer.sent[0].text.includes(lapsed)).toBe(says);
    }
  });

  it('sends to the address without the spaces typed around it', () => {
    const { mailer, notify } = setup();
    expect(notify(makeRequest({ email: ' rina@disdik.go.id ' }), {})).toEqual({
      status: 'done',
      note: 'email tanda terima terkirim ke rina@disdik.go.id',
    });
    expect(mailer.sent.map((m) => m.to)).toEqual(['rina@disdik.go.id']);
  });

  it('passes the news of a letter without email to the office, worded for a chat and without the status link', () => {
    const { mailer, notify } = setup(withStatus);
    const r = makeRequest({ source: 'letter', email: '', stepId: 'disposisi_kadis' });
    expect(notify(r, {})).toEqual({
      status: 'done',
      note: 'surat tanpa email pemohon: tanda terima diteruskan ke admin@contoh.go.id untuk disampaikan',
    });
    expect(mailer.sent).toHaveLength(1);
    const { to, text, key } = mailer.sent[0];
    expect({ to, key }).toEqual({ to: 'admin@contoh.go.id', key: 'VC-2026-0001:v3:notify_applicant' });
    expect(text).toContain('Pesan untuk pemohon:\n\nYth. Bapak/Ibu Rina Marlina,');
    expect(text).toContain('Langkah berikutnya: diperiksa oleh Kepala Dinas');
    expect(text).toContain('Pesan ini dari Layanan Vicon. Balas pesan ini bila ada pertanyaan.');
    expect(text).not.toMatch(/Status permohonan|status\.example|Balas email ini/);
  });

  it('holds the closing notice until the request reaches its closed step', () => {
    const { mailer, notify } = setup();
    expect(notify(makeRequest({ stepId: 'pendampingan' }), { template: 'selesai' })).toEqual({
      status: 'pending',
      note: 'dikirim setelah permohonan selesai',
    });
    expect(mailer.sent).toEqual([]);
    expect(notify(makeRequest({ stepId: 'selesai' }), { template: 'selesai' })).toEqual({
      status: 'done',
      note: 'email pemberitahuan selesai terkirim ke rina@disdik.go.id',
    });
    expect(mailer.sent.map((m) => m.subject)).toEqual(['[VC-2026-0001] Permohonan selesai — Rapat Koordinasi PPDB']);
  });
});
