import { applyAction, actionsFor, canAct, enterStart, resubmit, STALE_REASON } from '../../../src/core/sop/engine';
import type { ActionCommand } from '../../../src/core/sop/engine';
import { BANDUNG, SINGKAWANG, TARAKAN } from '../../../src/core/sop/presets';
import type { ActionInput, Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { after, makeActor, makeFields, makeRequest, T0 } from './fixtures';

function at(preset: Preset, stepId: string, overrides: Partial<VcRequest> = {}): VcRequest {
  return { ...enterStart(makeRequest(), preset, T0, true), stepId, version: 4, ...overrides };
}

function cmd(request: VcRequest, action: string, input: ActionInput = {}): ActionCommand {
  return { requestId: request.id, action, expectedVersion: request.version, input };
}

const later = after(T0, 30);

describe('refusals', () => {
  test('an unknown request id is not_found', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    expect(
      applyAction(r, BANDUNG, { ...cmd(r, 'disposisi'), requestId: 'VC-2026-9999' }, makeActor(['kadis']), later),
    ).toEqual({ ok: false, code: 'not_found', reason: 'Permintaan VC-2026-9999 tidak ditemukan.' });
  });

  test('a stale version is reported as stale, before role, step or terminal checks', () => {
    const r = at(BANDUNG, 'selesai');
    const stale = { ...cmd(r, 'nonexistent'), expectedVersion: 3 };
    expect(applyAction(r, BANDUNG, stale, makeActor(['tamu']), later)).toEqual({
      ok: false,
      code: 'stale',
      reason: STALE_REASON,
    });
    expect(STALE_REASON).toBe('Permintaan sudah diperbarui, muat ulang.');
  });

  test('the wrong role is refused, naming the role that should act', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    const out = applyAction(r, BANDUNG, cmd(r, 'disposisi'), makeActor(['kabid']), later);
    expect(out).toEqual({
      ok: false,
      code: 'wrong_role',
      reason: 'Langkah ini dikerjakan oleh Kepala Dinas; Anda tidak memegang peran itu, juga tidak sebagai Plh.',
    });
  });

  test('an action of another step is wrong_step; an invented one is unknown_action', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    expect(applyAction(r, BANDUNG, cmd(r, 'setujui'), makeActor(['kadis']), later)).toEqual({
      ok: false,
      code: 'wrong_step',
      reason: 'Tindakan "Izinkan" tidak tersedia pada tahap "Menunggu Disposisi Kepala Dinas".',
    });
    expect(applyAction(r, BANDUNG, cmd(r, 'terbang'), makeActor(['kadis']), later)).toMatchObject({
      ok: false,
      code: 'unknown_action',
    });
  });

  test('a finished request offers nothing', () => {
    const r = at(BANDUNG, 'ditolak');
    expect(applyAction(r, BANDUNG, cmd(r, 'setujui'), makeActor(['subkoor']), later)).toEqual({
      ok: false,
      code: 'terminal',
      reason: 'Permintaan sudah berstatus "Ditolak"; tidak ada tindakan lagi.',
    });
    expect(actionsFor(r, BANDUNG, makeActor(['subkoor'], { isAdmin: true }))).toEqual([]);
  });

  test.each([
    ['tolak', 'izin_subkoor', 'subkoor', {}, 'Tindakan "Tidak Diizinkan" memerlukan: alasan/catatan.'],
    ['tolak', 'izin_subkoor', 'subkoor', { note: '   ' }, 'Tindakan "Tidak Diizinkan" memerlukan: alasan/catatan.'],
    [
      'tugaskan_operator',
      'tunjuk_operator',
      'subkoor',
      {},
      'Tindakan "Tunjuk Operator" memerlukan: operator yang ditugaskan.',
    ],
    ['batalkan', 'izin_subkoor', 'subkoor', {}, 'Tindakan "Batalkan Permohonan" memerlukan: alasan/catatan.'],
  ])('%s without its input is missing_input', (action, stepId, role, input, reason) => {
    const r = at(BANDUNG, stepId);
    expect(applyAction(r, BANDUNG, cmd(r, action, input), makeActor([role]), later)).toEqual({
      ok: false,
      code: 'missing_input',
      reason,
    });
  });

  test('jadwal_penuh, kembalikan_draf and tawarkan_alternatif name what is missing', () => {
    const full = at(TARAKAN, 'cek_jadwal');
    expect(applyAction(full, TARAKAN, cmd(full, 'jadwal_penuh'), makeActor(['subkoor']), later)).toMatchObject({
      code: 'missing_input',
      reason: expect.stringContaining('alasan'),
    });
    const review = at(TARAKAN, 'telaah_kabid');
    expect(applyAction(review, TARAKAN, cmd(review, 'kembalikan_draf'), makeActor(['kabid']), later)).toMatchObject({
      code: 'missing_input',
    });
    const clash = at(SINGKAWANG, 'info_bentrok');
    expect(applyAction(clash, SINGKAWANG, cmd(clash, 'tawarkan_alternatif'), makeActor(['subkoor']), later)).toEqual({
      ok: false,
      code: 'missing_input',
      reason: 'Tindakan "Tawarkan Waktu Alternatif" memerlukan: usulan waktu alternatif.',
    });
  });

  test.each([
    [{ date: '2026-03-21', start: '15:00', end: '15:00' }, 'Jam selesai alternatif harus setelah jam mulai.'],
    [{ date: '2026-03-21', start: '15:00', end: '13:00' }, 'Jam selesai alternatif harus setelah jam mulai.'],
    [
      { date: '21-03-2026', start: '13:00', end: '15:00' },
      'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).',
    ],
    [
      { date: '2026-02-30', start: '13:00', end: '15:00' },
      'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).',
    ],
    [{ date: '2026-03-21', start: '9:00', end: '15:00' }, 'Jam alternatif harus berformat JJ:MM (misalnya 09:30).'],
    [{ date: '2026-03-21', start: '13:00', end: '24:00' }, 'Jam alternatif harus berformat JJ:MM (misalnya 09:30).'],
    [{ date: '2026-03-01', start: '13:00', end: '15:00' }, 'Tanggal alternatif sudah lewat.'],
  ])('alternative %j is invalid_input', (alternative, reason) => {
    const r = at(SINGKAWANG, 'info_bentrok');
    expect(
      applyAction(r, SINGKAWANG, cmd(r, 'tawarkan_alternatif', { alternative }), makeActor(['subkoor']), later),
    ).toEqual({ ok: false, code: 'invalid_input', reason });
  });

  test('"today" for an alternative is the office date, not the UTC date', () => {
    const r = at(SINGKAWANG, 'info_bentrok');
    const lateEveningUtc = new Date('2026-03-01T18:00:00Z');
    const out = applyAction(
      r,
      SINGKAWANG,
      cmd(r, 'tawarkan_alternatif', { alternative: { date: '2026-03-01', start: '13:00', end: '15:00' } }),
      makeActor(['subkoor']),
      lateEveningUtc,
    );
    expect(out).toMatchObject({ ok: false, reason: 'Tanggal alternatif sudah lewat.' });
  });

  test('an operator that is not an email is invalid_input', () => {
    const r = at(BANDUNG, 'tunjuk_operator');
    expect(
      applyAction(r, BANDUNG, cmd(r, 'tugaskan_operator', { operator: 'Budi' }), makeActor(['subkoor']), later),
    ).toEqual({
      ok: false,
      code: 'invalid_input',
      reason: 'Operator harus berupa alamat email; pilih dari daftar operator.',
    });
  });

  test('a link is required only where the action asks for it, for platform Lainnya, to a known meeting service', () => {
    const withLink: Preset = JSON.parse(JSON.stringify(BANDUNG));
    withLink.steps.find((s) => s.id === 'buat_rapat')!.actions[0].requires = ['link'];
    const r = at(withLink, 'buat_rapat', { platform: 'lainnya' });
    const op = makeActor(['operator']);
    expect(applyAction(r, withLink, cmd(r, 'buat_rapat'), op, later)).toMatchObject({
      code: 'missing_input',
      reason: expect.stringContaining('tautan rapat'),
    });
    const bad: Array<[string, RegExp]> = [
      ['zoom.us/j/1', /https:\/\//],
      ['http://meet.google.com/abc-defg-hij', /https:\/\//],
      ['https://evil.example/j/1', /"evil\.example" tidak termasuk/],
      ['https://us06web.zoom.us/s/1?zak=x', /start URL/],
    ];
    for (const [link, reason] of bad)
      expect(applyAction(r, withLink, cmd(r, 'buat_rapat', { link }), op, later)).toMatchObject({
        code: 'invalid_input',
        reason: expect.stringMatching(reason),
      });
    const ok = applyAction(
      r,
      withLink,
      cmd(r, 'buat_rapat', { link: ' https://meet.google.com/abc-defg-hij ' }),
      op,
      later,
    );
    expect(ok).toMatchObject({
      ok: true,
      request: { joinUrl: 'https://meet.google.com/abc-defg-hij' },
      history: { note: 'Tautan rapat dicatat: https://meet.google.com/abc-defg-hij' },
    });
    const zoom = at(withLink, 'buat_rapat', { platform: 'zoom' });
    expect(
      applyAction(zoom, withLink, cmd(zoom, 'buat_rapat', { link: 'https://meet.google.com/abc' }), op, later),
    ).toMatchObject({ code: 'invalid_input', reason: expect.stringContaining('platform Lainnya') });
    expect(applyAction(at(BANDUNG, 'buat_rapat'), BANDUNG, cmd(r, 'buat_rapat'), op, later)).toMatchObject({
      ok: true,
    });
  });

  test('a field the action does not declare is refused in Indonesian, never dropped', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    const kadis = makeActor(['kadis']);
    const refuse = (input: Record<string, unknown>) =>
      applyAction(r, BANDUNG, cmd(r, 'disposisi', input as ActionInput), kadis, later);
    expect(refuse({ link: 'https://meet.google.com/abc', host: 'Zoom 2' })).toEqual({
      ok: false,
      code: 'invalid_input',
      reason:
        'Tindakan "Disposisikan ke Kepala Bidang" tidak menerima tautan rapat, akun host. Isian itu ditolak, tidak ada yang diubah; muat ulang panel lalu coba lagi.',
    });
    expect(refuse({ operator: 'orang@luar.id' })).toMatchObject({
      reason: expect.stringContaining('operator yang ditugaskan'),
    });
    expect(refuse(JSON.parse('{"__proto__": {"x": 1}}'))).toMatchObject({
      reason: expect.stringContaining('isian lain yang tidak dikenal'),
    });
    expect(refuse({ documentation: { notulen: 'x' } })).toMatchObject({ code: 'invalid_input' });
    expect(refuse({ note: 'Segera.', link: undefined })).toMatchObject({ ok: true });
  });

  test("Singkawang's SRIKANDI number and test time are fields of their own steps only, typed and bounded", () => {
    const tu = makeActor(['tu']);
    const entry = at(SINGKAWANG, SINGKAWANG.start);
    const catat = (input: Record<string, unknown>) =>
      applyAction(entry, SINGKAWANG, cmd(entry, 'catat', input as ActionInput), tu, later);
    expect(catat({ srikandiNumber: 'B/12/DISKOMINFO/2026' })).toMatchObject({ ok: true });
    expect(catat({ srikandiNumber: 12 })).toMatchObject({ reason: expect.stringMatching(/tidak terbaca/) });
    expect(catat({ srikandiNumber: 'B/1', testTime: { date: '2026-12-01', time: '08:00' } })).toMatchObject({
      code: 'invalid_input',
      reason: expect.stringContaining('tidak menerima waktu uji koneksi.'),
    });
    const k = at(BANDUNG, 'disposisi_kadis');
    expect(
      applyAction(k, BANDUNG, cmd(k, 'disposisi', { srikandiNumber: 'B/1' }), makeActor(['kadis']), later),
    ).toMatchObject({ reason: expect.stringContaining('tidak menerima nomor SRIKANDI.') });
  });

  test('texts and structures are bounded and typed: a note over the limit, a non-string, a huge documentation', () => {
    const r = at(BANDUNG, 'izin_subkoor');
    const subkoor = makeActor(['subkoor']);
    const tolak = (input: Record<string, unknown>) =>
      applyAction(r, BANDUNG, cmd(r, 'tolak', input as ActionInput), subkoor, later);
    expect(tolak({ note: 'x'.repeat(1000) })).toMatchObject({ ok: true });
    expect(tolak({ note: 'x'.repeat(1001) })).toEqual({
      ok: false,
      code: 'invalid_input',
      reason: 'Catatan terlalu panjang: 1001 karakter, paling banyak 1000. Ringkas isiannya.',
    });
    expect(tolak({ note: 42 })).toMatchObject({ reason: expect.stringMatching(/tidak terbaca/) });
    const s = at(SINGKAWANG, 'laporan');
    const tim = makeActor(['tim']);
    const upload = (documentation: unknown) =>
      applyAction(s, SINGKAWANG, cmd(s, 'unggah_laporan', { documentation } as ActionInput), tim, later);
    expect(upload({ laporan: 'y'.repeat(2001) })).toMatchObject({ reason: expect.stringContaining('terlalu panjang') });
    expect(upload(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'x'])))).toMatchObject({
      reason: expect.stringMatching(/tidak terbaca/),
    });
    expect(upload({ 'bad key': 'x' })).toMatchObject({ reason: expect.stringMatching(/tidak terbaca/) });
    expect(upload(['x'])).toMatchObject({ reason: expect.stringMatching(/tidak terbaca/) });
    expect(upload({ laporan: 'https://drive/laporan' })).toMatchObject({ ok: true });
  });

  test('a request of another preset, or at a step the preset lacks, is broken_preset', () => {
    const other = at(BANDUNG, 'disposisi_kadis', { presetId: '001-tarakan' });
    expect(applyAction(other, BANDUNG, cmd(other, 'disposisi'), makeActor(['kadis']), later)).toMatchObject({
      code: 'broken_preset',
    });
    const lost = at(BANDUNG, 'langkah_hilang');
    expect(applyAction(lost, BANDUNG, cmd(lost, 'disposisi'), makeActor(['kadis']), later)).toMatchObject({
      code: 'broken_preset',
    });
    const broken: Preset = JSON.parse(JSON.stringify(BANDUNG));
    broken.steps[0].actions[0].to = 'entah';
    const r = at(broken, 'disposisi_kadis');
    expect(applyAction(r, broken, cmd(r, 'disposisi'), makeActor(['kadis']), later)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Tindakan "Disposisikan ke Kepala Bidang" menuju langkah "entah" yang tidak ada. Hubungi admin.',
    });
  });
});

describe('who may act', () => {
  const plh = makeActor(['kabid'], { name: 'Agus', delegated: [{ role: 'kadis', forName: 'Yayan' }] });

  test('a Plh acts at the delegated step and is recorded "sebagai Plh <peran>"', () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    expect(canAct(r, BANDUNG, plh)).toEqual({ ok: true, asLabel: 'Agus sebagai Plh Kepala Dinas' });
    expect(actionsFor(r, BANDUNG, plh).map((a) => a.id)).toEqual(['disposisi']);
    const out = applyAction(r, BANDUNG, cmd(r, 'disposisi'), plh, later);
    expect(out).toMatchObject({
      ok: true,
      history: { actorLabel: 'Agus sebagai Plh Kepala Dinas', actorEmail: plh.email },
    });
  });

  test('an official acting in their own role is recorded by name', () => {
    const r = at(BANDUNG, 'disposisi_kabid');
    expect(canAct(r, BANDUNG, plh)).toEqual({ ok: true, asLabel: 'Agus' });
  });

  test("no buttons for someone else's step, nor for the applicant's", () => {
    expect(actionsFor(at(BANDUNG, 'izin_subkoor'), BANDUNG, plh)).toEqual([]);
    const waiting = at(BANDUNG, 'perbaikan');
    expect(actionsFor(waiting, BANDUNG, makeActor(['kadis']))).toEqual([]);
    expect(canAct(waiting, BANDUNG, makeActor(['kadis']))).toEqual({
      ok: false,
      reason: 'Langkah ini menunggu pemohon memperbaiki permohonan.',
    });
  });

  test('an admin without the role may only cancel, at any step, recorded "sebagai Admin"', () => {
    const admin = makeActor([], { name: 'Admin Kominfo', email: 'admin@kominfo.go.id', isAdmin: true });
    const r = at(BANDUNG, 'izin_subkoor');
    expect(actionsFor(r, BANDUNG, admin).map((a) => a.id)).toEqual(['batalkan']);
    expect(applyAction(r, BANDUNG, cmd(r, 'setujui'), admin, later)).toMatchObject({ code: 'wrong_role' });
    const out = applyAction(r, BANDUNG, cmd(r, 'batalkan', { note: 'Acara ditiadakan.' }), admin, later);
    expect(out).toMatchObject({
      ok: true,
      request: { stepId: 'dibatalkan' },
      history: { actorLabel: 'Admin Kominfo sebagai Admin' },
    });
    expect(actionsFor(at(BANDUNG, 'perbaikan'), BANDUNG, admin).map((a) => a.id)).toEqual(['batalkan']);
    expect(actionsFor(at(BANDUNG, 'disposisi_kadis'), BANDUNG, admin).map((a) => a.id)).toEqual(['batalkan']);
  });

  test("where the SOP lists no cancel, only an admin gets the engine's; the step's own role does not", () => {
    const r = at(BANDUNG, 'disposisi_kadis');
    const kadis = makeActor(['kadis']);
    expect(actionsFor(r, BANDUNG, kadis).map((a) => a.id)).toEqual(['disposisi']);
    expect(applyAction(r, BANDUNG, cmd(r, 'batalkan', { note: 'x' }), kadis, later)).toMatchObject({
      ok: false,
      code: 'wrong_role',
      reason: expect.stringContaining('hanya dapat dibatalkan oleh admin'),
    });
  });

  test('a cancel is refused once the event has started, and not offered then', () => {
    const admin = makeActor([], { isAdmin: true });
    const r = at(BANDUNG, 'pendampingan', { eventDate: '2026-03-02', startTime: '08:30', endTime: '10:00' });
    const before = new Date('2026-03-02T01:29:00Z');
    const started = new Date('2026-03-02T01:30:00Z');
    expect(applyAction(r, BANDUNG, cmd(r, 'batalkan', { note: 'x' }), admin, before)).toMatchObject({ ok: true });
    expect(applyAction(r, BANDUNG, cmd(r, 'batalkan', { note: 'x' }), admin, started)).toMatchObject({
      ok: false,
      code: 'too_late',
    });
    expect(actionsFor(r, BANDUNG, admin, { now: started, zone: 'Asia/Jakarta' })).toEqual([]);
  });

  test('a request being closed (its close effect pending) takes no action at all', () => {
    const r = at(BANDUNG, 'pendampingan', { pending: ['close|VC-2026-0001:v9:close|{}'] });
    const admin = makeActor(['operator'], { isAdmin: true });
    expect(actionsFor(r, BANDUNG, admin)).toEqual([]);
    expect(applyAction(r, BANDUNG, cmd(r, 'selesai'), admin, later)).toMatchObject({ ok: false, code: 'terminal' });
  });
});

describe('resubmit refusals', () => {
  const revision = { fields: makeFields(), problems: [], warnings: [] };

  test('only a request waiting for revision can be resubmitted', () => {
    expect(resubmit(at(BANDUNG, 'izin_subkoor'), BANDUNG, revision, later)).toMatchObject({
      ok: false,
      code: 'wrong_step',
    });
  });

  test('a revision step without "ajukan_ulang" or another preset is broken_preset', () => {
    const broken: Preset = JSON.parse(JSON.stringify(BANDUNG));
    broken.steps.find((s) => s.id === 'perbaikan')!.actions.shift();
    expect(resubmit(at(broken, 'perbaikan'), broken, revision, later)).toMatchObject({
      ok: false,
      code: 'broken_preset',
    });
    expect(resubmit(at(BANDUNG, 'perbaikan', { presetId: 'x' }), BANDUNG, revision, later)).toMatchObject({
      code: 'broken_preset',
    });
  });

  test('enterStart refuses a preset without its start step', () => {
    expect(() => enterStart(makeRequest(), { ...BANDUNG, start: 'tidak_ada' }, T0, true)).toThrow(
      'tidak punya langkah "tidak_ada"',
    );
  });
});
