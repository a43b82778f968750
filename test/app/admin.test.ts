/** The settings wizard's use cases: admins only (decided on the server), what the form shows, what saving writes. */
import { saveSettings, saveZoomCredentials, settingsForm, testZoomConnection } from '../../src/app/admin';
import type { SettingsFieldsDto } from '../../src/shared/admin-rpc';
import { memoryAdmin, memoryLock } from './fakes-admin';
import { world } from './fakes';

const REFUSED = 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.';

/** A world whose lock and wizard port are in memory, the caller being the admin. */
function wizard(start?: Date) {
  const w = world({}, start);
  const lock = memoryLock();
  w.deps.lock = lock;
  let invalidated = 0;
  w.deps.config.invalidate = () => void invalidated++;
  return { w, port: memoryAdmin(lock), invalidated: () => invalidated };
}

/** The wizard's fields as an office fills them in (Kota Tarakan, WITA). */
function tarakanFields(over: Partial<SettingsFieldsDto> = {}): SettingsFieldsDto {
  return {
    officeName: 'Diskominfo Kota Tarakan',
    officeEmail: 'layanan@kominfo.go.id',
    timeZone: 'Asia/Makassar',
    presetId: '001-tarakan',
    minLeadDays: '',
    maxDurationHours: '6',
    letterNumberPattern: '{seq}/{kode}/Diskominfo/{tahun}',
    letterCode: '555',
    officeHoursStart: '08:00',
    officeHoursEnd: '16:00',
    bufferMinutes: '10',
    workDays: 'Senin, Selasa, Rabu, Kamis, Jumat',
    holidays: '2026-12-25',
    holidayCalendarId: '',
    letterGovernment: 'Pemerintah Kota Tarakan',
    officeAddress: 'Jl. Sudirman No. 1',
    letterCity: 'Tarakan',
    signerName: 'Budi Santoso',
    signerNip: '197001012000031001',
    signerPosition: 'Kepala Dinas',
    formResponders: 'kantor',
    officialWhatsApp: 'Ya',
    ...over,
  };
}

describe('who may use the wizard', () => {
  it('refuses every wizard call to an official who is not admin, and writes nothing', () => {
    const { w, port } = wizard();
    w.as('kadis@kominfo.go.id');
    expect(settingsForm(w.deps, port)).toEqual({ ok: false, error: REFUSED });
    expect(saveSettings(w.deps, port, tarakanFields())).toEqual({ ok: false, error: REFUSED });
    const creds = { accountId: 'acc-12345', clientId: 'client-12345', clientSecret: 'rahasia-panjang' };
    expect(saveZoomCredentials(w.deps, port, creds)).toEqual({ ok: false, error: REFUSED });
    expect(testZoomConnection(w.deps, port)).toEqual({ ok: false, error: REFUSED });
    expect(port.written).toEqual([]);
    expect(port.saved).toEqual([]);
    expect(port.setups).toBe(0);
  });

  it('goes by the Pengguna sheet on the server: someone unknown, or an admin made inactive, is refused', () => {
    const { w, port } = wizard();
    w.as('tamu@gmail.com');
    expect(settingsForm(w.deps, port)).toEqual({
      ok: false,
      error: 'tamu@gmail.com tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    });
    w.as('admin@kominfo.go.id');
    w.users.find((u) => u.email === 'admin@kominfo.go.id')!.active = false;
    expect(saveSettings(w.deps, port, tarakanFields())).toEqual({
      ok: false,
      error: 'Akun admin@kominfo.go.id dinonaktifkan di sheet Pengguna.',
    });
    expect(port.written).toEqual([]);
  });

  it('lets an official marked Admin = Ya in, whatever their roles', () => {
    const { w, port } = wizard();
    w.users.find((u) => u.email === 'kabid@kominfo.go.id')!.isAdmin = true;
    w.as('kabid@kominfo.go.id');
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true });
  });
});

describe('settingsForm', () => {
  it('shows the current settings, the SOP choices with their zones, the zones and who may fill the form', () => {
    const { w, port } = wizard();
    const form = settingsForm(w.deps, port);
    if (!form.ok) throw new Error(form.error);
    expect(form.value.fields).toMatchObject({
      officeName: 'Dinas Komunikasi dan Informatika',
      timeZone: 'Asia/Jakarta',
      presetId: '000-bandung',
      workDays: 'Senin, Selasa, Rabu, Kamis, Jumat',
      officialWhatsApp: 'Tidak',
    });
    expect(form.value.presets).toEqual([
      { id: '000-bandung', name: 'Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting', timeZone: 'Asia/Jakarta' },
      { id: '001-tarakan', name: 'Kota Tarakan — Layanan Video Conference (Zoom Meeting)', timeZone: 'Asia/Makassar' },
      {
        id: '002-singkawang',
        name: 'Kota Singkawang — Video Conference / Teleconference',
        timeZone: 'Asia/Pontianak',
      },
      { id: '003-tangerang', name: 'Kota Tangerang — Permintaan Layanan Video Conference', timeZone: 'Asia/Jakarta' },
      { id: '004-demak', name: 'Kabupaten Demak — Pengoperasian Video Conference', timeZone: 'Asia/Jakarta' },
      { id: 'kustom', name: 'Alur kantor sendiri (sheet "Alur SOP")', timeZone: '' },
    ]);
    expect(form.value.timeZones).toEqual([
      { id: 'Asia/Jakarta', label: 'WIB — Jakarta' },
      { id: 'Asia/Pontianak', label: 'WIB — Pontianak' },
      { id: 'Asia/Makassar', label: 'WITA — Makassar' },
      { id: 'Asia/Jayapura', label: 'WIT — Jayapura' },
    ]);
    expect(form.value.responderChoices).toEqual([
      { id: 'semua', label: 'Siapa saja yang punya tautannya (pemohon dari luar kantor)' },
      { id: 'kantor', label: 'Hanya akun Google kantor' },
    ]);
  });

  it('says whether Zoom credentials exist, never what they are', () => {
    const { w, port } = wizard();
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true, value: { zoomConfigured: false } });
    saveZoomCredentials(w.deps, port, { accountId: 'acc-12345', clientId: 'cli-12345', clientSecret: 'rahasia-123' });
    const form = settingsForm(w.deps, port);
    expect(form).toMatchObject({ ok: true, value: { zoomConfigured: true } });
    expect(JSON.stringify(form)).not.toContain('rahasia-123');
  });

  it('counts only the active users, and passes on the problems of Pengguna', () => {
    const { w, port } = wizard();
    // Kadis, Kabid, Subkoor, Operator and the admin; the operator leaves.
    w.users.find((u) => u.email === 'operator@kominfo.go.id')!.active = false;
    w.deps.config.users = () => ({
      users: w.users,
      delegations: [],
      problems: ['Baris 7: email "budi@" tidak valid.'],
    });
    expect(settingsForm(w.deps, port)).toMatchObject({
      ok: true,
      value: { users: { active: 4, problems: ['Baris 7: email "budi@" tidak valid.'] } },
    });
  });

  it('sums up Sumber Daya, or says to run Siapkan when the sheet is missing', () => {
    const { w, port } = wizard();
    expect(settingsForm(w.deps, port)).toMatchObject({
      ok: true,
      value: { resources: { summary: '1 akun Zoom, 1 ruang, 0 operator.', problems: [] } },
    });
    delete w.deps.schedule;
    expect(settingsForm(w.deps, port)).toMatchObject({
      ok: true,
      value: { resources: { summary: 'Sheet Sumber Daya belum ada; jalankan Siapkan.', problems: [] } },
    });
  });

  it('reports the capacity once the hourly run has measured it', () => {
    const { w, port } = wizard();
    expect(settingsForm(w.deps, port)).toMatchObject({
      ok: true,
      value: { capacity: 'Kapasitas spreadsheet diukur oleh pemicu per jam; belum ada ukuran.' },
    });
    const measured = {
      cells: 2_500_000,
      limit: 10_000_000,
      perYear: 500_000,
      yearsLeft: 15,
      at: '2026-11-23T00:00:00Z',
    };
    w.deps.space = { measured: () => measured, measure: () => ({ cells: 0, firstReceived: null }), record: () => {} };
    expect(settingsForm(w.deps, port)).toMatchObject({
      ok: true,
      value: {
        capacity:
          'Kapasitas spreadsheet: 2,5 juta dari 10,0 juta sel terpakai (25%); dengan laju sekarang (±0,5 juta sel per tahun) cukup untuk ±15 tahun lagi.',
      },
    });
  });

  it('lists the archives made so far (none without an archive reader)', () => {
    const { w, port } = wizard();
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true, value: { archives: [] } });
    const made = [{ year: 2024, url: 'https://docs.google.com/spreadsheets/d/arsip-2024' }];
    w.deps.archive = {
      list: () => made,
      contents: () => ({ requests: [], history: [] }),
      received: () => ({ requests: [], history: [] }),
    };
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true, value: { archives: made } });
  });

  it('proposes last year, in office time, for "Arsipkan tahun"', () => {
    const { w, port } = wizard(new Date('2026-11-23T02:00:00Z'));
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true, value: { archiveYear: 2025 } });
    // 31 December 2026, 17:30 UTC is already 1 January 2027 in Jakarta (WIB).
    w.now.t = new Date('2026-12-31T17:30:00Z');
    expect(settingsForm(w.deps, port)).toMatchObject({ ok: true, value: { archiveYear: 2026 } });
  });
});

describe('saveSettings', () => {
  it('writes the settings under the lock, forgets cached copies, runs Setup and says what it did', () => {
    const { w, port, invalidated } = wizard();
    const result = saveSettings(w.deps, port, tarakanFields());
    expect(result).toEqual({
      ok: true,
      value: { saved: true, message: 'Pengaturan disimpan. Sheet Register sudah ada. Pemicu per jam sudah terpasang.' },
    });
    expect(port.written).toHaveLength(1);
    expect(port.written[0].underLock).toBe(true);
    expect(port.written[0].settings).toMatchObject({
      officeName: 'Diskominfo Kota Tarakan',
      timeZone: 'Asia/Makassar',
      presetId: '001-tarakan',
      maxDurationHours: 6,
      holidays: ['2026-12-25'],
      formResponders: 'kantor',
      officialWhatsApp: true,
    });
    expect(invalidated()).toBe(1);
    expect(port.setups).toBe(1);
  });

  it('accepts the office\'s own SOP ("kustom") as a choice', () => {
    const { w, port } = wizard();
    expect(saveSettings(w.deps, port, tarakanFields({ presetId: 'kustom' }))).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    expect(port.written[0].settings.presetId).toBe('kustom');
  });

  it('keeps the settings the wizard does not show', () => {
    const { w, port } = wizard();
    const current = { ...w.deps.config.settings().settings, templateApproval: 'doc-setuju', engineUrl: 'https://x' };
    w.deps.config.settings = () => ({ settings: current, problems: [] });
    saveSettings(w.deps, port, tarakanFields());
    expect(port.written[0].settings).toMatchObject({ templateApproval: 'doc-setuju', engineUrl: 'https://x' });
  });

  it('refuses bad fields one message each, and writes nothing nor runs Setup', () => {
    const { w, port, invalidated } = wizard();
    const result = saveSettings(
      w.deps,
      port,
      tarakanFields({ officeName: '  ', presetId: '009-entah', officeHoursEnd: '07:00' }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        saved: false,
        errors: {
          officeName: 'Nama kantor wajib diisi.',
          presetId: 'Alur SOP tidak dikenal.',
          officeHoursEnd: 'Jam layanan selesai harus setelah jam mulai.',
        },
      },
    });
    expect(port.written).toEqual([]);
    expect(port.setups).toBe(0);
    expect(invalidated()).toBe(0);
  });
});

describe('saveZoomCredentials', () => {
  const SAVED = 'Kredensial Zoom disimpan di Properti Skrip. Gunakan "Tes koneksi" untuk memeriksanya.';
  const secretOf = (n: number) => 'k'.repeat(n);

  it('stores the credentials trimmed, and answers without echoing them', () => {
    const { w, port } = wizard();
    const result = saveZoomCredentials(w.deps, port, {
      accountId: '  Ab_cd-123  ',
      clientId: '\tclient_ID-9\n',
      clientSecret: ' s3cr3t-value ',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, message: SAVED } });
    expect(port.saved).toEqual([{ accountId: 'Ab_cd-123', clientId: 'client_ID-9', clientSecret: 's3cr3t-value' }]);
  });

  it('refuses an Account ID or Client ID that is not 5–100 letters, digits, _ or -', () => {
    const bad = ['abcd', 'a'.repeat(101), 'acc 12345', '!acc12345', 'acc12345!', '#####', ''];
    for (const id of bad) {
      const { w, port } = wizard();
      expect(saveZoomCredentials(w.deps, port, { accountId: id, clientId: id, clientSecret: 'rahasia-123' })).toEqual({
        ok: true,
        value: {
          saved: false,
          errors: { accountId: 'Account ID Zoom tidak valid.', clientId: 'Client ID Zoom tidak valid.' },
        },
      });
      expect(port.saved).toEqual([]);
    }
    for (const id of ['abcde', 'a'.repeat(100)]) {
      const { w, port } = wizard();
      const creds = { accountId: id, clientId: id, clientSecret: 'rahasia-123' };
      expect(saveZoomCredentials(w.deps, port, creds)).toEqual({ ok: true, value: { saved: true, message: SAVED } });
      expect(port.saved).toEqual([creds]);
    }
  });

  it('takes a Client Secret of 8 to 200 characters', () => {
    const ids = { accountId: 'acc-12345', clientId: 'cli-12345' };
    const tooLong =
      'Client Secret Zoom terlalu panjang (paling banyak 200 karakter); salin lagi dari Zoom Marketplace.';
    const cases: Array<[number, string | null]> = [
      [0, 'Client Secret Zoom terlalu pendek.'],
      [7, 'Client Secret Zoom terlalu pendek.'],
      [8, null],
      [200, null],
      [201, tooLong],
    ];
    for (const [length, error] of cases) {
      const { w, port } = wizard();
      const result = saveZoomCredentials(w.deps, port, { ...ids, clientSecret: secretOf(length) });
      if (error) {
        expect(result).toEqual({ ok: true, value: { saved: false, errors: { clientSecret: error } } });
        expect(port.saved).toEqual([]);
      } else {
        expect(result).toEqual({ ok: true, value: { saved: true, message: SAVED } });
        expect(port.saved).toEqual([{ ...ids, clientSecret: secretOf(length) }]);
      }
    }
  });

  it('treats missing credentials (nothing sent, or a field left out) as empty', () => {
    const { w, port } = wizard();
    expect(saveZoomCredentials(w.deps, port, null as never)).toEqual({
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
    const noSecret = { accountId: 'acc-12345', clientId: 'cli-12345' } as never;
    expect(saveZoomCredentials(w.deps, port, noSecret)).toEqual({
      ok: true,
      value: { saved: false, errors: { clientSecret: 'Client Secret Zoom terlalu pendek.' } },
    });
    expect(port.saved).toEqual([]);
  });
});

describe('testZoomConnection', () => {
  it('reports to the admin what Zoom answered', () => {
    const { w, port } = wizard();
    expect(testZoomConnection(w.deps, port)).toEqual({
      ok: true,
      value: { ok: false, message: 'Zoom menolak kredensial (invalid_client).' },
    });
  });
});
