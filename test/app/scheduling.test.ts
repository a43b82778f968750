/**
 * The schedule decision before an action that checks it (decideSchedule, through performStep):
 * what is needed (host for Zoom only, a room when asked, a listed operator), what counts as taken,
 * and how a refusal reads.
 */
import { performStep } from '../../src/app/act';
import { chosenResourcesProblem, decideSchedule } from '../../src/app/scheduling';
import { intake } from '../../src/app/intake';
import type { Inventory } from '../../src/core/schedule';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { memorySchedule, TEST_INVENTORY, world, type TestWorld } from './fakes';

function click(w: TestWorld, role: string, id: string, action: string, input: ActionRequestDto['input'] = {}) {
  w.as(`${role}@kominfo.go.id`);
  const version = w.register.rows.find((r) => r.id === id)!.version;
  return performStep(w.deps, { requestId: id, action, expectedVersion: version, input });
}

/** Submits and walks each request to Bandung's approval step. */
function atApproval(w: TestWorld, answers: Array<Record<string, string>>): string[] {
  return answers.map((over, i) => {
    const id = intake(w.deps, {
      answers: validAnswers(over),
      responseRef: `r${i}`,
      receivedAt: w.now.t,
      source: 'form',
    }).id;
    for (const [role, action] of [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'terima'],
    ])
      expect(click(w, role, id, action)).toMatchObject({ ok: true });
    return id;
  });
}

function withInventory(w: TestWorld, inventory: Inventory) {
  const schedule = memorySchedule(inventory);
  w.deps.schedule = schedule;
  return schedule;
}

const row = (w: TestWorld, id: string) => w.register.rows.find((r) => r.id === id)!;
const refusal = (r: ReturnType<typeof click>) => (r.ok ? '' : r.error);

describe('what a request needs', () => {
  it('a Google Meet request needs no Zoom host, even when every host is taken', () => {
    const w = world();
    const [zoom, meet] = atApproval(w, [{}, { Platform: 'Google Meet' }]);
    expect(click(w, 'subkoor', zoom, 'setujui')).toMatchObject({ ok: true });
    expect(click(w, 'subkoor', meet, 'setujui')).toMatchObject({ ok: true });
    expect(row(w, meet)).toMatchObject({ host: '', room: '' });
  });

  it('a room is booked when the request asks for one, and then it is taken', () => {
    const w = world();
    const [first, second] = atApproval(w, [
      { 'Perlu ruang rapat': 'Ya', Platform: 'Google Meet', 'Perkiraan jumlah peserta': '30' },
      { 'Perlu ruang rapat': 'Ya', Platform: 'Google Meet', 'Perkiraan jumlah peserta': '30' },
    ]);
    expect(click(w, 'subkoor', first, 'setujui')).toMatchObject({ ok: true });
    expect(row(w, first).room).toBe('Ruang Rapat Utama');
    const refused = refusal(click(w, 'subkoor', second, 'setujui'));
    expect(refused).toContain(
      `Semua ruangan terpakai pada Senin, 30 November 2026 09.00–11.30 WIB: bentrok dengan ${first}.`,
    );
    expect(row(w, second).room).toBe('');
  });

  it('an operator listed in Sumber Daya is checked; a busy one is refused', () => {
    const w = world();
    withInventory(w, {
      ...TEST_INVENTORY,
      hosts: [{ ...TEST_INVENTORY.hosts[0], concurrency: 2 }],
      operators: [{ email: 'operator@kominfo.go.id', name: 'Andi', active: true }],
    });
    const [a, b] = atApproval(w, [{}, {}]);
    for (const id of [a, b]) expect(click(w, 'subkoor', id, 'setujui')).toMatchObject({ ok: true });
    expect(click(w, 'subkoor', a, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toMatchObject({
      ok: true,
    });
    const refused = refusal(click(w, 'subkoor', b, 'tugaskan_operator', { operator: 'Operator@Kominfo.go.id' }));
    expect(refused).toContain(`Operator Andi sudah bertugas pada`);
    expect(refused).toContain(`bentrok dengan ${a}`);
  });

  it('an operator not listed in Sumber Daya is not checked against calendars', () => {
    const w = world();
    withInventory(w, { ...TEST_INVENTORY, hosts: [{ ...TEST_INVENTORY.hosts[0], concurrency: 2 }] });
    const [a, b] = atApproval(w, [{}, { 'Jam mulai': '13:00', 'Jam selesai': '14:00' }]);
    w.register.rows.find((r) => r.id === a)!.operator = 'operator@kominfo.go.id';
    for (const id of [a, b]) expect(click(w, 'subkoor', id, 'setujui')).toMatchObject({ ok: true });
    w.register.rows.find((r) => r.id === b)!.startTime = '09:00';
    expect(click(w, 'subkoor', b, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toMatchObject({
      ok: true,
    });
  });
});

describe('how a refusal reads', () => {
  it('names every reason, the clashing requests, and up to three free times', () => {
    const w = world();
    const [first, second] = atApproval(w, [
      { 'Perlu ruang rapat': 'Ya', 'Perkiraan jumlah peserta': '30' },
      { 'Perlu ruang rapat': 'Ya', 'Perkiraan jumlah peserta': '30' },
    ]);
    expect(click(w, 'subkoor', first, 'setujui')).toMatchObject({ ok: true });
    const refused = refusal(click(w, 'subkoor', second, 'setujui'));
    const when = 'Senin, 30 November 2026 09.00–11.30 WIB';
    expect(refused).toBe(
      `Jadwal tidak tersedia: Semua akun host terpakai pada ${when}: bentrok dengan ${first}. ` +
        // Each reason names the clash; it is not said again after them.
        `Semua ruangan terpakai pada ${when}: bentrok dengan ${first}. ` +
        'Alternatif: Senin, 30 November 2026 12.00–14.30 WIB; Senin, 30 November 2026 12.30–15.00 WIB; ' +
        'Senin, 30 November 2026 13.00–15.30 WIB.',
    );
  });

  it('a request whose date or time was blanked by hand cannot be checked', () => {
    const w = world();
    const [id] = atApproval(w, [{}]);
    row(w, id).endTime = '';
    expect(click(w, 'subkoor', id, 'setujui')).toEqual({
      ok: false,
      error: 'Jadwal tidak tersedia: Tanggal atau jam kegiatan belum jelas; jadwal tidak dapat diperiksa.',
    });
  });

  it('another request with a blanked time in the register does not break the check', () => {
    const w = world();
    const [a, b] = atApproval(w, [{}, {}]);
    expect(click(w, 'subkoor', a, 'setujui')).toMatchObject({ ok: true });
    row(w, a).startTime = '';
    expect(click(w, 'subkoor', b, 'setujui')).toMatchObject({ ok: true });
  });
});

const TWO_HOSTS_TWO_ROOMS: Inventory = {
  hosts: [
    { name: 'Zoom Kominfo 1', concurrency: 1, capacity: 300, active: true },
    { name: 'Zoom Kominfo 2', concurrency: 1, capacity: 300, active: true },
  ],
  rooms: [
    { name: 'Ruang Rapat Utama', capacity: 40, active: true },
    { name: 'Ruang Rapat Kecil', capacity: 40, active: true },
  ],
  operators: [{ email: 'operator@kominfo.go.id', name: 'Andi', active: true }],
};

describe('a host or room already written on the request', () => {
  it('is the one checked: taken, it is refused even though another host is free', () => {
    const w = world();
    withInventory(w, TWO_HOSTS_TWO_ROOMS);
    const [a, b] = atApproval(w, [{}, {}]);
    expect(click(w, 'subkoor', a, 'setujui')).toMatchObject({ ok: true });
    expect(row(w, a).host).toBe('Zoom Kominfo 1');
    expect(decideSchedule(w.deps, row(w, b))).toEqual({ ok: true, host: 'Zoom Kominfo 2', room: '' });
    const refused = decideSchedule(w.deps, { ...row(w, b), host: 'Zoom Kominfo 1' });
    expect(refused.ok ? '' : refused.reason).toContain(`Akun host "Zoom Kominfo 1" sudah terpakai pada`);
  });

  it('a named room is the one checked: taken, it is refused even though another room is free', () => {
    const w = world();
    withInventory(w, TWO_HOSTS_TWO_ROOMS);
    const meet = { Platform: 'Google Meet', 'Perlu ruang rapat': 'Ya', 'Perkiraan jumlah peserta': '30' };
    const [a, b] = atApproval(w, [meet, meet]);
    expect(click(w, 'subkoor', a, 'setujui')).toMatchObject({ ok: true });
    expect(row(w, a).room).toBe('Ruang Rapat Utama');
    expect(decideSchedule(w.deps, row(w, b))).toEqual({ ok: true, host: '', room: 'Ruang Rapat Kecil' });
    const refused = decideSchedule(w.deps, { ...row(w, b), room: 'Ruang Rapat Utama' });
    expect(refused.ok ? '' : refused.reason).toContain(`Ruangan "Ruang Rapat Utama" sudah terpakai pada`);
  });
});

describe('the operator on the request', () => {
  it('one not listed in Sumber Daya is not checked, also when other operators are listed', () => {
    const w = world();
    withInventory(w, TWO_HOSTS_TWO_ROOMS);
    const [id] = atApproval(w, [{}]);
    expect(decideSchedule(w.deps, { ...row(w, id), operator: 'lain@kominfo.go.id' })).toMatchObject({ ok: true });
    expect(chosenResourcesProblem(w.deps, row(w, id), { host: '', operator: 'lain@kominfo.go.id' })).toBeNull();
  });
});

describe('a host or operator chosen at an action that does not check the whole schedule', () => {
  function takenWorld() {
    const w = world();
    withInventory(w, { ...TWO_HOSTS_TWO_ROOMS, hosts: [TWO_HOSTS_TWO_ROOMS.hosts[0]] });
    const [a, b] = atApproval(w, [{}, {}]);
    expect(click(w, 'subkoor', a, 'setujui')).toMatchObject({ ok: true });
    row(w, a).operator = 'operator@kominfo.go.id';
    return { w, a, b };
  }

  it('an operator alone is checked: a busy one is refused', () => {
    const { w, a, b } = takenWorld();
    const problem = chosenResourcesProblem(w.deps, row(w, b), { host: '', operator: 'operator@kominfo.go.id' });
    expect(problem).toContain('Operator Andi sudah bertugas pada');
    expect(problem).toContain(`bentrok dengan ${a}`);
  });

  it('an operator alone does not bring in a host check: the only host being taken does not matter', () => {
    const { w, a, b } = takenWorld();
    row(w, a).operator = '';
    expect(chosenResourcesProblem(w.deps, row(w, b), { host: '', operator: 'operator@kominfo.go.id' })).toBeNull();
    expect(chosenResourcesProblem(w.deps, row(w, b), { host: 'Zoom Kominfo 1', operator: '' })).toContain(
      `Akun host "Zoom Kominfo 1" sudah terpakai pada`,
    );
  });

  it('nothing chosen, nothing checked', () => {
    const { w, b } = takenWorld();
    expect(chosenResourcesProblem(w.deps, row(w, b), { host: '', operator: '' })).toBeNull();
  });
});

describe('a refusal with nothing clashing', () => {
  it('offers no alternatives and says none', () => {
    const w = world();
    const [id] = atApproval(w, [{ 'Perkiraan jumlah peserta': '500' }]);
    expect(click(w, 'subkoor', id, 'setujui')).toEqual({
      ok: false,
      error:
        'Jadwal tidak tersedia: Tidak ada akun host aktif dengan kapasitas minimal 500 peserta. Periksa tab Sumber Daya.',
    });
  });
});

describe('alternatives on a later day', () => {
  it('skip a time held by an approved request that is not on a calendar yet', () => {
    const w = world();
    const [tuesday, monday] = atApproval(w, [{ 'Tanggal kegiatan': '2026-12-01' }, {}]);
    expect(click(w, 'subkoor', tuesday, 'setujui')).toMatchObject({ ok: true });
    expect(w.schedule.bookings).toEqual([]);
    // Monday is taken all day on the host's calendar, so the alternatives move to Tuesday.
    w.schedule.bookings.push({
      requestId: 'VC-2026-0999',
      resource: 'Zoom Kominfo 1',
      start: new Date('2026-11-30T00:30:00Z'),
      end: new Date('2026-11-30T09:00:00Z'),
    });
    const refused = refusal(click(w, 'subkoor', monday, 'setujui'));
    expect(refused).toContain('bentrok dengan VC-2026-0999');
    expect(refused).toContain('Alternatif: Selasa, 1 Desember 2026');
    expect(refused).not.toContain('Selasa, 1 Desember 2026 09.00–11.30 WIB');
  });
});

describe('the calendars read', () => {
  it("an operator's own calendar is read: a hold there (not in the register) is a clash", () => {
    const w = world();
    withInventory(w, TWO_HOSTS_TWO_ROOMS);
    const [id] = atApproval(w, [{}]);
    w.deps.schedule!.reserve(
      'VC-2026-0999',
      'operator@kominfo.go.id',
      new Date('2026-11-30T02:00:00Z'),
      new Date('2026-11-30T03:00:00Z'),
      'Rapat lain',
    );
    const problem = chosenResourcesProblem(w.deps, row(w, id), { host: '', operator: 'operator@kominfo.go.id' });
    expect(problem).toContain('Operator Andi sudah bertugas pada');
    expect(problem).toContain('bentrok dengan VC-2026-0999');
  });
});

describe('alternatives on the day itself', () => {
  it('none that starts before now', () => {
    const w = world();
    const afternoon = { 'Jam mulai': '13:00', 'Jam selesai': '14:00' };
    const [first, second] = atApproval(w, [afternoon, afternoon]);
    expect(click(w, 'subkoor', first, 'setujui')).toMatchObject({ ok: true });
    w.now.t = new Date('2026-11-30T05:00:00Z'); // Monday 30 November, 12:00 WIB
    const refused = refusal(click(w, 'subkoor', second, 'setujui'));
    // 11.30–12.30 would be free and nearer than 14.30, but it has begun by then.
    expect(refused).toContain(
      'Alternatif: Senin, 30 November 2026 14.30–15.30 WIB; Senin, 30 November 2026 15.00–16.00 WIB; ' +
        'Selasa, 1 Desember 2026 13.00–14.00 WIB.',
    );
  });
});

describe('alternatives far from the requested day', () => {
  it('skip days whose calendars hold bookings beyond the days read for the slot itself', () => {
    const w = world();
    const [monday] = atApproval(w, [{}]);
    // The host's calendar is full from Monday 30 November to Wednesday 2 December (by hand, not in the
    // register), so the first free day is Thursday 3 December.
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-02'])
      w.schedule.bookings.push({
        requestId: `Rapat internal ${day}`,
        resource: 'Zoom Kominfo 1',
        start: new Date(`${day}T00:30:00Z`),
        end: new Date(`${day}T09:00:00Z`),
      });
    const refused = refusal(click(w, 'subkoor', monday, 'setujui'));
    expect(refused).toContain('Alternatif: Kamis, 3 Desember 2026');
    expect(refused).not.toContain('Rabu, 2 Desember 2026');
  });
});
