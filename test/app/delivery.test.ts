import { performStep } from '../../src/app/act';
import { applicantTemplate, deliveryHandlers, whatsappLinks } from '../../src/app/delivery';
import { intake } from '../../src/app/intake';
import type { MailerPort } from '../../src/app/ports';
import { retryPending } from '../../src/app/retry';
import { presetById } from '../../src/core/sop/presets';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];

/** A mailer that records what it sends and has a daily quota counted in recipients. */
function recordingMailer(quota = 100): MailerPort & { sent: Mail[]; quota: number } {
  const m = {
    sent: [] as Mail[],
    quota,
    send(mail: Mail): 'sent' | 'quota' {
      const n = mail.to.split(',').length;
      if (m.quota < n) return 'quota';
      m.quota -= n;
      m.sent.push(mail);
      return 'sent';
    },
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/kantor/edit',
  };
  return m;
}

const ID = 'VC-2026-0001';

function setup(over: Record<string, string> = {}): { w: TestWorld; mailer: ReturnType<typeof recordingMailer> } {
  const w = world({ officeEmail: 'vicon@kominfo.go.id' });
  const mailer = recordingMailer();
  w.deps.effects = deliveryHandlers(mailer, {
    clock: w.deps.clock,
    settings: () => w.deps.config.settings().settings,
    users: () => w.deps.config.users(),
  });
  intake(w.deps, { answers: validAnswers(over), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  return { w, mailer };
}

function act(w: TestWorld, who: string, action: string, note?: string) {
  w.as(`${who}@kominfo.go.id`);
  const version = w.register.rows[0].version;
  const r = performStep(w.deps, { requestId: ID, action, expectedVersion: version, input: note ? { note } : {} });
  if (!r.ok) throw new Error(r.error);
}

function toRejection(w: TestWorld): void {
  act(w, 'kadis', 'disposisi');
  act(w, 'kabid', 'disposisi');
  act(w, 'subkoor', 'terima');
}

const REASON = 'Akun Zoom sudah terpakai pada jam tersebut.';

describe('delivery handlers', () => {
  it('tells the next role of a new task, with the spreadsheet link, and the applicant of a rejection with the reason', () => {
    const { w, mailer } = setup();
    expect(mailer.sent[0]).toMatchObject({
      to: 'kadis@kominfo.go.id',
      subject: expect.stringContaining(`[${ID}] Tugas baru`),
      replyTo: 'vicon@kominfo.go.id',
    });
    expect(mailer.sent[0].text).toContain('https://docs.google.com/spreadsheets/d/kantor/edit');
    toRejection(w);
    act(w, 'subkoor', 'tolak', REASON);
    const last = mailer.sent.at(-1)!;
    expect(last.to).toBe('siti@disdik.go.id');
    expect(last.subject).toBe(`[${ID}] Permohonan tidak dapat dipenuhi — Rapat Koordinasi PPDB`);
    expect(last.text).toContain(REASON);
    expect(w.register.rows[0].pending).toEqual([]);
  });

  it('holds a mail back when the quota is exhausted and sends it exactly once when quota returns', () => {
    const { w, mailer } = setup();
    toRejection(w);
    mailer.quota = 0;
    act(w, 'subkoor', 'tolak', REASON);
    expect(w.register.rows[0].pending).toEqual([
      expect.stringMatching(new RegExp(`^notify_applicant\\|${ID}:v5:notify_applicant\\|`)),
    ]);
    expect(w.history.records.at(-1)).toMatchObject({
      kind: 'efek',
      note: 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya',
    });
    const sentBefore = mailer.sent.length;
    const writes = w.register.writes;
    expect(retryPending(w.deps)).toBe(0);
    expect(w.register.writes).toBe(writes);
    mailer.quota = 100;
    expect(retryPending(w.deps)).toBe(1);
    expect(retryPending(w.deps)).toBe(0);
    const rejections = mailer.sent.slice(sentBefore);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ to: 'siti@disdik.go.id', text: expect.stringContaining(REASON) });
    expect(w.register.rows[0]).toMatchObject({ pending: [], status: 'Ditolak' });
    expect(w.history.verify()).toBeNull();
  });

  it('escapes an HTML injection in the applicant name', () => {
    const { w, mailer } = setup({ 'Nama pemohon': '<img src=x onerror=alert(1)>Budi' });
    toRejection(w);
    act(w, 'subkoor', 'tolak', '<script>alert(2)</script> jam penuh');
    const { html, text } = mailer.sent.at(-1)!;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Budi');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; jam penuh');
    expect(html).not.toMatch(/<img|<script/);
    expect(text).toContain('<img src=x onerror=alert(1)>Budi');
  });

  it("sends one task mail to every holder of the role, including today's Plh", () => {
    const w = world();
    w.users.push({ email: 'plh@kominfo.go.id', name: 'Plh Kadis', nip: '', roles: [], active: true, isAdmin: false });
    w.delegations.push({
      role: 'kadis',
      substitute: 'plh@kominfo.go.id',
      forName: 'Petugas Kepala Dinas',
      from: '2026-11-20',
      to: '2026-11-25',
    });
    const mailer = recordingMailer();
    w.deps.effects = deliveryHandlers(mailer, {
      clock: w.deps.clock,
      settings: () => w.deps.config.settings().settings,
      users: () => w.deps.config.users(),
    });
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    // The officials' notice, and the applicant's receipt.
    expect(mailer.sent.map((m) => m.to)).toEqual(['kadis@kominfo.go.id, plh@kominfo.go.id', 'siti@disdik.go.id']);
  });

  it('sends the join link with ID and passcode, and waits while there is no link yet', () => {
    const { w, mailer } = setup();
    const handlers = deliveryHandlers(mailer, {
      clock: w.deps.clock,
      settings: () => w.deps.config.settings().settings,
      users: () => w.deps.config.users(),
    });
    const preset = presetById('000-bandung')!;
    const effect = { kind: 'send_link' as const, key: `${ID}:v7:send_link`, params: {} };
    const request = w.register.rows[0];
    expect(handlers.send_link!({ request, preset, effect })).toEqual({
      status: 'pending',
      note: expect.stringContaining('belum ada'),
    });
    const withLink = {
      ...request,
      platform: 'zoom' as const,
      joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc',
      meetingId: '81234567890',
      passcode: '482913',
    };
    expect(handlers.send_link!({ request: withLink, preset, effect }).status).toBe('done');
    const mail = mailer.sent.at(-1)!;
    expect(mail.text).toMatch(/https:\/\/us02web\.zoom\.us\/j\/81234567890\?pwd=abc/);
    expect(mail.text).toContain('812 3456 7890');
    expect(mail.text).toContain('482913');
  });
});

describe('templates and WhatsApp', () => {
  const preset = presetById('003-tangerang')!;
  it('maps action ids to templates and falls back by the target step', () => {
    expect(applicantTemplate({ template: 'tolak_tanda_tangan' }, preset)).toBe('perbaikan');
    expect(applicantTemplate({ template: 'alternatif' }, preset)).toBe('alternatif');
    expect(applicantTemplate({ template: 'tolak' }, preset)).toBe('ditolak');
    expect(applicantTemplate({ template: 'aksi_kustom', toStep: preset.revisionStep }, preset)).toBe('perbaikan');
    expect(applicantTemplate({ template: 'tugas_baru' }, preset)).toBe('diterima');
  });

  it('offers a wa.me link with the status message, the join link once there is one', () => {
    const { w } = setup();
    const settings = w.deps.config.settings().settings;
    const r = w.register.rows[0];
    const [link] = whatsappLinks(r, presetById('000-bandung')!, settings);
    expect(link.url).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(decodeURIComponent(link.url)).toContain('telah kami terima');
    const joined = whatsappLinks(
      { ...r, platform: 'zoom', joinUrl: 'https://zoom.us/j/81234567890', passcode: '1' },
      null,
      settings,
    );
    expect(decodeURIComponent(joined[0].url)).toContain('https://zoom.us/j/81234567890');
    expect(whatsappLinks({ ...r, phone: '12' }, null, settings)).toEqual([]);
  });
});
