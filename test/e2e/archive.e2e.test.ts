/**
 * "Arsipkan tahun" on the built bundle: an office seeded over the turn of 2025/2026 moves the
 * ended requests of 2025 with their Riwayat rows to "Arsip Layanan Vicon 2025". The live sheets
 * shrink, open requests stay, the history check passes on the live sheet and the archive, the Rekap
 * of an archived month is the same as before, and a run stopped half-way ends, when run again, in
 * the same state as a run that never stopped.
 */
import { seedWalks } from '../../bench/seed';
import { presetById } from '../../src/core/sop/presets';
import { failNth } from '../proof/kit';
import { lockHolds } from '../../bench/model';
import { parseTrail } from '../../src/core/trail';
import { ADMIN, checkHistory, e2eWorld, OFFICE, ok, stepAs, type E2E } from './world';
import { validAnswers } from '../fixtures/answers';

const NOW = new Date('2026-01-20T02:00:00Z');
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

function seeded(): E2E {
  const e = e2eWorld('000-bandung', NOW);
  seedWalks(e, 300);
  return e;
}

const app = (e: E2E) => e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const live = (e: E2E): Book => app(e).getActiveSpreadsheet();
const archiveOf = (e: E2E, year: number): Book | null => {
  const id = e.engineProps().getProperty(`ARSIP_${year}`);
  return id ? app(e).openById(id) : null;
};
const values = (book: Book, sheet: string) => book.getSheetByName(sheet)!.getDataRange().getValues();
const cells = (book: Book) => book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);

function archive(e: E2E, year: number) {
  e.as(ADMIN);
  return e.app.callFromClient<{ ok: boolean; value?: { lines: string[] }; error?: string }>('archiveYear', year);
}

function rekap(e: E2E, month: string, year: number): unknown[][] {
  e.as(ADMIN);
  if (!live(e).getSheetByName('Rekap')) e.app.call('menuRefreshRecap');
  live(e)
    .getSheetByName('Rekap')!
    .getRange('B2:B3')
    .setValues([[month], [year]]);
  e.app.call('menuRefreshRecap');
  return values(live(e), 'Rekap');
}

/** The office-local (WIB) year of a Register date cell. */
const yearOf = (v: unknown) =>
  v instanceof Date ? new Date(v.getTime() + 7 * 3_600_000).getUTCFullYear() : Number(String(v).slice(0, 4));

/** Requests that have ended (terminal step, nothing pending) with an event in `year`, by the Register's own columns. */
function endedIn(rows: unknown[][], year: number): string[] {
  const [head, ...body] = rows;
  const at = (h: string) => head.indexOf(h);
  return body
    .filter((r) => yearOf(r[at('Tanggal Kegiatan')]) === year)
    .filter((r) => {
      const preset = presetById(String(r[at('Alur SOP')]).split('@')[0]);
      const step = preset?.steps.find((s) => s.id === r[at('Langkah')]);
      return step?.terminal === true && String(r[at('Efek Tertunda')] ?? '') === '';
    })
    .map((r) => String(r[at('Nomor')]));
}

/** Live requests whose "Baris Riwayat" does not name exactly their own rows of Riwayat. */
function wrongTrails(e: E2E): string[] {
  const [head, ...rows] = values(live(e), 'Register');
  const riwayat = values(live(e), 'Riwayat');
  return rows.flatMap((r) => {
    const id = String(r[head.indexOf('Nomor')]);
    const named = parseTrail(String(r[head.indexOf('Baris Riwayat')])).flatMap((s) =>
      Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i),
    );
    const own = riwayat.flatMap((h, i) => (h[1] === id ? [i + 1] : []));
    return named.join() === own.join() ? [] : [id];
  });
}

describe('Arsipkan tahun 2025', () => {
  const e = seeded();
  const before = {
    register: values(live(e), 'Register'),
    riwayat: values(live(e), 'Riwayat'),
    rekap: rekap(e, 'Desember', 2025),
    cells: cells(live(e)),
  };
  e.ws.trace.start();
  const result = archive(e, 2025);
  const holds = lockHolds(e.ws.trace.stop());

  it('moves the ended requests of 2025 and says so in Indonesian', () => {
    expect(result.ok).toBe(true);
    expect(result.value!.lines[0]).toMatch(
      /^Tahun 2025 diarsipkan: \d+ permohonan dan [\d.]+ baris riwayat dipindahkan/,
    );
  });

  it('the archive holds each moved request once with all its Riwayat rows, and the live sheets no longer do', () => {
    const book = archiveOf(e, 2025)!;
    expect(book.getName()).toBe('Arsip Layanan Vicon 2025');
    const acl = e.ws.ctx.spreadsheets.get(book.getId())!.acl;
    expect(acl.owner).toBe(OFFICE);
    expect([...acl.viewers]).toEqual([ADMIN]);
    expect([...acl.editors].filter((u) => u !== OFFICE)).toEqual([]);
    const archived = values(book, 'Register');
    expect(archived[0]).toEqual(before.register[0]);
    const ids = archived.slice(1).map((r) => String(r[0]));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    const liveIds = e.column('Nomor').map(String);
    expect(ids.filter((id) => liveIds.includes(id))).toEqual([]);
    expect([...ids, ...liveIds].sort()).toEqual(
      before.register
        .slice(1)
        .map((r) => String(r[0]))
        .sort(),
    );
    const rows = values(book, 'Riwayat').slice(1);
    const moved = before.riwayat.slice(1).filter((r) => ids.includes(String(r[1])));
    expect(rows.map((r) => r[13]).sort()).toEqual(moved.map((r) => r[13]).sort());
    expect(values(live(e), 'Riwayat').filter((r) => ids.includes(String(r[1])))).toEqual([]);
    expect(cells(live(e))).toBeLessThan(before.cells);
  });

  it('holds the script lock briefly (modeled as on Google, target 5 s)', () => {
    expect(holds.length).toBeGreaterThan(0);
    expect(Math.max(...holds)).toBeLessThan(5000);
  });

  it('every live trail names exactly its own rows in the compacted Riwayat, and the index follows', () => {
    expect(wrongTrails(e)).toEqual([]);
    e.as(ADMIN);
    const open = e.column('Nomor').map(String).slice(-5);
    for (const id of open) expect(ok(e.detail(id)).timeline.length).toBeGreaterThan(0);
  });

  it('moves exactly the ended requests of 2025: open ones and 2026 ones stay', () => {
    const ids = values(archiveOf(e, 2025)!, 'Register')
      .slice(1)
      .map((r) => String(r[0]));
    expect(ids.sort()).toEqual(endedIn(before.register, 2025).sort());
  });

  it('each archived request names its rows in the archive, and the history check passes on both', () => {
    const book = archiveOf(e, 2025)!;
    const [head, ...rows] = values(book, 'Register');
    const riwayat = values(book, 'Riwayat');
    for (const r of rows.slice(0, 10)) {
      const trail = String(r[head.indexOf('Baris Riwayat')]);
      const first = Number(trail.split(/[-,]/)[0]);
      expect(riwayat[first - 1][1]).toBe(r[0]);
    }
    const report = checkHistory(e);
    expect(report).toMatch(/Riwayat utuh/);
    expect(report).toMatch(/Register sesuai riwayat/);
    expect(report).toMatch(/Arsip 2025 \([\d.]+ permohonan, [\d.]+ baris riwayat\): setiap baris cocok/);
    expect(report).not.toMatch(/tidak tersambung|masih juga ada/);
  });

  it('the Rekap of December 2025 is the same as before archiving', () => {
    expect(before.rekap.flat().filter((v) => /^VC-2025-/.test(String(v))).length).toBeGreaterThan(10);
    expect(rekap(e, 'Desember', 2025)).toEqual(before.rekap);
  });

  it('live work goes on: a new request is walked and the chain still checks', () => {
    e.submit(validAnswers({ 'Tanggal kegiatan': '2026-02-10' }));
    const id = String(e.column('Nomor').at(-1));
    stepAs(e, 'kadis', id, 'disposisi');
    expect(ok(e.detail(id)).timeline.length).toBeGreaterThanOrEqual(2);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('running it again moves nothing more', () => {
    const again = archive(e, 2025);
    expect(again.ok).toBe(true);
    expect(again.value!.lines[0]).toMatch(/Tidak ada permohonan tahun 2025/);
  });

  it('is refused for an official who is not an admin, and for this year', () => {
    e.as('kadis@kominfo.go.id');
    const refused = e.app.callFromClient<{ ok: boolean; error: string }>('archiveYear', 2025);
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/admin/i);
    const now = archive(e, 2026);
    expect(now).toEqual({
      ok: false,
      error: 'Tahun 2026 belum lewat. Hanya tahun sebelum 2026 yang dapat diarsipkan.',
    });
  });
});

describe('Arsipkan tahun stopped half-way, then run again', () => {
  const clean = seeded();
  archive(clean, 2025);
  const e = seeded();
  failNth(e, 'Spreadsheet.deleteSheet', 1, { kind: 'throw' });
  const first = archive(e, 2025);
  const stale = wrongTrails(e).length;
  e.app.call('runHourly');
  const mended = wrongTrails(e).length;
  const second = archive(e, 2025);

  it('the first run reports the fault, the hourly run mends the trails, the second run finishes', () => {
    expect(first.ok).toBe(false);
    expect(stale).toBeGreaterThan(0);
    expect(mended).toBe(0);
    expect(e.engineProps().getProperty('ARSIP_PERBAIKI')).toBeNull();
    expect(second.ok).toBe(true);
  });

  it('ends in the same state as a run that never stopped', () => {
    expect(e.column('Nomor')).toEqual(clean.column('Nomor'));
    expect(values(archiveOf(e, 2025)!, 'Register')).toEqual(values(archiveOf(clean, 2025)!, 'Register'));
    expect(values(archiveOf(e, 2025)!, 'Riwayat')).toEqual(values(archiveOf(clean, 2025)!, 'Riwayat'));
    // The hourly run in between also drew the daily Rekap tab; the data sheets are the same.
    const names = (x: E2E) =>
      live(x)
        .getSheets()
        .map((sheet) => sheet.getName())
        .filter((n) => n !== 'Rekap');
    expect(names(e)).toEqual(names(clean));
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
    expect(checkHistory(e)).toMatch(/Register sesuai riwayat/);
  });
});
