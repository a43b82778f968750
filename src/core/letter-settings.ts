/**
 * The parts of a reply letter that come from the office's own settings (letterhead, office,
 * signer) rather than from the request. When the template uses one that is not set, the letter
 * cannot be made until an admin sets it: that is named in plain Indonesian with where to set it,
 * and it is not retried as if the failure were passing.
 */
import { checkPlaceholders, type LetterPlaceholder } from './letter';
import { SETTING_LABELS, type Settings } from './settings';

/** The setting that fills each placeholder taken from the office's settings. */
const FROM_SETTINGS: Partial<Record<LetterPlaceholder, keyof Settings>> = {
  pemerintah: 'letterGovernment',
  alamat_kantor: 'officeAddress',
  kota: 'letterCity',
  nama_kantor: 'officeName',
  email_kantor: 'officeEmail',
  nama_penandatangan: 'signerName',
  nip: 'signerNip',
  jabatan_penandatangan: 'signerPosition',
};

/** Placeholders whose value may also come from the signer's row in the Pengguna sheet. */
const FROM_PENGGUNA: ReadonlySet<string> = new Set(['nama_penandatangan', 'nip']);

/** 'NIP penandatangan (kosong = dari Pengguna)' → 'NIP penandatangan'; 'Kota (tempat surat)' stays. */
const plain = (label: string): string => label.replace(/\s*\(kosong = [^)]*\)\s*$/, '');

function listed(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} dan ${quoted[quoted.length - 1]}`;
}

/**
 * The office settings `templateText` needs and `fields` leaves empty, as one Indonesian sentence
 * naming each and where an admin sets it (what happens after the fix is the caller's to say); '' when none is missing (missing request data is not a
 * setting and is not reported here).
 */
export function missingLetterSettings(templateText: string, fields: Readonly<Record<string, string>>): string {
  const missing = checkPlaceholders(templateText, fields).missing.filter((n) => n in FROM_SETTINGS);
  if (missing.length === 0) return '';
  const labels = missing.map((n) => plain(SETTING_LABELS[FROM_SETTINGS[n as LetterPlaceholder]!]));
  const where = 'Admin mengisinya di menu Layanan Vicon › Pengaturan (atau di sheet Pengaturan)';
  const orUsers = missing.some((n) => FROM_PENGGUNA.has(n))
    ? ', atau mengisi nama dan NIP penandatangan pada barisnya di sheet Pengguna'
    : '';
  return `Surat belum dapat dibuat: pengaturan ${listed(labels)} belum diisi. ${where}${orUsers}.`;
}
