import { rowKey } from '../../src/core/people-fields';

describe('rowKey', () => {
  it('keys a Pengguna row by its email, trimmed and in lower case, whatever the name', () => {
    expect(rowKey('pengguna', { email: '  Ani.Kabid@Kominfo.go.id ', name: 'Ani Kabid' })).toBe(
      'ani.kabid@kominfo.go.id',
    );
    expect(rowKey('pengguna', { name: 'Ani Kabid' })).toBe('');
  });

  it('keys a Plh row by the role, the substitute and the dates together, not by a name', () => {
    const plh = {
      role: ' Kabid ',
      substitute: 'Budi@Kominfo.go.id',
      forName: 'Ani Kabid',
      from: '2026-12-01',
      to: ' 2026-12-05',
      name: 'Plh Kabid',
      email: 'budi@kominfo.go.id',
    };
    expect(rowKey('plh', plh)).toBe('kabid|budi@kominfo.go.id|2026-12-01|2026-12-05');
    expect(rowKey('plh', { role: 'kadis', substitute: 'budi@kominfo.go.id' })).toBe('kadis|budi@kominfo.go.id||');
  });

  it('keys a Sumber Daya row by its display name, not by the account', () => {
    expect(rowKey('sumberdaya', { kind: 'Akun Zoom', name: ' Zoom Kominfo 1 ', account: 'zoom1@kominfo.go.id' })).toBe(
      'zoom kominfo 1',
    );
    expect(rowKey('sumberdaya', { email: 'op@kominfo.go.id' })).toBe('');
  });
});
