import { validAnswers } from '../fixtures/answers';
import { BANDUNG_TO_MEETING, checkHistory, type E2E, e2eWorld, ok, walkSteps } from './world';

const ID = 'VC-2026-0001';
const APPLICANT = 'siti@disdik.go.id';

function step(e: E2E, who: string, action: string, input = {}) {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(ID, action, input));
}

/** Bandung from the form to the step where the operator sends the link (meeting made). */
function toSendLink(e: E2E): void {
  e.submit(validAnswers());
  walkSteps(e, ID, BANDUNG_TO_MEETING);
}

const toApplicant = (e: E2E) => e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT));
const linkMails = (e: E2E) => toApplicant(e).filter((m) => /Tautan rapat/.test(m.subject));

describe('delivery on the built bundle', () => {
  it('Bandung: each step mails the next role; the link mail carries join URL and passcode, never the start URL', () => {
    const e = e2eWorld('000-bandung');
    toSendLink(e);
    const tasks = e.ws.mail.outbox.filter((m) => /Tugas baru/.test(m.subject)).map((m) => m.to.join(','));
    expect(tasks).toEqual([
      'kadis@kominfo.go.id',
      'kabid@kominfo.go.id',
      'subkoor@kominfo.go.id',
      'subkoor@kominfo.go.id',
      'subkoor@kominfo.go.id',
      'operator@kominfo.go.id',
      'operator@kominfo.go.id',
    ]);
    expect(e.ws.mail.outbox[0].body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\//);
    step(e, 'operator', 'kirim_tautan');
    const [meeting] = [...e.zoom.state.meetings.values()];
    const [mail] = linkMails(e);
    expect(linkMails(e)).toHaveLength(1);
    expect(mail.subject).toBe(`[${ID}] Tautan rapat — Rapat Koordinasi PPDB`);
    expect(mail.body).toContain(meeting.join_url);
    expect(mail.body).toContain(meeting.password);
    expect(mail.htmlBody).toContain(meeting.join_url.replace(/&/g, '&amp;'));
    expect(JSON.stringify(e.ws.mail.outbox)).not.toMatch(/\/s\/\d|zak=|start_url/);
    expect(e.column('Efek Tertunda')).toEqual(['']);
    e.as('operator@kominfo.go.id');
    const [wa] = ok(e.detail(ID)).whatsapp;
    expect(wa.url).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(decodeURIComponent(wa.url)).toContain(meeting.join_url);
  });

  it('Bandung: a rejection mails the applicant the reason', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    step(e, 'kadis', 'disposisi');
    step(e, 'kabid', 'disposisi');
    step(e, 'subkoor', 'terima');
    step(e, 'subkoor', 'tolak', { note: 'Akun Zoom sudah terpakai pada jam tersebut.' });
    const mails = toApplicant(e);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: `[${ID}] Permohonan tidak dapat dipenuhi — Rapat Koordinasi PPDB`,
      body: expect.stringContaining('Akun Zoom sudah terpakai pada jam tersebut.'),
    });
  });

  it('quota exhausted: the link waits in Efek Tertunda and a later hourly run sends it once', () => {
    const e = e2eWorld('000-bandung');
    toSendLink(e);
    e.ws.mail.used = e.ws.mail.dailyQuota;
    const before = e.ws.mail.outbox.length;
    const r = step(e, 'operator', 'kirim_tautan');
    expect(r.message).toMatch(/efek masih tertunda/);
    expect(String(e.column('Efek Tertunda')[0])).toMatch(/send_link/);
    expect(r.detail.timeline.some((t) => /kuota email harian habis/.test(t.note))).toBe(true);
    e.app.call('runHourly');
    expect(e.ws.mail.outbox.length).toBe(before);
    e.ws.mail.used = 0;
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(linkMails(e)).toHaveLength(1);
    expect(e.column('Efek Tertunda')).toEqual(['']);
    expect(e.column('Status')).toEqual(['Menunggu Pelaksanaan']);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });
});
