/**
 * The five SOPs as the offices wrote them, on the built bundle (issue 16 §1): each preset's walk
 * with its steps tied to the event timed from the event, the whole service in the Rekap, the
 * documentation asked for once, and each SOP's own records.
 */
import { checkHistory, ADMIN, type E2E } from './world';
import { historyOf } from '../proof/kit';
import { cell, click, mailsTo, mainPath, PRESET_IDS, setLocal, sopWorld, submitFor, type PresetId } from './sop-kit';

const EVENT = '2026-11-30';
const APPLICANT = 'siti@disdik.go.id';
const OFFSET: Record<PresetId, string> = {
  '000-bandung': '+07:00',
  '001-tarakan': '+08:00',
  '002-singkawang': '+07:00',
  '003-tangerang': '+07:00',
  '004-demak': '+07:00',
};

/** When each click of the main path happens (office wall clock); event 09:00–11:30 on EVENT. */
const WHEN: Partial<Record<PresetId, Record<string, string>>> = {
  '002-singkawang': { selesai_pelaksanaan: `${EVENT}T10:40:00`, unggah_laporan: `${EVENT}T11:45:00` },
  '004-demak': {
    peralatan_siap: `${EVENT}T08:30:00`,
    rekaman_selesai: `${EVENT}T11:30:00`,
    unggah_dokumentasi: `${EVENT}T11:38:00`,
  },
  '000-bandung': { selesai: `${EVENT}T11:40:00` },
};

/** Walks `presetId`'s main path on one request; plain steps two minutes apart from Monday 09:00. */
function walkAll(e: E2E, presetId: PresetId): string {
  const id = submitFor(e, EVENT);
  for (const c of mainPath(presetId, EVENT)) {
    const at = WHEN[presetId]?.[c[1]];
    if (at) setLocal(e, at, OFFSET[presetId]);
    else e.ws.clock.advance(2 * 60_000);
    click(e, id, [c]);
  }
  return id;
}

const rekap = (e: E2E): unknown[][] => {
  e.as(ADMIN);
  e.app.call('menuRefreshRecap');
  return e.sheet('Rekap');
};
const mutuBaku = (values: unknown[][]): unknown[][] => {
  const start = values.findIndex((r) => /^Mutu Baku per langkah/.test(String(r[0])));
  const end = values.findIndex((r, i) => i > start + 1 && r.every((c) => c === ''));
  return values.slice(start + 2, end);
};

/** The SOP's total standard time (intake + every timed step), as the Rekap shows it. */
/** Each SOP's total standard time as the Rekap shows it (minutes in words): 40, 15 + 510, 270, 7 and 175 minutes. */
const TOTAL: Record<PresetId, string> = {
  '000-bandung': '40 menit',
  '001-tarakan': '8 jam 45 menit',
  '002-singkawang': '4 jam 30 menit',
  '003-tangerang': '7 menit',
  '004-demak': '2 jam 55 menit',
};

describe.each(PRESET_IDS)('%s walked on the built bundle', (presetId) => {
  const e = sopWorld(presetId, new Date(`2026-11-23T09:00:00${OFFSET[presetId]}`));
  const id = walkAll(e, presetId);

  it('ends Selesai with nothing left pending (documentation asked once, not left "Tertunda")', () => {
    expect(cell(e, id, 'Status')).toBe('Selesai');
    e.as(ADMIN);
    const detail = e.detail(id);
    expect(detail.ok && detail.value.pending).toEqual([]);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it("the Rekap shows the whole service against the SOP's total standard time", () => {
    const rows = mutuBaku(rekap(e));
    const service = rows.find((r) => /^Seluruh layanan/.test(String(r[0])))!;
    expect(service.slice(2, 4)).toEqual([TOTAL[presetId], 1]);
    expect(service[1]).toBe(100);
  });
});

describe('steps tied to the event are timed from the event', () => {
  it('Singkawang: the 120 menit of the execution run from the start; the Rekap finds them within standard', () => {
    const e = sopWorld('002-singkawang', new Date('2026-11-23T09:00:00+07:00'));
    const id = walkAll(e, '002-singkawang');
    const taken = historyOf(e, id).filter((h) => h.kind === 'aksi' && h.from === 'pelaksanaan');
    expect(taken).toHaveLength(1);
    const riwayat = e.sheet('Riwayat');
    const row = riwayat.find((r) => r[1] === id && r[2] === 'aksi' && r[6] === 'pelaksanaan')!;
    expect([row[9], row[10]]).toEqual([100, 120]);
    const pelaksanaan = mutuBaku(rekap(e)).find((r) => /^Pelaksanaan Video Conference/.test(String(r[0])))!;
    expect(pelaksanaan.slice(1, 4)).toEqual([100, '2 jam', 1]);
  });

  it('Demak: the 2 Jam of equipment end at the start; waiting days before it is not late, and no digest says so', () => {
    const e = sopWorld('004-demak', new Date('2026-11-23T09:00:00+07:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('004-demak', EVENT).slice(0, 3));
    setLocal(e, '2026-11-26T10:00:00', '+07:00');
    e.app.call('runHourly');
    e.as('operator@kominfo.go.id');
    const task = e.state();
    expect(task.ok && task.value.tasks.map((t) => [t.id, t.overdue])).toEqual([[id, false]]);
    expect(mailsTo(e, 'operator@kominfo.go.id', /Ringkasan langkah terlambat/)).toEqual([]);
    setLocal(e, `${EVENT}T08:30:00`, '+07:00');
    click(e, id, [mainPath('004-demak', EVENT)[3]]);
    const row = e.sheet('Riwayat').find((r) => r[1] === id && r[2] === 'aksi' && r[6] === 'peralatan')!;
    expect([row[9], row[10]]).toEqual([90, 120]);
  });
});

describe('documentation is asked for once, by mail, and then leaves no pending mark', () => {
  it('Demak: the operator is asked for the minutes and photos after the recording, once', () => {
    const e = sopWorld('004-demak', new Date('2026-11-23T09:00:00+07:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('004-demak', EVENT).slice(0, 5));
    e.app.call('runHourly');
    const asked = mailsTo(e, 'operator@kominfo.go.id', /Mohon unggah dokumentasi/);
    expect(asked).toHaveLength(1);
    expect(asked[0].body).toContain('Notulen');
    expect(asked[0].body).toContain('Foto kegiatan');
    expect(mailsTo(e, 'operator@kominfo.go.id', /Tugas baru: Mendokumentasikan/)).toEqual([]);
    e.as(ADMIN);
    const detail = e.detail(id);
    expect(detail.ok && detail.value.pending).toEqual([]);
  });
});

describe('each SOP keeps its own records', () => {
  it("Singkawang: TU's SRIKANDI number, the connection test, step 6 by Tim or Subkor, and the Surat Balasan", () => {
    const e = sopWorld('002-singkawang', new Date('2026-11-23T09:00:00+07:00'));
    const id = submitFor(e, EVENT);
    const path = mainPath('002-singkawang', EVENT);
    click(e, id, path.slice(0, 4));
    click(e, id, [['subkoor', 'konfirmasi']]);
    click(e, id, [path[5]]);
    expect(cell(e, id, 'Nomor SRIKANDI')).toBe('B/210/DISKOMINFO/2026');
    expect(cell(e, id, 'Uji Koneksi')).toBe(`${EVENT} 08:00`);
    const notes = historyOf(e, id).map((h) => h.note);
    expect(notes).toEqual(
      expect.arrayContaining(['Nomor SRIKANDI: B/210/DISKOMINFO/2026', `Uji koneksi: ${EVENT} 08:00`]),
    );
    const letters = mailsTo(e, APPLICANT, /Surat balasan/);
    expect(letters).toHaveLength(1);
    expect(letters[0].attachments.map((a) => a.name)).toEqual([expect.stringMatching(/\.pdf$/)]);
    expect(String(cell(e, id, 'Nomor Surat Balasan'))).not.toBe('');
  });

  it('Singkawang: the Tim TCMR may record step 6 as well', () => {
    const e = sopWorld('002-singkawang', new Date('2026-11-23T09:00:00+07:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('002-singkawang', EVENT).slice(0, 5));
    expect(cell(e, id, 'Langkah')).toBe('persiapan');
  });

  it("Demak: the leadership's disposisi and the recorded video file are in the history", () => {
    const e = sopWorld('004-demak', new Date('2026-11-23T09:00:00+07:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('004-demak', EVENT).slice(0, 5));
    const notes = historyOf(e, id).map((h) => h.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        'Dokumentasi — disposisi: Disposisi Bupati 045/88',
        'Dokumentasi — video: https://drive.google.com/file/d/rekaman',
      ]),
    );
  });
});
