/**
 * Finding 1 (issue 15), meeting hijack, on the built bundle: an applicant writes the NEXT request's
 * number (or the product's own agenda marker for it) into any field that reaches Zoom. The next
 * request, from another OPD on another day, must still get its own meeting at its own time, its
 * applicant its own link, and cancelling the attacker's request must leave the victim's meeting alone.
 */
import { validAnswers } from '../../fixtures/answers';
import { BANDUNG_TO_MEETING, e2eWorld, stepAs, walkSteps, type E2E } from '../../e2e/world';
import { agendaMarker } from '../../../src/core/zoom-payload';

const ATTACKER = 'VC-2026-0001';
const VICTIM = 'VC-2026-0002';
/** The victim's meeting is made at its 7th version (intake + 6 steps): the key its create effect carries. */
const VICTIM_CREATE_KEY = `${VICTIM}:v7:create_meeting`;

/** What an attacker who read the source writes: the old marker, and the product's marker for the victim. */
function payload(multiline: boolean): string {
  const marker = agendaMarker(VICTIM, VICTIM_CREATE_KEY);
  const parts = [`Sosialisasi [${VICTIM}]`, marker, `[${VICTIM}]`];
  return multiline ? `${parts[0]}\n${marker}\r\n${parts[2]}` : parts.join(' ');
}

/** Every applicant field whose text reaches Zoom (or could: topic, agenda, calendar title). */
const FIELDS = ['Judul kegiatan', 'Instansi/OPD', 'Nama pemohon', 'Jabatan', 'Nomor surat permohonan', 'Keterangan'];

const meetingIdOf = (e: E2E, id: string): string => {
  const ids = e.column('Nomor');
  return String(e.column('ID Rapat')[ids.indexOf(id)] ?? '');
};

function attackThenVictim(hostile: Record<string, string>): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers(hostile));
  walkSteps(e, ATTACKER, BANDUNG_TO_MEETING);
  e.submit(
    validAnswers({
      'Nama pemohon': 'Budi Santoso',
      'Instansi/OPD': 'Dinas Kesehatan',
      Email: 'budi@dinkes.go.id',
      'Nomor surat permohonan': '440/77/Dinkes',
      'Judul kegiatan': 'Rapat Vaksinasi',
      'Tanggal kegiatan': '2026-12-02',
      'Jam mulai': '13:00',
      'Jam selesai': '14:00',
    }),
  );
  walkSteps(e, VICTIM, BANDUNG_TO_MEETING);
  return e;
}

function expectSeparateMeetings(e: E2E): void {
  const attackerMeeting = meetingIdOf(e, ATTACKER);
  const victimMeeting = meetingIdOf(e, VICTIM);
  expect(attackerMeeting).not.toBe('');
  expect(victimMeeting).not.toBe(attackerMeeting);
  const victim = e.zoom.state.meetings.get(victimMeeting);
  expect(victim?.start_time).toBe('2026-12-02T06:00:00Z');
  expect(victim?.topic).toBe('Rapat Vaksinasi');
  expect(e.zoom.state.meetings.size).toBe(2);

  stepAs(e, 'operator', VICTIM, 'kirim_tautan');
  const linkMail = e.ws.mail.outbox.filter((m) => m.to.includes('budi@dinkes.go.id') && /Tautan rapat/.test(m.subject));
  expect(linkMail).toHaveLength(1);
  expect(linkMail[0].body).toContain(victim!.join_url);
  expect(linkMail[0].body).not.toContain(e.zoom.state.meetings.get(attackerMeeting)!.join_url);

  stepAs(e, 'operator', ATTACKER, 'batalkan', { note: 'Dibatalkan pemohon.' });
  expect([...e.zoom.state.meetings.keys()]).toEqual([victimMeeting]);
  expect(meetingIdOf(e, VICTIM)).toBe(victimMeeting);
}

describe('finding 1: applicant text cannot capture another request’s Zoom meeting', () => {
  it.each(FIELDS)('the next request number in "%s" of the previous request', (field) => {
    expectSeparateMeetings(attackThenVictim({ [field]: payload(field === 'Keterangan') }));
  });

  it('the next request number in every field at once', () => {
    const hostile = Object.fromEntries(FIELDS.map((f) => [f, payload(f === 'Keterangan')]));
    expectSeparateMeetings(attackThenVictim(hostile));
  });

  it("the agenda starts with the product's own marker line, which applicant text never starts", () => {
    const e = attackThenVictim({ 'Judul kegiatan': payload(false), 'Instansi/OPD': `\n${payload(false)}` });
    const attacker = e.zoom.state.meetings.get(meetingIdOf(e, ATTACKER))!;
    const [first, ...rest] = attacker.agenda.split(/\r?\n/);
    expect(first).toBe(agendaMarker(ATTACKER, `${ATTACKER}:v7:create_meeting`));
    expect(first).toMatch(/^Layanan Vicon VC-2026-0001 [0-9a-f]{8}$/);
    expect(rest.some((line) => line.startsWith('Layanan Vicon'))).toBe(false);
    expect(attacker.agenda).toContain(payload(false));
  });
});
