/**
 * Zoom failures on the built bundle: permanent ones (host not in the account, hosting disabled,
 * missing scope) stop being retried, are shown in the request detail with what to fix, are
 * mailed to the admins once, and are tried again after the fix; retryable ones (a plain 500)
 * keep being retried by the hourly run. "Tes koneksi" says exactly what is missing.
 */
import { validAnswers } from '../fixtures/answers';
import { ADMIN, BANDUNG_TO_MEETING, ok, walkSteps, type E2E } from './world';
import { officeIn } from './zoom-office';

const ID = 'VC-2026-0001';
const BLOCKED = 'Tertunda: membuat rapat (gagal, perlu diperbaiki)';

const detailAs = (e: E2E, who: string) => {
  e.as(who);
  return ok(e.detail(ID));
};
const adminMails = (e: E2E) => e.ws.mail.outbox.filter((m) => m.to.includes(ADMIN) && m.subject.includes(ID));
const creates = (calls: Array<{ op: string }>) => calls.filter((c) => c.op === 'create').length;
const resources = (e: E2E) =>
  (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Sumber Daya')!;
const testConnection = (e: E2E) => {
  e.as(ADMIN);
  return ok(e.app.callFromClient<{ ok: true; value: { ok: boolean; message: string } }>('testZoomConnection'));
};

describe('a host missing from the Zoom account (1001)', () => {
  it('blocks the meeting with what to fix, tells the admins once, and creates it after Sumber Daya is fixed', () => {
    const { e, zoom } = officeIn('Asia/Jakarta', { users: ['zoom2@kominfo.go.id'] });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    const detail = detailAs(e, 'operator@kominfo.go.id');
    expect(detail.pending).toEqual([BLOCKED]);
    expect(detail.problems.join('\n')).toMatch(/Akun host Zoom tidak ada di akun Zoom kantor.*Sumber Daya/);
    const tried = creates(zoom.state.calls);
    for (let i = 0; i < 3; i += 1) e.app.call('runHourly');
    expect(creates(zoom.state.calls)).toBe(tried);
    expect(adminMails(e)).toHaveLength(1);
    expect(adminMails(e)[0].body).toMatch(/membuat rapat: Akun host Zoom tidak ada/);
    expect(testConnection(e)).toEqual({
      ok: false,
      message: expect.stringContaining('Akun host zoom1@kominfo.go.id tidak ada di akun Zoom kantor'),
    });
    resources(e).getRange(2, 3).setValue('zoom2@kominfo.go.id');
    e.app.call('onEdit', { range: resources(e).getRange(2, 3) });
    e.app.call('runHourly');
    expect(zoom.state.meetings.size).toBe(1);
    expect(detailAs(e, 'operator@kominfo.go.id')).toMatchObject({ pending: [], problems: [] });
    expect(e.column('ID Rapat')).toEqual([[...zoom.state.meetings.keys()][0]]);
  });
});

describe('a host whose meeting capabilities are off (3161)', () => {
  it('shows its own message, not "not found"', () => {
    const { e } = officeIn('Asia/Makassar', { hostingDisabled: ['zoom1@kominfo.go.id'] });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    const detail = detailAs(e, 'operator@kominfo.go.id');
    expect(detail.pending).toEqual([BLOCKED]);
    expect(detail.problems.join('\n')).toMatch(/tidak diizinkan menjadi host atau menjadwalkan rapat/);
    expect(detail.problems.join('\n')).not.toMatch(/tidak ditemukan|Kredensial/);
  });
});

describe('a Zoom app without the scope to create meetings (4711)', () => {
  it('names the scope (not the credentials); "Tes koneksi" lists it; adding it and testing again unblocks', () => {
    const partial = ['meeting:read:meeting:admin', 'meeting:read:list_meetings:admin', 'user:read:user:admin'];
    const { e, zoom } = officeIn('Asia/Jayapura', { scopes: partial });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    const problems = detailAs(e, 'operator@kominfo.go.id').problems.join('\n');
    expect(problems).toContain('meeting:write:meeting:admin');
    expect(problems).not.toMatch(/Client Secret salah/);
    const report = testConnection(e);
    expect(report.ok).toBe(false);
    expect(report.message).toContain('meeting:write:meeting:admin (untuk membuat rapat)');
    expect(report.message).toContain('cloud_recording:read:list_recording_files:admin');
    expect(report.message).toContain('Semua 1 akun host di Sumber Daya ada di akun Zoom');
    e.app.call('runHourly');
    expect(zoom.state.meetings.size).toBe(0);
    zoom.setScopes([
      ...partial,
      'meeting:write:meeting:admin',
      'meeting:update:meeting:admin',
      'meeting:delete:meeting:admin',
      'cloud_recording:read:list_recording_files:admin',
    ]);
    expect(testConnection(e)).toMatchObject({ ok: true });
    e.app.call('runHourly');
    expect(zoom.state.meetings.size).toBe(1);
    expect(detailAs(e, 'operator@kominfo.go.id').pending).toEqual([]);
  });

  it('accepts an older app holding the classic scopes', () => {
    const classic = ['meeting:write:admin', 'meeting:read:admin', 'recording:read:admin', 'user:read:admin'];
    const { e } = officeIn('Asia/Jakarta', { scopes: classic });
    expect(testConnection(e)).toEqual({
      ok: true,
      message: expect.stringContaining('Izin (scope) aplikasi Zoom lengkap.'),
    });
  });
});

describe('retryable failures keep being retried', () => {
  it('a plain HTTP 500 leaves the meeting pending (not blocked) and the hourly run creates it', () => {
    const { e, zoom } = officeIn('Asia/Jakarta');
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING.slice(0, -1));
    zoom.fail({ on: 'create', kind: '5xx', status: 500, times: 5 });
    e.as('operator@kominfo.go.id');
    const r = ok(e.act(ID, 'buat_rapat'));
    expect(r.detail.pending).toEqual(['Tertunda: membuat rapat']);
    expect(r.detail.problems).toEqual([]);
    e.app.call('runHourly');
    expect(zoom.state.meetings.size).toBe(1);
    expect(adminMails(e)).toEqual([]);
  });
});
