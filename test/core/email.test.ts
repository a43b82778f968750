/** The one email rule, used by intake, Pengguna, Pengaturan, the operator, mail and the sidebar. */
import { isEmail } from '../../src/core/email';

describe('isEmail', () => {
  it.each(['nama@instansi.go.id', 'a@b.id', 'a.b+c_d-e@sub.bandung.go.id', "o'brien@x.id", 'SITI@Disdik.GO.ID'])(
    'accepts %s',
    (value) => expect(isEmail(value)).toBe(true),
  );

  it.each([
    ['no @', 'bukan-email'],
    ['no dot in the domain', 'nama@instansi'],
    ['an empty label', 'nama@instansi..go.id'],
    ['a leading dot in the domain', 'nama@.go.id'],
    ['a trailing dot', 'nama@instansi.go.id.'],
    ['an empty local part', '@instansi.go.id'],
    ['two @', 'nama@lain@instansi.go.id'],
    ['a space inside', 'nama lengkap@instansi.go.id'],
    ['surrounding spaces (callers trim)', ' nama@instansi.go.id '],
    ['a display name', 'Nama <nama@instansi.go.id>'],
    ['two addresses', 'a@x.id, b@x.id'],
    ['two addresses with ;', 'a@x.id;b@x.id'],
    ['a quote', '"nama"@instansi.go.id'],
    ['a backslash', 'na\\ma@instansi.go.id'],
    ['brackets', 'nama@[10.0.0.1]'],
    ['a colon', 'mailto:nama@instansi.go.id'],
    ['a newline (header injection)', 'nama@instansi.go.id\nBcc: x@y.id'],
    ['empty', ''],
  ])('refuses %s', (_why, value) => expect(isEmail(value)).toBe(false));

  it('accepts 254 characters and refuses 255', () => {
    const domain = '@instansi.go.id';
    expect(isEmail(`${'a'.repeat(254 - domain.length)}${domain}`)).toBe(true);
    expect(isEmail(`${'a'.repeat(255 - domain.length)}${domain}`)).toBe(false);
  });
});
