import { planEditors } from '../../src/core/editors';
import type { UserRecord } from '../../src/core/users';

const user = (email: string, active = true): UserRecord => ({
  email,
  name: email,
  nip: '',
  roles: [],
  active,
  isAdmin: false,
});
const OFFICE = 'layanan@kominfo.go.id';
const OWNER = 'pemilik@kominfo.go.id';

describe('planEditors', () => {
  it('adds every active user who is not an editor yet, never the office account or the owner', () => {
    const plan = planEditors({
      current: ['kadis@kominfo.go.id'],
      users: [user('kadis@kominfo.go.id'), user(' Kabid@Kominfo.go.id '), user(OFFICE), user(OWNER)],
      managed: [],
      keep: [OFFICE, OWNER],
    });
    expect(plan).toEqual({ add: ['kabid@kominfo.go.id'], remove: [], managed: ['kabid@kominfo.go.id'] });
  });

  it('removes a deactivated user even if the office shared by hand, and keeps hand-added outsiders', () => {
    const plan = planEditors({
      current: ['lama@kominfo.go.id', 'auditor@bpk.go.id', OWNER],
      users: [user('lama@kominfo.go.id', false), user(OWNER, false)],
      managed: [],
      keep: [OFFICE, OWNER],
    });
    expect(plan).toEqual({ add: [], remove: ['lama@kominfo.go.id'], managed: [] });
  });

  it('removes someone the product shared with once their row is gone, but not a hand-added editor', () => {
    const plan = planEditors({
      current: ['pindah@kominfo.go.id', 'tamu@kominfo.go.id', 'tetap@kominfo.go.id'],
      users: [user('tetap@kominfo.go.id')],
      managed: ['pindah@kominfo.go.id', 'tetap@kominfo.go.id'],
      keep: [OFFICE],
    });
    expect(plan).toEqual({ add: [], remove: ['pindah@kominfo.go.id'], managed: ['tetap@kominfo.go.id'] });
  });

  it('a user active again is shared again; a malformed email is never shared', () => {
    const plan = planEditors({
      current: [],
      users: [user('kembali@kominfo.go.id'), user('bukan-email')],
      managed: [],
      keep: [OFFICE],
    });
    expect(plan.add).toEqual(['kembali@kominfo.go.id']);
  });

  it('lists the editors it manages once each, in alphabetical order', () => {
    const plan = planEditors({
      current: ['citra@kominfo.go.id'],
      users: [user('citra@kominfo.go.id'), user('budi@kominfo.go.id'), user('ani@kominfo.go.id')],
      managed: ['citra@kominfo.go.id', 'Citra@Kominfo.go.id'],
      keep: [OFFICE],
    });
    expect(plan.managed).toEqual(['ani@kominfo.go.id', 'budi@kominfo.go.id', 'citra@kominfo.go.id']);
  });
});
