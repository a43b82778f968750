/**
 * Finding 5 (issue 15), privacy by role, on the built bundle: what the panel shows an official
 * (request detail, "Tugas saya", the detail returned after a click) holds the applicant's email and
 * WhatsApp, and the meeting's link, ID and passcode, only for officials whose current step needs them
 * (the one who makes, moves or sends the meeting or the letter, agrees a time with the applicant, or
 * operates the meeting) and admins; never for an active user without a role, nor for roles that only
 * dispose. The sheet itself stays readable to editors (docs/architecture.md, "Batas yang diketahui").
 */
import { ADMIN, BANDUNG_TO_MEETING, e2eWorld, ok, stepAs, walkSteps, type E2E } from '../../e2e/world';
import { validAnswers } from '../../fixtures/answers';
import { ID, mailOf, rowOf } from '../kit';

const NO_ROLE = 'pegawai.baru@kominfo.go.id';
const EMAIL = 'siti@disdik.go.id';
const PHONE = '6281234567890';

/** The applicant's contacts and the meeting's access, as stored in the Register. */
function secrets(e: E2E): { contact: string[]; meeting: string[] } {
  const row = rowOf(e);
  const meeting = [String(row['Tautan Rapat']), String(row['Kode Sandi']), String(row['ID Rapat'])].filter(Boolean);
  return { contact: [EMAIL, PHONE, '0812-3456-7890'], meeting };
}

/** Everything the panel gives `who`: the sidebar state and the request's detail, as JSON text. */
function panelView(e: E2E, who: string): string {
  e.as(who);
  return JSON.stringify([e.state(), e.detail(ID)]);
}

function seen(text: string, values: string[]): string[] {
  return values.filter((v) => text.includes(v) || text.includes(encodeURIComponent(v)));
}

function world(): E2E {
  const e = e2eWorld('000-bandung');
  e.addOfficial({ email: NO_ROLE, name: 'Pegawai Baru', roles: [] });
  e.submit(validAnswers());
  return e;
}

describe('finding 5: contacts, link and passcode only where the step needs them', () => {
  it('after the meeting exists: the operator sending the link and the admin see them; no one else does', () => {
    const e = world();
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    const { contact, meeting } = secrets(e);
    expect(meeting).toHaveLength(3);
    for (const who of [mailOf('kadis'), mailOf('kabid'), mailOf('subkoor'), NO_ROLE]) {
      const view = panelView(e, who);
      expect([who, seen(view, [...contact, ...meeting])]).toEqual([who, []]);
    }
    for (const who of [mailOf('operator'), ADMIN]) {
      const view = panelView(e, who);
      expect([who, seen(view, [EMAIL, PHONE, ...meeting])]).toEqual([who, [EMAIL, PHONE, ...meeting]]);
    }
  });

  it('roles that only dispose never see the contacts, not even in the detail a click returns', () => {
    const e = world();
    const { contact } = secrets(e);
    expect(seen(panelView(e, mailOf('kadis')), contact)).toEqual([]);
    const done = stepAs(e, 'kadis', ID, 'disposisi');
    expect(seen(JSON.stringify(done), contact)).toEqual([]);
    expect(seen(panelView(e, mailOf('kabid')), contact)).toEqual([]);
  });

  it('the history shown to others names no contact and no link (mail recipients, links recorded)', () => {
    const e = world();
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    stepAs(e, 'operator', ID, 'kirim_tautan');
    const { contact, meeting } = secrets(e);
    e.as(mailOf('operator'));
    const operatorTimeline = JSON.stringify(ok(e.detail(ID)).timeline);
    expect(operatorTimeline).toContain(EMAIL);
    for (const who of [mailOf('kabid'), NO_ROLE]) {
      e.as(who);
      const d = ok(e.detail(ID));
      expect(d.timeline.length).toBeGreaterThan(5);
      expect(seen(JSON.stringify(d), [...contact, ...meeting])).toEqual([]);
      expect(JSON.stringify(d.timeline)).toContain('(disembunyikan)');
    }
  });

  it('an active user with no role sees no contact at any step, and no WhatsApp link', () => {
    const e = world();
    const { contact } = secrets(e);
    for (const [role, action, input] of BANDUNG_TO_MEETING) {
      e.as(NO_ROLE);
      const d = ok(e.detail(ID));
      expect(d.whatsapp).toEqual([]);
      expect(seen(JSON.stringify(d), contact)).toEqual([]);
      stepAs(e, role, ID, action, input ?? {});
    }
  });
});
