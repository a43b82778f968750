/**
 * One SOP step through the use case (performStep) against in-memory ports: who may be made
 * operator, the clash check at approval (calendars and the register), the office without a
 * Sumber Daya sheet, and what a click may set.
 */
import { performStep } from '../../src/app/act';
import { intake } from '../../src/app/intake';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { meetingHandlers } from '../../src/app/effect-handlers';
import type { MeetingPort } from '../../src/app/ports';
import { memorySchedule, TEST_INVENTORY, world, type TestWorld } from './fakes';
import { BANDUNG } from '../../src/core/sop/presets';
import type { Preset } from '../../src/core/sop/types';

const submit = (w: TestWorld, ref: string, over: Record<string, string> = {}) =>
  intake(w.deps, { answers: validAnswers(over), responseRef: ref, receivedAt: w.now.t, source: 'form' });

/** Click `action` on `id` as `<role>@kominfo.go.id`, at the row's current version. */
function click(w: TestWorld, role: string, id: string, action: string, input: ActionRequestDto['input'] = {}) {
  w.as(`${role}@kominfo.go.id`);
  const version = w.register.rows.find((r) => r.id === id)!.version;
  return performStep(w.deps, { requestId: id, action, expectedVersion: version, input });
}

/** Bandung up to the Subkoor's approval (izin_subkoor). */
function toApproval(w: TestWorld, id: string): void {
  for (const [role, action] of [
    ['kadis', 'disposisi'],
    ['kabid', 'disposisi'],
    ['subkoor', 'terima'],
  ])
    expect(click(w, role, id, action)).toMatchObject({ ok: true });
}

const NO_MEETINGS: MeetingPort = {
  createZoom: () => {
    throw new Error('tidak dipakai');
  },
  deleteZoom: () => undefined,
  updateZoom: () => undefined,
  createMeet: () => ({ status: 'pending', eventId: '' }),
  recordings: () => null,
};

const row = (w: TestWorld, id: string) => w.register.rows.find((r) => r.id === id)!;

describe('assigning the operator', () => {
  function atAssignment(): TestWorld {
    const w = world();
    submit(w, 'r1');
    toApproval(w, 'VC-2026-0001');
    expect(click(w, 'subkoor', 'VC-2026-0001', 'setujui')).toMatchObject({ ok: true });
    return w;
  }

  it.each([
    ['an outside address', 'orang.asing@gmail.com'],
    ['a registered official without the operator role', 'kabid@kominfo.go.id'],
  ])('refuses %s, and the request keeps no operator', (_what, email) => {
    const w = atAssignment();
    const before = structuredClone(row(w, 'VC-2026-0001'));
    expect(click(w, 'subkoor', 'VC-2026-0001', 'tugaskan_operator', { operator: email })).toEqual({
      ok: false,
      error: `${email} bukan operator aktif di sheet Pengguna (peran "operator", langsung atau sebagai Plh hari ini). Pilih operator dari daftar.`,
    });
    expect(row(w, 'VC-2026-0001')).toEqual(before);
  });

  it('refuses an operator whose Pengguna row is inactive', () => {
    const w = atAssignment();
    w.users.find((u) => u.email === 'operator@kominfo.go.id')!.active = false;
    expect(
      click(w, 'subkoor', 'VC-2026-0001', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('bukan operator aktif') });
  });

  it('accepts the operator, and a Plh operator only on the days of the delegation', () => {
    const w = atAssignment();
    w.delegations.push({
      role: 'operator',
      substitute: 'kabid@kominfo.go.id',
      forName: 'Operator',
      from: '2026-11-24',
      to: '2026-11-25',
    });
    const plh = { operator: 'kabid@kominfo.go.id' };
    expect(click(w, 'subkoor', 'VC-2026-0001', 'tugaskan_operator', plh)).toMatchObject({ ok: false });
    w.now.t = new Date('2026-11-25T16:59:00Z');
    expect(click(w, 'subkoor', 'VC-2026-0001', 'tugaskan_operator', plh)).toMatchObject({ ok: true });
    expect(row(w, 'VC-2026-0001').operator).toBe('kabid@kominfo.go.id');
  });

  it('refuses an operator, link or host sent with an action that does not ask for one, changing nothing', () => {
    const w = world();
    submit(w, 'r1');
    const before = structuredClone(row(w, 'VC-2026-0001'));
    expect(
      click(w, 'kadis', 'VC-2026-0001', 'disposisi', {
        operator: 'orang.asing@gmail.com',
        link: 'https://evil.example/j/1',
        host: 'Zoom Lain',
      }),
    ).toEqual({ ok: false, error: expect.stringMatching(/^Tindakan "Disposisikan ke Kepala Bidang" tidak menerima /) });
    expect(row(w, 'VC-2026-0001')).toEqual(before);
  });
});

describe('the clash check at approval', () => {
  it('counts an approved request that is in the register but not yet on a calendar', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2');
    toApproval(w, 'VC-2026-0001');
    toApproval(w, 'VC-2026-0002');
    expect(click(w, 'subkoor', 'VC-2026-0001', 'setujui')).toMatchObject({ ok: true });
    expect(row(w, 'VC-2026-0001').host).toBe('Zoom Kominfo 1');
    expect(w.schedule.bookings).toEqual([]);
    const refused = click(w, 'subkoor', 'VC-2026-0002', 'setujui');
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Jadwal tidak tersedia: /) });
    const error = !refused.ok ? refused.error : '';
    expect(error).toContain('bentrok dengan VC-2026-0001');
    // The clash is said once, not once per reason and again at the end.
    expect(error.match(/VC-2026-0001/g)).toHaveLength(1);
    expect(row(w, 'VC-2026-0002')).toMatchObject({ stepId: 'izin_subkoor', host: '' });
  });

  it('counts a booking on a resource calendar', () => {
    const w = world();
    submit(w, 'r1');
    toApproval(w, 'VC-2026-0001');
    w.schedule.reserve(
      'VC-2026-0099',
      'Zoom Kominfo 1',
      new Date('2026-11-30T02:30:00Z'),
      new Date('2026-11-30T03:00:00Z'),
      'Rapat lain',
    );
    const refused = click(w, 'subkoor', 'VC-2026-0001', 'setujui');
    expect(!refused.ok && refused.error).toContain('bentrok dengan VC-2026-0099');
  });

  it('a request both on a calendar and in the register is counted once', () => {
    const w = world();
    const twoAtOnce = memorySchedule({ ...TEST_INVENTORY, hosts: [{ ...TEST_INVENTORY.hosts[0], concurrency: 2 }] });
    w.deps.schedule = twoAtOnce;
    w.deps.effects = {
      reserve: meetingHandlers(twoAtOnce, NO_MEETINGS, () => w.deps.config.settings().settings).reserve,
    };
    submit(w, 'r1');
    submit(w, 'r2');
    submit(w, 'r3');
    for (const id of ['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']) toApproval(w, id);
    expect(click(w, 'subkoor', 'VC-2026-0001', 'setujui')).toMatchObject({ ok: true });
    expect(twoAtOnce.bookings.map((b) => b.requestId)).toEqual(['VC-2026-0001']);
    expect(click(w, 'subkoor', 'VC-2026-0002', 'setujui')).toMatchObject({ ok: true });
    const third = click(w, 'subkoor', 'VC-2026-0003', 'setujui');
    const error = !third.ok ? third.error : '';
    expect(error).toContain(
      'Semua akun host terpakai pada Senin, 30 November 2026 09.00–11.30 WIB: bentrok dengan VC-2026-0001, VC-2026-0002.',
    );
    // Each clashing request is named once although it is both on the calendar and in the register.
    expect(error.match(/VC-2026-0001/g)).toHaveLength(1);
    expect(error.match(/VC-2026-0002/g)).toHaveLength(1);
  });

  it('a request on another day, or a rejected one, does not clash', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2', { 'Tanggal kegiatan': '2026-12-01' });
    submit(w, 'r3');
    for (const id of ['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']) toApproval(w, id);
    expect(click(w, 'subkoor', 'VC-2026-0002', 'setujui')).toMatchObject({ ok: true });
    expect(click(w, 'subkoor', 'VC-2026-0003', 'tolak', { note: 'Tidak sesuai.' })).toMatchObject({ ok: true });
    expect(click(w, 'subkoor', 'VC-2026-0001', 'setujui')).toMatchObject({ ok: true });
  });
});

describe('an office without a Sumber Daya sheet', () => {
  it('refuses the steps that check the schedule, saying what to set up, and lets the others run', () => {
    const w = world();
    delete w.deps.schedule;
    submit(w, 'r1');
    toApproval(w, 'VC-2026-0001');
    expect(click(w, 'subkoor', 'VC-2026-0001', 'setujui')).toEqual({
      ok: false,
      error:
        'Jadwal tidak tersedia: sheet Sumber Daya tidak ada, sehingga bentrok jadwal tidak dapat diperiksa. Jalankan Layanan Vicon › Siapkan untuk membuatnya kembali, lalu isi akun Zoom, ruang, dan operator.',
    });
    expect(row(w, 'VC-2026-0001').stepId).toBe('izin_subkoor');
  });
});

describe('a host chosen at a step that does not check the whole schedule', () => {
  /** Bandung whose 'buat_rapat' lets the operator pick the host account, with two accounts in Sumber Daya. */
  function pickingHost(): TestWorld {
    const w = world();
    const preset: Preset = structuredClone(BANDUNG);
    preset.steps.find((st) => st.id === 'buat_rapat')!.actions[0].requires = ['host'];
    w.deps.presets = { byId: (id) => (id === BANDUNG.id ? preset : undefined) };
    const second = { name: 'Zoom Kominfo 2', concurrency: 1 as const, capacity: 300, active: true };
    w.deps.schedule = memorySchedule({ ...TEST_INVENTORY, hosts: [...TEST_INVENTORY.hosts, second] });
    for (const ref of ['r1', 'r2']) submit(w, ref);
    for (const id of ['VC-2026-0001', 'VC-2026-0002']) {
      toApproval(w, id);
      expect(click(w, 'subkoor', id, 'setujui')).toMatchObject({ ok: true });
      expect(click(w, 'subkoor', id, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toMatchObject({
        ok: true,
      });
    }
    expect([row(w, 'VC-2026-0001').host, row(w, 'VC-2026-0002').host]).toEqual(['Zoom Kominfo 1', 'Zoom Kominfo 2']);
    return w;
  }

  it.each([
    ['an account not in Sumber Daya', 'Zoom Lain', /Zoom Lain/],
    ['an account booked by another request at that time', 'Zoom Kominfo 1', /VC-2026-0001/],
  ])('refuses %s, changing nothing', (_what, host, reason) => {
    const w = pickingHost();
    const before = structuredClone(row(w, 'VC-2026-0002'));
    const refused = click(w, 'operator', 'VC-2026-0002', 'buat_rapat', { host });
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^Jadwal tidak tersedia: /) });
    expect(!refused.ok && refused.error).toMatch(reason);
    expect(row(w, 'VC-2026-0002')).toEqual(before);
  });

  it('takes a free account in Sumber Daya', () => {
    const w = pickingHost();
    expect(click(w, 'operator', 'VC-2026-0002', 'buat_rapat', { host: 'Zoom Kominfo 2' })).toMatchObject({ ok: true });
    expect(row(w, 'VC-2026-0002')).toMatchObject({ host: 'Zoom Kominfo 2', stepId: 'kirim_tautan' });
  });

  it('reads the chosen account without the spaces around it, and records it so', () => {
    const w = pickingHost();
    expect(click(w, 'operator', 'VC-2026-0002', 'buat_rapat', { host: '  Zoom Kominfo 2 ' })).toMatchObject({
      ok: true,
    });
    expect(row(w, 'VC-2026-0002')).toMatchObject({ host: 'Zoom Kominfo 2', stepId: 'kirim_tautan' });
  });
});
