/**
 * The settings wizard's three people-and-resources sections (Pengguna, Plh, Sumber Daya): their
 * fields as an admin fills them in, and how a row is keyed. Pure; values are the text an admin
 * typed or chose ('Ya' / 'Tidak' for a check box).
 */
import { RESOURCE_KIND_NAMES } from './resource-rules';

/** A section of the wizard, one per sheet. */
export type PeopleSection = 'pengguna' | 'plh' | 'sumberdaya';
/** Every section, in the wizard's order. */
export const PEOPLE_SECTIONS: readonly PeopleSection[] = ['pengguna', 'plh', 'sumberdaya'];
/** One row's values by field name. */
export type RowValues = Record<string, string>;

/** One field of a section's form. `options` 'roles' / 'users' are filled from the office's data. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'select' | 'check' | 'date';
  required: boolean;
  hint?: string;
  options?: string[] | 'roles' | 'users';
}

const text = (name: string, label: string, required: boolean, hint?: string): FieldSpec => ({
  name,
  label,
  kind: 'text',
  required,
  hint,
});
const check = (name: string, label: string): FieldSpec => ({ name, label, kind: 'check', required: false });

/** The fields of each section, in sheet column order. */
export const SECTION_FIELDS: Record<PeopleSection, FieldSpec[]> = {
  pengguna: [
    text('email', 'Email akun Google', true),
    text('name', 'Nama', true),
    text('nip', 'NIP', false, 'Boleh kosong. Dipakai pada surat yang ditandatangani.'),
    text('roles', 'Peran', false, 'Kode peran dipisah koma, misalnya: kadis, kabid. Kosong untuk admin saja.'),
    check('active', 'Aktif'),
    check('admin', 'Admin (boleh membuka Pengaturan)'),
    text(
      'whatsapp',
      'Nomor WhatsApp',
      false,
      'Boleh kosong. Nomor ponsel Indonesia (08… atau +62…); dipakai bila kantor memakai WhatsApp untuk petugas.',
    ),
  ],
  plh: [
    { name: 'role', label: 'Peran yang digantikan', kind: 'select', required: true, options: 'roles' },
    { name: 'substitute', label: 'Pengganti (Plh/Plt)', kind: 'select', required: true, options: 'users' },
    text('forName', 'Nama pejabat yang digantikan', false),
    { name: 'from', label: 'Dari tanggal', kind: 'date', required: true },
    { name: 'to', label: 'Sampai tanggal', kind: 'date', required: true },
  ],
  sumberdaya: [
    { name: 'kind', label: 'Jenis', kind: 'select', required: true, options: RESOURCE_KIND_NAMES },
    text('name', 'Nama', true, 'Nama tampil, misalnya "Zoom Kominfo 1" atau "Ruang Rapat Utama".'),
    text('account', 'Akun Zoom (email/ID) atau email operator', false, 'Wajib untuk akun Zoom dan operator.'),
    {
      name: 'licence',
      label: 'Lisensi Zoom',
      kind: 'select',
      required: false,
      options: ['', 'Pro', 'Business', 'Education', 'Enterprise'],
    },
    text('capacity', 'Kapasitas (peserta)', false, 'Akun Zoom: 100, 300, 500 atau 1000. Ruang: boleh kosong.'),
    check('active', 'Aktif'),
    text('notes', 'Catatan', false),
  ],
};

/** The key that names a row of `section`: the email, the Plh's role+person+dates, the resource's name. */
export function rowKey(section: PeopleSection, v: RowValues): string {
  const t = (k: string) => (v[k] ?? '').trim().toLowerCase();
  if (section === 'pengguna') return t('email');
  if (section === 'plh') return [t('role'), t('substitute'), t('from'), t('to')].join('|');
  return t('name');
}
