/**
 * Bandung's H-1 and Tarakan's WITA, link and closing, on the built bundle (issue 16 §1, items 1 and 4).
 */
import { ADMIN, e2eWorld, ok } from './world';
import { fillLetterhead } from '../proof/kit';
import { cell, click, mailsTo, mainPath, setLocal, sopWorld, submitFor } from './sop-kit';
import type { SettingsFormDto } from '../../src/shared/admin-rpc';
import type { Result } from '../../src/shared/rpc';

const APPLICANT = 'siti@disdik.go.id';
const EVENT = '2026-11-30';
const PERINGATAN =
  /Peringatan SOP: Jika permohonan dikirim sehari sebelum kegiatan, ada kemungkinan link zoom tidak akan diproses/;

describe('Bandung H-1 ("sehari sebelum kegiatan" may not be processed; the link "paling lambat 1 hari sebelum")', () => {
  it('a request sent on H-1, up to 23:59, is warned in the SOP words, to the applicant and to the Kepala Dinas', () => {
    const e = sopWorld('000-bandung', new Date('2026-11-28T23:59:00+07:00'));
    const safe = submitFor(e, EVENT);
    expect(cell(e, safe, 'Peringatan')).toBe('');
    setLocal(e, '2026-11-29T00:00:00', '+07:00');
    const h1 = submitFor(e, EVENT);
    expect(String(cell(e, h1, 'Peringatan'))).toMatch(PERINGATAN);
    // Every submission is acknowledged (issue 16 §2): one receipt per request, the warning only in H-1's.
    const receipt = mailsTo(e, APPLICANT, /Permohonan diterima/);
    expect(receipt.map((m) => m.subject.match(/^\[([^\]]+)\]/)?.[1])).toEqual([safe, h1]);
    expect(receipt[0].body).not.toMatch(/Peringatan/);
    expect(receipt[1].body).toMatch(PERINGATAN);
    const task = mailsTo(e, 'kadis@kominfo.go.id', new RegExp(`\\[${h1}\\] Tugas baru`));
    expect(task).toHaveLength(1);
    expect(task[0].body).toMatch(PERINGATAN);
    expect(mailsTo(e, 'kadis@kominfo.go.id', new RegExp(`\\[${safe}\\] Tugas baru`))[0].body).not.toMatch(/Peringatan/);
  });

  it('a request sent on the event day itself is warned that it is later than allowed', () => {
    const e = sopWorld('000-bandung', new Date('2026-11-30T00:00:00+07:00'));
    const id = submitFor(e, EVENT, { 'Jam mulai': '13:00', 'Jam selesai': '14:00' });
    expect(String(cell(e, id, 'Peringatan'))).toMatch(/pada hari kegiatan, kurang dari batas minimal H-1/);
    expect(mailsTo(e, APPLICANT, /Permohonan diterima/)[0].body).toMatch(/kurang dari batas minimal H-1/);
  });

  it('the link sent by 23:59 on H-1 meets its deadline, at 00:00 on the day it does not; the Rekap counts both', () => {
    const e = sopWorld('000-bandung', new Date('2026-11-23T09:00:00+07:00'));
    const onTime = submitFor(e, EVENT);
    const late = submitFor(e, EVENT, { 'Judul kegiatan': 'Rapat kedua', 'Jam mulai': '13:00', 'Jam selesai': '14:00' });
    const toLink = mainPath('000-bandung', EVENT).slice(0, 6);
    click(e, onTime, toLink);
    click(e, late, toLink);
    setLocal(e, '2026-11-29T23:59:00', '+07:00');
    click(e, onTime, [['operator', 'kirim_tautan']]);
    setLocal(e, '2026-11-30T00:00:00', '+07:00');
    click(e, late, [['operator', 'kirim_tautan']]);
    e.as(ADMIN);
    e.app.call('menuRefreshRecap');
    const row = e.sheet('Rekap').find((r) => r[0] === 'Link terkirim paling lambat H-1')!;
    expect([row[1], row[3]]).toEqual([50, 2]);
  });
});

describe('Tarakan (WITA): the zone of the SOP, the link with the Surat Tanggapan, Selesai when it is sent', () => {
  it("choosing the Tarakan SOP makes WITA the office's zone: the wizard shows it, Zoom and the sheet follow", () => {
    const e = sopWorld('001-tarakan', new Date('2026-11-23T09:00:00+08:00'));
    e.as(ADMIN);
    const form = e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm');
    const value = ok(form);
    expect(value.fields.timeZone).toBe('Asia/Makassar');
    expect(value.presets.find((p) => p.id === '001-tarakan')?.timeZone).toBe('Asia/Makassar');
    expect(value.presets.find((p) => p.id === '000-bandung')?.timeZone).toBe('Asia/Jakarta');
    expect(e.ws.spreadsheet.timeZone).toBe('Asia/Makassar');
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('001-tarakan', EVENT).slice(0, 4));
    const [meeting] = [...e.zoom.state.meetings.values()];
    expect(meeting.start_time).toBe('2026-11-30T01:00:00Z');
  });

  it('no reminder hands out the link before the Kepala Dinas sends it with the Surat Tanggapan', () => {
    const e = sopWorld('001-tarakan', new Date('2026-11-23T09:00:00+08:00'));
    const id = submitFor(e, EVENT);
    const path = mainPath('001-tarakan', EVENT);
    click(e, id, path.slice(0, 6));
    expect(String(cell(e, id, 'Tautan Rapat'))).toMatch(/zoom\.us\/j\//);
    setLocal(e, '2026-11-29T09:00:00', '+08:00');
    e.app.call('runHourly');
    expect(mailsTo(e, APPLICANT, /Pengingat|Tautan rapat/)).toEqual([]);
    click(e, id, path.slice(6));
    expect(mailsTo(e, APPLICANT, /Tautan rapat/)).toHaveLength(1);
    e.app.call('runHourly');
    expect(mailsTo(e, APPLICANT, /Pengingat: kegiatan besok/)).toHaveLength(1);
  });

  it('"Tandatangani dan kirim" is Selesai only once the letter is signed and sent; the hourly retry finishes it', () => {
    const e = e2eWorld('001-tarakan', new Date('2026-11-23T09:00:00+08:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('001-tarakan', EVENT));
    expect([cell(e, id, 'Status'), cell(e, id, 'Langkah')]).toEqual(['Sedang diselesaikan', 'kirim_surat']);
    e.as('kadis@kominfo.go.id');
    const waiting = ok(e.detail(id));
    expect(waiting.actions).toEqual([]);
    expect(waiting.pending).toEqual(
      expect.arrayContaining([
        'Tertunda: menandatangani surat (gagal, perlu diperbaiki)',
        'Tertunda: menutup permohonan',
      ]),
    );
    expect(mailsTo(e, APPLICANT, /Surat balasan|Tautan rapat/)).toEqual([]);
    e.app.call('runHourly'); // the letterhead is missing: the letter stays blocked until it is set
    fillLetterhead(e);
    e.app.call('runHourly');
    expect([cell(e, id, 'Status'), cell(e, id, 'Langkah'), cell(e, id, 'Efek Tertunda')]).toEqual([
      'Selesai',
      'selesai',
      '',
    ]);
    expect(mailsTo(e, APPLICANT, /Surat balasan/)).toHaveLength(1);
    expect(mailsTo(e, APPLICANT, /Tautan rapat/)).toHaveLength(1);
    e.app.call('runHourly');
    expect(mailsTo(e, APPLICANT, /Surat balasan|Tautan rapat/)).toHaveLength(2);
  });
});
