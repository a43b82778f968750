import { validateRow, type RowContext } from '../../src/core/people-form';
import { rowKey } from '../../src/core/people-fields';
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
});
