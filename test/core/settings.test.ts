/** Pengaturan: the sheet rows an administrator reads and types, each value at its limits. */
import { DEFAULT_SETTINGS, settingsFromRows, settingsToRows, type Settings } from '../../src/core/settings';
import { TARAKAN_OFFICE as OFFICE } from './settings-fixture';

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

  it('a cell of spaces, an empty cell or a label alone keeps the default, without a problem', () => {
    expect(
      settingsFromRows([
        ['Nama kantor', '   '],
        ['Kode klasifikasi surat', null],
        ['Kota (tempat surat)'],
        [null, 'x'],
      ]),
    ).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("leaves the zone empty when it is the SOP's own, and writes any other zone out", () => {
    const zoneCell = (over: Partial<Settings>) =>
      settingsToRows({ ...OFFICE, ...over }).find((r) => r[0] === 'Zona waktu');
    expect(zoneCell({})).toEqual(['Zona waktu', '']);
    expect(zoneCell({ timeZone: 'Asia/Jakarta' })).toEqual(['Zona waktu', 'Asia/Jakarta']);
    expect(zoneCell({ timeZone: 'Asia/Jayapura' })).toEqual(['Zona waktu', 'Asia/Jayapura']);
    expect(zoneCell({ presetId: 'kustom', timeZone: 'Asia/Jakarta' })).toEqual(['Zona waktu', '']);
    expect(zoneCell({ presetId: 'kustom', timeZone: 'Asia/Makassar' })).toEqual(['Zona waktu', 'Asia/Makassar']);
    const wib = { ...OFFICE, timeZone: 'Asia/Jakarta' } as const;
    expect(settingsFromRows(settingsToRows(wib)).settings).toEqual(wib);
    expect(settingsFromRows(rowsWith('Alur SOP', '001-tarakan')).settings.timeZone).toBe('Asia/Makassar');
  });

  it('writes working days, holiday lists and the WhatsApp switch as an administrator reads them', () => {
    const office: Settings = {
      ...OFFICE,
      workDays: [1, 2, 3, 4, 5, 6],
      holidays: ['2026-12-24', '2026-12-31'],
      calendarHolidays: ['2026-12-25'],
      holidayCalendarId: '',
      officialWhatsApp: true,
      formResponders: 'kantor',
    };
    const rows = settingsToRows(office);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Hari kerja', 'Senin, Selasa, Rabu, Kamis, Jumat, Sabtu'],
        ['Hari libur tambahan (TTTT-BB-HH, pisahkan dengan koma)', '2026-12-24, 2026-12-31'],
        ['Hari libur dari kalender Google (diisi otomatis)', '2026-12-25'],
        ['Kalender hari libur Google (kosong = tidak dipakai)', ''],
        ['Kabari petugas lewat WhatsApp (Ya / Tidak)', 'Ya'],
        ['Formulir FPVC dapat diisi oleh (semua / kantor)', 'kantor'],
      ]),
    );
    expect(settingsFromRows(rows)).toEqual({ settings: office, problems: [] });
  });

  it('reads working days and holidays as typed, and names each value it cannot read', () => {
    const holidays = 'Hari libur tambahan (TTTT-BB-HH, pisahkan dengan koma)';
    expect(settingsFromRows(rowsWith('Hari kerja', 'Senin s.d. Sabtu')).settings.workDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(settingsFromRows(rowsWith(holidays, '31/12/2026; 2026-12-24')).settings.holidays).toEqual([
      '2026-12-24',
      '2026-12-31',
    ]);
    expect(settingsFromRows(rowsWith('Hari kerja', 'Senin sampai Libur'))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['Hari kerja: "Senin sampai Libur" tidak terbaca; tulis misalnya Senin, Selasa, Rabu, Kamis, Jumat.'],
    });
    expect(settingsFromRows(rowsWith(holidays, 'besok, 2026-12-31, cuti bersama'))).toEqual({
      settings: { ...DEFAULT_SETTINGS, holidays: ['2026-12-31'] },
      problems: [`${holidays}: "besok", "cuti bersama" bukan tanggal TTTT-BB-HH.`],
    });
    expect(settingsFromRows(rowsWith('Hari libur dari kalender Google (diisi otomatis)', 'Natal')).problems).toEqual([
      'Hari libur dari kalender Google (diisi otomatis): "Natal" bukan tanggal TTTT-BB-HH.',
    ]);
  });

  it("a missing holiday-calendar row keeps Google's Indonesian holidays; an empty cell turns them off", () => {
    const rows = settingsToRows(DEFAULT_SETTINGS).filter((r) => !String(r[0]).startsWith('Kalender hari libur'));
    expect(settingsFromRows(rows).settings.holidayCalendarId).toBe('id.indonesian#holiday@group.v.calendar.google.com');
    expect(
      settingsFromRows(rowsWith('Kalender hari libur Google (kosong = tidak dipakai)', '')).settings.holidayCalendarId,
    ).toBe('');
  });

  it('lets the form be answered by everyone or by the office only, and names any other answer', () => {
    const label = 'Formulir FPVC dapat diisi oleh (semua / kantor)';
    expect(settingsToRows(DEFAULT_SETTINGS)).toContainEqual([label, 'semua']);
    expect(settingsFromRows(rowsWith(label, ' Kantor ')).settings.formResponders).toBe('kantor');
    expect(settingsFromRows(rowsWith(label, 'Siapa saja'))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [`${label}: "siapa saja" tidak dikenal. Isi semua atau kantor.`],
    });
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
