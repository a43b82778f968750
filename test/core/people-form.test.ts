import { validateRow, type RowContext } from '../../src/core/people-form';
import { rowKey, type RowValues } from '../../src/core/people-fields';
import type { UserRecord } from '../../src/core/users';

const user = (email: string, active = true): UserRecord => ({
  email,
  name: email,
  nip: '',
  roles: [],
  active,
  isAdmin: false,
});
const ctx: RowContext = {
  otherKeys: [],
  users: [user('op@kominfo.go.id'), user('lama@kominfo.go.id', false)],
  roles: ['kadis', 'operator'],
  self: 'admin@kominfo.go.id',
};

describe('validateRow', () => {
  it('normalises check boxes and roles, and keeps typed text trimmed', () => {
    const out = validateRow(
      'pengguna',
      { email: ' a@kominfo.go.id ', name: ' Ani ', roles: 'Kadis, operator,kadis', active: 'ya' },
      ctx,
    );
    expect(out).toEqual({
      ok: true,
      values: {
        email: 'a@kominfo.go.id',
        name: 'Ani',
        nip: '',
        roles: 'kadis, operator',
        active: 'Ya',
        admin: 'Tidak',
        whatsapp: '',
      },
    });
  });

  it("keeps an official's WhatsApp number as +62…, from 08… or +62 with spaces; refuses what is not an Indonesian mobile", () => {
    const row = (whatsapp: string) =>
      validateRow('pengguna', { email: 'a@kominfo.go.id', name: 'Ani', active: 'Ya', whatsapp }, ctx);
    expect(row('0812-3456 7890')).toMatchObject({ ok: true, values: { whatsapp: '+6281234567890' } });
    expect(row('+62 812 3456 7890')).toMatchObject({ ok: true, values: { whatsapp: '+6281234567890' } });
    for (const bad of ['022 7654321', '=HYPERLINK("x")', '12345'])
      expect(row(bad)).toEqual({
        ok: false,
        errors: {
          whatsapp: 'Nomor WhatsApp harus nomor ponsel Indonesia, misalnya 0812 3456 7890 atau +62 812 3456 7890.',
        },
      });
  });

  it('refuses a date that does not exist and a Plh for an inactive person', () => {
    const out = validateRow(
      'plh',
      { role: 'kadis', substitute: 'lama@kominfo.go.id', from: '2026-02-30', to: '2026-03-01' },
      ctx,
    );
    expect(out).toEqual({
      ok: false,
      errors: { substitute: 'Pengganti harus pengguna aktif di sheet Pengguna.', from: 'Isi tanggal (TTTT-BB-HH).' },
    });
  });

  it('a Plh with the same role, person and dates is a duplicate', () => {
    const values = { role: 'KADIS', substitute: 'op@kominfo.go.id', from: '2026-03-01', to: '2026-03-02' };
    const out = validateRow('plh', values, { ...ctx, otherKeys: [rowKey('plh', { ...values, role: 'kadis' })] });
    expect(out).toEqual({ ok: false, errors: { role: 'Plh yang sama sudah tercatat.' } });
  });

  it('a room may leave its capacity empty; an operator must be an active user; the kind is spelled as the sheet spells it', () => {
    expect(validateRow('sumberdaya', { kind: 'ruangan', name: 'Aula', capacity: '' }, ctx)).toMatchObject({
      ok: true,
      values: { kind: 'Ruang', capacity: '', active: 'Tidak' },
    });
    expect(validateRow('sumberdaya', { kind: 'Ruang', name: 'Aula', capacity: '-3' }, ctx)).toEqual({
      ok: false,
      errors: { capacity: 'Kapasitas ruang harus bilangan bulat (boleh kosong).' },
    });
    expect(validateRow('sumberdaya', { kind: 'Operator', name: 'Budi', account: 'lama@kominfo.go.id' }, ctx)).toEqual({
      ok: false,
      errors: { account: 'Isi email operator yang terdaftar aktif di sheet Pengguna.' },
    });
  });

  describe('Pengguna', () => {
    const person = (o: RowValues, c: RowContext = ctx) =>
      validateRow('pengguna', { email: 'ani@kominfo.go.id', name: 'Ani', active: 'Ya', ...o }, c);

    it('refuses a bad email, an email already in Pengguna whatever its case, an empty or too long name', () => {
      expect(person({ email: 'ani@kominfo' })).toEqual({ ok: false, errors: { email: 'Email tidak valid.' } });
      expect(person({ email: 'Budi@Kominfo.go.id' }, { ...ctx, otherKeys: ['budi@kominfo.go.id'] })).toEqual({
        ok: false,
        errors: { email: 'Email ini sudah ada di Pengguna.' },
      });
      expect(person({ name: '' })).toEqual({ ok: false, errors: { name: 'Nama wajib diisi.' } });
      expect(person({ name: 'A'.repeat(120) })).toMatchObject({ ok: true });
      expect(person({ name: 'A'.repeat(121) })).toEqual({
        ok: false,
        errors: { name: 'Nama terlalu panjang (paling banyak 120 huruf).' },
      });
    });

    it('takes a NIP of 8 to 30 digits and spaces, nothing else', () => {
      for (const nip of ['19800101 200501 1 001', '12345678', '1'.repeat(30)])
        expect(person({ nip })).toMatchObject({ ok: true, values: { nip } });
      for (const nip of ['1234567', '1'.repeat(31), 'NIP 12345678', '12345678 (lama)', '1980-01-01'])
        expect(person({ nip })).toEqual({
          ok: false,
          errors: { nip: 'NIP hanya berisi angka (boleh dengan spasi).' },
        });
    });

    it('names every unknown role and the roles there are to choose from', () => {
      expect(person({ roles: 'kadis, Kabag,sekdis' })).toEqual({
        ok: false,
        errors: { roles: 'Peran "kabag, sekdis" tidak dikenal. Pilih dari: kadis, operator.' },
      });
    });

    it('an admin cannot deactivate or un-admin themselves, but may do so to another admin', () => {
      const message = 'Anda tidak dapat menonaktifkan atau mencabut admin akun Anda sendiri. Minta admin lain.';
      const self = (active: string, admin: string) => person({ email: 'Admin@Kominfo.go.id', active, admin });
      expect(self('Tidak', 'Ya')).toEqual({ ok: false, errors: { active: message } });
      expect(self('Ya', 'Tidak')).toEqual({ ok: false, errors: { admin: message } });
      expect(self('Tidak', 'Tidak')).toEqual({ ok: false, errors: { active: message } });
      expect(self('Ya', 'Ya')).toMatchObject({ ok: true, values: { active: 'Ya', admin: 'Ya' } });
      expect(person({ email: 'kadis@kominfo.go.id', active: 'Tidak', admin: 'Tidak' })).toMatchObject({ ok: true });
    });
  });

  describe('Plh', () => {
    const plh = (o: RowValues) =>
      validateRow(
        'plh',
        { role: 'kadis', substitute: 'op@kominfo.go.id', from: '2026-03-02', to: '2026-03-06', ...o },
        ctx,
      );

    it('refuses a role the office does not have and a too long name of the official replaced', () => {
      expect(plh({ role: 'kabag' })).toEqual({ ok: false, errors: { role: 'Pilih peran yang digantikan.' } });
      expect(plh({ forName: 'B'.repeat(120) })).toMatchObject({ ok: true });
      expect(plh({ forName: 'B'.repeat(121) })).toEqual({
        ok: false,
        errors: { forName: 'Nama pejabat terlalu panjang (paling banyak 120 huruf).' },
      });
    });

    it('takes only real calendar dates written TTTT-BB-HH', () => {
      // Month 13 rolls over to a January; year 0026 would be read as 1926.
      for (const from of ['2 Maret 2026', '2026-3-2', '2026-13-01', '2026-00-10', '0026-03-02'])
        expect(plh({ from })).toEqual({ ok: false, errors: { from: 'Isi tanggal (TTTT-BB-HH).' } });
      expect(plh({ from: '2028-02-29', to: '2028-02-29' })).toMatchObject({ ok: true });
    });

    it('may last one day but not end before it starts; a bad date is not also compared', () => {
      expect(plh({ to: '2026-03-02' })).toMatchObject({ ok: true, values: { from: '2026-03-02', to: '2026-03-02' } });
      expect(plh({ to: '2026-03-01' })).toEqual({
        ok: false,
        errors: { to: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' },
      });
      expect(plh({ from: '2026-02-30', to: '2026-02-01' })).toEqual({
        ok: false,
        errors: { from: 'Isi tanggal (TTTT-BB-HH).' },
      });
      expect(plh({ from: '2026-03-02', to: '2026-02-30' })).toEqual({
        ok: false,
        errors: { to: 'Isi tanggal (TTTT-BB-HH).' },
      });
    });
  });

  describe('Sumber Daya', () => {
    const resource = (o: RowValues, c: RowContext = ctx) => validateRow('sumberdaya', { name: 'Aula', ...o }, c);
    const zoom = { kind: 'zoom', account: 'zoom1@kominfo.go.id', licence: 'Pro', capacity: '300' };
    const zoomCapacity = 'Kapasitas akun Zoom harus 100, 300, 500, 1000.';

    it('a Zoom account needs its account, a licence that can host and a capacity Zoom sells', () => {
      expect(resource({ ...zoom, active: 'Ya' })).toEqual({
        ok: true,
        values: { ...zoom, kind: 'Akun Zoom', name: 'Aula', active: 'Ya', notes: '' },
      });
      expect(resource({ ...zoom, licence: 'business plus', capacity: '1000' })).toMatchObject({ ok: true });
      expect(resource({ kind: 'Akun Zoom' })).toEqual({
        ok: false,
        errors: {
          account: 'Isi email atau ID pengguna Zoom.',
          licence: 'Pilih lisensi Zoom: Pro, Business, Education, atau Enterprise.',
          capacity: zoomCapacity,
        },
      });
      for (const capacity of ['250', 'seratus', '0'])
        expect(resource({ ...zoom, licence: 'Basic', capacity })).toEqual({
          ok: false,
          errors: { licence: 'Pilih lisensi Zoom: Pro, Business, Education, atau Enterprise.', capacity: zoomCapacity },
        });
    });

    it('a room takes a whole number of seats or none; an operator ignores capacity and licence', () => {
      expect(resource({ kind: 'ruang', capacity: '40' })).toMatchObject({ ok: true, values: { capacity: '40' } });
      for (const capacity of ['40 orang', '4.5', '123456'])
        expect(resource({ kind: 'ruang', capacity })).toEqual({
          ok: false,
          errors: { capacity: 'Kapasitas ruang harus bilangan bulat (boleh kosong).' },
        });
      expect(
        resource({ kind: 'OPERATOR', account: 'op@kominfo.go.id', capacity: 'dua', licence: 'Basic' }),
      ).toMatchObject({ ok: true, values: { kind: 'Operator' } });
    });

    it('refuses an unknown kind, an empty, duplicate or too long name, and too long notes', () => {
      expect(resource({ kind: 'Proyektor' })).toEqual({
        ok: false,
        errors: { kind: 'Pilih jenis: Akun Zoom, Ruang, Operator.' },
      });
      expect(resource({ kind: 'ruang', name: '' })).toEqual({ ok: false, errors: { name: 'Nama wajib diisi.' } });
      expect(resource({ kind: 'ruang', name: 'AULA' }, { ...ctx, otherKeys: ['aula'] })).toEqual({
        ok: false,
        errors: { name: 'Nama ini sudah dipakai sumber daya lain.' },
      });
      expect(resource({ kind: 'ruang', name: 'R'.repeat(100), notes: 'C'.repeat(300) })).toMatchObject({ ok: true });
      expect(resource({ kind: 'ruang', name: 'R'.repeat(101), notes: 'C'.repeat(301) })).toEqual({
        ok: false,
        errors: {
          name: 'Nama terlalu panjang (paling banyak 100 huruf).',
          notes: 'Catatan terlalu panjang (paling banyak 300 huruf).',
        },
      });
    });
  });

  it('a save without values (a broken request) gets field messages, not a crash', () => {
    expect(validateRow('sumberdaya', null as unknown as RowValues, ctx)).toEqual({
      ok: false,
      errors: { kind: 'Pilih jenis: Akun Zoom, Ruang, Operator.', name: 'Nama wajib diisi.' },
    });
  });
});
