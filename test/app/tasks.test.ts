/** "Tugas saya": which requests wait for the caller, in what order, with how much time left. */
import { intake } from '../../src/app/intake';
import { submitLetter } from '../../src/app/incoming-letter';
import { eventLabel, sidebarState } from '../../src/app/tasks';
import { makeRequest } from '../core/sop/fixtures';
import { validAnswers } from '../fixtures/answers';
import { validLetter } from '../fixtures/letter';
import { world, type TestWorld } from './fakes';

const submit = (w: TestWorld, ref: string, over: Record<string, string> = {}) =>
  intake(w.deps, { answers: validAnswers(over), responseRef: ref, receivedAt: w.now.t, source: 'form' });

function stateOf(w: TestWorld, email: string) {
  w.as(email);
  const s = sidebarState(w.deps);
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

describe('sidebarState', () => {
  it('lists the requests at the caller’s steps, oldest first, with the time left against the standard', () => {
    const w = world();
    submit(w, 'r1', { 'Judul kegiatan': 'Rapat A' });
    w.now.t = new Date('2026-11-23T02:03:00Z');
    submit(w, 'r2');
    w.now.t = new Date('2026-11-23T02:07:00Z');
    const kadis = stateOf(w, 'kadis@kominfo.go.id');
    expect(kadis.tasks.map((t) => [t.id, t.minutesLeft, t.overdue])).toEqual([
      ['VC-2026-0001', -2, true],
      ['VC-2026-0002', 1, false],
    ]);
    expect(kadis.tasks[0]).toEqual({
      id: 'VC-2026-0001',
      title: 'Rapat A',
      agency: 'Dinas Pendidikan',
      eventLabel: 'Senin, 30 November 2026 · 09.00–11.30 WIB',
      stepLabel:
        'Kepala Dinas menerima surat permohonan dari Instansi/pemohon dan mendisposisikan kepada kepala bidang',
      status: 'Menunggu Disposisi Kepala Dinas',
      since: '2026-11-23T02:00:00.000Z',
      minutesLeft: -2,
      overdue: true,
      version: 1,
      clash: 'Waktunya bersamaan dengan VC-2026-0002; pastikan akun dan ruang cukup sebelum menyetujui.',
      missed: false,
    });
    expect(stateOf(w, 'kabid@kominfo.go.id').tasks).toEqual([]);
  });

  it('orders by urgency: overdue or clashing first, then the soonest event; a passed event is "Terlewat"', () => {
    const w = world();
    submit(w, 'r1', { 'Judul kegiatan': 'Jauh', 'Tanggal kegiatan': '2026-12-10' });
    submit(w, 'r2', { 'Judul kegiatan': 'Dekat', 'Tanggal kegiatan': '2026-11-26' });
    submit(w, 'r3', { 'Judul kegiatan': 'Lusa', 'Tanggal kegiatan': '2026-11-25' });
    submit(w, 'r4', { 'Judul kegiatan': 'Bersamaan', 'Tanggal kegiatan': '2026-12-10', 'Jam mulai': '10:00' });
    const order = () => stateOf(w, 'kadis@kominfo.go.id').tasks.map((t) => [t.title, t.clash !== '', t.missed]);
    expect(order()).toEqual([
      ['Jauh', true, false],
      ['Bersamaan', true, false],
      ['Lusa', false, false],
      ['Dekat', false, false],
    ]);
    // 25 November 12:00 WIB: the Lusa meeting (09:00–11:30) has passed without being handled.
    w.now.t = new Date('2026-11-25T05:00:00Z');
    const tasks = stateOf(w, 'kadis@kominfo.go.id').tasks;
    expect(tasks.find((t) => t.title === 'Lusa')).toMatchObject({ missed: true, minutesLeft: null, clash: '' });
    expect(stateOf(w, 'admin@kominfo.go.id').tasks.map((t) => [t.title, t.missed])).toEqual([['Lusa', true]]);
  });

  it('a request that is exactly at its standard time is not yet overdue', () => {
    const w = world();
    submit(w, 'r1');
    w.now.t = new Date('2026-11-23T02:05:00Z');
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks[0]).toMatchObject({ minutesLeft: 0, overdue: false });
  });

  it('breaks ties of the same time by request number', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2');
    w.register.rows.reverse();
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks.map((t) => t.id)).toEqual(['VC-2026-0001', 'VC-2026-0002']);
  });

  it('shows a Plh their substitute’s tasks on the days of the delegation, and says so in "me"', () => {
    const w = world();
    submit(w, 'r1');
    w.delegations.push({
      role: 'kadis',
      substitute: 'kabid@kominfo.go.id',
      forName: 'Budi',
      from: '2026-11-23',
      to: '2026-11-23',
    });
    const plh = stateOf(w, 'kabid@kominfo.go.id');
    expect(plh.tasks.map((t) => t.id)).toEqual(['VC-2026-0001']);
    expect(plh.me).toEqual({
      email: 'kabid@kominfo.go.id',
      name: 'Petugas Kabid Diseminasi',
      roles: ['Kabid Diseminasi'],
      isAdmin: false,
      delegations: ['Plh Kepala Dinas (untuk Budi)'],
    });
    w.delegations[0].forName = '';
    expect(stateOf(w, 'kabid@kominfo.go.id').me.delegations).toEqual(['Plh Kepala Dinas']);
    w.now.t = new Date('2026-11-23T17:00:00Z');
    expect(stateOf(w, 'kabid@kominfo.go.id').tasks).toEqual([]);
  });

  it('leaves out finished requests, requests waiting for the applicant, and unknown presets', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2', { Email: 'salah' });
    submit(w, 'r3');
    w.register.rows[2].presetId = '999-hilang';
    Object.assign(w.register.rows[0], { stepId: 'dibatalkan', status: 'Dibatalkan' });
    expect(w.register.rows[1].stepId).toBe('perbaikan');
    for (const role of ['kadis', 'subkoor', 'admin']) expect(stateOf(w, `${role}@kominfo.go.id`).tasks).toEqual([]);
  });

  it('warns of a clash only with requests still in the flow: not a finished one, nor one of an unknown flow', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2');
    submit(w, 'r3');
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks.map((t) => t.clash)).toEqual([
      'Waktunya bersamaan dengan VC-2026-0002, VC-2026-0003; pastikan akun dan ruang cukup sebelum menyetujui.',
      'Waktunya bersamaan dengan VC-2026-0001, VC-2026-0003; pastikan akun dan ruang cukup sebelum menyetujui.',
      'Waktunya bersamaan dengan VC-2026-0001, VC-2026-0002; pastikan akun dan ruang cukup sebelum menyetujui.',
    ]);
    Object.assign(w.register.rows[0], { stepId: 'selesai', status: 'Selesai' });
    w.register.rows[1].presetId = '999-hilang';
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks.map((t) => [t.id, t.clash])).toEqual([['VC-2026-0003', '']]);
  });

  it('gives a letter without the applicant’s email to whoever follows up: TU where the flow has TU, else an admin', () => {
    const followUp = (presetId: string, enteredBy: string) => {
      const w = world({ presetId });
      w.as(enteredBy);
      expect(submitLetter(w.deps, validLetter({ email: '' }))).toMatchObject({ ok: true });
      return (email: string) => stateOf(w, email).tasks.map((t) => [t.id, t.title, t.stepLabel]);
    };
    const waiting = [['VC-2026-0001', 'Rapat RKPD', 'Perlu tindak lanjut TU: email pemohon belum ada']];
    const bandungCards = followUp('000-bandung', 'admin@kominfo.go.id');
    expect(bandungCards('admin@kominfo.go.id')).toEqual(waiting);
    expect(bandungCards('kadis@kominfo.go.id')).toEqual([]);
    const singkawangCards = followUp('002-singkawang', 'tu@kominfo.go.id');
    expect(singkawangCards('tu@kominfo.go.id')).toEqual(waiting);
    expect(singkawangCards('admin@kominfo.go.id')).toEqual(waiting);
    expect(singkawangCards('kadis@kominfo.go.id')).toEqual([]);
  });

  it('tells only an admin about unreadable rows of Pengguna', () => {
    const w = world();
    const read = w.deps.config.users();
    w.deps.config.users = () => ({ ...read, problems: ['Pengguna baris 7: email tidak valid.'] });
    expect(stateOf(w, 'kadis@kominfo.go.id').problem).toBeNull();
    expect(stateOf(w, 'admin@kominfo.go.id').problem).toBe('Pengguna baris 7: email tidak valid.');
  });

  it('a title blanked by hand in the Register shows as "(tanpa judul)"', () => {
    const w = world();
    submit(w, 'r1');
    w.register.rows[0].title = '';
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks[0].title).toBe('(tanpa judul)');
  });

  it('a step without a standard time, or an unreadable start, has no countdown', () => {
    const w = world();
    submit(w, 'r1');
    submit(w, 'r2');
    w.register.rows[0].stepSince = 'kemarin';
    Object.assign(w.register.rows[1], { stepId: 'pendampingan', status: 'Menunggu Pelaksanaan' });
    w.now.t = new Date('2026-11-30T02:00:00Z');
    expect(stateOf(w, 'kadis@kominfo.go.id').tasks[0]).toMatchObject({ minutesLeft: null, overdue: false });
    expect(stateOf(w, 'operator@kominfo.go.id').tasks[0]).toMatchObject({
      id: 'VC-2026-0002',
      minutesLeft: null,
      overdue: false,
    });
  });

  it('describes the office, and a problem to fix in Pengaturan', () => {
    const w = world({ officeName: 'Diskominfo Kota Contoh', timeZone: 'Asia/Jayapura' });
    expect(stateOf(w, 'admin@kominfo.go.id')).toMatchObject({
      office: {
        name: 'Diskominfo Kota Contoh',
        timeZone: 'Asia/Jayapura',
        zone: 'WIT',
        presetName: 'Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting',
      },
      problem: null,
      me: { isAdmin: true, roles: [], delegations: [] },
    });
    const settings = w.deps.config.settings().settings;
    w.deps.config.settings = () => ({
      settings,
      problems: ['Durasi maksimal: "x" bukan angka 1–24.', 'Zona waktu salah.'],
    });
    expect(stateOf(w, 'admin@kominfo.go.id').problem).toBe('Durasi maksimal: "x" bukan angka 1–24. Zona waktu salah.');
    const broken = { ...settings, presetId: '999-x' };
    w.deps.config.settings = () => ({ settings: broken, problems: ['Zona waktu salah.'] });
    expect(stateOf(w, 'admin@kominfo.go.id')).toMatchObject({
      office: { presetName: '—' },
      problem: 'Alur SOP "999-x" tidak dikenal. Pilih salah satu alur di sheet Pengaturan.',
      me: { roles: [] },
    });
  });

  it('refuses a caller who is not an active official', () => {
    const w = world();
    w.as('orang@luar.id');
    expect(sidebarState(w.deps)).toEqual({
      ok: false,
      error: 'orang@luar.id tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    });
  });
});

describe('eventLabel', () => {
  it('says what is known of the date and time', () => {
    expect(eventLabel(makeRequest(), 'Asia/Makassar')).toBe('Jumat, 20 Maret 2026 · 09.00–11.00 WITA');
    expect(eventLabel(makeRequest({ endTime: '' }), 'Asia/Jakarta')).toBe('Jumat, 20 Maret 2026');
    expect(eventLabel(makeRequest({ startTime: '' }), 'Asia/Jakarta')).toBe('Jumat, 20 Maret 2026');
    expect(eventLabel(makeRequest({ eventDate: '' }), 'Asia/Jakarta')).toBe('Tanggal belum jelas');
  });
});
