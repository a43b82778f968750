/**
 * savePeopleRow for Pengguna: who may add or change officials (the server's own Pengguna, never
 * the client), what is written and what stays, the refusals an admin reads, and the spreadsheet's
 * editors brought in line after each saved user.
 */
import { savePeopleRow } from '../../src/app/people';
import type { PeopleSaveDto } from '../../src/shared/admin-rpc';
import { world } from './fakes';
import { memoryPeople, penggunaRows } from './fakes-people';

function office() {
  const w = world();
  const port = memoryPeople({ pengguna: penggunaRows(w.users) });
  port.editors = new Set(w.users.map((u) => u.email));
  let invalidated = 0;
  w.deps.config.invalidate = () => void invalidated++;
  const before = structuredClone(port.sheets);
  return { w, port, before, invalidated: () => invalidated };
}

const user = (values: Record<string, string>) => ({
  email: 'baru@kominfo.go.id',
  name: 'Siti Aminah',
  nip: '',
  roles: 'kabid',
  active: 'Ya',
  admin: 'Tidak',
  whatsapp: '',
  ...values,
});
const add = (values: Record<string, string>): PeopleSaveDto => ({
  section: 'pengguna',
  key: null,
  values: user(values),
});
const kadis = penggunaRows(world().users)[0];

describe('savePeopleRow: Pengguna', () => {
  it('adds an official, shares the spreadsheet with them and says so', () => {
    const { w, port, before, invalidated } = office();
    const r = savePeopleRow(w.deps, port, add({}));
    expect(port.writes).toEqual([{ section: 'pengguna', key: null, values: user({}) }]);
    expect(port.sheets.pengguna).toEqual([...before.pengguna, user({})]);
    expect(port.editors.has('baru@kominfo.go.id')).toBe(true);
    expect(invalidated()).toBe(1);
    if (!r.ok || !r.value.saved) throw new Error(JSON.stringify(r));
    expect(r.value.message).toBe('Pengguna disimpan. Spreadsheet dibagikan sebagai editor kepada: baru@kominfo.go.id.');
    expect(r.value.people.sections[0].rows.at(-1)!.summary).toBe('Siti Aminah — baru@kominfo.go.id · kabid');
  });

  it('edits only the chosen row, keeping its key, and needs no sharing change', () => {
    const { w, port, before } = office();
    const r = savePeopleRow(w.deps, port, {
      section: 'pengguna',
      key: 'kadis@kominfo.go.id',
      values: { ...kadis, name: 'Dr. Budi', nip: '1980 0101' },
    });
    const written = { ...kadis, name: 'Dr. Budi', nip: '1980 0101' };
    expect(port.writes).toEqual([{ section: 'pengguna', key: 'kadis@kominfo.go.id', values: written }]);
    expect(port.sheets.pengguna).toEqual([written, ...before.pengguna.slice(1)]);
    expect(r).toMatchObject({ ok: true, value: { saved: true, message: 'Pengguna disimpan.' } });
  });

  it('deactivates an official (the row stays) and takes their editor access away', () => {
    const { w, port } = office();
    const r = savePeopleRow(w.deps, port, {
      section: 'pengguna',
      key: 'kadis@kominfo.go.id',
      values: { ...kadis, active: '' },
    });
    expect(port.sheets.pengguna[0]).toEqual({ ...kadis, active: 'Tidak' });
    expect(port.editors.has('kadis@kominfo.go.id')).toBe(false);
    expect(r).toMatchObject({
      ok: true,
      value: { saved: true, message: 'Pengguna disimpan. Akses editor spreadsheet dicabut: kadis@kominfo.go.id.' },
    });
  });

  it('refuses an official who is not an admin, whatever the request claims, and writes nothing', () => {
    const { w, port, before } = office();
    w.as('kadis@kominfo.go.id');
    const r = savePeopleRow(w.deps, port, add({ admin: 'Ya' }));
    expect(r).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    expect(port.writes).toEqual([]);
    expect(port.sheets).toEqual(before);
  });

  it('does not let an admin deactivate or un-admin themselves, so the office keeps its admin', () => {
    const { w, port } = office();
    w.as('Admin@Kominfo.go.id');
    const self = port.sheets.pengguna.find((v) => v.email === 'admin@kominfo.go.id')!;
    const message = 'Anda tidak dapat menonaktifkan atau mencabut admin akun Anda sendiri. Minta admin lain.';
    for (const [field, errors] of [
      ['active', { active: message }],
      ['admin', { admin: message }],
    ] as const) {
      const r = savePeopleRow(w.deps, port, {
        section: 'pengguna',
        key: 'admin@kominfo.go.id',
        values: { ...self, [field]: 'Tidak' },
      });
      expect(r).toEqual({ ok: true, value: { saved: false, errors } });
    }
    expect(port.writes).toEqual([]);
  });

  it("lets a second admin withdraw the first admin's right", () => {
    const { w, port } = office();
    const second = {
      email: 'admin2@kominfo.go.id',
      name: 'Admin Dua',
      nip: '',
      roles: [],
      active: true,
      isAdmin: true,
    };
    w.users.push(second);
    port.sheets.pengguna.push(...penggunaRows([second]));
    w.as('admin2@kominfo.go.id');
    const first = port.sheets.pengguna.find((v) => v.email === 'admin@kominfo.go.id')!;
    const r = savePeopleRow(w.deps, port, { section: 'pengguna', key: first.email, values: { ...first, admin: '' } });
    expect(r).toMatchObject({ ok: true, value: { saved: true } });
    expect(port.writes).toEqual([{ section: 'pengguna', key: first.email, values: { ...first, admin: 'Tidak' } }]);
  });

  it('refuses a bad email, a duplicate email and an unknown role, writing nothing and sharing nothing', () => {
    const { w, port, before } = office();
    port.editors.add('lama@kominfo.go.id');
    const refused = (dto: PeopleSaveDto) => savePeopleRow(w.deps, port, dto);
    expect(refused(add({ email: 'bukan-email' }))).toEqual({
      ok: true,
      value: { saved: false, errors: { email: 'Email tidak valid.' } },
    });
    expect(refused(add({ email: 'kadis@kominfo.go.id' }))).toEqual({
      ok: true,
      value: { saved: false, errors: { email: 'Email ini sudah ada di Pengguna.' } },
    });
    expect(refused(add({ roles: 'kabid, sekdis' }))).toEqual({
      ok: true,
      value: {
        saved: false,
        errors: { roles: 'Peran "sekdis" tidak dikenal. Pilih dari: kadis, kabid, subkoor, operator.' },
      },
    });
    expect(port.writes).toEqual([]);
    expect(port.sheets).toEqual(before);
    expect(port.editors.has('lama@kominfo.go.id')).toBe(true);
  });

  it('refuses a row that changed or went away since the form was loaded', () => {
    const { w, port } = office();
    const r = savePeopleRow(w.deps, port, { section: 'pengguna', key: 'pindah@kominfo.go.id', values: user({}) });
    expect(r).toEqual({
      ok: true,
      value: { saved: false, errors: { _: 'Baris ini sudah berubah atau dihapus. Muat ulang Pengaturan.' } },
    });
    expect(port.writes).toEqual([]);
  });

  it('keeps roles an official already holds though the SOP no longer has them', () => {
    const { w, port } = office();
    port.sheets.pengguna[0].roles = 'kadis, sekdis';
    const values = { ...kadis, roles: 'sekdis,kadis', name: 'Dr. Budi' };
    const r = savePeopleRow(w.deps, port, { section: 'pengguna', key: 'kadis@kominfo.go.id', values });
    expect(r).toMatchObject({ ok: true, value: { saved: true } });
    expect(port.sheets.pengguna[0]).toEqual({ ...kadis, roles: 'sekdis, kadis', name: 'Dr. Budi' });
  });

  it('does not delete an official (they are deactivated instead)', () => {
    const { w, port, before } = office();
    const r = savePeopleRow(w.deps, port, {
      section: 'pengguna',
      key: 'kadis@kominfo.go.id',
      values: kadis,
      remove: true,
    });
    expect(r).toEqual({
      ok: true,
      value: { saved: false, errors: { _: 'Hanya Plh yang dapat dihapus; yang lain dinonaktifkan.' } },
    });
    expect(port.sheets).toEqual(before);
  });

  it('refuses a section it does not know', () => {
    const { w, port } = office();
    const r = savePeopleRow(w.deps, port, { section: 'rahasia', key: null, values: {} } as unknown as PeopleSaveDto);
    expect(r).toEqual({ ok: false, error: 'Bagian Pengaturan tidak dikenal.' });
    expect(savePeopleRow(w.deps, port, null as unknown as PeopleSaveDto)).toEqual(r);
    expect(port.writes).toEqual([]);
  });
});
