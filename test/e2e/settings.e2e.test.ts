import { ADMIN, e2eWorld, OFFICE } from './world';
import type { SettingsFormDto } from '../../src/shared/admin-rpc';

describe('settings wizard (admins only) on the built bundle', () => {
  const form = (e: ReturnType<typeof e2eWorld>) => {
    const r = e.app.callFromClient<{ ok: true; value: SettingsFormDto }>('getSettingsForm');
    return r.value;
  };

  it('refuses officials who are not admins, for every wizard function', () => {
    const e = e2eWorld('000-bandung');
    e.as('kadis@kominfo.go.id');
    for (const fn of ['getSettingsForm', 'saveSettings', 'saveZoomCredentials', 'testZoomConnection']) {
      expect(e.app.callFromClient(fn, {})).toEqual({ ok: false, error: expect.stringContaining('Hanya admin') });
    }
  });

  it('"Siapkan" from the wizard runs only for the office account: officials and admins are told whose it is', () => {
    const e = e2eWorld('000-bandung');
    const sheets = e.ws.spreadsheet.sheetNames();
    for (const who of ['kadis@kominfo.go.id', ADMIN]) {
      e.as(who);
      expect(e.app.callFromClient('runSetupFromPanel')).toEqual({
        ok: false,
        error: `Siapkan hanya dapat dijalankan oleh akun layanan (${OFFICE}). Masuk dengan akun itu lalu coba lagi.`,
      });
    }
    e.as(OFFICE);
    expect(e.app.callFromClient('runSetupFromPanel')).toEqual({
      ok: true,
      value: { lines: expect.arrayContaining([expect.stringMatching(/tidak ada yang diubah/)]) },
    });
    expect(e.ws.spreadsheet.sheetNames()).toEqual(sheets);
  });

  it('validates every field in Indonesian and saves nothing when one is wrong', () => {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    const before = e.sheet('Pengaturan');
    const fields = {
      ...form(e).fields,
      officeEmail: 'bukan-email',
      timeZone: 'Europe/Paris',
      bufferMinutes: '-5',
      letterNumberPattern: '{kode}/X',
      officeHoursEnd: '06:00',
      signerNip: 'NIP-abc',
    };
    const r = e.app.callFromClient('saveSettings', fields);
    expect(r).toEqual({
      ok: true,
      value: {
        saved: false,
        errors: {
          officeEmail: 'Email kantor tidak valid.',
          timeZone: 'Pilih zona waktu WIB, WITA, atau WIT.',
          bufferMinutes: 'Jeda antar rapat minimal 0.',
          letterNumberPattern: expect.stringContaining('Pola nomor surat tidak valid'),
          officeHoursEnd: 'Jam layanan selesai harus setelah jam mulai.',
          signerNip: 'NIP hanya berisi angka (boleh dengan spasi).',
        },
      },
    });
    expect(e.sheet('Pengaturan')).toEqual(before);
  });

  it('saves valid settings to Pengaturan and they take effect (Tarakan: WITA, Tarakan preset)', () => {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    const fields = {
      ...form(e).fields,
      officeName: 'Diskominfo Kota Tarakan',
      timeZone: 'Asia/Makassar',
      presetId: '001-tarakan',
      letterGovernment: 'PEMERINTAH KOTA TARAKAN',
      letterCity: 'Tarakan',
      signerName: 'Dr. Andi',
      signerNip: '19710312 200502 1 001',
    };
    const r = e.app.callFromClient('saveSettings', fields);
    expect(r).toEqual({ ok: true, value: { saved: true, message: expect.stringMatching(/^Pengaturan disimpan\./) } });
    expect(form(e).fields).toMatchObject({
      officeName: 'Diskominfo Kota Tarakan',
      timeZone: 'Asia/Makassar',
      presetId: '001-tarakan',
      letterGovernment: 'PEMERINTAH KOTA TARAKAN',
      letterCity: 'Tarakan',
      signerName: 'Dr. Andi',
      signerNip: '19710312 200502 1 001',
    });
    const state = e.state();
    expect(state.ok && state.value.office).toMatchObject({
      zone: 'WITA',
      presetName: expect.stringContaining('Tarakan'),
    });
  });

  it('stores Zoom credentials without ever returning them, and "Tes koneksi" reports plainly', () => {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    e.engineProps().deleteProperty('ZOOM_CLIENT_SECRET');
    expect(form(e).zoomConfigured).toBe(false);
    expect(e.app.callFromClient('testZoomConnection')).toEqual({
      ok: true,
      value: { ok: false, message: expect.stringContaining('Kredensial Zoom belum diisi') },
    });
    const wrong = { accountId: 'fake-account-id', clientId: 'fake-client-id', clientSecret: 'rahasia-yang-salah-123' };
    expect(e.app.callFromClient('saveZoomCredentials', wrong)).toMatchObject({ ok: true, value: { saved: true } });
    const failed = e.app.callFromClient<{ ok: true; value: { ok: boolean; message: string } }>('testZoomConnection');
    expect(failed.value.ok).toBe(false);
    expect(JSON.stringify(failed)).not.toContain('rahasia-yang-salah-123');
    const right = { accountId: 'fake-account-id', clientId: 'fake-client-id', clientSecret: 'fake-client-secret' };
    e.app.callFromClient('saveZoomCredentials', right);
    expect(e.app.callFromClient('testZoomConnection')).toEqual({
      ok: true,
      value: { ok: true, message: expect.any(String) },
    });
    const payload = JSON.stringify(form(e));
    expect(payload).not.toContain('fake-client-secret');
    expect(form(e).zoomConfigured).toBe(true);
    expect(e.app.callFromClient('saveZoomCredentials', { accountId: '', clientId: 'x', clientSecret: '1' })).toEqual({
      ok: true,
      value: {
        saved: false,
        errors: {
          accountId: 'Account ID Zoom tidak valid.',
          clientId: 'Client ID Zoom tidak valid.',
          clientSecret: 'Client Secret Zoom terlalu pendek.',
        },
      },
    });
    const huge = { ...right, clientSecret: 's'.repeat(201) };
    expect(e.app.callFromClient('saveZoomCredentials', huge)).toMatchObject({
      ok: true,
      value: { saved: false, errors: { clientSecret: expect.stringMatching(/^Client Secret Zoom terlalu panjang/) } },
    });
  });
});

describe('capacity in view of the admin', () => {
  it('after the hourly run measured it, the wizard shows the cells used of 10 million and the years left', () => {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    const before = e.app.callFromClient<{ ok: true; value: SettingsFormDto }>('getSettingsForm').value;
    expect(before.capacity).toMatch(/belum ada ukuran/);
    e.app.call('runHourly');
    e.as(ADMIN);
    const after = e.app.callFromClient<{ ok: true; value: SettingsFormDto }>('getSettingsForm').value;
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const cells = book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    const millions = (cells / 1_000_000).toFixed(1).replace('.', ',');
    expect(after.capacity).toContain(`Kapasitas spreadsheet: ${millions} juta dari 10,0 juta sel terpakai`);
  });
});
