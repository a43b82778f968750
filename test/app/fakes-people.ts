/** A small stateful fake of the Pengguna, Plh and Sumber Daya sheets (the people port). */
import type { PeoplePort } from '../../src/app/people';
import { rowKey, type PeopleSection, type RowValues } from '../../src/core/people-fields';
import type { UserRecord } from '../../src/core/users';

/** One call of the people port's `write`, as the use case made it. */
interface PeopleWrite {
  section: PeopleSection;
  key: string | null;
  values: RowValues | null;
}

/**
 * The Pengguna, Plh and Sumber Daya sheets in memory, like io/people-port.ts: rows keyed by
 * rowKey; `write` with a key overwrites the fields it is given on that row (others, e.g. a
 * resource's calendarId, stay), without one appends, with null values deletes; `writes` logs
 * every call. `syncEditors` shares with Pengguna's active users and unshares the rest of
 * `editors`, answering in io/editors.ts's words.
 */
export function memoryPeople(
  seed: Partial<Record<PeopleSection, RowValues[]>> = {},
): PeoplePort & { sheets: Record<PeopleSection, RowValues[]>; writes: PeopleWrite[]; editors: Set<string> } {
  const sheets: Record<PeopleSection, RowValues[]> = {
    pengguna: [],
    plh: [],
    sumberdaya: [],
    ...structuredClone(seed),
  };
  const port = {
    sheets,
    writes: [] as PeopleWrite[],
    editors: new Set<string>(),
    rows: (section: PeopleSection) => sheets[section].map((v) => ({ key: rowKey(section, v), values: { ...v } })),
    write(section: PeopleSection, key: string | null, values: RowValues | null) {
      port.writes.push(structuredClone({ section, key, values }));
      const at = key === null ? -1 : sheets[section].findIndex((v) => rowKey(section, v) === key);
      if (values === null) sheets[section] = sheets[section].filter((_v, i) => i !== at);
      else if (at < 0) sheets[section].push({ ...values });
      else sheets[section][at] = { ...sheets[section][at], ...values };
    },
    syncEditors() {
      const active = sheets.pengguna.filter((v) => v.active === 'Ya').map((v) => v.email.toLowerCase());
      const added = active.filter((e) => !port.editors.has(e));
      const removed = [...port.editors].filter((e) => !active.includes(e));
      port.editors = new Set(active);
      return [
        ...(added.length ? [`Spreadsheet dibagikan sebagai editor kepada: ${added.join(', ')}.`] : []),
        ...(removed.length ? [`Akses editor spreadsheet dicabut: ${removed.join(', ')}.`] : []),
      ];
    },
  };
  return port;
}

/** `users` as their Pengguna rows would read (active and admin as 'Ya' / 'Tidak'). */
export const penggunaRows = (users: UserRecord[]): RowValues[] =>
  users.map((u) => ({
    email: u.email,
    name: u.name,
    nip: u.nip,
    roles: u.roles.join(', '),
    active: u.active ? 'Ya' : 'Tidak',
    admin: u.isAdmin ? 'Ya' : 'Tidak',
    whatsapp: '',
  }));
