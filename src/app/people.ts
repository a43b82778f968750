/**
 * The settings wizard's Pengguna, Plh and Sumber Daya sections: admins list, add, edit and
 * deactivate (Plh: remove) rows without typing in the protected sheets. Each save is checked
 * field by field (core/people-form.ts), written under the script lock, clears the cached
 * configuration, and — for Pengguna — brings the spreadsheet's editors in line.
 */
import { PEOPLE_SECTIONS, SECTION_FIELDS, type PeopleSection, type RowValues } from '../core/people-fields';
import { validateRow } from '../core/people-form';
import type { PeopleDto, PeopleFieldDto, PeopleSaveDto, PeopleSaveResultDto } from '../shared/admin-rpc';
import type { Result } from '../shared/rpc';
import { asAdmin } from './guards';
import { activePreset } from './preset';
import type { Deps } from './ports';

/** One stored row of a section, keyed as core/people-fields.ts keys it. */
export interface PeopleRow {
  key: string;
  values: RowValues;
}

/** The three sheets behind the sections. */
export interface PeoplePort {
  rows(section: PeopleSection): PeopleRow[];
  /** Write `values` over the row keyed `key` (null: a new row at the end), or delete it when `values` is null. */
  write(section: PeopleSection, key: string | null, values: RowValues | null): void;
  /** Share the spreadsheet with Pengguna's active users, unshare the rest; lines for what changed. */
  syncEditors(): string[];
}

const TITLES: Record<PeopleSection, [string, string]> = {
  pengguna: ['Pengguna', 'Nonaktifkan'],
  plh: ['Plh / Plt', 'Hapus'],
  sumberdaya: ['Sumber Daya', 'Nonaktifkan'],
};

function summary(section: PeopleSection, v: RowValues): string {
  const state = v.active === 'Tidak' ? ' · nonaktif' : '';
  if (section === 'pengguna')
    return `${v.name || v.email} — ${v.email} · ${v.roles || 'tanpa peran'}${v.admin === 'Ya' ? ' · admin' : ''}${state}`;
  if (section === 'plh') return `${v.substitute} sebagai Plh ${v.role} (${v.forName || '-'}) ${v.from} s.d. ${v.to}`;
  return `${v.kind}: ${v.name}${v.account ? ` (${v.account})` : ''}${v.capacity ? ` · ${v.capacity} orang` : ''}${state}`;
}

function roleIds(deps: Deps): string[] {
  const found = activePreset(deps);
  return found.ok ? found.preset.roles.map((r) => r.id) : [];
}

function fieldsOf(deps: Deps, section: PeopleSection): PeopleFieldDto[] {
  const users = deps.config.users().users.filter((u) => u.active);
  return SECTION_FIELDS[section].map((f) => {
    const { options, ...rest } = f;
    if (options === 'roles') return { ...rest, options: roleIds(deps).map((id) => ({ id, label: id })) };
    if (options === 'users')
      return { ...rest, options: users.map((u) => ({ id: u.email, label: `${u.name} (${u.email})` })) };
    return options ? { ...rest, options: options.map((o) => ({ id: o, label: o || '(tidak ada)' })) } : rest;
  });
}

function people(deps: Deps, port: PeoplePort): PeopleDto {
  return {
    sections: PEOPLE_SECTIONS.map((id) => ({
      id,
      title: TITLES[id][0],
      endLabel: TITLES[id][1],
      fields: fieldsOf(deps, id),
      rows: port.rows(id).map((r) => ({
        key: r.key,
        summary: summary(id, r.values),
        active: r.values.active !== 'Tidak',
        values: r.values,
      })),
    })),
  };
}

/** The three sections with their rows (admins only). */
export function peopleForm(deps: Deps, port: PeoplePort): Result<PeopleDto> {
  return asAdmin(deps, () => ({ ok: true, value: people(deps, port) }));
}

function save(
  deps: Deps,
  port: PeoplePort,
  dto: PeopleSaveDto,
  self: string,
): { errors: Record<string, string> } | null {
  const section = dto.section;
  const rows = port.rows(section);
  const edited = rows.find((r) => r.key === dto.key);
  if (dto.key !== null && !edited)
    return { errors: { _: 'Baris ini sudah berubah atau dihapus. Muat ulang Pengaturan.' } };
  if (dto.remove) {
    if (section !== 'plh' || !edited)
      return { errors: { _: 'Hanya Plh yang dapat dihapus; yang lain dinonaktifkan.' } };
    port.write(section, edited.key, null);
    return null;
  }
  const held = (edited?.values.roles ?? '').split(',').map((r) => r.trim());
  const checked = validateRow(section, dto.values, {
    otherKeys: rows.filter((r) => r !== edited).map((r) => r.key),
    users: deps.config.users().users,
    roles: [...new Set([...roleIds(deps), ...held, ...(section === 'plh' ? [edited?.values.role ?? ''] : [])])].filter(
      Boolean,
    ),
    self,
  });
  if (!checked.ok) return { errors: checked.errors };
  port.write(section, edited?.key ?? null, { ...edited?.values, ...checked.values });
  return null;
}

/** Add, edit, deactivate or (Plh) remove one row, for an admin; field errors when it is not valid. */
export function savePeopleRow(deps: Deps, port: PeoplePort, dto: PeopleSaveDto): Result<PeopleSaveResultDto> {
  return asAdmin<PeopleSaveResultDto>(deps, (actor) => {
    if (!dto || !PEOPLE_SECTIONS.includes(dto.section)) return { ok: false, error: 'Bagian Pengaturan tidak dikenal.' };
    const lines: string[] = [];
    const failed = deps.lock.run(() => {
      const result = save(deps, port, dto, actor.email);
      deps.config.invalidate();
      if (!result && dto.section === 'pengguna') lines.push(...port.syncEditors());
      return result;
    });
    if (failed) return { ok: true, value: { saved: false, errors: failed.errors } };
    const what = dto.remove ? 'dihapus' : 'disimpan';
    const message = [`${TITLES[dto.section][0]} ${what}.`, ...lines].join(' ');
    return { ok: true, value: { saved: true, message, people: people(deps, port) } };
  });
}
