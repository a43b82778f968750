/**
 * "Tes koneksi" (checkZoom) over a small fake Zoom account: the exact Indonesian report an admin
 * reads for each outcome (credentials missing or refused, Zoom busy, scopes missing, hosts missing
 * or absent from Zoom, all in order), that no credential or token ever appears in it, and that a
 * check asks Zoom only to read and records nothing but the time of a check that passed.
 */
import { ZOOM_CHECKED_KEY } from '../../src/app/failures';
import { checkZoom } from '../../src/app/zoom-check';
import { world } from './fakes';
import { memoryState } from './fakes-hourly';
import { memoryZoom, type ZoomCredentials } from './fakes-zoom';

const APP: ZoomCredentials = {
  accountId: 'kAcc7Qw2RtYu',
  clientId: 'cl1entXz9Pq',
  clientSecret: 'S3cr3tZoomKantor42xyz',
};

/** Every granular scope a new Server-to-Server app adds for this product. */
const GRANULAR = [
  'meeting:write:meeting:admin',
  'meeting:read:meeting:admin',
  'meeting:update:meeting:admin',
  'meeting:delete:meeting:admin',
  'meeting:read:list_meetings:admin',
  'cloud_recording:read:list_recording_files:admin',
  'user:read:user:admin',
];

const ACCEPTED = 'Kredensial Zoom diterima: token dapat diterbitkan.';
const SCOPES_COMPLETE = 'Izin (scope) aplikasi Zoom lengkap.';

/**
 * An office whose Sumber Daya names `zoomUsers` (resource → host email; null: no resources at all),
 * its Script Properties, and a Zoom account with the app APP granting `scopes` and having `users`.
 */
function office(
  zoomUsers: Record<string, string> | null = { 'Zoom Kominfo 1': 'zoom1@kominfo.go.id' },
  scopes = GRANULAR,
  users = ['zoom1@kominfo.go.id'],
) {
  const w = world();
  const state = memoryState();
  w.deps.state = state;
  const inner = w.schedule;
  w.deps.schedule = zoomUsers ? { ...inner, inventory: () => ({ ...inner.inventory(), zoomUsers }) } : undefined;
  const zoom = memoryZoom(APP, scopes, users);
  const check = () => checkZoom(w.deps, zoom);
  return { w, state, zoom, check };
}

describe('checkZoom: when no token can be issued', () => {
  it('says the credentials are not filled in, without asking Zoom', () => {
    const o = office();
    o.zoom.saved = null;
    expect(o.check()).toEqual({
      ok: false,
      message: 'Kredensial Zoom belum diisi. Minta admin mengisinya di Pengaturan.',
    });
    expect(o.zoom.requests).toEqual([]);
  });

  it('says which credential Zoom refused, and looks up no host', () => {
    const o = office();
    o.zoom.saved = { ...APP, clientSecret: 'RahasiaLamaYangSalah77' };
    expect(o.check()).toEqual({
      ok: false,
      message: 'Kredensial Zoom ditolak (Client ID atau Client Secret salah). Minta admin memeriksanya di Pengaturan.',
    });
    o.zoom.saved = { ...APP, accountId: 'akunLainSalah01' };
    expect(o.check()).toEqual({
      ok: false,
      message:
        'Account ID Zoom ditolak. Salin ulang Account ID dari aplikasi Server-to-Server OAuth di Zoom App Marketplace ke Pengaturan.',
    });
    expect(o.zoom.requests).toEqual(['POST /oauth/token', 'POST /oauth/token']);
  });

  it('says Zoom is limiting requests and when to try again', () => {
    const o = office();
    o.zoom.rateLimit = { after: 0, seconds: 30 };
    expect(o.check()).toEqual({
      ok: false,
      message: 'Zoom sedang membatasi jumlah permintaan. Coba lagi dalam 30 detik.',
    });
    expect(o.zoom.requests).toEqual(['POST /oauth/token']);
  });
});

describe('checkZoom: scopes', () => {
  it('passes with every granular scope, or with the classic scopes of an older app', () => {
    const granular = office();
    expect(granular.check()).toEqual({
      ok: true,
      message: [
        ACCEPTED,
        SCOPES_COMPLETE,
        'Semua 1 akun host di Sumber Daya ada di akun Zoom: zoom1@kominfo.go.id.',
      ].join('\n'),
    });
    const classic = office(undefined, [
      'meeting:write:admin',
      'meeting:read:admin',
      'recording:read:admin',
      'user:read:admin',
    ]);
    const fromClassic = classic.check();
    expect(fromClassic.ok).toBe(true);
    expect(fromClassic.message.split('\n')[1]).toBe(SCOPES_COMPLETE);
  });

  it('names each missing scope with its purpose, still checks the hosts, and fails', () => {
    const o = office(
      undefined,
      GRANULAR.filter((s) => !/delete|recording/.test(s)),
    );
    expect(o.check()).toEqual({
      ok: false,
      message: [
        ACCEPTED,
        'Izin (scope) yang belum ada di aplikasi Zoom: meeting:delete:meeting:admin (untuk menghapus rapat); ' +
          'cloud_recording:read:list_recording_files:admin (untuk mengambil tautan rekaman cloud). ' +
          'Tambahkan di Zoom App Marketplace (aplikasi › Scopes), lalu tes lagi.',
        'Semua 1 akun host di Sumber Daya ada di akun Zoom: zoom1@kominfo.go.id.',
      ].join('\n'),
    });
    expect(o.zoom.requests).toEqual(['POST /oauth/token', 'GET /users/zoom1@kominfo.go.id']);
  });

  it('without the user scope, says the hosts cannot be checked and does not try', () => {
    const o = office(
      undefined,
      GRANULAR.filter((s) => !s.startsWith('user:')),
    );
    expect(o.check()).toEqual({
      ok: false,
      message: [
        ACCEPTED,
        'Izin (scope) yang belum ada di aplikasi Zoom: user:read:user:admin (untuk memeriksa akun host). ' +
          'Tambahkan di Zoom App Marketplace (aplikasi › Scopes), lalu tes lagi.',
        'Akun host belum dapat diperiksa: izin user:read:user:admin belum ada.',
      ].join('\n'),
    });
    expect(o.zoom.requests).toEqual(['POST /oauth/token']);
  });
});

describe('checkZoom: the hosts of Sumber Daya', () => {
  it('looks up each host once, trimmed, skipping resources without one, and lists them all', () => {
    const o = office(
      {
        'Zoom Kominfo 1': '  zoom1@kominfo.go.id ',
        'Zoom Kominfo 2': 'zoom2@kominfo.go.id',
        'Zoom Cadangan': 'zoom1@kominfo.go.id',
        'Ruang Rapat Utama': '   ',
      },
      GRANULAR,
      ['zoom1@kominfo.go.id', 'ZOOM2@kominfo.go.id'],
    );
    expect(o.check()).toEqual({
      ok: true,
      message: [
        ACCEPTED,
        SCOPES_COMPLETE,
        'Semua 2 akun host di Sumber Daya ada di akun Zoom: zoom1@kominfo.go.id, zoom2@kominfo.go.id.',
      ].join('\n'),
    });
    expect(o.zoom.requests).toEqual([
      'POST /oauth/token',
      'GET /users/zoom1@kominfo.go.id',
      'GET /users/zoom2@kominfo.go.id',
    ]);
  });

  it('fails when Sumber Daya has no Zoom host, or no resources at all', () => {
    const expected = {
      ok: false,
      message: [ACCEPTED, SCOPES_COMPLETE, 'Belum ada akun Zoom (host) di lembar Sumber Daya.'].join('\n'),
    };
    const none = office(null);
    expect(none.check()).toEqual(expected);
    expect(none.zoom.requests).toEqual(['POST /oauth/token']);
    const blank = office({ 'Zoom Kominfo 1': ' ' });
    expect(blank.check()).toEqual(expected);
    expect(blank.zoom.requests).toEqual(['POST /oauth/token']);
  });

  it('names each host Zoom does not have, and only those', () => {
    const o = office({
      'Zoom Kominfo 1': 'zoom1@kominfo.go.id',
      'Zoom Kominfo 2': 'zom2@kominfo.go.id',
      'Zoom Kominfo 3': 'zoom3@kominfo.go.id',
    });
    expect(o.check()).toEqual({
      ok: false,
      message: [
        ACCEPTED,
        SCOPES_COMPLETE,
        'Akun host zom2@kominfo.go.id tidak ada di akun Zoom kantor: periksa ejaan email di lembar Sumber Daya, atau tambahkan pengguna itu di Zoom.',
        'Akun host zoom3@kominfo.go.id tidak ada di akun Zoom kantor: periksa ejaan email di lembar Sumber Daya, atau tambahkan pengguna itu di Zoom.',
      ].join('\n'),
    });
  });

  it('says a host could not be checked when Zoom limits the lookups, and fails', () => {
    const o = office({ 'Zoom Kominfo 1': 'zoom1@kominfo.go.id', 'Zoom Kominfo 2': 'zoom2@kominfo.go.id' }, GRANULAR, [
      'zoom1@kominfo.go.id',
      'zoom2@kominfo.go.id',
    ]);
    o.zoom.rateLimit = { after: 2, seconds: 12 };
    expect(o.check()).toEqual({
      ok: false,
      message: [
        ACCEPTED,
        SCOPES_COMPLETE,
        'Akun host zoom2@kominfo.go.id belum dapat diperiksa: Zoom sedang membatasi jumlah permintaan. Coba lagi dalam 12 detik.',
      ].join('\n'),
    });
  });
});

describe('checkZoom: what a check leaves behind', () => {
  it('records the time of a check that passed, and nothing for one that failed', () => {
    const o = office();
    o.zoom.rateLimit = { after: 0, seconds: 5 };
    o.check();
    expect([...o.state.values]).toEqual([]);
    o.zoom.rateLimit = null;
    expect(o.check().ok).toBe(true);
    expect([...o.state.values]).toEqual([[ZOOM_CHECKED_KEY, '2026-11-23T02:00:00.000Z']]);
    o.w.now.t = new Date('2026-11-23T05:30:00Z');
    o.zoom.saved = null;
    expect(o.check().ok).toBe(false);
    const scopesMissing = office(undefined, GRANULAR.slice(1));
    const hostMissing = office(undefined, GRANULAR, []);
    for (const failed of [scopesMissing, hostMissing]) {
      expect(failed.check().ok).toBe(false);
      expect([...failed.state.values]).toEqual([]);
    }
    expect([...o.state.values]).toEqual([[ZOOM_CHECKED_KEY, '2026-11-23T02:00:00.000Z']]);
    o.zoom.saved = { ...APP };
    o.check();
    expect([...o.state.values]).toEqual([[ZOOM_CHECKED_KEY, '2026-11-23T05:30:00.000Z']]);
  });

  it('only reads Zoom, and writes no request, history, booking or state besides that time', () => {
    const hosts = { 'Zoom Kominfo 1': 'zoom1@kominfo.go.id', 'Zoom Kominfo 2': 'zoom2@kominfo.go.id' };
    const o = office(hosts, GRANULAR, ['zoom1@kominfo.go.id', 'zoom2@kominfo.go.id']);
    expect(o.check().ok).toBe(true);
    o.zoom.saved = { ...APP, clientSecret: 'salah-salah-salah' };
    expect(o.check().ok).toBe(false);
    expect(o.zoom.requests.every((r) => r === 'POST /oauth/token' || r.startsWith('GET /users/'))).toBe(true);
    expect(o.w.register.writes).toBe(0);
    expect(o.w.history.records).toEqual([]);
    expect(o.w.schedule.bookings).toEqual([]);
    expect([...o.state.values]).toEqual([[ZOOM_CHECKED_KEY, '2026-11-23T02:00:00.000Z']]);
  });

  it('never returns a credential or a token, whatever the outcome', () => {
    const o = office({ 'Zoom Kominfo 1': 'zoom1@kominfo.go.id', 'Zoom Kominfo 2': 'zoom2@kominfo.go.id' });
    const wrongSecret = 'RahasiaLamaYangSalah77';
    const answers = [o.check()];
    o.zoom.rateLimit = { after: o.zoom.requests.length + 1, seconds: 9 };
    answers.push(o.check());
    o.zoom.rateLimit = null;
    for (const saved of [{ ...APP, clientSecret: wrongSecret }, { ...APP, accountId: 'akunLainSalah01' }, null]) {
      o.zoom.saved = saved;
      answers.push(o.check());
    }
    expect(o.zoom.tokens.length).toBe(2);
    const told = JSON.stringify([answers, [...o.state.values]]);
    for (const secret of [APP.accountId, APP.clientId, APP.clientSecret, wrongSecret, ...o.zoom.tokens])
      expect(told).not.toContain(secret);
  });

  it('works without Script Properties (the installation check passes none)', () => {
    const o = office();
    o.w.deps.state = undefined;
    expect(o.check().ok).toBe(true);
  });
});
