/** Edges of the clash rules: boundaries of holds and capacities, blank and spaced inputs, exact refusals. */
import {
  Inventory,
  checkResources,
  chooseHost,
  clashesFor,
  interval,
  isFree,
  overlaps,
  reservations,
} from '../../src/core/schedule';
import { WIB, book, host, ids, slot } from './schedule-fixtures';

describe('overlaps and clashesFor at the edges', () => {
  it('is half-open whichever interval comes first', () => {
    const later = { start: new Date(1000), end: new Date(2000) };
    expect(overlaps(later, { start: new Date(0), end: new Date(1000) })).toBe(false);
    expect(overlaps(later, { start: new Date(0), end: new Date(1001) })).toBe(true);
  });

  it('a booking written with spaces or capitals still holds its resource', () => {
    const typed = [book('VC-1', ' ZOOM 1 ', '09:00', '10:00')];
    expect(ids(clashesFor('Zoom 1', 1, slot('VC-2', '09:30', '10:30'), typed, WIB))).toEqual(['VC-1']);
  });

  it('a slot without a request number is checked against unnumbered bookings too', () => {
    const unnumbered = [book('', 'Zoom 1', '09:00', '10:00')];
    expect(isFree('Zoom 1', 1, slot('', '09:30', '10:30'), unnumbered, WIB)).toBe(false);
  });

  it('on a two-meeting host, a hold that ends as another begins is not counted twice', () => {
    const first = book('VC-A', 'Pro', '08:00', '08:45');
    expect(isFree('Pro', 2, slot('VC-C', '08:30', '09:30'), [first, book('VC-B', 'Pro', '09:00', '09:30')], WIB)).toBe(
      true,
    );
    const early = book('VC-B', 'Pro', '08:55', '09:30');
    expect(ids(clashesFor('Pro', 2, slot('VC-C', '08:30', '09:30'), [first, early], WIB))).toEqual(['VC-A', 'VC-B']);
  });

  it('lists the clashing bookings in start order, whatever order the register gives them', () => {
    const register = [
      book('VC-C', 'Zoom 1', '11:00', '11:30'),
      book('VC-A', 'Zoom 1', '09:00', '09:30'),
      book('VC-B', 'Zoom 1', '10:00', '10:30'),
    ];
    expect(ids(clashesFor('Zoom 1', 1, slot('VC-9', '09:00', '12:00'), register, WIB))).toEqual([
      'VC-A',
      'VC-B',
      'VC-C',
    ]);
  });
});

describe('chooseHost at the edges', () => {
  const hosts = [host('Zoom 1'), host('Zoom 2'), host('Zoom Mati', 1, 1000, false)];

  it('refuses an unusable slot with every problem, before looking at any host', () => {
    const bad = slot('VC-9', 'pagi', '10:00', '2026-02-30');
    const reason = 'Tanggal acara tidak valid: "2026-02-30". Jam acara tidak valid: "pagi"–"10:00".';
    expect(chooseHost(hosts, bad, [], WIB)).toEqual({ ok: false, reason, clashes: [] });
    expect(chooseHost(hosts, bad, [], WIB, 'Zoom 1')).toEqual({ ok: false, reason, clashes: [] });
    expect(() => interval(bad, WIB)).toThrow(new RangeError(reason));
  });

  it('a blank override leaves the choice to the schedule', () => {
    const busy = [book('VC-1', 'Zoom 1', '09:00', '10:00')];
    expect(chooseHost(hosts, slot('VC-9', '09:00', '10:00'), busy, WIB, '   ')).toEqual({ ok: true, host: 'Zoom 2' });
  });

  it('refuses an unknown, inactive or too small override in plain words, with no clash', () => {
    const big = slot('VC-9', '10:00', '11:00', undefined, 500);
    expect(chooseHost(hosts, big, [], WIB, ' Zoom 9 ')).toEqual({
      ok: false,
      reason: 'Akun host "Zoom 9" tidak terdaftar di Sumber Daya.',
      clashes: [],
    });
    expect(chooseHost(hosts, big, [], WIB, 'zoom mati')).toEqual({
      ok: false,
      reason: 'Akun host "Zoom Mati" tidak aktif.',
      clashes: [],
    });
    expect(chooseHost(hosts, big, [], WIB, 'Zoom 1')).toEqual({
      ok: false,
      reason: 'Kapasitas akun host "Zoom 1" (100 peserta) kurang dari jumlah peserta (500).',
      clashes: [],
    });
  });

  it('a host exactly as large as the meeting can take it, chosen or named', () => {
    const exact = slot('VC-9', '10:00', '11:00', undefined, 40);
    expect(chooseHost([host('Pas', 1, 40)], exact, [], WIB)).toEqual({ ok: true, host: 'Pas' });
    expect(chooseHost([host('Pas', 1, 40)], exact, [], WIB, 'Pas')).toEqual({ ok: true, host: 'Pas' });
  });

  it("a request being moved does not count its own bookings in a host's load", () => {
    const bookings = [book('VC-9', 'Zoom A', '13:00', '14:00'), book('VC-1', 'Zoom B', '14:00', '15:00')];
    expect(chooseHost([host('Zoom B'), host('Zoom A')], slot('VC-9', '09:00', '10:00'), bookings, WIB)).toEqual({
      ok: true,
      host: 'Zoom A',
    });
  });
});

describe('checkResources at the edges', () => {
  const inventory: Inventory = {
    hosts: [host('Zoom 1')],
    rooms: [
      { name: 'Ruang Kecil', capacity: 10, active: true },
      { name: 'Ruang Besar', capacity: 50, active: true },
      { name: 'Gudang', capacity: 99, active: false },
    ],
    operators: [{ email: 'budi@kominfo.go.id', name: 'Budi', active: true }],
  };
  const s = slot('VC-9', '10:00', '11:00');

  it('grants only what is asked: no host, a blank room and a blank operator reserve nothing', () => {
    expect(checkResources(s, { host: false, room: '', operator: '  ' }, inventory, [], WIB)).toStrictEqual({
      ok: true,
    });
    expect(checkResources(s, { host: true }, inventory, [], WIB)).toStrictEqual({ ok: true, host: 'Zoom 1' });
    expect(checkResources(s, { room: true }, inventory, [], WIB)).toStrictEqual({ ok: true, room: 'Ruang Kecil' });
  });

  it('refuses an inactive room, no active room at all, and an unknown operator in plain words', () => {
    const refused = (reasons: string[]) => ({ ok: false, reasons, clashes: [], alternatives: [] });
    expect(checkResources(s, { room: 'gudang' }, inventory, [], WIB)).toEqual(
      refused(['Ruangan "Gudang" tidak aktif.']),
    );
    const closed = { ...inventory, rooms: [{ name: 'Gudang', capacity: 99, active: false }] };
    expect(checkResources(s, { room: true }, closed, [], WIB)).toEqual(
      refused(['Tidak ada ruangan aktif di Sumber Daya.']),
    );
    expect(checkResources(s, { operator: ' tono@kominfo.go.id ' }, inventory, [], WIB)).toEqual(
      refused(['Operator "tono@kominfo.go.id" tidak terdaftar.']),
    );
  });

  it('names every request a busy room or operator clashes with', () => {
    const bookings = [
      book('VC-2', 'Ruang Besar', '10:00', '10:15'),
      book('VC-4', 'Ruang Besar', '10:45', '11:00'),
      book('VC-3', 'budi@kominfo.go.id', '10:00', '10:15'),
      book('VC-5', 'budi@kominfo.go.id', '10:45', '11:00'),
    ];
    const r = checkResources(s, { room: 'Ruang Besar', operator: 'budi@kominfo.go.id' }, inventory, bookings, WIB);
    expect(r.ok || r.reasons).toEqual([
      'Ruangan "Ruang Besar" sudah terpakai pada Senin, 5 Januari 2026 10.00–11.00 WIB: bentrok dengan VC-2, VC-4.',
      'Operator Budi sudah bertugas pada Senin, 5 Januari 2026 10.00–11.00 WIB: bentrok dengan VC-3, VC-5.',
    ]);
  });
});

describe('reservations at the edges', () => {
  it('reserves no operator when the operator is blank', () => {
    const fresh = reservations(slot('VC-9', '09:00', '10:00'), { host: 'Zoom 1', operator: '  ' }, WIB);
    expect(fresh.map((b) => b.resource)).toEqual(['Zoom 1']);
  });
});
