/**
 * Users, roles and Plh/Plt substitutes (the Pengguna sheet), and how the
 * acting person is resolved from the server-side email. Pure.
 */
import type { Actor, Preset, RoleId } from './sop/types';

export interface UserRecord {
  email: string;
  name: string;
  nip: string;
  roles: RoleId[];
  active: boolean;
  isAdmin: boolean;
}

/** A dated delegation: `substitute` acts for `role` from `from` to `to` (local dates, inclusive). */
export interface Delegation {
  role: RoleId;
  substitute: string;
  forName: string;
  from: string;
  to: string;
}

/** Why no actor could be resolved. */
export type ActorRefusal = { ok: false; reason: string };

/**
 * Resolve the acting person from their server-side email, the user table and
 * delegations active on `today` ('YYYY-MM-DD' in the office zone).
 */
export function resolveActor(
  email: string,
  users: UserRecord[],
  delegations: Delegation[],
  today: string,
): { ok: true; actor: Actor } | ActorRefusal {
  if (!email) {
    return {
      ok: false,
      reason:
        'Alamat email Anda tidak dapat dibaca oleh Google Apps Script (akun pribadi atau izin terbatas). Masuk dengan akun kantor yang terdaftar di sheet Pengguna.',
    };
  }
  const normalized = email.trim().toLowerCase();
  const user = users.find((u) => u.email === normalized);
  if (!user) return { ok: false, reason: `${email} tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.` };
  if (!user.active) return { ok: false, reason: `Akun ${email} dinonaktifkan di sheet Pengguna.` };
  const delegated = delegations
    .filter((d) => d.substitute === normalized && d.from <= today && today <= d.to)
    .map((d) => ({ role: d.role, forName: d.forName }));
  return {
    ok: true,
    actor: { email: normalized, name: user.name, roles: user.roles, delegated, isAdmin: user.isAdmin },
  };
}

/** The role label of `role` in `preset`, or the id itself. */
export function roleLabel(preset: Preset, role: RoleId): string {
  return preset.roles.find((r) => r.id === role)?.label ?? role;
}

/** Users holding `role` (directly or as Plh today), active only. */
export function holdersOf(role: RoleId, users: UserRecord[], delegations: Delegation[], today: string): UserRecord[] {
  const subs = new Set(
    delegations.filter((d) => d.role === role && d.from <= today && today <= d.to).map((d) => d.substitute),
  );
  return users.filter((u) => u.active && (u.roles.includes(role) || subs.has(u.email)));
}
