/**
 * The bench seeds its offices by walking requests through the product's own use cases in memory
 * (bench/seed.ts) instead of clicking 10,000 walks through the bundle. Its rows must be the rows
 * real use writes: the same requests, walked through the BUILT bundle at the same times by the
 * same officials (and the hourly run where the seeder wrote its notes), leave the same Register
 * rows and the same Riwayat rows, up to what Google and Zoom make up (ids, links, passcodes,
 * response references) and the chain's hashes.
 */
import { inputFor } from '../../bench/seed-policy';
import { seedWalks, typeLetterhead } from '../../bench/seed';
import { localDate } from '../../src/core/dates';
import { calendarOf } from '../../src/core/office-calendar';
import { stepOf } from '../../src/core/sop/engine';
import { presetById } from '../../src/core/sop/presets';
import { parseTrail } from '../../src/core/trail';
import { settingsOnly } from '../../src/io/config-store';
import { registerOf } from './seeded';
import { e2eWorld, ok, type E2E } from './world';

const DAY = 86_400_000;
const URL = /https:\/\/\S+/g;
const ZOOM_ID = /\b8\d{9,10}\b/g;
/** A reply letter's number: its sequence counts the office's letters of the year, so it differs between offices. */
const LETTER_NO = /\b\d+\/[^\s/]+\/Diskominfo\/[IVXLC]+\/\d{4}\b/g;
const norm = (v: unknown) =>
  (v instanceof Date ? v.toISOString() : String(v ?? ''))
    .replace(URL, '<tautan>')
    .replace(ZOOM_ID, '<id>')
    .replace(LETTER_NO, '<nomor surat>');

const VOLATILE = new Set(['Ref Respons', 'Tautan Perbaikan', 'Kode Sandi', 'Hash', 'Hash Sebelumnya']);

function rowsOf(e: E2E, sheet: string, key: string, id: string): string[][] {
  const [head, ...rows] = e.sheet(sheet);
  const at = head.indexOf(key);
  const keep = head.map((h, i) => (VOLATILE.has(String(h)) ? -1 : i)).filter((i) => i >= 0);
  return rows
    .filter((r) => r[at] === id)
    .map((r) => keep.map((i) => `${String(head[i])}=${cell(e, String(head[i]), r[i], id)}`));
}

/** A cell for comparison; a trail is checked against Riwayat (it names exactly the request's rows) and compared by size. */
function cell(e: E2E, header: string, value: unknown, id: string): string {
  if (header !== 'Baris Riwayat') return norm(value).split(id).join('<nomor>');
  const named = parseTrail(String(value)).flatMap((s) =>
    Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i),
  );
  const riwayat = e.sheet('Riwayat');
  const own = riwayat.flatMap((r, i) => (r[1] === id ? [i + 1] : []));
  expect(named).toEqual(own);
  return `${named.length} baris`;
}

/** Replays request `id` of the seeded world `a` in the fresh world `b`, through the bundle; its number in `b`. */
function replay(
  a: E2E,
  b: E2E,
  id: string,
  received: Array<{ id: string; at: Date; answers: Record<string, string> }>,
): string {
  let mine = '';
  const [head, ...rows] = a.sheet('Riwayat');
  const col = (h: string) => head.indexOf(h);
  const [rHead, ...rRows] = a.sheet('Register');
  const final = rRows.find((r) => r[0] === id)!;
  const cell = (h: string) => final[rHead.indexOf(h)];
  const moved = {
    date: localDate(cell('Tanggal Kegiatan') as Date, 'Asia/Jakarta'),
    start: String(cell('Jam Mulai')),
    end: String(cell('Jam Selesai')),
  };
  const book = (b.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const cal = calendarOf(settingsOnly(book)!);
  const request = registerOf(a).find((r) => r.id === id)!;
  const preset = presetById(request.presetId)!;
  /** What the official typed: the seeder's own input for the action, the move to where the request ended. */
  const inputOf = (action: string, from: string) => {
    const def = stepOf(preset, from)!.actions.find((x) => x.id === action)!;
    const input = inputFor(def, request, preset, true, cal);
    return def.appliesAlternative ? { ...input, alternative: moved } : input;
  };
  const events = [
    ...received
      .filter((r) => r.id === id)
      .map((r) => ({
        at: r.at.getTime(),
        run: () => {
          b.submit(r.answers);
          mine = String(b.column('Nomor').at(-1));
        },
      })),
    ...rows
      .filter((r) => r[col('Nomor Permohonan')] === id && ['aksi', 'sistem'].includes(String(r[col('Jenis')])))
      .map((r) => ({
        at: new Date(
          String(r[col('Waktu')] instanceof Date ? (r[col('Waktu')] as Date).toISOString() : r[col('Waktu')]),
        ).getTime(),
        run: () => {
          if (r[col('Jenis')] === 'sistem') return b.app.call('runHourly');
          const action = String(r[col('Aksi')]);
          if (action === 'ajukan_ulang') return undefined;
          b.as(String(r[col('Email')]));
          return ok(b.act(mine, action, inputOf(action, String(r[col('Dari Langkah')]))));
        },
      })),
  ].sort((x, y) => x.at - y.at);
  for (const ev of events) {
    b.ws.clock.set(new Date(ev.at));
    ev.run();
  }
  return mine;
}

describe('the bench seeder writes what real use writes', () => {
  const a = e2eWorld('000-bandung');
  a.ws.clock.advance(30 * DAY);
  const seeded = seedWalks(a, 100);
  const register = a.sheet('Register');

  it.each(['Selesai', 'Ditolak', 'Dibatalkan'])(
    'a seeded Bandung walk ending "%s" leaves the same rows as the same walk clicked through the bundle',
    (status) => {
      const id = String(register.find((r) => r[4] === status)![0]);
      const b = e2eWorld('000-bandung');
      const mine = replay(a, b, id, seeded.received);
      const history = rowsOf(a, 'Riwayat', 'Nomor Permohonan', id);
      expect(history.length).toBeGreaterThanOrEqual(status === 'Selesai' ? 20 : 8);
      expect(rowsOf(b, 'Riwayat', 'Nomor Permohonan', mine)).toEqual(history);
      expect(rowsOf(b, 'Register', 'Nomor', mine)).toEqual(rowsOf(a, 'Register', 'Nomor', id));
    },
  );
});

describe.each(['001-tarakan', '002-singkawang', '003-tangerang', '004-demak'])(
  'the bench seeder writes what real use writes in an office on %s',
  (presetId) => {
    const a = e2eWorld(presetId);
    a.ws.clock.advance(30 * DAY);
    const seeded = seedWalks(a, 80);

    const endedAt = (stepId: string) => registerOf(a).find((r) => r.stepId === stepId)!.id;

    it.each(['selesai', 'dibatalkan'])(
      'a seeded walk ending at "%s" leaves the same rows as when clicked through the bundle',
      (stepId) => {
        const id = endedAt(stepId);
        const b = e2eWorld(presetId);
        typeLetterhead(b);
        b.app.call('runHourly'); // the spreadsheet follows the office's zone from the first hourly run on
        const mine = replay(a, b, id, seeded.received);
        const history = rowsOf(a, 'Riwayat', 'Nomor Permohonan', id);
        expect(history.length).toBeGreaterThanOrEqual(stepId === 'selesai' ? 12 : 5);
        expect(rowsOf(b, 'Riwayat', 'Nomor Permohonan', mine)).toEqual(history);
        expect(rowsOf(b, 'Register', 'Nomor', mine)).toEqual(rowsOf(a, 'Register', 'Nomor', id));
      },
    );
  },
);
