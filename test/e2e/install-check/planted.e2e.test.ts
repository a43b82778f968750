/**
 * "Periksa pemasangan" with one cause planted at a time, as it happens in real offices: each
 * planted cause fails its own line with its own message (and Google's words where Google said
 * something), the lines it has nothing to do with still pass, and nothing the check made
 * survives it.
 */
import { decodeJwt } from '../../../dev/standin/identity';
import { writeSettingByHand } from '../../../dev/product';
import { declineScopes } from '../../../dev/standin/projects';
import { ADMIN, e2eWorld, OFFICE, type E2E } from '../world';
import { asPerson, failedIds, footprint, google, line, runCheck } from './kit';

const CALENDAR = 'https://www.googleapis.com/auth/calendar';

/** Plants `cause`, runs the check, and proves it left nothing behind. */
function checkWith(cause: (e: E2E) => void, e = e2eWorld()) {
  cause(e);
  e.app.call('onEdit');
  const before = footprint(e);
  const dto = runCheck(e);
  expect(footprint(e)).toEqual(before);
  return dto;
}

const book = (e: E2E) => google(e).SpreadsheetApp.getActiveSpreadsheet();

describe('each planted cause fails its own line', () => {
  it('an unpublished form', () => {
    const dto = checkWith((e) => google(e).FormApp.openById(e.formId()).setPublished(false));
    expect(failedIds(dto)).toEqual(['formulir']);
    expect(line(dto, 'formulir').detail).toBe('Formulir belum diterbitkan: pemohon tidak dapat membukanya.');
  });

  it('an unprotected data sheet', () => {
    const dto = checkWith((e) => book(e).getSheetByName('Pengguna').getProtections('SHEET')[0].remove());
    expect(failedIds(dto)).toEqual(['perlindungan']);
    expect(line(dto, 'perlindungan').detail).toBe('"Pengguna" tidak dilindungi.');
  });

  it('a warning-only protection', () => {
    const dto = checkWith((e) => book(e).getSheetByName('Register').getProtections('SHEET')[0].setWarningOnly(true));
    expect(failedIds(dto)).toEqual(['perlindungan']);
    expect(line(dto, 'perlindungan').detail).toBe(
      '"Register" hanya dilindungi dengan peringatan (siapa pun tetap dapat mengubahnya).',
    );
  });

  it('a protection an official may edit', () => {
    const dto = checkWith((e) =>
      book(e).getSheetByName('Riwayat').getProtections('SHEET')[0].addEditor('operator@kominfo.go.id'),
    );
    expect(line(dto, 'perlindungan').detail).toBe('"Riwayat" dapat disunting 1 orang selain akun layanan.');
  });

  it('a duplicate hourly trigger', () => {
    const dto = checkWith((e) => {
      const scriptApp = e.product.engineProject.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      scriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
    });
    expect(failedIds(dto)).toEqual(['pemicu']);
    expect(line(dto, 'pemicu').detail).toBe('Pemicu per jam (runHourly) terpasang 2 kali.');
    expect(line(dto, 'pemicu').fix).toContain('hapus pemicu ganda');
  });

  it("a calendar that is someone else's and not shared", () => {
    const dto = checkWith((e) => {
      const id = asPerson(e, 'pribadi@kominfo.go.id', () => google(e).CalendarApp.createCalendar('Ruang').getId());
      e.ws.acl.manualEdit(OFFICE, { sheet: 'Sumber Daya', range: 'F3' }, [[id]]);
    });
    expect(failedIds(dto)).toEqual(['milik', 'kalender']);
    expect(line(dto, 'kalender').detail).toBe(
      '"Ruang Rapat Utama": tidak dapat dibuka akun layanan (tidak ada, atau tidak dibagikan).',
    );
    expect(line(dto, 'milik').detail).toBe('Kalender "Ruang Rapat Utama" tidak ditemukan oleh akun layanan.');
  });

  it("a calendar shared with the office account but someone else's", () => {
    const dto = checkWith((e) => {
      const id = asPerson(e, 'pribadi@kominfo.go.id', () => google(e).CalendarApp.createCalendar('Ruang').getId());
      e.ws.acl.share(id, OFFICE, 'editor');
      e.ws.acl.manualEdit(OFFICE, { sheet: 'Sumber Daya', range: 'F3' }, [[id]]);
    });
    expect(failedIds(dto)).toEqual(['milik']);
    expect(line(dto, 'milik').detail).toBe('Kalender "Ruang Rapat Utama" dimiliki akun lain.');
  });

  it('an engine manifest without the calendar scope: the scope line names it, the calendars fail in Google’s words', () => {
    const dto = checkWith((e) => {
      const manifest = e.product.engineProject.manifest!;
      manifest.oauthScopes = manifest.oauthScopes!.filter((s) => s !== CALENDAR);
    });
    expect(line(dto, 'izin-mesin').detail).toBe(`Belum disetujui: ${CALENDAR}.`);
    expect(line(dto, 'kalender').raw[0]).toMatch(
      /^Specified permissions are not sufficient to call CalendarApp\.getCalendarById\. Required permissions: /,
    );
    expect(line(dto, 'email').ok && line(dto, 'formulir').ok && line(dto, 'surat').ok).toBe(true);
  });

  it('the office account unticked the calendar scope when it authorised the engine (granular consent)', () => {
    const dto = checkWith((e) => declineScopes(e.product.engineProject, OFFICE, [CALENDAR]));
    expect(failedIds(dto)).toEqual(['milik', 'izin-mesin', 'kalender']);
    expect(line(dto, 'izin-mesin').detail).toBe(`Belum disetujui: ${CALENDAR}.`);
    expect(line(dto, 'izin-mesin').fix).toContain('jalankan fungsi doGet sekali dan setujui semua izin');
    expect(line(dto, 'milik').detail).toBe(
      'Kalender "Zoom Kominfo 1" tidak ditemukan oleh akun layanan. Kalender "Ruang Rapat Utama" tidak ditemukan oleh akun layanan.',
    );
    expect(line(dto, 'kalender').raw[0]).toMatch(/^Specified permissions are not sufficient to call CalendarApp\./);
  });

  it('the admin unticked "see your email address" when authorising the panel: the engine cannot know who asks', () => {
    const email = 'https://www.googleapis.com/auth/userinfo.email';
    const dto = checkWith((e) => {
      declineScopes(e.product.panelProject, ADMIN, [email]);
      e.product.panelProject.caches.user.clear();
    });
    expect(failedIds(dto)).toEqual(['panel-identitas', 'izin-panel', 'bagian-dasar']);
    expect(line(dto, 'izin-panel').detail).toBe(`Belum disetujui: ${email}.`);
    expect(line(dto, 'panel-identitas').raw).toEqual(['Token identitas tanpa email terverifikasi.']);
    expect(line(dto, 'bagian-dasar').raw[0]).toMatch(/^Alamat email Anda tidak dapat dibaca oleh Google Apps Script/);
  });

  it('a panel manifest without openid: the official gets no identity token, so the engine is never reached', () => {
    const dto = checkWith((e) => {
      const manifest = e.product.panelProject.manifest!;
      manifest.oauthScopes = manifest.oauthScopes!.filter((s) => s !== 'openid');
      e.product.panelProject.caches.user.clear();
    });
    expect(failedIds(dto)).toEqual(['panel-identitas', 'izin-panel', 'bagian-dasar']);
    expect(line(dto, 'izin-panel').detail).toBe('Belum disetujui: openid.');
    expect(line(dto, 'bagian-dasar').raw).toEqual([
      'Identitas Google Anda tidak dapat dipastikan. Muat ulang spreadsheet lalu coba lagi.',
    ]);
  });

  it('a token verifier that checks no signature: the forged identity is accepted, and the check says so', () => {
    const dto = checkWith((e) =>
      e.ws.http.register('https://oauth2.googleapis.com/tokeninfo?id_token=', (req) => {
        const token = decodeURIComponent(req.url.split('id_token=')[1] ?? '');
        const claims = decodeJwt(token)?.claims ?? {};
        const body = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, String(v)]));
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
      }),
    );
    expect(failedIds(dto)).toEqual(['mesin']);
    expect(line(dto, 'mesin').detail).toBe(
      'Mesin MENERIMA token identitas palsu: siapa pun dapat bertindak atas nama petugas.',
    );
  });

  it('an engine address in Pengaturan that is not an Apps Script web app', () => {
    const dto = checkWith((e) =>
      writeSettingByHand(e.product, 'Alamat mesin Layanan Vicon (diisi oleh Siapkan)', 'https://contoh.id/exec'),
    );
    expect(failedIds(dto)).toEqual(['alamat-mesin', 'bagian-dasar']);
    expect(dto.lines.map((l) => l.id)).toEqual([
      'panel-baca',
      'panel-identitas',
      'alamat-mesin',
      'izin-panel',
      'bagian-dasar',
    ]);
  });

  it("the mail quota is used up: Google's words and the quota left", () => {
    const dto = checkWith((e) => {
      e.ws.mail.day = e.ws.clock.now().toISOString().slice(0, 10);
      e.ws.mail.usedBy.set(OFFICE, e.ws.mail.dailyQuota);
    });
    expect(failedIds(dto)).toEqual(['email']);
    expect(line(dto, 'email').detail).toBe('Email uji tidak terkirim. Sisa kuota email hari ini: 0 penerima.');
    expect(line(dto, 'email').raw).toEqual(['Service invoked too many times for one day: email.']);
  });
});
