/** Pengaturan: the sheet rows and the settings wizard, each value at its limits. */
import { DEFAULT_SETTINGS, settingsFromRows, settingsToRows, type Settings } from '../../src/core/settings';
import { settingsToFields, validateSettingsForm, type SettingsFieldsDto } from '../../src/core/settings-form';

const OFFICE: Settings = {
  ...DEFAULT_SETTINGS,
  officeName: 'Diskominfo Kota Tarakan',
  officeEmail: 'vicon@tarakan.go.id',
  timeZone: 'Asia/Makassar',
  presetId: '001-tarakan',
  minLeadDays: 2,
  maxDurationHours: 6,
  letterCode: '400.14',
  officeHoursStart: '08:00',
  officeHoursEnd: '15:30',
  bufferMinutes: 10,
  letterGovernment: 'PEMERINTAH KOTA TARAKAN',
  officeAddress: 'Jl. Sudirman No. 1',
  letterCity: 'Tarakan',
  signerName: 'Budi',
  signerNip: '19700101 199001 1 001',
  signerPosition: 'Kepala Dinas',
  templateApproval: 'doc-1',
};

const rowsWith = (label: string, value: unknown) => {
  const rows: unknown[][] = settingsToRows(DEFAULT_SETTINGS);
  return [...rows.filter((r) => r[0] !== label), [label, value]];
};

describe('settingsToRows / settingsFromRows', () => {
  it('round-trips every setting, in sheet order with Indonesian labels', () => {
    const rows = settingsToRows(OFFICE);
    expect(rows[0]).toEqual(['Nama kantor', 'Diskominfo Kota Tarakan']);
    expect(rows).toContainEqual(['Minimal hari sebelum kegiatan (kosong = sesuai SOP)', 2]);
    expect(settingsFromRows(rows)).toEqual({ settings: OFFICE, problems: [] });
  });

  it('WhatsApp with officials is off until Pengaturan says Ya; anything but Ya/Tidak is named and ignored', () => {
    const label = 'Kabari petugas lewat WhatsApp (Ya / Tidak)';
    expect(settingsToRows(DEFAULT_SETTINGS)).toContainEqual([label, 'Tidak']);
    expect(settingsFromRows(rowsWith(label, ' ya ')).settings.officialWhatsApp).toBe(true);
    expect(settingsFromRows(rowsWith(label, 'Tidak')).settings.officialWhatsApp).toBe(false);
    expect(settingsFromRows(rowsWith(label, '')).settings.officialWhatsApp).toBe(false);
    expect(settingsFromRows(rowsWith(label, 'mungkin'))).toMatchObject({
      settings: { officialWhatsApp: false },
      problems: [`${label}: "mungkin" tidak dikenal. Isi Ya atau Tidak.`],
    });
  });

  it('an empty minimum lead time means "as the SOP says" (null); empty text keeps the default', () => {
    const rows = settingsToRows({ ...OFFICE, minLeadDays: null, officeName: '' });
    expect(rows).toContainEqual(['Minimal hari sebelum kegiatan (kosong = sesuai SOP)', '']);
    expect(settingsFromRows(rows).settings).toMatchObject({
      minLeadDays: null,
      officeName: DEFAULT_SETTINGS.officeName,
    });
  });

  it('trims labels and values, and ignores unknown rows', () => {
    const { settings, problems } = settingsFromRows([['  Nama kantor ', '  Kantor Baru  '], ['Warna', 'biru'], []]);
    expect(settings.officeName).toBe('Kantor Baru');
    expect(problems).toEqual([]);
  });

  it.each([
    ['Minimal hari sebelum kegiatan (kosong = sesuai SOP)', 'minLeadDays', 0, 60],
    ['Durasi maksimal (jam)', 'maxDurationHours', 1, 24],
    ['Jeda antar rapat (menit)', 'bufferMinutes', 0, 120],
  ] as const)('%s accepts %s from its minimum to its maximum, and reports a value outside', (label, key, min, max) => {
    expect(settingsFromRows(rowsWith(label, min)).settings[key]).toBe(min);
    expect(settingsFromRows(rowsWith(label, String(max))).settings[key]).toBe(max);
    for (const bad of [min - 1, max + 1, 'banyak']) {
      const out = settingsFromRows(rowsWith(label, bad));
      expect(out.problems).toEqual([`${label}: "${bad}" bukan angka ${min}–${max}.`]);
      expect(out.settings[key]).toBe(key === 'minLeadDays' ? null : DEFAULT_SETTINGS[key]);
    }
  });

  it('takes only the four office zones', () => {
    expect(settingsFromRows(rowsWith('Zona waktu', 'Asia/Jayapura')).settings.timeZone).toBe('Asia/Jayapura');
    expect(settingsFromRows(rowsWith('Zona waktu', 'Asia/Tokyo'))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [
        'Zona waktu "Asia/Tokyo" tidak dikenal. Pilih Asia/Jakarta, Asia/Pontianak, Asia/Makassar, atau Asia/Jayapura.',
      ],
    });
  });

  it('takes service hours only as JJ:MM', () => {
    expect(settingsFromRows(rowsWith('Jam layanan mulai', '23:59')).settings.officeHoursStart).toBe('23:59');
    for (const bad of ['24:00', '7:30', '07.30', '07:60'])
      expect(settingsFromRows(rowsWith('Jam layanan mulai', bad)).problems).toEqual([
        `Jam layanan mulai: "${bad}" harus berformat JJ:MM.`,
      ]);
    expect(settingsFromRows(rowsWith('Jam layanan selesai', 'sore')).problems).toEqual([
      'Jam layanan selesai: "sore" harus berformat JJ:MM.',
    ]);
  });
});

describe('the settings wizard', () => {
  const PRESETS = ['000-bandung', '001-tarakan', 'kustom'];
  const fields = (over: Partial<SettingsFieldsDto> = {}): SettingsFieldsDto => ({
    ...settingsToFields(OFFICE),
    ...over,
  });

  it('shows the current settings as text fields, and saves them back unchanged', () => {
    expect(fields()).toMatchObject({
      minLeadDays: '2',
      maxDurationHours: '6',
      bufferMinutes: '10',
      timeZone: 'Asia/Makassar',
    });
    expect(fields({})).not.toHaveProperty('templateApproval');
    expect(validateSettingsForm(fields(), PRESETS, OFFICE)).toEqual({ ok: true, settings: OFFICE });
    expect(settingsToFields({ ...OFFICE, minLeadDays: null }).minLeadDays).toBe('');
  });

  it('turns WhatsApp with officials on and off as Ya / Tidak, and refuses anything else', () => {
    expect(fields().officialWhatsApp).toBe('Tidak');
    const on = validateSettingsForm(fields({ officialWhatsApp: 'Ya' }), PRESETS, OFFICE);
    expect(on).toEqual({ ok: true, settings: { ...OFFICE, officialWhatsApp: true } });
    expect(settingsToFields({ ...OFFICE, officialWhatsApp: true }).officialWhatsApp).toBe('Ya');
    expect(validateSettingsForm(fields({ officialWhatsApp: 'kadang' }), PRESETS, OFFICE)).toEqual({
      ok: false,
      errors: { officialWhatsApp: 'Pilih Ya atau Tidak.' },
    });
  });

  it('trims every field and keeps what the wizard does not show', () => {
    const out = validateSettingsForm(
      fields({ officeName: '  Kantor  ', minLeadDays: ' ', maxDurationHours: ' 8 ' }),
      PRESETS,
      { ...OFFICE, templateFull: 'doc-9' },
    );
    expect(out).toMatchObject({
      ok: true,
      settings: { officeName: 'Kantor', minLeadDays: null, maxDurationHours: 8, templateFull: 'doc-9' },
    });
  });

  it.each([
    [{ officeName: '' }, 'officeName', 'Nama kantor wajib diisi.'],
    [{ officeName: 'x'.repeat(151) }, 'officeName', 'Nama kantor terlalu panjang.'],
    [{ officeEmail: 'vicon@tarakan' }, 'officeEmail', 'Email kantor tidak valid.'],
    [{ timeZone: 'WITA' }, 'timeZone', 'Pilih zona waktu WIB, WITA, atau WIT.'],
    [{ presetId: '' }, 'presetId', 'Pilih alur SOP.'],
    [{ presetId: '009-lain' }, 'presetId', 'Alur SOP tidak dikenal.'],
    [{ minLeadDays: '61' }, 'minLeadDays', 'Minimal hari sebelum kegiatan maksimal 60.'],
    [{ minLeadDays: 'besok' }, 'minLeadDays', 'Minimal hari sebelum kegiatan harus 0–60 atau kosong.'],
    [{ maxDurationHours: '0' }, 'maxDurationHours', 'Durasi maksimal minimal 1.'],
    [{ maxDurationHours: '25' }, 'maxDurationHours', 'Durasi maksimal maksimal 24.'],
    [{ maxDurationHours: '2.5' }, 'maxDurationHours', 'Durasi maksimal harus bilangan bulat.'],
    [{ maxDurationHours: 'dua' }, 'maxDurationHours', 'Durasi maksimal harus angka.'],
    [{ bufferMinutes: '-1' }, 'bufferMinutes', 'Jeda antar rapat minimal 0.'],
    [{ bufferMinutes: '121' }, 'bufferMinutes', 'Jeda antar rapat maksimal 120.'],
    [{ letterNumberPattern: '{kode}/{tahun}' }, 'letterNumberPattern', expect.stringContaining('harus memuat {seq}')],
    [{ letterCode: '' }, 'letterCode', 'Kode klasifikasi surat wajib diisi.'],
    [{ letterCode: 'x'.repeat(31) }, 'letterCode', 'Kode klasifikasi terlalu panjang.'],
    [{ officeHoursStart: '8:00' }, 'officeHoursStart', 'Jam layanan mulai harus JJ:MM.'],
    [
      { officeHoursStart: '16:00', officeHoursEnd: '16:00' },
      'officeHoursEnd',
      'Jam layanan selesai harus setelah jam mulai.',
    ],
    [{ officeHoursEnd: '08:00' }, 'officeHoursEnd', 'Jam layanan selesai harus setelah jam mulai.'],
    [{ officeHoursEnd: '25:00' }, 'officeHoursEnd', 'Jam layanan selesai harus JJ:MM.'],
    [{ signerNip: '1970-01' }, 'signerNip', 'NIP hanya berisi angka (boleh dengan spasi).'],
    [{ signerNip: '1234567' }, 'signerNip', 'NIP hanya berisi angka (boleh dengan spasi).'],
    [{ letterCity: 'x'.repeat(61) }, 'letterCity', 'Kota terlalu panjang.'],
  ])('%j → %s: %s', (over, field, message) => {
    const out = validateSettingsForm(fields(over as Partial<SettingsFieldsDto>), PRESETS, OFFICE);
    expect(out).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('accepts the limits themselves', () => {
    const out = validateSettingsForm(
      fields({
        minLeadDays: '60',
        maxDurationHours: '24',
        bufferMinutes: '120',
        officeEmail: '',
        signerNip: '12345678',
        officeHoursEnd: '08:01',
        officeHoursStart: '08:00',
        letterCode: 'x'.repeat(30),
      }),
      PRESETS,
      OFFICE,
    );
    expect(out).toMatchObject({ ok: true, settings: { minLeadDays: 60, maxDurationHours: 24, bufferMinutes: 120 } });
  });

  it('names every wrong field at once, one message each', () => {
    const out = validateSettingsForm(fields({ officeName: '', bufferMinutes: 'x', presetId: 'nope' }), PRESETS, OFFICE);
    expect(out).toEqual({
      ok: false,
      errors: {
        officeName: 'Nama kantor wajib diisi.',
        bufferMinutes: 'Jeda antar rapat harus angka.',
        presetId: 'Alur SOP tidak dikenal.',
      },
    });
  });
});
