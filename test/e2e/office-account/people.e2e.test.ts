/**
 * Admins manage Pengguna, Plh and Sumber Daya from the settings wizard, never by typing in the
 * protected sheets: every save goes to the engine (admins only), is checked field by field in
 * Indonesian, written by the office account under the lock, and takes effect at once (the
 * engine's cached configuration is cleared; Pengguna also moves the spreadsheet's editors).
 */
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, ADMIN, OFFICE, ok, type E2E } from '../world';
import { ID, mailOf, rowOf } from '../../proof/kit';
import type { Result } from '../../../src/shared/rpc';
import type { PeopleDto, PeopleSaveDto, PeopleSaveResultDto } from '../../../src/shared/admin-rpc';
import { callLedger, SHEET_WRITE } from './ledger';

const NEW = 'kadis.baru@kominfo.go.id';
const ONLY_ADMIN = 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.';

function save(e: E2E, dto: PeopleSaveDto, who = ADMIN): PeopleSaveResultDto {
  e.as(who);
  return ok(e.app.callFromClient<Result<PeopleSaveResultDto>>('savePeopleRow', dto));
}

function people(e: E2E): PeopleDto {
  e.as(ADMIN);
  return ok(e.app.callFromClient<Result<PeopleDto>>('getPeople'));
}

const user = (over: Record<string, string> = {}) => ({
  email: NEW,
  name: 'Kadis Baru',
  nip: '19800101 200501 1 001',
  roles: 'kadis',
  active: 'Ya',
  admin: 'Tidak',
  ...over,
});
const pengguna = (e: E2E, email: string) => e.sheet('Pengguna').find((r) => r[0] === email);

describe('Pengguna from the wizard', () => {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  const ledger = callLedger(e.ws);

  it('lists every user with what they hold, and offers the SOP roles', () => {
    const [section] = people(e).sections;
    expect(section.title).toBe('Pengguna');
    expect(section.rows.map((r) => r.key)).toEqual(expect.arrayContaining([OFFICE, mailOf('kadis'), ADMIN]));
    expect(section.rows.find((r) => r.key === mailOf('kabid'))?.summary).toBe(
      `Petugas Kabid Diseminasi — ${mailOf('kabid')} · kabid`,
    );
  });

  it('refuses a bad row field by field, writing nothing', () => {
    const before = e.sheet('Pengguna');
    const out = save(e, {
      section: 'pengguna',
      key: null,
      values: user({ email: 'bukan email', roles: 'raja, kadis', nip: '12ab' }),
    });
    expect(out).toEqual({
      saved: false,
      errors: {
        email: 'Email tidak valid.',
        nip: 'NIP hanya berisi angka (boleh dengan spasi).',
        roles: 'Peran "raja" tidak dikenal. Pilih dari: kadis, kabid, subkoor, operator.',
      },
    });
    expect(save(e, { section: 'pengguna', key: null, values: user({ email: mailOf('kadis') }) })).toEqual({
      saved: false,
      errors: { email: 'Email ini sudah ada di Pengguna.' },
    });
    expect(e.sheet('Pengguna')).toEqual(before);
  });

  it('adds a user: written by the office account, shared the spreadsheet, able to act at once', () => {
    const out = save(e, { section: 'pengguna', key: null, values: user() });
    expect(out).toMatchObject({
      saved: true,
      message: `Pengguna disimpan. Spreadsheet dibagikan sebagai editor kepada: ${NEW}.`,
    });
    expect(pengguna(e, NEW)).toEqual([NEW, 'Kadis Baru', '19800101 200501 1 001', 'kadis', 'Ya', 'Tidak', '']);
    expect([...e.ws.spreadsheet.acl.editors]).toContain(NEW);
    e.as(NEW);
    expect(ok(e.act(ID, 'disposisi')).detail.status).toBe('Menunggu Disposisi Kepala Bidang');
    const writes = ledger.calls.filter((c) => SHEET_WRITE.test(c.key) && c.sheet === 'Pengguna');
    expect(new Set(writes.map((c) => `${c.project} ${c.effective}`))).toEqual(
      new Set([`${e.product.engineProject.id} ${OFFICE}`]),
    );
  });

  it('deactivates a user: the row stays, access and rights go', () => {
    const row = people(e).sections[0].rows.find((r) => r.key === NEW)!;
    const out = save(e, { section: 'pengguna', key: NEW, values: { ...row.values, active: 'Tidak' } });
    expect(out).toMatchObject({ saved: true, message: `Pengguna disimpan. Akses editor spreadsheet dicabut: ${NEW}.` });
    expect(pengguna(e, NEW)?.[4]).toBe('Tidak');
    expect([...e.ws.spreadsheet.acl.editors]).not.toContain(NEW);
    expect(rowOf(e)['Langkah']).toBe('disposisi_kabid');
  });

  it('an admin may not deactivate themselves or drop their own admin right', () => {
    const me = people(e).sections[0].rows.find((r) => r.key === ADMIN)!;
    expect(save(e, { section: 'pengguna', key: ADMIN, values: { ...me.values, admin: 'Tidak' } })).toEqual({
      saved: false,
      errors: { admin: 'Anda tidak dapat menonaktifkan atau mencabut admin akun Anda sendiri. Minta admin lain.' },
    });
  });

  it('is for admins only', () => {
    const before = e.sheet('Pengguna');
    for (const who of [mailOf('kadis'), mailOf('operator')]) {
      e.as(who);
      expect(e.app.callFromClient('getPeople')).toEqual({ ok: false, error: ONLY_ADMIN });
      expect(
        e.app.callFromClient('savePeopleRow', {
          section: 'pengguna',
          key: who,
          values: user({ email: who, admin: 'Ya' }),
        }),
      ).toEqual({
        ok: false,
        error: ONLY_ADMIN,
      });
    }
    expect(e.sheet('Pengguna')).toEqual(before);
    expect(e.locks.leaked).toBe(0);
  });
});

describe('Plh from the wizard', () => {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  const plh = {
    role: 'kadis',
    substitute: mailOf('kabid'),
    forName: 'Petugas Kepala Dinas',
    from: '2026-11-22',
    to: '2026-11-25',
  };

  it('checks dates and the substitute, then records a Plh the engine honours at once', () => {
    expect(
      save(e, { section: 'plh', key: null, values: { ...plh, substitute: 'asing@contoh.com', to: '2026-11-20' } }),
    ).toEqual({
      saved: false,
      errors: {
        substitute: 'Pengganti harus pengguna aktif di sheet Pengguna.',
        to: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      },
    });
    expect(save(e, { section: 'plh', key: null, values: plh })).toMatchObject({
      saved: true,
      message: 'Plh / Plt disimpan.',
    });
    e.as(mailOf('kabid'));
    expect(ok(e.act(ID, 'disposisi')).detail.status).toBe('Menunggu Disposisi Kepala Bidang');
  });

  it('removes it', () => {
    const row = people(e).sections[1].rows[0];
    expect(row.summary).toBe(`${mailOf('kabid')} sebagai Plh kadis (Petugas Kepala Dinas) 2026-11-22 s.d. 2026-11-25`);
    expect(save(e, { section: 'plh', key: row.key, values: row.values, remove: true })).toMatchObject({
      saved: true,
      message: 'Plh / Plt dihapus.',
    });
    expect(e.sheet('Plh')).toHaveLength(1);
  });
});

describe('Sumber Daya from the wizard', () => {
  const e = e2eWorld('000-bandung');
  const host = {
    kind: 'Akun Zoom',
    name: 'Zoom Kominfo 2',
    account: 'zoom2@kominfo.go.id',
    licence: 'Business',
    capacity: '500',
    active: 'Ya',
    notes: '',
  };

  it('checks a Zoom account’s licence and capacity, then adds it', () => {
    expect(save(e, { section: 'sumberdaya', key: null, values: { ...host, licence: '', capacity: '250' } })).toEqual({
      saved: false,
      errors: {
        licence: 'Pilih lisensi Zoom: Pro, Business, Education, atau Enterprise.',
        capacity: 'Kapasitas akun Zoom harus 100, 300, 500, 1000.',
      },
    });
    expect(save(e, { section: 'sumberdaya', key: null, values: { ...host, name: 'zoom kominfo 1' } })).toEqual({
      saved: false,
      errors: { name: 'Nama ini sudah dipakai sumber daya lain.' },
    });
    expect(save(e, { section: 'sumberdaya', key: null, values: host })).toMatchObject({ saved: true });
    e.as(ADMIN);
    expect(
      ok(e.app.callFromClient<Result<{ resources: { summary: string } }>>('getSettingsForm')).resources.summary,
    ).toBe('2 akun Zoom, 1 ruang, 0 operator.');
  });

  it('deactivates a room and keeps its calendar', () => {
    const room = people(e).sections[2].rows.find((r) => r.key === 'ruang rapat utama')!;
    expect(room.values.calendarId).not.toBe('');
    save(e, { section: 'sumberdaya', key: room.key, values: { ...room.values, active: 'Tidak' } });
    const row = e.sheet('Sumber Daya').find((r) => r[1] === 'Ruang Rapat Utama')!;
    expect([row[5], row[6]]).toEqual([room.values.calendarId, 'Tidak']);
  });
});
