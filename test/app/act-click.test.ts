/**
 * performStep around one click: an operator assigned earlier is not checked again at later steps, a
 * chosen operator or host is read without its surrounding spaces, a closing from a stale panel is
 * refused, the history names where the official acted from, the result names the action clicked and
 * a failure to fix before the other pending effects, and the detail warns when some of the request's
 * Riwayat rows cannot be read.
 */
import { performStep, requestDetail } from '../../src/app/act';
import { PermanentFailure } from '../../src/app/failures';
import { intake } from '../../src/app/intake';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { memorySchedule, TEST_INVENTORY, world, type TestWorld } from './fakes';

const ID = 'VC-2026-0001';

function submitted(w: TestWorld = world()): TestWorld {
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  return w;
}

function click(w: TestWorld, role: string, action: string, input: ActionRequestDto['input'] = {}, via?: string) {
  w.as(`${role}@kominfo.go.id`);
  return performStep(w.deps, { requestId: ID, action, expectedVersion: w.register.rows[0].version, input }, via);
}

function walk(w: TestWorld, steps: [string, string, ActionRequestDto['input']?][]): void {
  for (const [role, action, input] of steps) expect(click(w, role, action, input)).toMatchObject({ ok: true });
}

const TO_OPERATOR: [string, string][] = [
  ['kadis', 'disposisi'],
  ['kabid', 'disposisi'],
  ['subkoor', 'terima'],
  ['subkoor', 'setujui'],
];

describe('the operator', () => {
  it('assigned earlier is not checked again at a later step, though their Plh day has passed', () => {
    const w = submitted();
    w.delegations.push({
      role: 'operator',
      substitute: 'kabid@kominfo.go.id',
      forName: 'Operator',
      from: '2026-11-23',
      to: '2026-11-23',
    });
    walk(w, [...TO_OPERATOR, ['subkoor', 'tugaskan_operator', { operator: 'kabid@kominfo.go.id' }]]);
    w.now.t = new Date('2026-11-24T02:00:00Z');
    expect(click(w, 'operator', 'buat_rapat')).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ stepId: 'kirim_tautan', operator: 'kabid@kominfo.go.id' });
  });

  it.each([
    ['as listed', 'operator@kominfo.go.id'],
    ['with spaces around', '  operator@kominfo.go.id '],
  ])('chosen %s at a step that does not check the schedule is checked against their bookings', (_how, typed) => {
    const w = world({ presetId: '004-demak' });
    const operators = [{ email: 'operator@kominfo.go.id', name: 'Operator CC', active: true }];
    w.deps.schedule = memorySchedule({ ...TEST_INVENTORY, operators });
    w.deps.schedule.reserve(
      'VC-2026-0099',
      'operator@kominfo.go.id',
      new Date('2026-11-30T02:00:00Z'),
      new Date('2026-11-30T04:30:00Z'),
      'Rapat lain',
    );
    submitted(w);
    const before = structuredClone(w.register.rows[0]);
    const input = { operator: typed, documentation: { disposisi: 'https://drive.google.com/file/d/1' } };
    const refused = click(w, 'subkoor', 'tugaskan_operator', input);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^Jadwal tidak tersedia: /) });
    expect(!refused.ok && refused.error).toContain('bentrok dengan VC-2026-0099');
    expect(w.register.rows[0]).toEqual(before);
  });
});

describe('a closing of a missed event (Tutup: tidak terlaksana)', () => {
  /** The request still waits for the Kadis after its event (09:00–11:30 WIB) has ended. */
  function missed(): TestWorld {
    const w = submitted();
    w.now.t = new Date('2026-11-30T06:00:00Z');
    return w;
  }

  it('from a panel that shows an older version is refused, changing nothing', () => {
    const w = missed();
    const before = structuredClone(w.register.rows[0]);
    w.as('kadis@kominfo.go.id');
    const stale = { requestId: ID, action: 'tidak_terlaksana', expectedVersion: before.version - 1, input: {} };
    expect(performStep(w.deps, stale)).toEqual({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' });
    expect(w.register.rows[0]).toEqual(before);
  });

  it('at the current version closes the request', () => {
    const w = missed();
    const version = w.register.rows[0].version;
    expect(click(w, 'kadis', 'tidak_terlaksana')).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ stepId: 'tidak_terlaksana', version: version + 1 });
  });

  it('takes only the fields it declares: a host or an operator sent along is refused and nothing changes', () => {
    const w = missed();
    const before = { ...w.register.rows[0] };
    for (const input of [{ host: 'Zoom 1' }, { host: '  ' }, { operator: 'operator@kominfo.go.id' }]) {
      const out = click(w, 'kadis', 'tidak_terlaksana', input);
      expect(out).toMatchObject({ ok: false });
      expect(out.ok ? '' : out.error).toMatch(/^Tindakan "Tutup: tidak terlaksana" tidak menerima /);
    }
    expect(w.register.rows[0]).toEqual(before);
    expect(click(w, 'kadis', 'tidak_terlaksana', { note: 'acara batal mendadak' })).toMatchObject({ ok: true });
  });
});

describe('what the click records and answers', () => {
  const actions = (w: TestWorld) => w.history.records.filter((h) => h.kind === 'aksi');

  it('the history names the official, and the phone page when they acted from it', () => {
    const w = submitted();
    w.users.find((u) => u.email === 'kadis@kominfo.go.id')!.name = 'Budi Santoso';
    w.users.find((u) => u.email === 'kabid@kominfo.go.id')!.name = 'Rina Wati';
    expect(click(w, 'kadis', 'disposisi')).toMatchObject({ ok: true });
    expect(click(w, 'kabid', 'disposisi', {}, 'ponsel')).toMatchObject({ ok: true });
    expect(actions(w).map((h) => [h.action, h.actorLabel])).toEqual([
      ['disposisi', 'Budi Santoso'],
      ['disposisi', 'Rina Wati (via ponsel)'],
    ]);
  });

  it('the message names the action clicked, not the first one the step offers', () => {
    const w = submitted();
    walk(w, TO_OPERATOR.slice(0, 3));
    const refused = click(w, 'subkoor', 'tolak', { note: 'Bukan kegiatan kedinasan.' });
    expect(refused).toMatchObject({
      ok: true,
      value: { message: expect.stringMatching(/^Tidak Diizinkan: tercatat untuk VC-2026-0001\./) },
    });
  });

  it('the message names a failure to fix first, then counts the other effects still pending', () => {
    const w = submitted();
    w.deps.effects = {
      notify_role: () => {
        throw new PermanentFailure('Alamat email Kepala Bidang tidak ada di Pengguna.');
      },
    };
    const clicked = click(w, 'kadis', 'disposisi');
    const message = clicked.ok ? clicked.value.message : '';
    expect(message).toMatch(/^Disposisikan ke Kepala Bidang: tercatat untuk VC-2026-0001\. Gagal /);
    expect(message).toContain('Alamat email Kepala Bidang tidak ada di Pengguna.');
    // Intake's notice and receipt wait for an adapter; they are the two others.
    expect(message).toMatch(/ 2 efek lain masih tertunda\.$/);
    expect(message).not.toContain('akan dicoba lagi');
  });
});

describe('Riwayat rows that cannot be read', () => {
  /** A request with a warning of its own, whose history read reports `unreadable` rows left out. */
  function withUnreadable(unreadable: number): TestWorld {
    const w = submitted();
    w.register.rows[0].warnings = ['Jumlah peserta melebihi kapasitas ruang.'];
    const read = w.history.forRequest;
    w.history.forRequest = (id, trail) => ({ ...read(id, trail), unreadable });
    return w;
  }

  it('are named in the detail after its own warnings, at a click and when the detail is read', () => {
    const w = withUnreadable(2);
    const named = expect.stringMatching(/^2 baris riwayat VC-2026-0001 tidak terbaca .*Periksa riwayat\.$/);
    const clicked = click(w, 'kadis', 'disposisi');
    expect(clicked.ok && clicked.value.detail.warnings).toEqual(['Jumlah peserta melebihi kapasitas ruang.', named]);
    const read = requestDetail(w.deps, ID);
    expect(read.ok && read.value.warnings).toEqual(['Jumlah peserta melebihi kapasitas ruang.', named]);
  });

  it('when every row reads, the detail has only its own warnings', () => {
    const w = withUnreadable(0);
    w.as('kadis@kominfo.go.id');
    const read = requestDetail(w.deps, ID);
    expect(read.ok && read.value.warnings).toEqual(['Jumlah peserta melebihi kapasitas ruang.']);
  });
});
