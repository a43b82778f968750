/**
 * Validation of one row an admin saves in the settings wizard's Pengguna, Plh or Sumber Daya
 * section: every field checked, one Indonesian message per bad field, and the row's values
 * normalised as the sheet should hold them. Pure.
 */
import { isLocalDate } from './dates';
import { isEmail } from './email';
import { HOST_CAPACITIES, RESOURCE_KIND_NAMES, RESOURCE_KINDS, ZOOM_LICENCE } from './resource-rules';
import { cleanText } from './sheet-text';
import { whatsAppNumberText } from './whatsapp';
import { rowKey, SECTION_FIELDS, type PeopleSection, type RowValues } from './people-fields';
import type { UserRecord } from './users';

/** What a row is checked against: the section's other rows, the users, the roles of the SOP. */
export interface RowContext {
  /** Keys of the section's other rows (the edited row left out). */
  otherKeys: string[];
  users: UserRecord[];
  /** Role ids an official may hold (the active SOP's, and those the edited row already holds). */
  roles: string[];
  /** The admin saving (may not deactivate or un-admin themselves). */
  self: string;
}

/** Field → Indonesian message. */
export type RowErrors = Record<string, string>;
type Check = (v: RowValues, ctx: RowContext, errors: RowErrors) => void;

const YES = ['ya', 'y', 'true', '1', 'aktif'];

/** `field` is one of the section's fields, so `v` always holds it. */
function tooLong(v: RowValues, errors: RowErrors, field: string, max: number, label: string): void {
  if (v[field].length > max) errors[field] = `${label} terlalu panjang (paling banyak ${max} huruf).`;
}

const activeUser = (ctx: RowContext, email: string): boolean =>
  ctx.users.some((u) => u.active && u.email === email.toLowerCase());

/** An official's WhatsApp number: empty, or an Indonesian mobile number kept as '+62…'. */
function checkWhatsApp(v: RowValues, errors: RowErrors): void {
  if (!v.whatsapp) return;
  const number = whatsAppNumberText(v.whatsapp);
  if (number) v.whatsapp = number;
  else errors.whatsapp = 'Nomor WhatsApp harus nomor ponsel Indonesia, misalnya 0812 3456 7890 atau +62 812 3456 7890.';
}

const checkUser: Check = (v, ctx, errors) => {
  if (!isEmail(v.email)) errors.email = 'Email tidak valid.';
  else if (ctx.otherKeys.includes(v.email.toLowerCase())) errors.email = 'Email ini sudah ada di Pengguna.';
  if (!v.name) errors.name = 'Nama wajib diisi.';
  tooLong(v, errors, 'name', 120, 'Nama');
  if (v.nip && !/^[\d ]{8,30}$/.test(v.nip)) errors.nip = 'NIP hanya berisi angka (boleh dengan spasi).';
  checkWhatsApp(v, errors);
  const roles = v.roles
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  const unknown = roles.filter((r) => !ctx.roles.includes(r));
  if (unknown.length)
    errors.roles = `Peran "${unknown.join(', ')}" tidak dikenal. Pilih dari: ${ctx.roles.join(', ')}.`;
  v.roles = [...new Set(roles)].join(', ');
  if (v.email.toLowerCase() === ctx.self && (v.active !== 'Ya' || v.admin !== 'Ya'))
    errors[v.active !== 'Ya' ? 'active' : 'admin'] =
      'Anda tidak dapat menonaktifkan atau mencabut admin akun Anda sendiri. Minta admin lain.';
};

const checkDelegation: Check = (v, ctx, errors) => {
  v.role = v.role.toLowerCase();
  if (!ctx.roles.includes(v.role)) errors.role = 'Pilih peran yang digantikan.';
  if (!activeUser(ctx, v.substitute)) errors.substitute = 'Pengganti harus pengguna aktif di sheet Pengguna.';
  tooLong(v, errors, 'forName', 120, 'Nama pejabat');
  for (const f of ['from', 'to']) if (!isLocalDate(v[f])) errors[f] = 'Isi tanggal (TTTT-BB-HH).';
  if (!errors.from && !errors.to && v.to < v.from) errors.to = 'Tanggal selesai tidak boleh sebelum tanggal mulai.';
  if (!errors.role && ctx.otherKeys.includes(rowKey('plh', v))) errors.role = 'Plh yang sama sudah tercatat.';
};

function checkHost(v: RowValues, errors: RowErrors): void {
  if (!v.account) errors.account = 'Isi email atau ID pengguna Zoom.';
  if (!ZOOM_LICENCE.test(v.licence)) errors.licence = 'Pilih lisensi Zoom: Pro, Business, Education, atau Enterprise.';
  // An empty capacity reads as 0, which is no capacity Zoom sells.
  if (!HOST_CAPACITIES.includes(Number(v.capacity)))
    errors.capacity = `Kapasitas akun Zoom harus ${HOST_CAPACITIES.join(', ')}.`;
}

const checkResource: Check = (v, ctx, errors) => {
  const kind = RESOURCE_KINDS[v.kind.toLowerCase()];
  if (!kind) errors.kind = `Pilih jenis: ${RESOURCE_KIND_NAMES.join(', ')}.`;
  else v.kind = RESOURCE_KIND_NAMES[['host', 'room', 'operator'].indexOf(kind)];
  if (!v.name) errors.name = 'Nama wajib diisi.';
  else if (ctx.otherKeys.includes(v.name.toLowerCase())) errors.name = 'Nama ini sudah dipakai sumber daya lain.';
  tooLong(v, errors, 'name', 100, 'Nama');
  tooLong(v, errors, 'notes', 300, 'Catatan');
  if (kind === 'host') checkHost(v, errors);
  if (kind === 'room' && v.capacity !== '' && !/^\d{1,5}$/.test(v.capacity))
    errors.capacity = 'Kapasitas ruang harus bilangan bulat (boleh kosong).';
  if (kind === 'operator' && !activeUser(ctx, v.account))
    errors.account = 'Isi email operator yang terdaftar aktif di sheet Pengguna.';
};

const CHECKS: Record<PeopleSection, Check> = { pengguna: checkUser, plh: checkDelegation, sumberdaya: checkResource };

/** Validate `raw` for `section`: the normalised values, or one message per bad field. */
export function validateRow(
  section: PeopleSection,
  raw: RowValues,
  ctx: RowContext,
): { ok: true; values: RowValues } | { ok: false; errors: RowErrors } {
  const values: RowValues = {};
  for (const f of SECTION_FIELDS[section]) {
    const text = cleanText(raw?.[f.name], 500);
    values[f.name] = f.kind === 'check' ? (YES.includes(text.toLowerCase()) ? 'Ya' : 'Tidak') : text;
  }
  const errors: RowErrors = {};
  CHECKS[section](values, ctx, errors);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
