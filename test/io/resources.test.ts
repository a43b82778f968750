import { createCalendarService } from '../../dev/standin/calendar';
import { createCtx, type Ctx } from '../../dev/standin/context';
import { createSpreadsheet, type FakeSpreadsheet } from '../../dev/standin/spreadsheet';
import { ensureResourceCalendars, readInventory, reservationTargets } from '../../src/io/resources';
import { RESOURCE_HEADERS, RESOURCES_SHEET } from '../../src/io/workbook';

const ADMIN = 'admin@diskominfo.example.go.id';
const OPERATOR = 'budi@diskominfo.example.go.id';
const USERS = [ADMIN, 'Budi@Diskominfo.example.go.id'];
const g = globalThis as Record<string, unknown>;

const GOOD: unknown[][] = [
  ['Akun Zoom', 'Zoom 1', 'zoom1@diskominfo.example.go.id', 'Pro', 100, '', 'Ya', ''],
  [
    'Akun Zoom',
    'Zoom 2',
    'zoom2@diskominfo.example.go.id',
    'Business',
    300,
    'z2@group.calendar.google.com',
    '',
    'dibagi',
  ],
  ['Ruang', 'Ruang Rapat Utama', '', '', 40, '', 'Ya', ''],
  ['Operator', 'Budi', OPERATOR, '', '', '', 'Tidak', ''],
];

let ctx: Ctx;
let raw: FakeSpreadsheet;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;

function seed(rows: unknown[][], headers: unknown[] = RESOURCE_HEADERS): void {
  raw.addSheet(RESOURCES_SHEET, [headers, ...rows]);
}

beforeEach(() => {
  ctx = createCtx({ timeZone: 'Asia/Makassar', activeUser: ADMIN, effectiveUser: ADMIN, htmlDir: '', isAddon: false });
  raw = createSpreadsheet(ctx, 'Layanan Vicon');
  raw.timeZone = 'Asia/Makassar';
  ss = ctx.wrap(raw, 'Spreadsheet');
  g.CalendarApp = createCalendarService(ctx);
});
afterEach(() => {
  delete g.CalendarApp;
});

describe('readInventory', () => {
  it('reads hosts, rooms and operators with one getValues', () => {
    seed([...GOOD, ['', '', '', '', '', '', '', '']]);
    ctx.calls.reset();
    const read = readInventory(ss, USERS);
    expect(read.problems).toEqual([]);
    expect(read.inventory).toEqual({
      hosts: [
        { name: 'Zoom 1', concurrency: 1, capacity: 100, active: true },
        { name: 'Zoom 2', concurrency: 2, capacity: 300, active: true },
      ],
      rooms: [{ name: 'Ruang Rapat Utama', capacity: 40, active: true }],
      operators: [{ email: OPERATOR, name: 'Budi', active: false }],
    });
    expect(read.zoomUsers).toEqual({
      'Zoom 1': 'zoom1@diskominfo.example.go.id',
      'Zoom 2': 'zoom2@diskominfo.example.go.id',
    });
    expect(read.calendarIds).toEqual({ 'Zoom 2': 'z2@group.calendar.google.com' });
    expect(ctx.calls.dataCalls()).toBe(1);
  });

  it('finds columns by header, wherever an official moved them', () => {
    const order = [7, 6, 5, 4, 3, 2, 1, 0];
    seed(
      GOOD.map((r) => order.map((i) => r[i])),
      order.map((i) => RESOURCE_HEADERS[i]),
    );
    expect(readInventory(ss, USERS).inventory.hosts.map((h) => h.name)).toEqual(['Zoom 1', 'Zoom 2']);
  });

  it.each([
    [
      ['Mobil', 'Avanza', '', '', '', '', '', ''],
      'Sumber Daya baris 2 (Avanza): Jenis "Mobil" tidak dikenal (isi Akun Zoom, Ruang, atau Operator).',
    ],
    [
      ['Akun Zoom', 'Zoom 3', 'z3@x.go.id', 'Basic', 100, '', '', ''],
      'Sumber Daya baris 2 (Zoom 3): lisensi "Basic" tidak dikenal (isi Pro, Business, Education, atau Enterprise).',
    ],
    [
      ['Akun Zoom', 'Zoom 3', 'z3@x.go.id', 'Pro', 250, '', '', ''],
      'Sumber Daya baris 2 (Zoom 3): kapasitas "250" tidak valid untuk akun Zoom (isi 100, 300, 500, atau 1000).',
    ],
    [
      ['Akun Zoom', 'Zoom 3', '', 'Pro', 100, '', '', ''],
      'Sumber Daya baris 2 (Zoom 3): kolom "Akun Zoom (email/ID)" kosong (isi email atau ID pengguna Zoom).',
    ],
    [['Ruang', '', '', '', 20, '', '', ''], 'Sumber Daya baris 2: Nama kosong.'],
    [
      ['Ruang', 'Aula', '', '', 'banyak', '', '', ''],
      'Sumber Daya baris 2 (Aula): kapasitas ruang "banyak" harus bilangan bulat (boleh kosong).',
    ],
    [
      ['Ruang', 'Aula', '', '', '', '', 'Mungkin', ''],
      'Sumber Daya baris 2 (Aula): Aktif "Mungkin" tidak dikenal (isi Ya atau Tidak).',
    ],
    [
      ['Operator', 'Siti', 'siti@x.go.id', '', '', '', '', ''],
      'Sumber Daya baris 2 (Siti): operator siti@x.go.id tidak terdaftar di sheet Pengguna.',
    ],
    [
      ['Operator', 'Siti', '', '', '', '', '', ''],
      'Sumber Daya baris 2 (Siti): email operator kosong (isi kolom "Akun Zoom (email/ID)" dengan email operator di sheet Pengguna).',
    ],
  ])('a bad row %j gives its message and is left out', (row, message) => {
    seed([row, GOOD[0]]);
    const read = readInventory(ss, USERS);
    expect(read.problems).toEqual([message]);
    expect(read.inventory.hosts.map((h) => h.name)).toEqual(['Zoom 1']);
  });

  it('gives one message per row even with several mistakes', () => {
    seed([['Akun Zoom', 'Zoom 3', '', 'Gratis', 50, '', '', '']]);
    expect(readInventory(ss, USERS).problems).toEqual([
      'Sumber Daya baris 2 (Zoom 3): lisensi "Gratis" tidak dikenal (isi Pro, Business, Education, atau Enterprise); ' +
        'kapasitas "50" tidak valid untuk akun Zoom (isi 100, 300, 500, atau 1000); kolom "Akun Zoom (email/ID)" kosong (isi email atau ID pengguna Zoom).',
    ]);
  });

  it('refuses a duplicate name (any case) and a duplicate operator email, keeping the first', () => {
    seed([
      ...GOOD,
      ['Ruang', 'zoom 1', '', '', 10, '', '', ''],
      ['Operator', 'Budi lagi', OPERATOR.toUpperCase(), '', '', '', '', ''],
    ]);
    const read = readInventory(ss, USERS);
    expect(read.problems).toEqual([
      'Sumber Daya baris 6 (zoom 1): "zoom 1" sudah dipakai di baris 2.',
      `Sumber Daya baris 7 (Budi lagi): "${OPERATOR}" sudah dipakai di baris 5.`,
    ]);
    expect(read.inventory.rooms).toHaveLength(1);
    expect(read.inventory.operators).toHaveLength(1);
  });

  it('accepts an operator email typed in Nama', () => {
    seed([['Operator', OPERATOR, '', '', '', '', 'Ya', '']]);
    expect(readInventory(ss, USERS).inventory.operators).toEqual([{ email: OPERATOR, name: OPERATOR, active: true }]);
  });

  it('throws an Indonesian error when a column is missing', () => {
    seed(
      [GOOD[0]],
      RESOURCE_HEADERS.map((h) => (h === 'Lisensi' ? 'Paket' : h)),
    );
    expect(() => readInventory(ss, USERS)).toThrow(/kehilangan kolom: Lisensi/);
  });
});

describe('reservationTargets', () => {
  it('maps booking names to calendars and names the one without a calendar', () => {
    seed(GOOD);
    const read = readInventory(ss, USERS);
    expect(reservationTargets(read, ['zoom 2'])).toEqual([
      { resource: 'Zoom 2', calendarId: 'z2@group.calendar.google.com' },
    ]);
    expect(() => reservationTargets(read, ['Zoom 1'])).toThrow(/"Zoom 1" belum punya kalender/);
  });
});

describe('ensureResourceCalendars', () => {
  const idColumn = () =>
    raw
      .sheetByName(RESOURCES_SHEET)!
      .values.slice(1)
      .map((r) => r[5]);

  it('only reports what is missing when createMissing is false', () => {
    seed(GOOD);
    expect(ensureResourceCalendars(ss, false)).toEqual({ created: [], missing: ['Zoom 1', 'Ruang Rapat Utama'] });
    expect(CalendarApp.getAllOwnedCalendars()).toHaveLength(1);
  });

  it('creates one calendar per active resource without an ID, writes IDs in one setValues, and does nothing twice', () => {
    seed(GOOD);
    ctx.calls.reset();
    expect(ensureResourceCalendars(ss, true)).toEqual({ created: ['Zoom 1', 'Ruang Rapat Utama'], missing: [] });
    expect(ctx.calls.count('Range.setValues')).toBe(1);
    const ids = idColumn();
    expect(ids[1]).toBe('z2@group.calendar.google.com');
    expect(ids[3]).toBe('');
    expect(CalendarApp.getCalendarById(String(ids[0]))!.getName()).toBe('Layanan Vicon — Zoom 1');
    expect(CalendarApp.getCalendarById(String(ids[2]))!.getTimeZone()).toBe('Asia/Makassar');
    expect(ensureResourceCalendars(ss, true)).toEqual({ created: [], missing: [] });
    expect(CalendarApp.getAllOwnedCalendars()).toHaveLength(3);
  });

  it('writes back the calendars already made when a later creation fails, so a retry makes no duplicate', () => {
    seed(GOOD);
    const real = g.CalendarApp as GoogleAppsScript.Calendar.CalendarApp;
    let made = 0;
    g.CalendarApp = {
      createCalendar: (name: string, o: object) => {
        if (++made === 2) throw new Error('Service invoked too many times for one day: calendar create.');
        return real.createCalendar(name, o);
      },
    };
    expect(() => ensureResourceCalendars(ss, true)).toThrow(/too many times/);
    expect(idColumn()[0]).toMatch(/@group\.calendar\.google\.com$/);
    g.CalendarApp = real;
    expect(ensureResourceCalendars(ss, true).created).toEqual(['Ruang Rapat Utama']);
  });
});
