/**
 * Finding 3 (issue 15), only declared fields, on the built bundle: an official clicking in the panel
 * adds `link`, `operator` or `host` to an action whose step does not declare them. Each is refused in
 * Indonesian and nothing changes (row, Riwayat, mail). Where an office's own SOP lets the operator type
 * a link (platform Lainnya), only an https link to a known meeting service is taken, and Riwayat says so.
 */
import { validAnswers } from '../../fixtures/answers';
import { ADMIN, BANDUNG_TO_MEETING, e2eWorld, stepAs, walkSteps, type E2E } from '../../e2e/world';
import { historyOf, ID, mailOf, rowOf } from '../kit';

const EVIL = 'https://evil.example/zoom-login';
const OUTSIDER = 'penipu@gmail.com';

function refusedWithoutChange(e: E2E, who: string, action: string, input: Record<string, unknown>): string {
  const row = rowOf(e);
  const history = historyOf(e);
  const mails = e.ws.mail.outbox.length;
  e.as(mailOf(who));
  const r = e.act(ID, action, input);
  expect(r.ok).toBe(false);
  expect(rowOf(e)).toEqual(row);
  expect(historyOf(e)).toEqual(history);
  expect(e.ws.mail.outbox.length).toBe(mails);
  return r.ok ? '' : r.error;
}

describe('finding 3: an action takes exactly the fields its step declares', () => {
  it('a Kadis cannot set a meeting link, an operator or a host with a disposition', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const error = refusedWithoutChange(e, 'kadis', 'disposisi', { link: EVIL, operator: OUTSIDER, host: 'Zoom X' });
    expect(error).toBe(
      'Tindakan "Disposisikan ke Kepala Bidang" tidak menerima tautan rapat, operator yang ditugaskan, akun host. Isian itu ditolak, tidak ada yang diubah; muat ulang panel lalu coba lagi.',
    );
    stepAs(e, 'kadis', ID, 'disposisi');
  });

  it('after the meeting exists, no step swaps its link, moves it to another host, or adds an outside operator', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    expect(refusedWithoutChange(e, 'operator', 'kirim_tautan', { link: EVIL })).toMatch(/tidak menerima tautan rapat/);
    expect(refusedWithoutChange(e, 'operator', 'kirim_tautan', { host: 'Zoom Kominfo 2' })).toMatch(/akun host/);
    expect(refusedWithoutChange(e, 'operator', 'kirim_tautan', { operator: OUTSIDER })).toMatch(/operator/);
    expect(refusedWithoutChange(e, 'operator', 'kirim_tautan', { __proto__: null, rahasia: 'x' })).toMatch(
      /isian lain yang tidak dikenal/,
    );
    stepAs(e, 'operator', ID, 'kirim_tautan');
    e.ws.clock.set(new Date('2026-11-29T01:30:00Z'));
    e.app.call('runHourly');
    const all = e.ws.mail.outbox.flatMap((m) => [...m.to, m.body]).join('\n');
    expect(all).not.toContain(EVIL);
    expect(all).not.toContain(OUTSIDER);
    const reminder = e.ws.mail.outbox.filter((m) => /Pengingat/.test(m.subject));
    expect(reminder.flatMap((m) => m.to).sort()).toEqual([mailOf('operator'), 'siti@disdik.go.id']);
    expect(rowOf(e)['Tautan Rapat']).toBe(e.zoom.state.meetings.get(String(rowOf(e)['ID Rapat']))!.join_url);
  });
});

describe("finding 3: a link typed by a person (an office's SOP with platform Lainnya)", () => {
  /** Bandung copied to 'Alur SOP' with 'Buat Link' requiring a link; one request with platform Lainnya at that step. */
  function typedLinkWorld(platform = 'Lainnya'): E2E {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    e.app.call('menuCopyPreset');
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const settings = book.getSheetByName('Pengaturan')!;
    const at = settings
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'Alur SOP');
    settings.getRange(at + 1, 2).setValue('kustom');
    const sop = book.getSheetByName('Alur SOP')!;
    const values = sop.getDataRange().getValues();
    const header = values.findIndex((r) => r.includes('ID Langkah'));
    const row = values.findIndex((r, i) => i > header && r[0] === 'buat_rapat' && r[6] === 'buat_rapat');
    sop.getRange(row + 1, values[header].indexOf('Wajib Diisi') + 1).setValue('link');
    e.app.call('onEdit', { range: sop.getRange(1, 1) });
    e.submit(validAnswers({ Platform: platform }));
    walkSteps(e, ID, BANDUNG_TO_MEETING.slice(0, -1));
    return e;
  }

  it.each([
    [EVIL, /"evil\.example" tidak termasuk/],
    ['http://meet.google.com/abc-defg-hij', /https:\/\//],
    ['https://meet.google.com@evil.example/x', /https:\/\//],
    ['https://us06web.zoom.us/s/81234567890?zak=abc', /start URL/],
  ])('refuses %s', (link, reason) => {
    const e = typedLinkWorld();
    expect(refusedWithoutChange(e, 'operator', 'buat_rapat', { link })).toMatch(reason);
  });

  it('takes an https link to a known meeting service, records it in Riwayat and sends that link', () => {
    const e = typedLinkWorld();
    const link = 'https://meet.google.com/abc-defg-hij';
    stepAs(e, 'operator', ID, 'buat_rapat', { link });
    expect(rowOf(e)['Tautan Rapat']).toBe(link);
    const entry = historyOf(e)
      .filter((h) => h.kind === 'aksi')
      .at(-1)!;
    expect(entry).toMatchObject({ action: 'buat_rapat', note: `Tautan rapat dicatat: ${link}` });
    stepAs(e, 'operator', ID, 'kirim_tautan');
    const sent = e.ws.mail.outbox.filter((m) => /Tautan rapat/.test(m.subject));
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain(link);
  });

  it('refuses a typed link for a Zoom request: its link is the one Zoom returns', () => {
    const e = typedLinkWorld('Zoom');
    expect(refusedWithoutChange(e, 'operator', 'buat_rapat', { link: 'https://meet.google.com/abc-defg-hij' })).toMatch(
      /platform Lainnya/,
    );
  });
});
