import {
  Inventory,
  ScheduleSettings,
  SlotTime,
  checkResources,
  chooseHost,
  clashesFor,
  intakeClashWarning,
  interval,
  isFree,
  overlaps,
  proposeAlternatives,
  replaceBookings,
  reservations,
} from '../../src/core/schedule';
import { MON, WIB, book, host, ids, slot } from './schedule-fixtures';

describe('interval and overlaps', () => {
  it('holds the slot from its start until the buffer after its end, as UTC instants', () => {
    const iv = interval(slot('VC-1', '09:00', '10:00'), WIB);
    expect(iv.start.toISOString()).toBe('2026-01-05T02:00:00.000Z');
    expect(iv.end.toISOString()).toBe('2026-01-05T03:15:00.000Z');
  });

  it('refuses a slot that ends before it starts or has a bad date', () => {
    expect(() => interval(slot('VC-1', '10:00', '10:00'), WIB)).toThrow(/Jam selesai harus setelah jam mulai/);
    expect(() => interval(slot('VC-1', '09:00', '10:00', '2026-02-30'), WIB)).toThrow(/Tanggal acara tidak valid/);
  });

  it('treats intervals as half-open', () => {
    const a = { start: new Date(0), end: new Date(1000) };
    expect(overlaps(a, { start: new Date(1000), end: new Date(2000) })).toBe(false);
    expect(overlaps(a, { start: new Date(999), end: new Date(2000) })).toBe(true);
  });
});

describe('clashesFor: buffer edges', () => {
  const existing = [book('VC-2026-0001', 'Zoom 1', '09:00', '10:00')];

  it('back to back clashes with a 15-minute buffer but not with none', () => {
    expect(ids(clashesFor('Zoom 1', 1, slot('VC-2', '10:00', '11:00'), existing, WIB))).toEqual(['VC-2026-0001']);
    expect(clashesFor('Zoom 1', 1, slot('VC-2', '10:00', '11:00'), existing, { ...WIB, bufferMinutes: 0 })).toEqual([]);
    expect(ids(clashesFor('Zoom 1', 1, slot('VC-2', '08:00', '09:00'), existing, WIB))).toEqual(['VC-2026-0001']);
    expect(clashesFor('Zoom 1', 1, slot('VC-2', '08:00', '09:00'), existing, { ...WIB, bufferMinutes: 0 })).toEqual([]);
  });

  it('needs a gap of exactly the buffer, on either side', () => {
    expect(isFree('Zoom 1', 1, slot('VC-2', '10:15', '11:00'), existing, WIB)).toBe(true);
    expect(isFree('Zoom 1', 1, slot('VC-2', '10:14', '11:00'), existing, WIB)).toBe(false);
    expect(isFree('Zoom 1', 1, slot('VC-2', '08:00', '08:45'), existing, WIB)).toBe(true);
    expect(isFree('Zoom 1', 1, slot('VC-2', '08:00', '08:46'), existing, WIB)).toBe(false);
  });

  it('matches resources by name ignoring case and spaces, and ignores other resources', () => {
    expect(isFree(' zoom 1 ', 1, slot('VC-2', '09:30', '10:30'), existing, WIB)).toBe(false);
    expect(isFree('Zoom 2', 1, slot('VC-2', '09:30', '10:30'), existing, WIB)).toBe(true);
  });

  it('never lets a request clash with its own booking', () => {
    expect(isFree('Zoom 1', 1, slot('VC-2026-0001', '09:30', '10:30'), existing, WIB)).toBe(true);
  });
});

describe('clashesFor: concurrency 2', () => {
  const a = book('VC-A', 'Pro', '09:00', '10:00');
  const b = book('VC-B', 'Pro', '09:30', '10:30');

  it('allows two overlapping meetings and refuses a third', () => {
    expect(isFree('Pro', 2, slot('VC-B', '09:30', '10:30'), [a], WIB)).toBe(true);
    expect(ids(clashesFor('Pro', 2, slot('VC-C', '09:45', '10:15'), [a, b], WIB))).toEqual(['VC-A', 'VC-B']);
  });

  it('counts overlap per instant (sweep), not per slot', () => {
    const early = book('VC-E', 'Pro', '08:00', '08:30');
    const late = book('VC-L', 'Pro', '10:00', '10:30');
    expect(isFree('Pro', 2, slot('VC-C', '08:00', '10:30'), [early, late], WIB)).toBe(true);
    expect(isFree('Pro', 1, slot('VC-C', '08:00', '10:30'), [early, late], WIB)).toBe(false);
  });

  it('is free again once one of the two holds has ended (buffer included)', () => {
    expect(isFree('Pro', 2, slot('VC-C', '10:15', '11:00'), [a, b], WIB)).toBe(true);
    expect(ids(clashesFor('Pro', 2, slot('VC-C', '10:10', '11:00'), [a, b], WIB))).toEqual(['VC-A', 'VC-B']);
  });
});

describe('local time in other zones', () => {
  const wita: ScheduleSettings = { ...WIB, timeZone: 'Asia/Makassar' };
  const wit: ScheduleSettings = { ...WIB, timeZone: 'Asia/Jayapura' };

  it('Tarakan (WITA): a 09:00–10:00 WITA booking is 01:00–02:00 UTC', () => {
    const tarakan = {
      requestId: 'VC-T',
      resource: 'Zoom',
      start: new Date('2026-01-05T01:00:00Z'),
      end: new Date('2026-01-05T02:00:00Z'),
    };
    expect(isFree('Zoom', 1, slot('VC-2', '09:30', '10:00'), [tarakan], wita)).toBe(false);
    expect(isFree('Zoom', 1, slot('VC-2', '10:15', '11:00'), [tarakan], wita)).toBe(true);
    expect(isFree('Zoom', 1, slot('VC-2', '09:30', '10:00'), [tarakan], WIB)).toBe(true);
    expect(isFree('Zoom', 1, slot('VC-2', '09:00', '09:30'), [tarakan], WIB)).toBe(false);
  });

  it("Jayapura (WIT): counts a host's load by the local day, not the UTC day", () => {
    const bookings = [
      {
        requestId: 'VC-X',
        resource: 'A',
        start: new Date('2026-01-04T23:00:00Z'),
        end: new Date('2026-01-05T00:00:00Z'),
      },
      {
        requestId: 'VC-Y',
        resource: 'B',
        start: new Date('2026-01-05T16:00:00Z'),
        end: new Date('2026-01-05T17:00:00Z'),
      },
    ];
    expect(chooseHost([host('A'), host('B')], slot('VC-2', '12:00', '13:00'), bookings, wit)).toEqual({
      ok: true,
      host: 'B',
    });
    expect(chooseHost([host('A'), host('B')], slot('VC-2', '12:00', '13:00'), bookings, WIB)).toEqual({
      ok: true,
      host: 'A',
    });
  });
});

describe('chooseHost', () => {
  const hosts = [host('Zoom 1'), host('Zoom 2'), host('Zoom 3', 1, 1000), host('Zoom Mati', 1, 1000, false)];
  const bookings = [
    book('VC-2026-0003', 'Zoom 1', '08:00', '08:30'),
    book('VC-2026-0007', 'Zoom 2', '13:00', '14:00'),
    book('VC-2026-0008', 'Zoom 2', '15:00', '15:30'),
  ];

  it('picks the free eligible host with the fewest bookings that day, ties by order', () => {
    expect(chooseHost(hosts, slot('VC-9', '10:00', '11:00'), bookings, WIB)).toEqual({ ok: true, host: 'Zoom 3' });
    expect(chooseHost(hosts.slice(0, 2), slot('VC-9', '10:00', '11:00'), bookings, WIB)).toEqual({
      ok: true,
      host: 'Zoom 1',
    });
    expect(chooseHost(hosts.slice(0, 2), slot('VC-9', '10:00', '11:00'), [], WIB)).toEqual({
      ok: true,
      host: 'Zoom 1',
    });
  });

  it('skips inactive hosts and hosts too small for the participants', () => {
    expect(chooseHost(hosts, slot('VC-9', '10:00', '11:00', MON, 500), bookings, WIB)).toEqual({
      ok: true,
      host: 'Zoom 3',
    });
    const none = chooseHost(hosts, slot('VC-9', '10:00', '11:00', MON, 5000), bookings, WIB);
    expect(none).toEqual({ ok: false, reason: expect.stringContaining('kapasitas minimal 5000 peserta'), clashes: [] });
  });

  it('reports every clash when all eligible hosts are busy', () => {
    const all = [
      ...bookings,
      book('VC-2026-0010', 'Zoom 3', '08:00', '09:00'),
      book('VC-2026-0011', 'Zoom 2', '08:00', '08:20'),
    ];
    const r = chooseHost(hosts, slot('VC-9', '08:15', '08:45'), all, WIB);
    expect(r).toEqual({
      ok: false,
      reason: expect.stringContaining('Semua akun host terpakai'),
      clashes: ['VC-2026-0003', 'VC-2026-0010', 'VC-2026-0011'],
    });
    expect(chooseHost(hosts, slot('VC-9', '08:15', '08:45'), all.slice(1), WIB)).toEqual({ ok: true, host: 'Zoom 1' });
    expect(r.ok || r.reason).toContain('Senin, 5 Januari 2026 08.15–08.45 WIB');
  });

  it('accepts a free override even when another host is less loaded', () => {
    expect(chooseHost(hosts, slot('VC-9', '10:00', '11:00'), bookings, WIB, 'zoom 2')).toEqual({
      ok: true,
      host: 'Zoom 2',
    });
  });

  it('refuses a busy override, naming the clashing VC numbers', () => {
    const r = chooseHost(hosts, slot('VC-9', '13:30', '15:00'), bookings, WIB, 'Zoom 2');
    expect(r).toEqual({
      ok: false,
      reason: expect.stringContaining('bentrok dengan VC-2026-0007, VC-2026-0008'),
      clashes: ['VC-2026-0007', 'VC-2026-0008'],
    });
  });

  it('refuses an unknown, inactive or too small override', () => {
    const s = slot('VC-9', '10:00', '11:00', MON, 500);
    expect(chooseHost(hosts, s, [], WIB, 'Zoom 9')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('tidak terdaftar'),
    });
    expect(chooseHost(hosts, s, [], WIB, 'Zoom Mati')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('tidak aktif'),
    });
    expect(chooseHost(hosts, s, [], WIB, 'Zoom 1')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('kurang dari jumlah peserta (500)'),
    });
  });
});

describe('checkResources', () => {
  const inventory: Inventory = {
    hosts: [host('Zoom 1')],
    rooms: [
      { name: 'Ruang Kecil', capacity: 10, active: true },
      { name: 'Ruang Besar', capacity: 50, active: true },
      { name: 'Gudang', capacity: 99, active: false },
    ],
    operators: [
      { email: 'budi@kominfo.go.id', name: 'Budi', active: true },
      { email: 'sari@kominfo.go.id', name: 'Sari', active: false },
    ],
  };

  it('grants a free host and the smallest listed room that fits', () => {
    expect(
      checkResources(
        slot('VC-9', '10:00', '11:00', MON, 30),
        { host: true, room: true, operator: 'budi@kominfo.go.id' },
        inventory,
        [],
        WIB,
      ),
    ).toEqual({ ok: true, host: 'Zoom 1', room: 'Ruang Besar' });
    expect(checkResources(slot('VC-9', '10:00', '11:00'), { room: 'ruang kecil' }, inventory, [], WIB)).toEqual({
      ok: true,
      room: 'Ruang Kecil',
    });
  });

  it('collects every reason and clash, and offers free alternatives', () => {
    const bookings = [
      book('VC-1', 'Zoom 1', '09:00', '12:00'),
      book('VC-2', 'Ruang Besar', '10:00', '10:30'),
      book('VC-3', 'budi@kominfo.go.id', '10:30', '11:00'),
    ];
    const r = checkResources(
      slot('VC-9', '10:00', '11:00'),
      { host: true, room: 'Ruang Besar', operator: 'Budi@kominfo.go.id' },
      inventory,
      bookings,
      WIB,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons[1]).toBe(
      'Ruangan "Ruang Besar" sudah terpakai pada Senin, 5 Januari 2026 10.00–11.00 WIB: bentrok dengan VC-2.',
    );
    expect(r.reasons[2]).toContain('Operator Budi sudah bertugas');
    expect(r.clashes).toEqual(['VC-1', 'VC-2', 'VC-3']);
    expect(r.alternatives).toEqual([
      { date: MON, start: '12:30', end: '13:30' },
      { date: MON, start: '13:00', end: '14:00' },
      { date: MON, start: '13:30', end: '14:30' },
    ]);
  });

  it('refuses unknown and inactive resources without alternatives', () => {
    const r = checkResources(
      slot('VC-9', '10:00', '11:00'),
      { room: 'Aula', operator: 'sari@kominfo.go.id' },
      inventory,
      [],
      WIB,
    );
    expect(r).toEqual({
      ok: false,
      reasons: ['Ruangan "Aula" tidak terdaftar di Sumber Daya.', 'Operator Sari tidak aktif.'],
      clashes: [],
      alternatives: [],
    });
  });

  it('refuses an unusable slot', () => {
    expect(checkResources(slot('VC-9', '11:00', '10:00'), { host: true }, inventory, [], WIB)).toMatchObject({
      ok: false,
      reasons: ['Jam selesai harus setelah jam mulai.'],
    });
  });
});

describe('proposeAlternatives', () => {
  const always = (): boolean => true;

  it('offers the same day first, nearest by 30-minute steps, earlier first on a tie', () => {
    expect(proposeAlternatives(slot('VC-9', '10:00', '11:00'), always, WIB).map((s) => s.start)).toEqual([
      '09:30',
      '10:30',
      '09:00',
    ]);
    expect(proposeAlternatives(slot('VC-9', '10:00', '11:00'), always, WIB, 5).map((s) => s.start)).toEqual([
      '09:30',
      '10:30',
      '09:00',
      '11:00',
      '08:30',
    ]);
  });

  it('stays inside office hours', () => {
    expect(proposeAlternatives(slot('VC-9', '15:00', '16:00'), always, WIB).map((s) => s.start)).toEqual([
      '14:30',
      '14:00',
      '13:30',
    ]);
    expect(proposeAlternatives(slot('VC-9', '08:00', '17:00'), always, WIB)).toEqual([]);
  });

  it('moves on to the next working days, skipping weekends, up to 14 days ahead', () => {
    const friday = slot('VC-9', '10:00', '11:00', '2026-01-09');
    const notFriday = (c: SlotTime): boolean => c.date !== '2026-01-09';
    expect(proposeAlternatives(friday, notFriday, WIB)).toEqual([
      { date: '2026-01-12', start: '10:00', end: '11:00' },
      { date: '2026-01-12', start: '09:30', end: '10:30' },
      { date: '2026-01-12', start: '10:30', end: '11:30' },
    ]);
    const seen = new Set<string>();
    expect(
      proposeAlternatives(
        friday,
        (c) => {
          seen.add(c.date);
          return false;
        },
        WIB,
      ),
    ).toEqual([]);
    expect([...seen].sort().pop()).toBe('2026-01-23');
    expect(seen.has('2026-01-10') || seen.has('2026-01-11')).toBe(false);
  });
});

describe('intakeClashWarning', () => {
  const bookings = [book('VC-2026-0007', 'Zoom 1', '09:00', '10:00'), book('VC-2026-0003', 'Zoom 2', '09:30', '11:00')];

  it('names the clashing requests when no host is free, and is silent otherwise', () => {
    expect(intakeClashWarning(slot('VC-9', '09:30', '10:00'), bookings, [host('Zoom 1'), host('Zoom 2')], WIB)).toBe(
      'Bentrok dengan VC-2026-0003, VC-2026-0007: semua akun host terpakai pada jam tersebut.',
    );
    expect(
      intakeClashWarning(
        slot('VC-9', '09:30', '10:00'),
        bookings,
        [host('Zoom 1'), host('Zoom 2'), host('Zoom 3')],
        WIB,
      ),
    ).toBeNull();
    expect(intakeClashWarning(slot('VC-9', 'pagi', '10:00'), bookings, [host('Zoom 1')], WIB)).toBeNull();
  });
});

describe('reservations and replaceBookings', () => {
  it("books each granted resource for the unpadded slot and replaces a request's old bookings", () => {
    const s = slot('VC-9', '09:00', '10:00');
    const fresh = reservations(s, { host: 'Zoom 1', room: 'Ruang', operator: '' }, WIB);
    expect(fresh.map((b) => b.resource)).toEqual(['Zoom 1', 'Ruang']);
    expect(fresh[0].start.toISOString()).toBe('2026-01-05T02:00:00.000Z');
    expect(fresh[0].end.toISOString()).toBe('2026-01-05T03:00:00.000Z');
    const old = [book('VC-9', 'Zoom 2', '13:00', '14:00'), book('VC-1', 'Zoom 2', '13:00', '14:00')];
    expect(replaceBookings(old, 'VC-9', fresh).map((b) => `${b.requestId}/${b.resource}`)).toEqual([
      'VC-1/Zoom 2',
      'VC-9/Zoom 1',
      'VC-9/Ruang',
    ]);
  });
});
