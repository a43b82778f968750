/**
 * What officials read, on the built bundle: a work-arrived mail links to the request's own Register
 * row; a request on Google Meet is never offered a button that says "Zoom"; the schedule-deciding
 * step names the clash once.
 */
import { validAnswers } from '../fixtures/answers';
import { BANDUNG_TO_MEETING, e2eWorld, ok, walkSteps } from './world';

describe("officials' journey on the built bundle", () => {
  it('a task mail opens the spreadsheet on the request’s Register row', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat kedua' }));
    const tasks = e.ws.mail.outbox.filter((m) => /Tugas baru/.test(m.subject));
    const gid = e.ws.spreadsheet.getSheetByName('Register')!.getSheetId();
    expect(tasks.map((m) => /#gid=(\d+)&range=A(\d+)/.exec(m.body)?.slice(1))).toEqual([
      [String(gid), '2'],
      [String(gid), '3'],
    ]);
  });

  it('the step that checks the schedule shows what is already booked that day', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat siang', 'Jam mulai': '13:00', 'Jam selesai': '14:00' }));
    walkSteps(e, 'VC-2026-0001', BANDUNG_TO_MEETING.slice(0, 4));
    walkSteps(e, 'VC-2026-0002', BANDUNG_TO_MEETING.slice(0, 3));
    e.as('subkoor@kominfo.go.id');
    const second = ok(e.detail('VC-2026-0002'));
    expect(second.daySchedule).toEqual([`09.00–11.30 WIB · VC-2026-0001 · ${e.column('Akun Zoom')[0]}`]);
    e.as('kadis@kominfo.go.id');
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat ketiga' }));
    expect(ok(e.detail('VC-2026-0003')).daySchedule).toBeUndefined();
  });

  it('a Google Meet request: the meeting button and the step name Google Meet, not Zoom', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers({ Platform: 'Google Meet' }));
    walkSteps(e, 'VC-2026-0001', BANDUNG_TO_MEETING.slice(0, 5));
    e.as('operator@kominfo.go.id');
    const detail = ok(e.detail('VC-2026-0001'));
    expect(detail.actions.map((a) => a.label)).toContain('Buat Link dan Agenda Google Meet');
    expect(JSON.stringify(detail.actions)).not.toContain('Zoom');
    const [task] = ok(e.state()).tasks;
    expect(task.stepLabel).not.toContain('Zoom');
  });
});
