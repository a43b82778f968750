/**
 * savePeopleRow for Plh and Sumber Daya: a Plh is added, edited or deleted, a resource edited with
 * the columns the wizard does not show left as they were; neither touches the spreadsheet's editors.
 */
import { savePeopleRow } from '../../src/app/people';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { PeopleSaveDto } from '../../src/shared/admin-rpc';
import { world } from './fakes';
import { memoryPeople, penggunaRows } from './fakes-people';

const PLH = {
  role: 'kadis',
  substitute: 'kabid@kominfo.go.id',
  forName: 'Drs. Ahmad',
  from: '2026-12-01',
  to: '2026-12-05',
};
const PLH_KEY = 'kadis|kabid@kominfo.go.id|2026-12-01|2026-12-05';
const ZOOM = {
  kind: 'Akun Zoom',
  name: 'Zoom Kominfo 1',
  account: 'zoom1@kominfo.go.id',
  licence: 'Pro',
  capacity: '300',
  calendarId: 'c_zoom1@group.calendar.google.com',
  active: 'Ya',
  notes: '',
};

/** The test office with one Plh and one Zoom account; an extra editor shows whether sharing was touched. */
function office() {
  const w = world();
  const port = memoryPeople({ pengguna: penggunaRows(w.users), plh: [PLH], sumberdaya: [ZOOM] });
  port.editors = new Set([...w.users.map((u) => u.email), 'lama@kominfo.go.id']);
  return {
    w,
    port,
    before: structuredClone(port.sheets),
    save: (dto: PeopleSaveDto) => savePeopleRow(w.deps, port, dto),
  };
}

describe('savePeopleRow: Plh', () => {
  it('deletes a Plh row and says so, leaving the editors alone', () => {
    const { port, before, save } = office();
    const r = save({ section: 'plh', key: PLH_KEY, values: PLH, remove: true });
    expect(port.writes).toEqual([{ section: 'plh', key: PLH_KEY, values: null }]);
    expect(port.sheets).toEqual({ ...before, plh: [] });
    expect(port.editors.has('lama@kominfo.go.id')).toBe(true);
    if (!r.ok || !r.value.saved) throw new Error(JSON.stringify(r));
    expect(r.value.message).toBe('Plh / Plt dihapus.');
    expect(r.value.people.sections[1].rows).toEqual([]);
  });

  it('refuses to delete a Plh row that is not there yet', () => {
    const { port, save } = office();
    expect(save({ section: 'plh', key: null, values: PLH, remove: true })).toEqual({
      ok: true,
      value: { saved: false, errors: { _: 'Hanya Plh yang dapat dihapus; yang lain dinonaktifkan.' } },
    });
    expect(port.writes).toEqual([]);
  });

  it('adds a Plh for a role of the SOP, and refuses one without a role', () => {
    const { port, save } = office();
    const next = { ...PLH, role: 'Kabid', substitute: 'subkoor@kominfo.go.id', forName: '' };
    expect(save({ section: 'plh', key: null, values: { ...next, role: '' } })).toEqual({
      ok: true,
      value: { saved: false, errors: { role: 'Pilih peran yang digantikan.' } },
    });
    expect(save({ section: 'plh', key: null, values: next })).toMatchObject({
      ok: true,
      value: { saved: true, message: 'Plh / Plt disimpan.' },
    });
    expect(port.writes).toEqual([{ section: 'plh', key: null, values: { ...next, role: 'kabid' } }]);
    expect(port.editors.has('lama@kominfo.go.id')).toBe(true);
  });

  it('lets an admin edit a Plh whose role the SOP no longer has', () => {
    const { port, save } = office();
    const old = { ...PLH, role: 'sekdis' };
    port.sheets.plh = [old];
    const key = 'sekdis|kabid@kominfo.go.id|2026-12-01|2026-12-05';
    expect(save({ section: 'plh', key, values: { ...old, to: '2026-12-09' } })).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    expect(port.sheets.plh).toEqual([{ ...old, to: '2026-12-09' }]);
  });
});

describe('savePeopleRow: Sumber Daya', () => {
  it('edits a resource, keeping its calendar and other rows, without touching the editors', () => {
    const { port, save } = office();
    const room = {
      kind: 'Ruang',
      name: 'Aula',
      account: '',
      licence: '',
      capacity: '',
      calendarId: 'c_aula',
      active: 'Ya',
      notes: '',
    };
    port.sheets.sumberdaya.push(room);
    const { calendarId: _hidden, ...shown } = ZOOM;
    const r = save({ section: 'sumberdaya', key: 'zoom kominfo 1', values: { ...shown, capacity: '500', active: '' } });
    expect(r).toMatchObject({ ok: true, value: { saved: true, message: 'Sumber Daya disimpan.' } });
    const written = { ...ZOOM, capacity: '500', active: 'Tidak' };
    expect(port.writes).toEqual([{ section: 'sumberdaya', key: 'zoom kominfo 1', values: written }]);
    expect(port.sheets.sumberdaya).toEqual([written, room]);
    expect(port.editors.has('lama@kominfo.go.id')).toBe(true);
  });

  it('refuses a Zoom account with a capacity Zoom does not sell, and a name already used', () => {
    const { port, before, save } = office();
    const { calendarId: _hidden, ...shown } = ZOOM;
    expect(
      save({ section: 'sumberdaya', key: null, values: { ...shown, name: 'zoom kominfo 1', capacity: '250' } }),
    ).toEqual({
      ok: true,
      value: {
        saved: false,
        errors: {
          name: 'Nama ini sudah dipakai sumber daya lain.',
          capacity: 'Kapasitas akun Zoom harus 100, 300, 500, 1000.',
        },
      },
    });
    expect(port.sheets).toEqual(before);
  });
});

describe('savePeopleRow without the SOP', () => {
  it('still accepts the roles an official holds, and nothing else, when the chosen SOP is missing', () => {
    const { w, port, save } = office();
    w.deps.config.settings = () => ({ settings: { ...DEFAULT_SETTINGS, presetId: 'alur-hilang' }, problems: [] });
    const kadis = port.sheets.pengguna[0];
    expect(save({ section: 'pengguna', key: kadis.email, values: { ...kadis, name: 'Dr. Budi' } })).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    expect(save({ section: 'pengguna', key: kadis.email, values: { ...kadis, roles: 'kadis, kabid' } })).toEqual({
      ok: true,
      value: { saved: false, errors: { roles: 'Peran "kabid" tidak dikenal. Pilih dari: kadis.' } },
    });
    expect(port.sheets.pengguna[0]).toEqual({ ...kadis, name: 'Dr. Budi' });
  });
});
