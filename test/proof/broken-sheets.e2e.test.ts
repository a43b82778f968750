/**
 * Sheets edited by hand, broken settings and missing credentials, on the built
 * bundle: the app says clearly (in Indonesian) what is wrong, leaves the other
 * rows untouched and does nothing half-way.
 */
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from '../e2e/world';
import { BANDUNG_WALK, eventsOf, historyOf, mailOf, meetingsOf, ok, rowOf } from './kit';

const ID1 = 'VC-2026-0001';
const ID2 = 'VC-2026-0002';

function sheetOf(e: E2E, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName(name)!;
}

/** Rewrite a whole sheet as a person would (text stays text). */
function rewrite(e: E2E, name: string, change: (values: unknown[][]) => unknown[][]): void {
  const sheet = sheetOf(e, name);
  const values = change(sheet.getDataRange().getValues());
  sheet.getDataRange().clearContent();
  const text = values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v)));
  sheet.getRange(1, 1, text.length, text[0].length).setValues(text);
}

function twoRequests(): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  e.submit(validAnswers({ 'Judul kegiatan': 'Bimtek SPBE', 'Tanggal kegiatan': '2026-12-01' }));
  return e;
}

function act(e: E2E, id: string, step = 0) {
  const s = BANDUNG_WALK[step];
  e.as(mailOf(s.who));
  return e.act(id, s.action, s.input ?? {});
}

describe('a register edited by hand', () => {
  it('columns moved: the app still finds them by header and writes only its own row', () => {
    const e = twoRequests();
    rewrite(e, 'Register', (v) => v.map((r) => [r[5], ...r.slice(0, 5), ...r.slice(6).reverse()]));
    const other = rowOf(e, ID2);
    ok(act(e, ID1));
    expect(rowOf(e, ID1).Status).toBe('Menunggu Disposisi Kepala Bidang');
    expect(rowOf(e, ID1)['Judul Kegiatan']).toBe('Rapat Koordinasi PPDB');
    expect(rowOf(e, ID2)).toEqual(other);
  });

  it('a column renamed: every call says which column is missing; nothing is written; renaming it back heals', () => {
    const e = twoRequests();
    const head = e.sheet('Register')[0];
    const col = head.indexOf('Status') + 1;
    sheetOf(e, 'Register').getRange(1, col).setValue('Status Permohonan');
    const before = JSON.stringify(e.sheet('Register'));
    const historyBefore = e.sheet('Riwayat').length;
    const r = act(e, ID1);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/Sheet "Register" kehilangan kolom: Status\. Kembalikan judul kolomnya/),
    });
    e.as(mailOf('kadis'));
    expect(e.state()).toEqual({ ok: false, error: expect.stringMatching(/kehilangan kolom: Status/) });
    expect(() => e.submit(validAnswers({ 'Judul kegiatan': 'Saat kolom hilang' }))).toThrow(/kehilangan kolom: Status/);
    expect(JSON.stringify(e.sheet('Register'))).toBe(before);
    expect(e.sheet('Riwayat')).toHaveLength(historyBefore);
    sheetOf(e, 'Register').getRange(1, col).setValue('Status');
    e.ws.clock.advance(60 * 60 * 1000);
    e.app.call('runHourly');
    expect(e.column('Judul Kegiatan')).toEqual(['Rapat Koordinasi PPDB', 'Bimtek SPBE', 'Saat kolom hilang']);
    ok(act(e, ID1));
  });

  it('a row deleted: the others still work, the deleted one is reported missing, and its number is never given again', () => {
    const e = twoRequests();
    e.submit(validAnswers({ 'Judul kegiatan': 'Ketiga' }));
    sheetOf(e, 'Register').deleteRow(2);
    ok(act(e, ID2));
    expect(rowOf(e, ID2).Status).toBe('Menunggu Disposisi Kepala Bidang');
    expect(act(e, ID1)).toEqual({ ok: false, error: `Permohonan ${ID1} tidak ditemukan di Register.` });
    sheetOf(e, 'Register').deleteRow(3);
    e.submit(validAnswers({ 'Judul kegiatan': 'Keempat' }));
    expect(e.column('Nomor')).toEqual([ID2, 'VC-2026-0004']);
    expect(historyOf(e, 'VC-2026-0004').filter((h) => h.kind === 'masuk')).toHaveLength(1);
  });

  it('a Versi cell blanked: that request is refused with a clear reason; the other goes on', () => {
    const e = twoRequests();
    const head = e.sheet('Register')[0];
    sheetOf(e, 'Register')
      .getRange(2, head.indexOf('Versi') + 1)
      .setValue('');
    expect(act(e, ID1)).toEqual({
      ok: false,
      error: expect.stringMatching(/Kolom Versi untuk VC-2026-0001 kosong atau rusak/),
    });
    expect(rowOf(e, ID1).Status).toBe('Menunggu Disposisi Kepala Dinas');
    ok(act(e, ID2));
    e.as(mailOf('kadis'));
    expect(ok(e.state()).tasks.map((t) => t.id)).toEqual([ID1]);
  });
});

describe('broken settings and credentials', () => {
  it('a broken custom preset: the sidebar names the problem; a submission is kept waiting, nobody is mailed', () => {
    const e = e2eWorld('000-bandung');
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sop = book.insertSheet('Alur SOP');
    sop.getRange(1, 1, 3, 4).setValues([
      ['Langkah', 'Peran', 'Tindakan', 'Ke'],
      ['mulai', 'raja', 'setujui', 'entah'],
      ['', '', '', ''],
    ]);
    const settings = sheetOf(e, 'Pengaturan');
    const rows = settings.getDataRange().getValues();
    settings.getRange(rows.findIndex((r) => r[0] === 'Alur SOP') + 1, 2).setValue('kustom');
    e.app.call('onEdit', { range: settings.getRange(1, 1) });
    const mails = e.ws.mail.outbox.length;
    e.submit(validAnswers());
    expect(rowOf(e, ID1).Status).toBe('Menunggu Alur SOP');
    expect(String(rowOf(e, ID1).Peringatan)).toMatch(/Sheet "Alur SOP" belum benar/);
    expect(e.ws.mail.outbox.length).toBe(mails);
    expect(historyOf(e, ID1).map((h) => h.kind)).toEqual(['masuk']);
    e.as('admin@kominfo.go.id');
    expect(ok(e.state()).problem).toMatch(/Sheet "Alur SOP" belum benar/);
    expect(e.act(ID1, 'disposisi')).toEqual({ ok: false, error: expect.stringMatching(/Alur SOP/) });
  });

  it('a broken Sumber Daya row: approval still uses the valid host, or refuses clearly; never half-booked', () => {
    const e = e2eWorld('000-bandung');
    sheetOf(e, 'Sumber Daya')
      .getRange(4, 1, 2, 8)
      .setValues([
        ['Proyektor', 'Alat', '', '', 'banyak', '', 'Ya', ''],
        ['Akun Zoom', '', 'zoom2@kominfo.go.id', 'Pro', -3, '', 'mungkin', ''],
      ]);
    e.app.call('onEdit', { range: sheetOf(e, 'Sumber Daya').getRange(1, 1) });
    e.submit(validAnswers());
    for (let i = 0; i < 4; i++) ok(act(e, ID1, i));
    expect(rowOf(e, ID1)['Akun Zoom']).toBe('Zoom Kominfo 1');
    expect(eventsOf(e, ID1)).toHaveLength(1);
  });

  it('Zoom credentials missing: the meeting waits in Efek Tertunda with an Indonesian reason; once filled, the hourly run makes one', () => {
    const e = e2eWorld('000-bandung');
    const props = e.engineProps();
    props.deleteProperty('ZOOM_CLIENT_SECRET');
    e.submit(validAnswers());
    for (let i = 0; i < 5; i++) ok(act(e, ID1, i));
    const r = ok(act(e, ID1, 5));
    expect(r.message).toMatch(/1 efek masih tertunda/);
    expect(r.detail.pending).toEqual(['Tertunda: membuat rapat']);
    expect(r.detail.timeline.some((t) => /Kredensial Zoom belum diisi/.test(t.note))).toBe(true);
    expect(meetingsOf(e, ID1)).toEqual([]);
    e.app.call('runHourly');
    expect(meetingsOf(e, ID1)).toEqual([]);
    props.setProperty('ZOOM_CLIENT_SECRET', 'fake-client-secret');
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(meetingsOf(e, ID1)).toHaveLength(1);
    expect(rowOf(e, ID1)['ID Rapat']).toBe(meetingsOf(e, ID1)[0]);
    expect(rowOf(e, ID1)['Efek Tertunda']).toBe('');
  });
});
