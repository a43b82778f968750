/**
 * Finding 2 (issue 15), text that blocks the product, on the built bundle: applicant text is data
 * everywhere. A title holding '/s/' (even a Zoom start link) must not stop a single mail; '{{…}}',
 * '$1', '$&', '\' and regex specials must land literally in the reply letter (Docs replaceText reads
 * a regular expression and Java's '$' groups) and the letter must still be signed; the same text lands
 * as typed in the Zoom topic and agenda, the calendar booking, every mail and the Rekap.
 */
import { docText } from '../../../dev/standin/docs';
import { MIME } from '../../../dev/standin/drive';
import { calendarStore } from '../../../dev/standin/calendar';
import { BANDUNG_WALK, ID, historyOf, mailOf, ok, rowOf, TARAKAN_WALK, walkAt } from '../kit';
import type { E2E } from '../../e2e/world';

/** What a hostile applicant types into a one-line form answer (≤ 100 characters: every field takes it). */
const HOSTILE = 'Rapat {{nomor_surat}} {{x}} $1 $& $$ \\ \\1 .*+?^${}()|[] <b>&amp;</b> =SUM(1) /s/';
const START_LINK = 'https://us06web.zoom.us/s/81234567890?zak=eyJhbGciOi';
/** Applicant fields that reach a letter, a mail, Zoom, a calendar or the Rekap. */
const FIELDS = ['Judul kegiatan', 'Instansi/OPD', 'Nama pemohon', 'Jabatan', 'Nomor surat permohonan'];
const hostile = (value: string): Record<string, string> => Object.fromEntries(FIELDS.map((f) => [f, value]));

const APPLICANT = 'siti@disdik.go.id';
const html = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function walkAll(e: E2E, walk: typeof BANDUNG_WALK, from: number): void {
  for (const s of walk.slice(from)) {
    e.as(mailOf(s.who));
    ok(e.act(ID, s.action, s.input ?? {}));
  }
}

describe('finding 2: applicant text never blocks a mail, a letter or a meeting', () => {
  it('a title holding "/s/" and a Zoom start link: every mail still goes out, nothing stays pending', () => {
    const title = `Sosialisasi ${START_LINK} /s/ start_url`;
    const e = walkAt('000-bandung', BANDUNG_WALK, 0, { 'Judul kegiatan': title });
    walkAll(e, BANDUNG_WALK, 0);
    expect(rowOf(e)['Efek Tertunda']).toBe('');
    expect(rowOf(e).Status).toBe('Selesai');
    const link = e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT) && /Tautan rapat/.test(m.subject));
    expect(link).toHaveLength(1);
    expect(link[0].body).toContain(`Kegiatan: ${title}`);
    expect(link[0].body).toContain(String(rowOf(e)['Tautan Rapat']));
    // One task mail each time the work arrives at a role (issue 16 §2), not one per step: the Subkoor's
    // three steps and the operator's three each start with one mail, and none of them is held back.
    const tasks = e.ws.mail.outbox.filter((m) => /Tugas baru/.test(m.subject));
    expect(tasks.map((m) => m.to.join(','))).toEqual(['kadis', 'kabid', 'subkoor', 'operator'].map(mailOf));
  });

  it('Tarakan: the reply letter holds every hostile value literally and is signed, numbered and mailed', () => {
    const e = walkAt('001-tarakan', TARAKAN_WALK, 0, hostile(HOSTILE));
    walkAll(e, TARAKAN_WALK, 0);
    const row = rowOf(e);
    expect(row['Efek Tertunda']).toBe('');
    expect(row.Status).toBe('Selesai');
    expect(String(row['Nomor Surat Balasan'])).toMatch(/^1\//);
    const docs = [...e.ws.drive.items.values()].filter(
      (i) => !i.trashed && i.mimeType === MIME.doc && i.name.includes(ID),
    );
    expect(docs).toHaveLength(1);
    const letter = docText(e.ws.drive, docs[0].id)!;
    for (const line of [
      `Nama kegiatan\t: ${HOSTILE}`,
      `Yth. ${HOSTILE} ${HOSTILE}`,
      `u.p. ${HOSTILE}`,
      `surat Saudara Nomor ${HOSTILE} tanggal`,
    ])
      expect(letter).toContain(line);
    expect(letter).toContain(`Nomor\t: ${String(row['Nomor Surat Balasan'])}`);
    expect(letter).not.toContain('……');
    const sent = e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT) && /Surat balasan/.test(m.subject));
    expect(sent).toHaveLength(1);
    expect(sent[0].attachments).toHaveLength(1);
    expect(historyOf(e).filter((h) => /belum lengkap|masih memuat/.test(h.note))).toEqual([]);
  });

  it('Bandung: the same text lands as typed in Zoom, the calendar, every mail and the Rekap', () => {
    const e = walkAt('000-bandung', BANDUNG_WALK, 0, hostile(HOSTILE));
    walkAll(e, BANDUNG_WALK, 0);
    const meeting = e.zoom.state.meetings.get(String(rowOf(e)['ID Rapat']))!;
    expect(meeting.topic).toBe(HOSTILE);
    expect(meeting.agenda.split('\n').slice(1)).toEqual([`Pemohon: ${HOSTILE}`, HOSTILE]);
    const titles = [...calendarStore(e.ws.ctx).events.values()]
      .filter((ev) => !ev.calendarId.includes('#holiday@'))
      .map((ev) => ev.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set([`${ID} ${HOSTILE}`]));
    const mails = e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT));
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.body).toContain(`Kegiatan: ${HOSTILE}`);
      expect(m.htmlBody).toContain(html(HOSTILE));
      expect(m.htmlBody).not.toContain('<b>&amp;</b>');
    }
    e.as(mailOf('kadis'));
    e.app.call('menuRefreshRecap');
    const rekap = e.ws.spreadsheet.sheetByName('Rekap')!;
    const cells = rekap.values.flat().map(String);
    expect(cells.filter((c) => c === HOSTILE).length).toBeGreaterThanOrEqual(2);
    expect(rekap.formulas.flat().filter((f: string) => f !== '')).toEqual([]);
  });
});
