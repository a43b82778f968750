/**
 * performStep around the engine: malformed clicks, a failing write before anything irreversible
 * (nothing booked, made or deleted), a failing outcome write (effects stay pending), a rescheduled
 * event freeing its old slot, and the request detail.
 */
import { performStep, requestDetail } from '../../src/app/act';
import { meetingHandlers } from '../../src/app/effect-handlers';
import { intake } from '../../src/app/intake';
import type { MeetingPort } from '../../src/app/ports';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

const ID = 'VC-2026-0001';

function click(w: TestWorld, role: string, action: string, input: ActionRequestDto['input'] = {}) {
  w.as(`${role}@kominfo.go.id`);
  return performStep(w.deps, { requestId: ID, action, expectedVersion: w.register.rows[0].version, input });
}

/** A Bandung world whose calendars and Zoom meetings are really booked and made (in memory). */
function bandung(): TestWorld & { meetings: Map<string, string>; deleted: string[] } {
  const w = world();
  const meetings = new Map<string, string>();
  const deleted: string[] = [];
  const port: MeetingPort = {
    createZoom: (_user, r) => {
      meetings.set('7001', r.id);
      return { meetingId: '7001', joinUrl: 'https://zoom.us/j/7001', passcode: 'p' };
    },
    deleteZoom: (id) => void (deleted.push(id), meetings.delete(id)),
    updateZoom: () => undefined,
    createMeet: () => ({ status: 'pending', eventId: 'e' }),
    recordings: () => null,
  };
  w.deps.effects = meetingHandlers(w.schedule, port, () => w.deps.config.settings().settings);
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  for (const [role, action] of [
    ['kadis', 'disposisi'],
    ['kabid', 'disposisi'],
    ['subkoor', 'terima'],
  ])
    expect(click(w, role, action)).toMatchObject({ ok: true });
  return Object.assign(w, { meetings, deleted });
}

describe('malformed clicks are refused before anything is read', () => {
  it.each([
    [null, 'Permintaan tidak terbaca.'],
    ['setujui', 'Permintaan tidak terbaca.'],
    [{ requestId: 5, action: 'setujui', expectedVersion: 1 }, 'Nomor permohonan atau tindakan tidak terbaca.'],
    [{ requestId: ID, action: null, expectedVersion: 1 }, 'Nomor permohonan atau tindakan tidak terbaca.'],
    [{ requestId: ID, action: 'setujui', expectedVersion: '1' }, 'Versi permohonan tidak terbaca; muat ulang panel.'],
    [{ requestId: ID, action: 'setujui', expectedVersion: 1.5 }, 'Versi permohonan tidak terbaca; muat ulang panel.'],
    [{ requestId: ID, action: 'setujui', expectedVersion: 1, input: 'catatan' }, 'Isian tindakan tidak terbaca.'],
    [{ requestId: ID, action: 'setujui', expectedVersion: 1, input: null }, 'Isian tindakan tidak terbaca.'],
  ])('%j', (dto, error) => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    expect(performStep(w.deps, dto as unknown as ActionRequestDto)).toEqual({ ok: false, error });
  });

  it('a click without an input object is read as no input', () => {
    const w = world();
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    w.as('kadis@kominfo.go.id');
    const dto = { requestId: ID, action: 'disposisi', expectedVersion: 1 } as ActionRequestDto;
    expect(performStep(w.deps, dto)).toMatchObject({ ok: true });
    expect(w.register.rows[0].version).toBe(2);
  });

  it('an unknown request number', () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    expect(
      performStep(w.deps, { requestId: 'VC-2026-0404', action: 'disposisi', expectedVersion: 1, input: {} }),
    ).toEqual({
      ok: false,
      error: 'Permohonan VC-2026-0404 tidak ditemukan di Register.',
    });
  });

  it('a request whose preset is unknown', () => {
    const w = world();
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    w.register.rows[0].presetId = '999-hilang';
    expect(click(w, 'kadis', 'disposisi')).toEqual({
      ok: false,
      error: `Alur SOP "999-hilang" milik ${ID} tidak dikenal.`,
    });
  });
});

describe('nothing irreversible happens before the click is recorded', () => {
  it('history append fails at approval: the row is put back and nothing was booked', () => {
    const w = bandung();
    const before = structuredClone(w.register.rows[0]);
    const append = w.history.append;
    w.history.append = () => {
      throw new Error('Riwayat tidak dapat ditulis.');
    };
    expect(() => click(w, 'subkoor', 'setujui')).toThrow('Riwayat tidak dapat ditulis.');
    expect(w.register.rows[0]).toEqual(before);
    expect(w.schedule.bookings).toEqual([]);
    w.history.append = append;
    expect(click(w, 'subkoor', 'setujui')).toMatchObject({ ok: true });
    expect(w.schedule.bookings.map((b) => b.resource)).toEqual(['Zoom Kominfo 1']);
  });

  it('register write fails at "buat rapat": no meeting is made and the row stays as it was', () => {
    const w = bandung();
    expect(click(w, 'subkoor', 'setujui')).toMatchObject({ ok: true });
    expect(click(w, 'subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toMatchObject({
      ok: true,
    });
    const before = structuredClone(w.register.rows[0]);
    const records = w.history.records.length;
    const write = w.register.write;
    w.register.write = () => {
      throw new Error('Register terkunci.');
    };
    expect(() => click(w, 'operator', 'buat_rapat')).toThrow('Register terkunci.');
    expect(w.meetings.size).toBe(0);
    expect(w.register.rows[0]).toEqual(before);
    expect(w.history.records).toHaveLength(records);
    w.register.write = write;
  });

  it('register write fails at "batalkan": the meeting is not deleted and the row stays as it was', () => {
    const w = bandung();
    click(w, 'subkoor', 'setujui');
    click(w, 'subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    click(w, 'operator', 'buat_rapat');
    const before = structuredClone(w.register.rows[0]);
    const bookings = structuredClone(w.schedule.bookings);
    const write = w.register.write;
    w.register.write = () => {
      throw new Error('Register terkunci.');
    };
    expect(() => click(w, 'operator', 'batalkan', { note: 'Batal.' })).toThrow('Register terkunci.');
    expect(w.deleted).toEqual([]);
    expect(w.schedule.bookings).toEqual(bookings);
    w.register.write = write;
    expect(w.register.rows[0]).toEqual(before);
  });

  it("the outcome's write fails after the meeting was made: the step stays recorded and the meeting is listed as pending", () => {
    const w = bandung();
    click(w, 'subkoor', 'setujui');
    click(w, 'subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    const write = w.register.write;
    let calls = 0;
    w.register.write = (stored, live) => {
      calls += 1;
      if (calls === 2) throw new Error('Sheets sibuk.');
      write(stored, live);
    };
    const r = click(w, 'operator', 'buat_rapat');
    expect(r).toMatchObject({ ok: true, value: { message: expect.stringMatching(/tertunda.*Sheets sibuk/) } });
    expect(w.register.rows[0]).toMatchObject({ stepId: 'kirim_tautan', meetingId: '' });
    expect(w.register.rows[0].pending.map((p) => p.split('|')[1]).slice(-2)).toEqual([
      'VC-2026-0001:v7:create_meeting',
      'VC-2026-0001:v7:notify_role',
    ]);
    expect([...w.meetings.keys()]).toEqual(['7001']);
  });

  it('refuses, before anything happens, a row one Sheets cell cannot hold', () => {
    const w = bandung();
    w.register.rows[0].notes = 'x'.repeat(50000);
    const before = structuredClone(w.register.rows[0]);
    const r = click(w, 'subkoor', 'setujui');
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/terlalu panjang untuk satu sel Sheets \(50001 karakter/),
    });
    expect(w.register.rows[0]).toEqual(before);
    expect(w.schedule.bookings).toEqual([]);
  });
});

describe('effect parameters', () => {
  it('only release carries the slot held before the click', () => {
    const w = bandung();
    w.deps.effects = {};
    click(w, 'subkoor', 'setujui');
    const params = w.register.rows[0].pending.map((p) => JSON.parse(p.split('|').slice(2).join('|')));
    // Intake notifies the first role and receipts the applicant; each click notifies the next
    // role; the approval books the slot and tells the applicant it was approved.
    expect(w.register.rows[0].pending.map((p) => p.split('|')[0])).toEqual([
      'notify_role',
      'notify_applicant',
      'notify_role',
      'notify_role',
      'notify_role',
      'reserve',
      'notify_applicant',
      'notify_role',
    ]);
    expect(params.filter((p) => 'template' in p).map((p) => p.template)).toEqual(['diterima', 'disetujui']);
    for (const p of params) expect(p).not.toHaveProperty('fromDate');
  });
});

describe('rescheduling', () => {
  it('frees the old slot, books the new one, and records the new time', () => {
    const w = bandung();
    click(w, 'subkoor', 'setujui');
    click(w, 'subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    click(w, 'operator', 'buat_rapat');
    const moved = click(w, 'operator', 'ubah_jadwal', {
      note: 'Pemohon minta pindah.',
      alternative: { date: '2026-12-01', start: '13:00', end: '14:00' },
    });
    expect(moved).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ eventDate: '2026-12-01', startTime: '13:00', endTime: '14:00' });
    expect(new Set(w.schedule.bookings.map((b) => b.start.toISOString()))).toEqual(
      new Set(['2026-12-01T06:00:00.000Z']),
    );
    expect(w.schedule.bookings.map((b) => b.resource).sort()).toEqual(['Zoom Kominfo 1', 'operator@kominfo.go.id']);
  });
});

describe('the result message and the detail', () => {
  it('names the action, and counts effects still pending', () => {
    const w = world();
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    expect(click(w, 'kadis', 'disposisi')).toMatchObject({
      ok: true,
      value: {
        // Without handlers: intake's notice and receipt, and this click's notice.
        message: `Disposisikan ke Kepala Bidang: tercatat untuk ${ID}. 3 efek masih tertunda dan akan dicoba lagi.`,
        detail: { id: ID, version: 2, status: 'Menunggu Disposisi Kepala Bidang' },
      },
    });
    w.deps.effects = { notify_role: () => ({ status: 'done', note: 'terkirim' }) };
    w.register.rows[0].pending = [];
    expect(click(w, 'kabid', 'disposisi')).toMatchObject({
      ok: true,
      value: { message: `Disposisikan ke Subkoor: tercatat untuk ${ID}.` },
    });
  });

  it('requestDetail: any active official may read; strangers and unknown numbers are refused', () => {
    const w = world();
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    w.as('operator@kominfo.go.id');
    expect(requestDetail(w.deps, ID)).toMatchObject({ ok: true, value: { id: ID, actions: [] } });
    const detail = requestDetail(w.deps, ID);
    expect(detail.ok && detail.value.timeline.map((t) => t.action)).toEqual([
      'formulir diterima',
      'memberi tahu petugas',
      'memberi tahu pemohon',
    ]);
    w.as('kadis@kominfo.go.id');
    expect(requestDetail(w.deps, ID)).toMatchObject({ ok: true, value: { actions: [{ id: 'disposisi' }] } });
    expect(requestDetail(w.deps, '')).toEqual({ ok: false, error: 'Nomor permohonan tidak terbaca.' });
    expect(requestDetail(w.deps, 7 as unknown as string)).toEqual({
      ok: false,
      error: 'Nomor permohonan tidak terbaca.',
    });
    expect(requestDetail(w.deps, 'VC-2026-0404')).toEqual({
      ok: false,
      error: 'Permohonan VC-2026-0404 tidak ditemukan di Register.',
    });
    w.as('orang@luar.id');
    expect(requestDetail(w.deps, ID)).toMatchObject({ ok: false, error: expect.stringContaining('tidak terdaftar') });
  });

  it('requestDetail of a request whose preset is gone still shows its fields, without actions', () => {
    const w = world();
    intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
    w.register.rows[0].presetId = '999-hilang';
    w.as('kadis@kominfo.go.id');
    // Its status as written in the Register, never the internal step id.
    expect(requestDetail(w.deps, ID)).toMatchObject({
      ok: true,
      value: { actions: [], stepLabel: 'Menunggu Disposisi Kepala Dinas' },
    });
  });
});
