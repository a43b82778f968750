/**
 * Issue 14, refusals about the data: an operator typing in Pengguna, a forged "Efek Tertunda"
 * cell (typed by an official, then even by the office account), and a second admin running
 * Setup. Each is refused with Google's or the product's exact words, and nothing changes.
 */
import { validAnswers } from '../../fixtures/answers';
import { BANDUNG_TO_MEETING, e2eWorld, ADMIN, OFFICE, ok, walkSteps, type E2E } from '../world';
import { eventsOf, meetingsOf, mailOf, rowOf } from '../../proof/kit';
import type { Result } from '../../../src/shared/rpc';
import type { SaveResultDto, SettingsFormDto } from '../../../src/shared/admin-rpc';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const A = 'VC-2026-0001';
const B = 'VC-2026-0002';

/** A1 column letters of `header` in `sheet`'s first row. */
function columnOf(e: E2E, sheet: string, header: string): string {
  const i = e.sheet(sheet)[0].indexOf(header);
  if (i < 0) throw new Error(`${sheet} tidak punya kolom ${header}`);
  return String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, 'A');
}

function rowNumber(e: E2E, sheet: string, key: string): number {
  return e.sheet(sheet).findIndex((r) => r[0] === key) + 1;
}

describe('an operator editing Pengguna by hand', () => {
  const e = e2eWorld('000-bandung');
  const operator = mailOf('operator');

  it("is refused by Sheets itself, and the operator's row stays as the office typed it", () => {
    const before = e.sheet('Pengguna');
    const row = rowNumber(e, 'Pengguna', operator);
    const admin = columnOf(e, 'Pengguna', 'Admin');
    expect(() => e.ws.acl.manualEdit(operator, { sheet: 'Pengguna', range: `${admin}${row}` }, [['Ya']])).toThrow(
      PROTECTED,
    );
    const below = before.length + 1;
    expect(() =>
      e.ws.acl.manualEdit(operator, { sheet: 'Pengguna', range: `A${below}:F${below}` }, [
        ['teman@kominfo.go.id', 'Teman', '', 'kadis', 'Ya', 'Ya'],
      ]),
    ).toThrow(PROTECTED);
    expect(e.sheet('Pengguna')).toEqual(before);
  });

  it('still gives the operator no admin rights', () => {
    e.as(operator);
    expect(e.app.callFromClient('getSettingsForm')).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    e.as('teman@kominfo.go.id');
    expect(e.state()).toEqual({
      ok: false,
      error:
        'Anda tidak memiliki akses ke spreadsheet Layanan Vicon ini. Bila Anda masih bertugas, minta admin mengaktifkan akun Anda di sheet Pengguna.',
    });
  });
});

describe('a forged "Efek Tertunda" cell', () => {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-01' }));
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-02', Email: 'budi@dinkes.go.id' }));
  walkSteps(e, B, BANDUNG_TO_MEETING);
  const victimMeeting = meetingsOf(e, B);
  const victimEvents = eventsOf(e, B);
  const cell = `${columnOf(e, 'Register', 'Efek Tertunda')}${rowNumber(e, 'Register', A)}`;
  const forged = [
    `cancel_meeting|${B}:v7:cancel_meeting|${JSON.stringify({ meetingId: victimMeeting[0] })}`,
    `release|${B}:v8:release|${JSON.stringify({ requestId: B, fromDate: '2026-12-02', fromStart: '09:00' })}`,
    `notify_applicant|${A}:v9:notify_applicant|${JSON.stringify({
      template: 'perbaikan',
      to: 'penipu@contoh.com',
      email: 'penipu@contoh.com',
      editUrl: 'https://penipu.contoh.com/ubah',
    })}`,
    `send_letter|${A}:v9:send_letter|${JSON.stringify({ to: 'penipu@contoh.com' })}`,
  ].join('\n');

  it('cannot be typed by an official (Sheets refuses)', () => {
    expect(() => e.ws.acl.manualEdit(mailOf('subkoor'), { sheet: 'Register', range: cell }, [[forged]])).toThrow(
      PROTECTED,
    );
    expect(rowOf(e, A)['Efek Tertunda']).toBe('');
  });

  it("typed by the office account, makes the hourly job touch nothing but the request's own applicant", () => {
    expect(victimMeeting).toHaveLength(1);
    expect(victimEvents.length).toBeGreaterThan(0);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: cell }, [[forged]]);
    const sentBefore = e.ws.mail.outbox.length;
    e.app.call('runHourly');
    expect(meetingsOf(e, B)).toEqual(victimMeeting);
    expect(eventsOf(e, B)).toEqual(victimEvents);
    expect(rowOf(e, B)['ID Rapat']).toBe(victimMeeting[0]);
    const sent = e.ws.mail.outbox.slice(sentBefore);
    const strangers = sent
      .flatMap((m) => m.to)
      .filter((to) => to !== 'siti@disdik.go.id' && !to.endsWith('@kominfo.go.id'));
    expect(strangers).toEqual([]);
    expect(e.ws.mail.outbox.filter((m) => JSON.stringify(m).includes('penipu'))).toEqual([]);
  });
});

describe('a second admin running Setup', () => {
  const e = e2eWorld('000-bandung');
  const formId = e.formId();
  const refusal = `Siapkan hanya dapat dijalankan oleh akun layanan (${OFFICE}). Masuk dengan akun itu lalu coba lagi.`;
  const handlers = () => e.ws.triggers().map((t) => `${t.handler} ${t.owner}`);
  const before = handlers();

  it('from the menu is refused, naming the office account', () => {
    e.panel.callAs(ADMIN, 'menuSetup');
    expect(e.ws.ui.shown.at(-1)).toEqual(expect.stringContaining(refusal));
  });

  it('from the settings wizard is refused the same way', () => {
    e.as(ADMIN);
    expect(e.app.callFromClient('runSetupFromPanel')).toEqual({ ok: false, error: refusal });
  });

  it('saving settings as that admin runs the office’s Setup: still one form, one set of triggers', () => {
    e.as(ADMIN);
    const form = ok(e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm'));
    const saved = ok(e.app.callFromClient<Result<SaveResultDto>>('saveSettings', form.fields));
    expect(saved).toMatchObject({ saved: true });
    expect(e.ws.forms.all().map((f) => f.id)).toEqual([formId]);
    expect(e.formId()).toBe(formId);
    expect(handlers()).toEqual(before);
    expect(before).toHaveLength(3);
    expect(new Set(e.ws.triggers().map((t) => t.owner))).toEqual(new Set([OFFICE]));
  });
});
