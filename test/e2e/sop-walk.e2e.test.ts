import { validAnswers } from '../fixtures/answers';
import { checkHistory, type E2E, e2eWorld, ok, withoutEmail } from './world';

function step(e: E2E, who: string, id: string, action: string, input = {}) {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(id, action, input));
}

describe('SOP walks on the built bundle', () => {
  it('Bandung: form → Kadis → Kabid → Subkoor → operator → done, history chain verifies', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    e.as('kadis@kominfo.go.id');
    const tasks = ok(e.state()).tasks;
    expect(tasks.map((t) => [t.id, t.stepLabel, t.minutesLeft])).toEqual([[id, expect.any(String), 5]]);
    e.ws.clock.advance(7 * 60 * 1000);
    expect(ok(e.state()).tasks[0]).toMatchObject({ overdue: true, minutesLeft: -2 });
    step(e, 'kadis', id, 'disposisi');
    step(e, 'kabid', id, 'disposisi');
    step(e, 'subkoor', id, 'terima');
    step(e, 'subkoor', id, 'setujui');
    e.as('subkoor@kominfo.go.id');
    const detail = ok(e.detail(id));
    expect(detail.actions.map((a) => a.id)).toEqual(['tugaskan_operator', 'batalkan']);
    expect(detail.operators).toEqual([{ email: 'operator@kominfo.go.id', name: expect.stringContaining('Operator') }]);
    expect(e.act(id, 'tugaskan_operator', {})).toEqual({ ok: false, error: expect.stringMatching(/operator/i) });
    step(e, 'subkoor', id, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    step(e, 'operator', id, 'buat_rapat');
    step(e, 'operator', id, 'kirim_tautan');
    const last = step(e, 'operator', id, 'selesai');
    expect(last.detail.status).toBe('Selesai');
    expect(e.column('Operator')[0]).toBe('operator@kominfo.go.id');
    expect(e.column('Akun Zoom')[0]).toBe('Zoom Kominfo 1');
    expect(e.zoom.state.meetings.size).toBe(1);
    const [meetingId] = [...e.zoom.state.meetings.keys()];
    expect(e.column('ID Rapat')[0]).toBe(meetingId);
    expect(String(e.column('Tautan Rapat')[0])).toMatch(/^https:\/\/.*zoom\.us\/j\//);
    expect(JSON.stringify(e.sheet('Register'))).not.toMatch(/start_url|\/s\/\d/);
    const timeline = last.detail.timeline.filter((t) => t.minutesTaken !== null);
    expect(timeline[0]).toMatchObject({ minutesTaken: 7, standardMinutes: 5, withinStandard: false });
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('Bandung: a reject needs a reason and ends the request', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    step(e, 'kadis', id, 'disposisi');
    step(e, 'kabid', id, 'disposisi');
    step(e, 'subkoor', id, 'terima');
    e.as('subkoor@kominfo.go.id');
    expect(e.act(id, 'tolak', {})).toEqual({ ok: false, error: expect.stringMatching(/alasan|catatan/i) });
    const r = step(e, 'subkoor', id, 'tolak', { note: 'Akun Zoom sudah terpakai pada jam tersebut.' });
    expect(r.detail.status).toBe('Ditolak');
    expect(r.detail.actions).toEqual([]);
  });

  it("an official's note that looks like a formula is kept as typed in the Register and Riwayat", () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    const notes = ['=HYPERLINK("http://evil.example","klik")', '+SUM(A1:A9)', '-1+2', '@kadis'];
    step(e, 'kadis', id, 'disposisi', { note: notes[0] });
    step(e, 'kabid', id, 'disposisi', { note: notes[1] });
    step(e, 'subkoor', id, 'terima', { note: notes[2] });
    step(e, 'subkoor', id, 'tolak', { note: notes[3] });
    expect(e.column('Catatan Petugas')).toEqual([notes[3]]);
    const riwayat = e.sheet('Riwayat');
    const noteColumn = riwayat[0].indexOf('Catatan');
    const actions = riwayat.slice(1).filter((r) => r[2] === 'aksi');
    expect(actions.map((r) => r[noteColumn])).toEqual(notes);
    for (const name of ['Register', 'Riwayat'])
      expect(
        e.ws.spreadsheet
          .sheetByName(name)!
          .formulas.flat()
          .filter((f: string) => f !== ''),
      ).toEqual([]);
  });

  it('Tangerang: not approved → back to the applicant, who edits the form and resubmits', () => {
    const e = e2eWorld('003-tangerang');
    const response = e.ws.submitForm(e.formId(), withoutEmail(validAnswers()), {
      respondentEmail: 'siti@disdik.go.id',
    });
    const id = 'VC-2026-0001';
    step(e, 'staf', id, 'verifikasi');
    step(e, 'subkoor', id, 'tolak_tanda_tangan', { note: 'Jumlah peserta melebihi kapasitas akun; kurangi.' });
    expect(e.column('Status')).toEqual(['Perlu Perbaikan']);
    expect(e.column('Efek Tertunda')).toEqual(['']);
    expect(e.ws.mail.outbox.at(-1)).toMatchObject({
      to: ['siti@disdik.go.id'],
      body: expect.stringContaining('Jumlah peserta melebihi kapasitas akun'),
    });
    e.ws.clock.advance(20 * 60 * 1000);
    e.ws.forms.editResponse(response.getId(), { 'Perkiraan jumlah peserta': '90' });
    expect(e.column('Peserta')).toEqual([90]);
    expect(e.column('Langkah')).toEqual(['verifikasi']);
    step(e, 'staf', id, 'verifikasi');
    step(e, 'subkoor', id, 'setujui');
    const done = step(e, 'staf', id, 'buat_link');
    expect(done.detail.status).toBe('Selesai');
    expect(e.column('Nomor')).toEqual([id]);
  });

  it('two approvals for the same slot on one Pro host: the second is refused with alternatives', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat lain, jam sama' }));
    for (const id of ['VC-2026-0001', 'VC-2026-0002']) {
      step(e, 'kadis', id, 'disposisi');
      step(e, 'kabid', id, 'disposisi');
      step(e, 'subkoor', id, 'terima');
    }
    step(e, 'subkoor', 'VC-2026-0001', 'setujui');
    e.as('subkoor@kominfo.go.id');
    const second = e.act('VC-2026-0002', 'setujui');
    expect(second).toEqual({
      ok: false,
      error: expect.stringMatching(/Jadwal tidak tersedia:.*VC-2026-0001.*Alternatif: Senin, 30 November 2026 /),
    });
    expect(e.column('Status')).toEqual(['Menunggu Penunjukan Operator', 'Menunggu Izin Subkoor']);
  });

  it('two officials act on the same request at once: one succeeds, the other is refused as stale', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.as('kadis@kominfo.go.id');
    const seen = ok(e.detail('VC-2026-0001'));
    const click = () =>
      e.app.call('performAction', {
        requestId: 'VC-2026-0001',
        action: 'disposisi',
        expectedVersion: seen.version,
        input: {},
      });
    expect(click()).toMatchObject({ ok: true });
    expect(click()).toEqual({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' });
  });

  it('an edited history row is detected and named', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers());
    step(e, 'kadis', 'VC-2026-0001', 'disposisi');
    const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName('Riwayat')!;
    e.as('admin@kominfo.go.id');
    e.app.call('menuCheckHistory');
    expect(e.ws.ui.shown.at(-1)).toMatch(/Riwayat utuh/);
    expect(sheet.getRange(1, 9).getValue()).toBe('Catatan');
    sheet.getRange(3, 9).setValue('catatan diubah');
    e.app.call('menuCheckHistory');
    expect(e.ws.ui.shown.at(-1)).toMatch(/TIDAK utuh: baris 3/);
  });
});

describe('revisions and the hourly sweep', () => {
  it('a returned request stays with the applicant until the response is really edited', () => {
    const e = e2eWorld('003-tangerang');
    const response = e.ws.submitForm(e.formId(), withoutEmail(validAnswers()), {
      respondentEmail: 'siti@disdik.go.id',
    });
    e.as('staf@kominfo.go.id');
    expect(e.act('VC-2026-0001', 'kembalikan', { note: 'Lengkapi nomor surat.' })).toMatchObject({ ok: true });
    e.ws.clock.advance(60 * 60 * 1000);
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(e.column('Status')).toEqual(['Perlu Perbaikan']);
    e.ws.forms.editResponse(response.getId(), { 'Nomor surat permohonan': '005/124/Disdik' });
    expect(e.column('Langkah')).toEqual(['verifikasi']);
    expect(e.column('Nomor Surat')).toEqual(['005/124/Disdik']);
  });
});
