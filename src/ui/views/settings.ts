/// <reference lib="dom" />
/** The admin settings wizard: office, time zone, SOP, numbering, Zoom credentials, Setup. */

import type { SettingsFieldsDto, SettingsFormDto, ZoomCredentialsDto } from '../../shared/admin-rpc';
import { h } from '../dom';
import { field, focusHeading, messageBox, showFieldErrors, textList } from './common';
import { installCheckBlock } from '../install-check';
import { archiveBlock } from './archive';

/** What the wizard asks the controller to do. */
export interface SettingsHandlers {
  save(fields: SettingsFieldsDto, form: HTMLFormElement): void;
  saveZoom(creds: ZoomCredentialsDto, form: HTMLFormElement): void;
  testZoom(target: HTMLElement): void;
  setup(target: HTMLElement): void;
  /** "Arsipkan tahun" for `year`, its answer written into `target`. */
  archive(year: number, target: HTMLElement): void;
}

const TEXT_FIELDS: Array<[keyof SettingsFieldsDto, string, string?]> = [
  ['officeName', 'Nama kantor'],
  ['officeEmail', 'Email kantor (untuk balasan)', 'Boleh kosong.'],
  ['minLeadDays', 'Minimal hari sebelum kegiatan', 'Kosong = sesuai SOP (Bandung: H-1).'],
  ['maxDurationHours', 'Durasi rapat maksimal (jam)'],
  ['letterNumberPattern', 'Pola nomor surat', 'Contoh: {seq}/{kode}/Diskominfo/{bulan_romawi}/{tahun}'],
  ['letterCode', 'Kode klasifikasi surat'],
  ['officeHoursStart', 'Jam layanan mulai (JJ:MM)'],
  ['officeHoursEnd', 'Jam layanan selesai (JJ:MM)'],
  ['bufferMinutes', 'Jeda antar rapat (menit)'],
];

/** The working calendar: Mutu Baku counts only working hours of working days that are not holidays. */
const CALENDAR_FIELDS: Array<[keyof SettingsFieldsDto, string, string]> = [
  ['workDays', 'Hari kerja', 'Contoh: Senin, Selasa, Rabu, Kamis, Jumat. Jam kerja = jam layanan di atas.'],
  ['holidays', 'Hari libur tambahan', 'Cuti bersama dan libur daerah, TTTT-BB-HH dipisah koma. Boleh kosong.'],
  [
    'holidayCalendarId',
    'Kalender hari libur Google',
    'Hari libur nasional dibaca dari kalender ini oleh akun layanan. Kosong = hanya daftar di atas.',
  ],
];

/** When an SOP is chosen, its own time zone is proposed (Tarakan: WITA). */
function proposeZone(form: HTMLFormElement, dto: SettingsFormDto): void {
  const preset = form.elements.namedItem('presetId') as HTMLSelectElement | null;
  const zone = form.elements.namedItem('timeZone') as HTMLSelectElement | null;
  preset?.addEventListener('change', () => {
    const proposed = dto.presets.find((p) => p.id === preset.value)?.timeZone;
    if (zone && proposed) zone.value = proposed;
  });
}

/** Kop surat and signer of reply letters (all optional: empty = from Pengguna / left blank). */
const LETTER_FIELDS: Array<[keyof SettingsFieldsDto, string, string]> = [
  ['letterGovernment', 'Kop: pemerintah daerah', 'Contoh: PEMERINTAH KOTA TARAKAN'],
  ['officeAddress', 'Alamat kantor (kop)', 'Boleh kosong.'],
  ['letterCity', 'Kota (tempat surat)', 'Contoh: Tarakan'],
  ['signerName', 'Nama penandatangan', 'Kosong = pemegang peran penanda tangan di Pengguna.'],
  ['signerNip', 'NIP penandatangan', 'Boleh kosong.'],
  ['signerPosition', 'Jabatan penandatangan', 'Boleh kosong.'],
];

function select(name: string, options: Array<{ id: string; label: string }>, value: string): HTMLSelectElement {
  return h(
    'select',
    { name },
    options.map((o) => h('option', { value: o.id, selected: o.id === value ? true : null }, o.label)),
  ) as HTMLSelectElement;
}

function read(form: HTMLFormElement, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((n) => [n, (form.elements.namedItem(n) as HTMLInputElement | null)?.value ?? '']),
  );
}

function settingsForm(dto: SettingsFormDto, handlers: SettingsHandlers): HTMLFormElement {
  const form = h(
    'form',
    { class: 'settings-form', novalidate: true },
    h(
      'fieldset',
      null,
      h('legend', null, 'Kantor dan alur'),
      field({
        name: 'timeZone',
        label: 'Zona waktu',
        hint: 'Memilih alur SOP mengusulkan zona waktu kantor itu; ubah bila perlu.',
        control: select('timeZone', dto.timeZones, dto.fields.timeZone),
        required: true,
      }),
      field({
        name: 'presetId',
        label: 'Alur SOP',
        control: select(
          'presetId',
          dto.presets.map((p) => ({ id: p.id, label: p.name })),
          dto.fields.presetId,
        ),
        required: true,
      }),
      field({
        name: 'formResponders',
        label: 'Formulir FPVC dapat diisi oleh',
        hint: 'Berlaku saat disimpan (Siapkan menerapkannya pada formulir).',
        control: select('formResponders', dto.responderChoices, dto.fields.formResponders),
        required: true,
      }),
      field({
        name: 'officialWhatsApp',
        label: 'Kabari petugas lewat WhatsApp',
        hint: 'Ya: setelah bertindak, petugas mendapat tautan WhatsApp untuk mengabari petugas berikutnya (nomor di Pengguna).',
        control: select(
          'officialWhatsApp',
          ['Tidak', 'Ya'].map((v) => ({ id: v, label: v })),
          dto.fields.officialWhatsApp,
        ),
        required: true,
      }),
      TEXT_FIELDS.map(([name, label, hint]) =>
        field({
          name,
          label,
          hint,
          required: !hint,
          control: h('input', { type: 'text', value: dto.fields[name] }) as HTMLInputElement,
        }),
      ),
    ),
    h(
      'fieldset',
      null,
      h('legend', null, 'Hari kerja dan hari libur'),
      CALENDAR_FIELDS.map(([name, label, hint]) =>
        field({
          name,
          label,
          hint,
          required: name === 'workDays',
          control: h('input', { type: 'text', value: dto.fields[name] }) as HTMLInputElement,
        }),
      ),
    ),
    h(
      'fieldset',
      null,
      h('legend', null, 'Kop dan penandatangan surat'),
      LETTER_FIELDS.map(([name, label, hint]) =>
        field({
          name,
          label,
          hint,
          required: false,
          control: h('input', { type: 'text', value: dto.fields[name] }) as HTMLInputElement,
        }),
      ),
    ),
    h('div', { class: 'form-summary' }),
    h('div', { class: 'block buttons' }, h('button', { type: 'submit', class: 'action' }, 'Simpan pengaturan')),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.save(
      read(form, [
        'timeZone',
        'presetId',
        'formResponders',
        'officialWhatsApp',
        ...TEXT_FIELDS.map(([n]) => n),
        ...CALENDAR_FIELDS.map(([n]) => n),
        ...LETTER_FIELDS.map(([n]) => n),
      ]) as unknown as SettingsFieldsDto,
      form,
    );
  });
  proposeZone(form, dto);
  return form;
}

function zoomForm(dto: SettingsFormDto, handlers: SettingsHandlers): HTMLFormElement {
  const status = h(
    'p',
    { class: 'hint' },
    dto.zoomConfigured ? 'Kredensial Zoom sudah tersimpan (tidak ditampilkan).' : 'Kredensial Zoom belum diisi.',
  );
  const result = h('div', { class: 'form-summary', 'aria-live': 'polite' });
  const input = (name: keyof ZoomCredentialsDto, label: string, type = 'text') =>
    field({ name, label, required: true, control: h('input', { type, autocomplete: 'off' }) as HTMLInputElement });
  const form = h(
    'form',
    { class: 'zoom-form', novalidate: true },
    h(
      'fieldset',
      null,
      h('legend', null, 'Zoom (Server-to-Server OAuth)'),
      status,
      input('accountId', 'Account ID'),
      input('clientId', 'Client ID'),
      input('clientSecret', 'Client Secret', 'password'),
    ),
    result,
    h(
      'div',
      { class: 'block buttons' },
      h('button', { type: 'submit', class: 'action' }, 'Simpan kredensial'),
      h('button', { type: 'button', class: 'secondary', onClick: () => handlers.testZoom(result) }, 'Tes koneksi'),
    ),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.saveZoom(read(form, ['accountId', 'clientId', 'clientSecret']) as unknown as ZoomCredentialsDto, form);
  });
  return form;
}

/** The whole wizard. */
export function renderSettings(dto: SettingsFormDto, handlers: SettingsHandlers): HTMLElement {
  const setupResult = h('div', { class: 'form-summary', 'aria-live': 'polite' });
  return h(
    'section',
    { class: 'settings' },
    focusHeading('h2', 'Pengaturan'),
    settingsForm(dto, handlers),
    zoomForm(dto, handlers),
    h(
      'div',
      { class: 'block' },
      h('h3', null, 'Pengguna dan sumber daya'),
      h('p', null, `${dto.users.active} pengguna aktif (sheet Pengguna; Plh di sheet Plh). ${dto.resources.summary}`),
      textList([...dto.users.problems, ...dto.resources.problems], 'problems', 'Perlu diperbaiki'),
    ),
    h(
      'div',
      { class: 'block buttons' },
      h(
        'button',
        { type: 'button', class: 'secondary', onClick: () => handlers.setup(setupResult) },
        'Jalankan Siapkan',
      ),
    ),
    setupResult,
    archiveBlock(dto, handlers.archive),
    installCheckBlock(),
  );
}

/** Show field errors (or clear them) and a summary message in a wizard form. */
export function showFormResult(
  form: HTMLFormElement,
  result: { saved: true; message: string } | { saved: false; errors: Record<string, string | undefined> },
): void {
  const summary = form.querySelector('.form-summary') as HTMLElement;
  summary.textContent = '';
  const count = showFieldErrors(form, result.saved ? {} : result.errors);
  summary.append(
    result.saved ? messageBox('success', result.message) : messageBox('alert', `Periksa ${count} isian yang ditandai.`),
  );
}
