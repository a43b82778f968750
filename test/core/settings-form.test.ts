/** The settings wizard: the text fields an administrator fills in and the message beside each wrong one. */
import { settingsToFields, validateSettingsForm, type SettingsFieldsDto } from '../../src/core/settings-form';
import { TARAKAN_OFFICE as OFFICE } from './settings-fixture';

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

  it('shows working days and holidays as typed text, and reads them back as an administrator types them', () => {
    const office = { ...OFFICE, workDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-12-24', '2026-12-31'] };
    expect(settingsToFields(office)).toMatchObject({
      workDays: 'Senin, Selasa, Rabu, Kamis, Jumat, Sabtu',
      holidays: '2026-12-24, 2026-12-31',
    });
    expect(validateSettingsForm(settingsToFields(office), PRESETS, OFFICE)).toEqual({ ok: true, settings: office });
    expect(
      validateSettingsForm(
        fields({ workDays: 'Senin s.d. Kamis', holidays: '31/12/2026; 2026-08-17' }),
        PRESETS,
        OFFICE,
      ),
    ).toMatchObject({ ok: true, settings: { workDays: [1, 2, 3, 4], holidays: ['2026-08-17', '2026-12-31'] } });
  });

  it.each([
    [
      { workDays: 'Senin, Libur' },
      'workDays',
      'Hari kerja tidak terbaca; tulis misalnya Senin, Selasa, Rabu, Kamis, Jumat.',
    ],
    [{ workDays: '' }, 'workDays', 'Hari kerja tidak terbaca; tulis misalnya Senin, Selasa, Rabu, Kamis, Jumat.'],
    [{ holidays: '2026-12-24, besok' }, 'holidays', 'Hari libur harus tanggal TTTT-BB-HH, dipisah koma.'],
  ])('refuses the working calendar %j → %s: %s', (over, field, message) => {
    const out = validateSettingsForm(fields(over), PRESETS, OFFICE);
    expect(out).toEqual({ ok: false, errors: { [field]: message } });
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
