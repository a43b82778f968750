/**
 * Who may run a command that is not an SOP step: asOfficial lets any active official of Pengguna
 * through, asAdmin only those with Admin = Ya; everyone else gets the reason, and `fn` never runs.
 */
import { asAdmin, asOfficial } from '../../src/app/guards';
import type { Actor } from '../../src/core/sop/types';
import { world } from './fakes';

/** Runs the guard for `email` and says what happened: who `fn` saw, or the refusal. */
function attempt(guard: typeof asOfficial, email: string, setup: (w: ReturnType<typeof world>) => void = () => {}) {
  const w = world();
  setup(w);
  w.as(email);
  const seen: Actor[] = [];
  const result = guard(w.deps, (actor) => {
    seen.push(actor);
    return { ok: true, value: actor.email };
  });
  return { result, seen };
}

describe('asOfficial', () => {
  it('runs the command for an active official, with that official as the actor', () => {
    const { result, seen } = attempt(asOfficial, 'Kadis@Kominfo.go.id');
    expect(result).toEqual({ ok: true, value: 'kadis@kominfo.go.id' });
    expect(seen.map((a) => [a.name, a.roles, a.isAdmin])).toEqual([['Petugas Kepala Dinas', ['kadis'], false]]);
  });

  it('refuses someone not in Pengguna, and does not run the command', () => {
    const { result, seen } = attempt(asOfficial, 'tamu@contoh.go.id');
    expect(result).toEqual({
      ok: false,
      error: 'tamu@contoh.go.id tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    });
    expect(seen).toEqual([]);
  });

  it('refuses an official switched off in Pengguna', () => {
    const { result, seen } = attempt(asOfficial, 'kadis@kominfo.go.id', (w) => {
      w.users.find((u) => u.email === 'kadis@kominfo.go.id')!.active = false;
    });
    expect(result).toEqual({ ok: false, error: 'Akun kadis@kominfo.go.id dinonaktifkan di sheet Pengguna.' });
    expect(seen).toEqual([]);
  });

  it("passes on the command's own refusal unchanged", () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    expect(asOfficial(w.deps, () => ({ ok: false, error: 'Tidak bisa.' }))).toEqual({
      ok: false,
      error: 'Tidak bisa.',
    });
  });
});

describe('asAdmin', () => {
  it('runs the command for an admin', () => {
    const { result, seen } = attempt(asAdmin, 'admin@kominfo.go.id');
    expect(result).toEqual({ ok: true, value: 'admin@kominfo.go.id' });
    expect(seen).toHaveLength(1);
  });

  it('refuses an active official who is not an admin, saying who may, and does not run the command', () => {
    const { result, seen } = attempt(asAdmin, 'kadis@kominfo.go.id');
    expect(result).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    expect(seen).toEqual([]);
  });

  it('refuses an admin switched off in Pengguna with the reason of Pengguna', () => {
    const { result, seen } = attempt(asAdmin, 'admin@kominfo.go.id', (w) => {
      w.users.find((u) => u.isAdmin)!.active = false;
    });
    expect(result).toEqual({ ok: false, error: 'Akun admin@kominfo.go.id dinonaktifkan di sheet Pengguna.' });
    expect(seen).toEqual([]);
  });
});
