/**
 * The applicant's journey on the built bundle, as an applicant from another OPD lives it: mails in
 * their inbox, each with a private status link, and the status page the engine serves to anyone
 * holding that link (no Google account): submit → receipt → correction → another time offered →
 * accepted with one click on the page → link → done. A link for one request opens no other.
 */
import { validAnswers } from '../fixtures/answers';
import { type E2E, e2eWorld, ok, stepAs, withoutEmail } from './world';

/** What a browser receives. */
interface Answer {
  status: number;
  body: string;
}

/** The internet as a browser without any Google sign-in reaches it (no Authorization header). */
function fetcher(e: E2E): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  return e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}

const ID = 'VC-2026-0001';
const APPLICANT = 'siti@disdik.go.id';
const STATUS_LINK = /https:\/\/script\.google\.com\/macros\/s\/[^\s"<>]+\?p=status&r=[^\s"<>]+/;

const inbox = (e: E2E) => e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT));
const subjects = (e: E2E) => inbox(e).map((m) => m.subject.replace(/ — .*$/, ''));

function statusLinkIn(body: string): string {
  const m = STATUS_LINK.exec(body);
  if (!m) throw new Error(`tidak ada tautan status di:\n${body}`);
  return m[0];
}

/** A browser opening `url`. */
function open(e: E2E, url: string): Answer {
  const res = fetcher(e).fetch(url, { muteHttpExceptions: true });
  return { status: res.getResponseCode(), body: res.getContentText() };
}

/** A button on the page: a form POST of the link's own parameters plus `fields` to the engine. */
function press(e: E2E, link: string, fields: Record<string, string>): Answer {
  const url = new URL(link);
  const body = new URLSearchParams({ ...Object.fromEntries(url.searchParams), ...fields });
  const res = fetcher(e).fetch(`${url.origin}${url.pathname}`, {
    method: 'post',
    contentType: 'application/x-www-form-urlencoded',
    payload: body.toString(),
    muteHttpExceptions: true,
  });
  return { status: res.getResponseCode(), body: res.getContentText() };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe("the applicant's journey on the built bundle", () => {
  it('submit → receipt → correction → another time offered → accepted on the status page → link → done', () => {
    const e = e2eWorld('000-bandung');
    const response = e.ws.submitForm(e.formId(), withoutEmail(validAnswers({ 'Jam selesai': '08:00' })), {
      respondentEmail: APPLICANT,
    });
    expect(subjects(e)).toEqual([`[${ID}] Permohonan perlu diperbaiki`]);
    const link = statusLinkIn(inbox(e)[0].body);

    e.ws.clock.advance(30 * 60 * 1000);
    e.ws.forms.editResponse(response.getId(), { 'Jam selesai': '11:30' });
    const receipt = inbox(e).at(-1)!;
    expect(receipt.subject).toBe(`[${ID}] Perbaikan diterima — Rapat Koordinasi PPDB`);
    expect(receipt.body).toContain(ID);
    expect(receipt.body).toMatch(/Langkah berikutnya: diperiksa oleh Kepala Dinas/);
    expect(receipt.body).toMatch(/Waktu layanan standar: .+\(jam kerja kantor\)/);
    expect(statusLinkIn(receipt.body)).toBe(link);

    stepAs(e, 'kadis', ID, 'disposisi');
    stepAs(e, 'kabid', ID, 'disposisi');
    stepAs(e, 'subkoor', ID, 'terima');
    const offered = { date: '2026-12-01', start: '13:00', end: '15:30' };
    stepAs(e, 'subkoor', ID, 'tawarkan_alternatif', { alternative: offered, note: 'Akun Zoom penuh pada jam itu.' });
    const offer = inbox(e).at(-1)!;
    expect(offer.subject).toMatch(/Usulan waktu pengganti/);
    expect(offer.body).toContain('Selasa, 1 Desember 2026');
    expect(statusLinkIn(offer.body)).toBe(link);

    const versionBefore = e.column('Versi');
    const page = open(e, link);
    expect(page.status).toBe(200);
    expect(text(page.body)).toContain('Jawaban Anda atas waktu lain yang kami tawarkan');
    expect(page.body).toContain('name="pilihan" value="2026-12-01 13:00-15:30"');
    expect(page.body).toContain('method="post"');
    // Opening the page (even with an action in the address) changes nothing.
    open(e, `${link}&a=terima&pilihan=2026-12-01%2013:00-15:30`);
    expect(e.column('Versi')).toEqual(versionBefore);
    expect(e.column('Langkah')).toEqual(['menunggu_pemohon']);

    const accepted = press(e, link, { a: 'terima', pilihan: '2026-12-01 13:00-15:30' });
    expect(text(accepted.body)).toContain('Waktu pilihan Anda sudah kami catat');
    expect(e.column('Langkah')).toEqual(['tunjuk_operator']);
    expect(e.column('Jam Mulai')).toEqual(['13:00']);
    expect(inbox(e).at(-1)!.subject).toBe(`[${ID}] Jadwal kegiatan diubah — Rapat Koordinasi PPDB`);
    expect(inbox(e).at(-1)!.body).toContain('Selasa, 1 Desember 2026');
    e.as('subkoor@kominfo.go.id');
    const trail = ok(e.detail(ID)).timeline.filter((t) => t.action === 'alternatif_diterima');
    expect(trail).toHaveLength(1);
    expect(trail[0].actorLabel).toBe('Siti Rahma (pemohon)');

    stepAs(e, 'subkoor', ID, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    stepAs(e, 'operator', ID, 'buat_rapat');
    stepAs(e, 'operator', ID, 'kirim_tautan');
    const [meeting] = [...e.zoom.state.meetings.values()];
    expect(inbox(e).at(-1)!.body).toContain(meeting.join_url);
    const withLink = open(e, link);
    expect(withLink.body).toContain(meeting.join_url.replace(/&/g, '&amp;'));
    expect(text(withLink.body)).toContain('Tautan rapat dikirim kepada Anda.');

    e.ws.clock.set(new Date('2026-12-01T09:00:00Z'));
    stepAs(e, 'operator', ID, 'selesai');
    expect(subjects(e)).toEqual(
      [
        'Permohonan perlu diperbaiki',
        'Perbaikan diterima',
        'Usulan waktu pengganti',
        'Jadwal kegiatan diubah',
        'Tautan rapat',
        'Permohonan selesai',
      ].map((s) => `[${ID}] ${s}`),
    );
    for (const m of inbox(e)) expect(statusLinkIn(m.body)).toBe(link);
    const done = text(open(e, link).body);
    expect(done).toContain('Selesai');
    expect(done).not.toContain('Batalkan permohonan');
  });

  it("a request's link opens only that request, and a guessed or altered token opens nothing", () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ Email: 'budi@dinkes.go.id', 'Judul kegiatan': 'Rapat Dinkes Rahasia' }));
    const first = statusLinkIn(inbox(e)[0].body);
    const second = statusLinkIn(e.ws.mail.outbox.filter((m) => m.to.includes('budi@dinkes.go.id'))[0].body);
    expect(text(open(e, first).body)).toContain('Rapat Koordinasi PPDB');
    const swapped = first.replace(`r=${ID}`, 'r=VC-2026-0002');
    const other = new URL(second).searchParams.get('t')!;
    for (const url of [swapped, first.replace(/t=[0-9a-f]+/, `t=${other}`), first.replace(/t=[0-9a-f]+/, 't=0')]) {
      const body = text(open(e, url).body);
      expect(body).toContain('Tautan tidak berlaku');
      expect(body).not.toContain('Rapat Dinkes Rahasia');
      expect(body).not.toContain('Rapat Koordinasi PPDB');
    }
    const versions = e.column('Versi');
    expect(text(press(e, swapped, { a: 'batal' }).body)).toContain('Tautan tidak berlaku');
    expect(e.column('Versi')).toEqual(versions);
  });

  it('the applicant cancels from the page; the cancellation goes into the history and the officials are told', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const link = statusLinkIn(inbox(e)[0].body);
    const page = press(e, link, { a: 'batal', alasan: 'Rapat ditunda oleh pimpinan.' });
    expect(text(page.body)).toContain(`Permohonan ${ID} dibatalkan`);
    expect(e.column('Status')).toEqual(['Dibatalkan']);
    expect(subjects(e).at(-1)).toMatch(/Permohonan dibatalkan/);
    expect(inbox(e).at(-1)!.body).not.toMatch(/tautan rapat yang pernah dikirim/);
    const told = e.ws.mail.outbox.filter((m) => m.to.includes('kadis@kominfo.go.id')).at(-1)!;
    expect(told.body).toContain('Rapat ditunda oleh pimpinan.');
    e.as('kadis@kominfo.go.id');
    const last = ok(e.detail(ID)).timeline.filter((t) => t.action === 'batalkan');
    expect(last.map((t) => t.actorLabel)).toEqual(['Siti Rahma (pemohon)']);
  });

  it('the receipt of a request with too little notice warns the applicant (Bandung: H-1)', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers({ 'Tanggal kegiatan': '2026-11-24' }));
    const [receipt] = inbox(e);
    expect(receipt.subject).toBe(`[${ID}] Permohonan diterima — Rapat Koordinasi PPDB`);
    expect(receipt.body).toMatch(/Perlu diperhatikan:\n\n1\. .*(H-1|sehari sebelum)/);
    expect(receipt.body).toContain(`nomor ${ID}`);
  });
});
