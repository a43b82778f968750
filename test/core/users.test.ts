/** Who is calling (Pengguna + Plh), who holds a role on a day, and who may be made operator. */
import {
  holdersOf,
  operatorProblem,
  resolveActor,
  roleLabel,
  type Delegation,
  type UserRecord,
} from '../../src/core/users';
import { presetById } from '../../src/core/sop/presets';

const user = (email: string, roles: string[], fields: Partial<UserRecord> = {}): UserRecord => ({
  email,
  name: `Nama ${email.split('@')[0]}`,
  nip: '',
  roles,
  active: true,
  isAdmin: false,
  ...fields,
});

const USERS: UserRecord[] = [
  user('kadis@kominfo.go.id', ['kadis']),
  user('staf@kominfo.go.id', ['staf']),
  user('operator@kominfo.go.id', ['operator']),
  user('mantan.operator@kominfo.go.id', ['operator'], { active: false }),
  user('admin@kominfo.go.id', [], { isAdmin: true }),
];

/** Staf acts as Plh Kepala Dinas and as Plh operator from 10 to 12 March 2026 (inclusive). */
const PLH: Delegation[] = [
  { role: 'kadis', substitute: 'staf@kominfo.go.id', forName: 'Budi', from: '2026-03-10', to: '2026-03-12' },
  { role: 'operator', substitute: 'staf@kominfo.go.id', forName: 'Andi', from: '2026-03-10', to: '2026-03-12' },
];

describe('resolveActor', () => {
  it('finds the user by the exact email, ignoring case and spaces', () => {
    const r = resolveActor('  Kadis@Kominfo.go.id ', USERS, PLH, '2026-03-01');
    expect(r).toEqual({
      ok: true,
      actor: { email: 'kadis@kominfo.go.id', name: 'Nama kadis', roles: ['kadis'], delegated: [], isAdmin: false },
    });
  });

  it.each(['kadis@kominfo.go', 'kadis@kominfo.go.id.example.com', 'adis@kominfo.go.id', 'kadis'])(
    'does not match %s by a prefix, suffix or part of a registered email',
    (email) => {
      expect(resolveActor(email, USERS, PLH, '2026-03-01')).toEqual({
        ok: false,
        reason: `${email} tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.`,
      });
    },
  );

  it('refuses an empty email and an inactive user, each with its own reason', () => {
    expect(resolveActor('', USERS, PLH, '2026-03-01')).toEqual({
      ok: false,
      reason:
        'Alamat email Anda tidak dapat dibaca oleh Google Apps Script (akun pribadi atau izin terbatas). Masuk dengan akun kantor yang terdaftar di sheet Pengguna.',
    });
    expect(resolveActor('mantan.operator@kominfo.go.id', USERS, PLH, '2026-03-01')).toEqual({
      ok: false,
      reason: 'Akun mantan.operator@kominfo.go.id dinonaktifkan di sheet Pengguna.',
    });
  });

  it.each([
    ['2026-03-09', []],
    ['2026-03-10', ['kadis', 'operator']],
    ['2026-03-11', ['kadis', 'operator']],
    ['2026-03-12', ['kadis', 'operator']],
    ['2026-03-13', []],
  ])('on %s the Plh roles are %j (first and last day included)', (today, roles) => {
    const r = resolveActor('staf@kominfo.go.id', USERS, PLH, today);
    if (!r.ok) throw new Error(r.reason);
    expect(r.actor.roles).toEqual(['staf']);
    expect(r.actor.delegated.map((d) => d.role)).toEqual(roles);
    if (roles.length) expect(r.actor.delegated[0]).toEqual({ role: 'kadis', forName: 'Budi' });
  });

  it('gives a delegation only to its substitute, and admin rights only from the Admin column', () => {
    const r = resolveActor('kadis@kominfo.go.id', USERS, PLH, '2026-03-11');
    expect(r).toMatchObject({ ok: true, actor: { delegated: [], isAdmin: false } });
    expect(resolveActor('admin@kominfo.go.id', USERS, PLH, '2026-03-11')).toMatchObject({
      ok: true,
      actor: { isAdmin: true, roles: [] },
    });
  });
});

describe('holdersOf', () => {
  it('lists active users with the role, and the Plh only while the delegation is in force', () => {
    const emails = (today: string) => holdersOf('operator', USERS, PLH, today).map((u) => u.email);
    expect(emails('2026-03-09')).toEqual(['operator@kominfo.go.id']);
    expect(emails('2026-03-10')).toEqual(['staf@kominfo.go.id', 'operator@kominfo.go.id']);
    expect(emails('2026-03-12')).toEqual(['staf@kominfo.go.id', 'operator@kominfo.go.id']);
    expect(emails('2026-03-13')).toEqual(['operator@kominfo.go.id']);
  });

  it('a delegation for another role does not count', () => {
    expect(holdersOf('kabid', USERS, PLH, '2026-03-11')).toEqual([]);
  });
});

describe('operatorProblem', () => {
  it('accepts an active operator, and a Plh operator on the days of the delegation', () => {
    expect(operatorProblem(' Operator@Kominfo.go.id ', USERS, PLH, '2026-03-01')).toBeNull();
    expect(operatorProblem('staf@kominfo.go.id', USERS, PLH, '2026-03-12')).toBeNull();
  });

  it('names the address without the spaces around it', () => {
    expect(operatorProblem('  orang.asing@gmail.com ', USERS, PLH, '2026-03-11')).toBe(
      'orang.asing@gmail.com bukan operator aktif di sheet Pengguna (peran "operator", langsung atau sebagai Plh hari ini). Pilih operator dari daftar.',
    );
  });

  it.each([
    ['orang.asing@gmail.com', '2026-03-11'],
    ['kadis@kominfo.go.id', '2026-03-11'],
    ['mantan.operator@kominfo.go.id', '2026-03-11'],
    ['staf@kominfo.go.id', '2026-03-13'],
    ['operator@kominfo.go', '2026-03-11'],
  ])('refuses %s on %s, saying what the operator must be', (email, today) => {
    expect(operatorProblem(email, USERS, PLH, today)).toBe(
      `${email} bukan operator aktif di sheet Pengguna (peran "operator", langsung atau sebagai Plh hari ini). Pilih operator dari daftar.`,
    );
  });
});

describe('roleLabel', () => {
  const bandung = presetById('000-bandung')!;

  it("is the preset's label for its roles, 'Pemohon' for the applicant, the id otherwise", () => {
    expect(roleLabel(bandung, 'kadis')).toBe('Kepala Dinas');
    expect(roleLabel(bandung, 'pemohon')).toBe('Pemohon');
    expect(roleLabel(bandung, 'bendahara')).toBe('bendahara');
  });
});
