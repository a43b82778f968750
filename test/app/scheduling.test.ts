/**
 * The schedule decision before an action that checks it (decideSchedule, through performStep):
 * what is needed (host for Zoom only, a room when asked, a listed operator), what counts as taken,
 * and how a refusal reads.
 */
import { performStep } from '../../src/app/act';
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
