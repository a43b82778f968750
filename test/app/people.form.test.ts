/**
 * peopleForm: what an admin sees in the settings wizard's Pengguna, Plh and Sumber Daya sections —
 * titles, the row button, one readable line per row, and the choices of each field, taken from the
 * office's own data (active users, the active SOP's roles). Only admins may open it.
 */
import { peopleForm } from '../../src/app/people';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { PeopleDto } from '../../src/shared/admin-rpc';
import { world } from './fakes';
import { memoryPeople, penggunaRows } from './fakes-people';

/** The test office with a Plh and two resources besides its users. */
function office() {
  const w = world();
  w.users.push({ email: 'pensiun@kominfo.go.id', name: '', nip: '', roles: [], active: false, isAdmin: true });
  const port = memoryPeople({
    pengguna: penggunaRows(w.users),
    plh: [
      { role: 'kadis', substitute: 'kabid@kominfo.go.id', forName: 'Drs. Ahmad', from: '2026-12-01', to: '2026-12-05' },
      { role: 'kabid', substitute: 'subkoor@kominfo.go.id', forName: '', from: '2026-12-07', to: '2026-12-07' },
    ],
    sumberdaya: [
      {
        kind: 'Akun Zoom',
        name: 'Zoom Kominfo 1',
        account: 'zoom1@kominfo.go.id',
        licence: 'Pro',
        capacity: '300',
        active: 'Ya',
      },
      { kind: 'Ruang', name: 'Ruang Rapat Utama', account: '', licence: '', capacity: '', active: 'Tidak' },
    ],
  });
  return { w, port };
}

function form(w: ReturnType<typeof world>, port: ReturnType<typeof memoryPeople>): PeopleDto {
  const r = peopleForm(w.deps, port);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const section = (dto: PeopleDto, id: string) => dto.sections.find((s) => s.id === id)!;

describe('peopleForm', () => {
  it('is refused to an official who is not an admin, whatever they are', () => {
    const { w, port } = office();
    w.as('kadis@kominfo.go.id');
    expect(peopleForm(w.deps, port)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
  });

  it('names the three sections and what their row button does (only a Plh is deleted)', () => {
    const { w, port } = office();
    expect(form(w, port).sections.map((s) => [s.id, s.title, s.endLabel])).toEqual([
      ['pengguna', 'Pengguna', 'Nonaktifkan'],
      ['plh', 'Plh / Plt', 'Hapus'],
      ['sumberdaya', 'Sumber Daya', 'Nonaktifkan'],
    ]);
  });

  it('shows each user as name, email, roles, admin and state; an unnamed one by email', () => {
    const { w, port } = office();
    const rows = section(form(w, port), 'pengguna').rows;
    expect(rows.map((r) => [r.key, r.summary, r.active])).toEqual([
      ['kadis@kominfo.go.id', 'Petugas Kepala Dinas — kadis@kominfo.go.id · kadis', true],
      ['kabid@kominfo.go.id', 'Petugas Kabid Diseminasi — kabid@kominfo.go.id · kabid', true],
      ['subkoor@kominfo.go.id', 'Petugas Subkoor PKIP — subkoor@kominfo.go.id · subkoor', true],
      ['operator@kominfo.go.id', 'Petugas Operator — operator@kominfo.go.id · operator', true],
      ['admin@kominfo.go.id', 'Admin — admin@kominfo.go.id · tanpa peran · admin', true],
      [
        'pensiun@kominfo.go.id',
        'pensiun@kominfo.go.id — pensiun@kominfo.go.id · tanpa peran · admin · nonaktif',
        false,
      ],
    ]);
    expect(rows[0].values).toEqual({
      email: 'kadis@kominfo.go.id',
      name: 'Petugas Kepala Dinas',
      nip: '',
      roles: 'kadis',
      active: 'Ya',
      admin: 'Tidak',
      whatsapp: '',
    });
  });

  it('shows each Plh as who stands in for which role, for whom, and when', () => {
    const { w, port } = office();
    expect(section(form(w, port), 'plh').rows.map((r) => [r.summary, r.active])).toEqual([
      ['kabid@kominfo.go.id sebagai Plh kadis (Drs. Ahmad) 2026-12-01 s.d. 2026-12-05', true],
      ['subkoor@kominfo.go.id sebagai Plh kabid (-) 2026-12-07 s.d. 2026-12-07', true],
    ]);
  });

  it('shows each resource as kind, name, account and capacity when set, and its state', () => {
    const { w, port } = office();
    expect(section(form(w, port), 'sumberdaya').rows.map((r) => [r.key, r.summary, r.active])).toEqual([
      ['zoom kominfo 1', 'Akun Zoom: Zoom Kominfo 1 (zoom1@kominfo.go.id) · 300 orang', true],
      ['ruang rapat utama', 'Ruang: Ruang Rapat Utama · nonaktif', false],
    ]);
  });

  it("offers the active SOP's roles and only active users as a Plh's choices", () => {
    const { w, port } = office();
    w.users.find((u) => u.email === 'operator@kominfo.go.id')!.active = false;
    const fields = section(form(w, port), 'plh').fields;
    expect(fields.find((f) => f.name === 'role')!.options).toEqual(
      ['kadis', 'kabid', 'subkoor', 'operator'].map((id) => ({ id, label: id })),
    );
    expect(fields.find((f) => f.name === 'substitute')!.options).toEqual([
      { id: 'kadis@kominfo.go.id', label: 'Petugas Kepala Dinas (kadis@kominfo.go.id)' },
      { id: 'kabid@kominfo.go.id', label: 'Petugas Kabid Diseminasi (kabid@kominfo.go.id)' },
      { id: 'subkoor@kominfo.go.id', label: 'Petugas Subkoor PKIP (subkoor@kominfo.go.id)' },
      { id: 'admin@kominfo.go.id', label: 'Admin (admin@kominfo.go.id)' },
    ]);
  });

  it('labels the empty Zoom licence choice "(tidak ada)" and leaves free-text fields without choices', () => {
    const { w, port } = office();
    const fields = section(form(w, port), 'sumberdaya').fields;
    expect(fields.find((f) => f.name === 'licence')!.options).toEqual([
      { id: '', label: '(tidak ada)' },
      { id: 'Pro', label: 'Pro' },
      { id: 'Business', label: 'Business' },
      { id: 'Education', label: 'Education' },
      { id: 'Enterprise', label: 'Enterprise' },
    ]);
    expect(fields.find((f) => f.name === 'name')).not.toHaveProperty('options');
  });

  it('offers no role when the chosen SOP cannot be found', () => {
    const { w, port } = office();
    w.deps.config.settings = () => ({ settings: { ...DEFAULT_SETTINGS, presetId: 'alur-hilang' }, problems: [] });
    expect(section(form(w, port), 'plh').fields.find((f) => f.name === 'role')!.options).toEqual([]);
  });
});
