import { MIME } from '../../dev/standin/drive';
import { docText } from '../../dev/standin/docs';
import { extractPdfText } from '../../dev/standin/pdf';
import { validAnswers } from '../fixtures/answers';
import { type E2E, e2eWorld, ok } from './world';

const ID = 'VC-2026-0001';
const APPLICANT = 'siti@disdik.go.id';
const NUMBER = '1/555/Diskominfo/XI/2026';
const DRAFT = `${ID} — Surat Persetujuan`;
const TEMPLATE_LABEL = 'ID templat surat persetujuan (kosong = bawaan)';

function step(e: E2E, who: string, action: string, input = {}) {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(ID, action, input));
}

/** Pengaturan rows set by label, as an admin would type them. */
function setSettings(e: E2E, values: Record<string, string>): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = book.getSheetByName('Pengaturan')!;
  const labels = sheet
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  for (const [label, value] of Object.entries(values)) {
    const row = labels.indexOf(label);
    if (row < 0) throw new Error(`baris Pengaturan "${label}" tidak ada`);
    sheet.getRange(row + 1, 2).setValue(value);
  }
  book.getSheetByName('Pengguna')!.getRange(3, 3).setValue("'197001012000031001");
  e.app.call('onEdit', { range: sheet.getRange(1, 1) });
}

function tarakan(): E2E {
  const e = e2eWorld('001-tarakan');
  setSettings(e, {
    'Zona waktu': 'Asia/Makassar',
    'Nama kantor': 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
    'Kop surat: pemerintah daerah': 'PEMERINTAH KOTA TARAKAN',
    'Kop surat: alamat kantor': 'Jl. Sudirman No. 1, Tarakan',
    'Kota (tempat surat)': 'Tarakan',
  });
  return e;
}

/** Walks the Tarakan request to its draft step and clicks it; that click's result. */
function toDraft(e: E2E): ReturnType<typeof step> {
  e.submit(validAnswers());
  step(e, 'kadis', 'disposisi');
  step(e, 'kabid', 'disposisi');
  step(e, 'subkoor', 'jadwal_kosong');
  step(e, 'staf', 'buat_rapat');
  step(e, 'staf', 'laporkan');
  return step(e, 'subkoor', 'buat_draf');
}

const live = (e: E2E, name: string, mime?: string) =>
  [...e.ws.drive.items.values()].filter((i) => i.name === name && !i.trashed && (!mime || i.mimeType === mime));

describe('reply letters on the built bundle (Tarakan, WITA)', () => {
  it('draft → returned → re-drafted → signed: one draft, a numbered PDF with the Indonesian date and WITA, mailed to the applicant', () => {
    const e = tarakan();
    toDraft(e);
    expect(live(e, DRAFT, MIME.doc)).toHaveLength(1);
    expect(String(e.column('Surat Balasan')[0])).toMatch(/^https:\/\/docs\.google\.com\/document\//);
    step(e, 'kabid', 'kembalikan_draf', { note: 'Perbaiki perihal.' });
    step(e, 'subkoor', 'buat_draf');
    expect(live(e, DRAFT, MIME.doc)).toHaveLength(1);
    expect(e.column('Nomor Surat Balasan')).toEqual(['']);
    step(e, 'kabid', 'teruskan');
    const done = step(e, 'kadis', 'kirim_surat');
    expect(done.detail.status).toBe('Selesai');
    expect(e.column('Efek Tertunda')).toEqual(['']);
    expect(e.column('Nomor Surat Balasan')).toEqual([NUMBER]);
    expect(String(e.column('Surat Balasan')[0])).toMatch(/^https:\/\/drive\.google\.com\/file\//);
    expect(live(e, DRAFT, MIME.doc)).toHaveLength(1);
    expect(live(e, `${DRAFT}.pdf`)).toHaveLength(1);
    const mails = e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT) && /Surat balasan/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0].attachments).toHaveLength(1);
    expect(mails[0].attachments[0]).toMatchObject({ contentType: 'application/pdf', name: `${DRAFT}.pdf` });
    const text = extractPdfText(mails[0].attachments[0].bytes);
    expect(text).toContain(`Nomor    : ${NUMBER}`);
    expect(text).toContain('Senin, 30 November 2026');
    expect(text).toContain('09.00–11.30 WITA');
    expect(text).toContain('Tarakan, 23 November 2026');
    expect(text).toContain('NIP. 197001012000031001');
    expect(text).not.toMatch(/\{\{|……/);
  });

  it('hourly runs after signing never take a second number; the Surat sheet lists the one number', () => {
    const e = tarakan();
    toDraft(e);
    step(e, 'kabid', 'teruskan');
    step(e, 'kadis', 'kirim_surat');
    e.app.call('runHourly');
    e.app.call('runHourly');
    const rows = e.sheet('Surat');
    expect(rows.slice(1).map((r) => [r[0], r[3], r[5]])).toEqual([[NUMBER, ID, 'Terpakai']]);
    expect(e.ws.mail.outbox.filter((m) => /Surat balasan/.test(m.subject))).toHaveLength(1);
  });

  it('a missing kop value blocks the letter with the setting named and where to set it (no number taken, not retried hourly); fixed, the next run signs and sends once', () => {
    const e = tarakan();
    setSettings(e, { 'Kota (tempat surat)': '' });
    toDraft(e);
    step(e, 'kabid', 'teruskan');
    const r = step(e, 'kadis', 'kirim_surat');
    expect(r.message).toContain('pengaturan "Kota (tempat surat)" belum diisi');
    expect(r.message).toContain('Layanan Vicon › Pengaturan');
    expect(r.message).not.toMatch(/akan dicoba lagi|\{\{/);
    expect(e.column('Nomor Surat Balasan')).toEqual(['']);
    expect(e.sheet('Surat')).toHaveLength(1);
    const before = e.sheet('Riwayat').length;
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(e.sheet('Riwayat').length - before).toBeLessThanOrEqual(1); // at most the admins' one notice, no retries
    setSettings(e, { 'Kota (tempat surat)': 'Tarakan' });
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(e.column('Nomor Surat Balasan')).toEqual([NUMBER]);
    expect(e.column('Efek Tertunda')).toEqual(['']);
    expect(e.ws.mail.outbox.filter((m) => /Surat balasan/.test(m.subject))).toHaveLength(1);
  });

  it('the draft step names every missing letterhead and signer setting in plain Indonesian instead of "akan dicoba lagi"; once set, the draft is made', () => {
    const e = e2eWorld('001-tarakan');
    const r = toDraft(e);
    expect(r.message).toContain(
      'Surat belum dapat dibuat: pengaturan "Kop surat: pemerintah daerah", "Kop surat: alamat kantor", "Kota (tempat surat)" dan "NIP penandatangan" belum diisi. Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan), atau mengisi nama dan NIP penandatangan pada barisnya di sheet Pengguna.',
    );
    expect(r.message).not.toMatch(/akan dicoba lagi|\{\{|pemerintah\b.*\bnip\b/);
    expect(r.detail.pending).toEqual(['Tertunda: membuat draf surat (gagal, perlu diperbaiki)']);
    expect(live(e, DRAFT, MIME.doc)).toEqual([]);
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(live(e, DRAFT, MIME.doc)).toEqual([]);
    setSettings(e, {
      'Kop surat: pemerintah daerah': 'PEMERINTAH KOTA TARAKAN',
      'Kop surat: alamat kantor': 'Jl. Sudirman No. 1, Tarakan',
      'Kota (tempat surat)': 'Tarakan',
    });
    e.app.call('runHourly');
    expect(live(e, DRAFT, MIME.doc)).toHaveLength(1);
    expect(e.column('Efek Tertunda')).toEqual(['']);
    expect(String(e.column('Surat Balasan')[0])).toMatch(/^https:\/\/docs\.google\.com\/document\//);
  });

  it('a template ID in Pengaturan that Layanan Vicon did not make stops the draft with what to do; pasted into its own template, the draft is made', () => {
    const e = tarakan();
    const docs = e.ws.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const own = docs.create('Surat persetujuan gaya kantor');
    own.getBody().setText('Yth. {{nama_pemohon}}, permohonan Anda kami setujui.');
    own.saveAndClose();
    setSettings(e, { [TEMPLATE_LABEL]: own.getId() });
    toDraft(e);
    expect(live(e, DRAFT, MIME.doc)).toEqual([]);
    expect(e.column('Surat Balasan')).toEqual(['']);
    const note = ok(e.detail(ID))
      .timeline.map((t) => t.note)
      .find((n) => /Templat surat persetujuan/.test(n));
    expect(note).toContain(
      `Templat surat persetujuan di Pengaturan (ID ${own.getId()}) tidak dapat dipakai: Layanan Vicon hanya dapat membuka templat yang dibuatnya sendiri. Buka "Templat Surat Persetujuan" di folder Drive "Layanan Vicon" milik akun layanan`,
    );
    e.app.call('runHourly');
    expect(live(e, DRAFT, MIME.doc)).toEqual([]);
    const [made] = live(e, 'Templat Surat Persetujuan', MIME.doc);
    const edited = docs.openById(made.id);
    edited.getBody().setText('Yth. {{nama_pemohon}}, permohonan Anda kami setujui.');
    edited.saveAndClose();
    setSettings(e, { [TEMPLATE_LABEL]: '' });
    e.app.call('runHourly');
    const [draft] = live(e, DRAFT, MIME.doc);
    expect(docText(e.ws.drive, draft.id)).toBe('Yth. Siti Rahma, permohonan Anda kami setujui.');
    expect(String(e.column('Surat Balasan')[0])).toBe(
      `https://docs.google.com/document/d/${draft.id}/edit?usp=drivesdk`,
    );
  });
});
