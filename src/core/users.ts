/**
 * Users, roles and Plh/Plt substitutes (the Pengguna sheet), and how the
 * acting person is resolved from the server-side email. Pure.
 */
import { APPLICANT_ROLE, type Actor, type Preset, type RoleId } from './sop/types';

export interface UserRecord {
  email: string;
  name: string;
  nip: string;
  roles: RoleId[];
  active: boolean;
  isAdmin: boolean;
  /** The official's WhatsApp number as Pengguna holds it ('' or absent: none). */
  whatsapp?: string;
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

/** The role id of the officials who may be assigned to a request as its operator. */
export const OPERATOR_ROLE = 'operator';

/** True when `d` is in force on `today` ('YYYY-MM-DD'); both its first and its last day count. */
function inForce(d: Delegation, today: string): boolean {
  return d.from <= today && today <= d.to;
}

/**
 * Resolve the acting person from their server-side email, the user table and
 * delegations active on `today` ('YYYY-MM-DD' in the office zone). The email must
 * equal a Pengguna row's email exactly (case and surrounding spaces aside).
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
    .filter((d) => d.substitute === normalized && inForce(d, today))
    .map((d) => ({ role: d.role, forName: d.forName }));
  return {
    ok: true,
    actor: { email: normalized, name: user.name, roles: user.roles, delegated, isAdmin: user.isAdmin },
  };
}

/** The label of `role` in `preset` ('Pemohon' for the applicant), or the id itself when the preset does not name it. */
export function roleLabel(preset: Preset, role: RoleId): string {
  if (role === APPLICANT_ROLE) return 'Pemohon';
  return preset.roles.find((r) => r.id === role)?.label ?? role;
}

/** Active users holding `role` on `today`, directly or as Plh, in Pengguna's order. */
export function holdersOf(role: RoleId, users: UserRecord[], delegations: Delegation[], today: string): UserRecord[] {
  const subs = new Set(delegations.filter((d) => d.role === role && inForce(d, today)).map((d) => d.substitute));
  return users.filter((u) => u.active && (u.roles.includes(role) || subs.has(u.email)));
}

/**
 * Null when `email` may be assigned as a request's operator on `today`: an active Pengguna holding
 * the operator role directly or as Plh that day. Otherwise the Indonesian refusal.
 */
export function operatorProblem(
  email: string,
  users: UserRecord[],
  delegations: Delegation[],
  today: string,
): string | null {
  const wanted = email.trim().toLowerCase();
  if (holdersOf(OPERATOR_ROLE, users, delegations, today).some((u) => u.email === wanted)) return null;
  return `${email.trim()} bukan operator aktif di sheet Pengguna (peran "${OPERATOR_ROLE}", langsung atau sebagai Plh hari ini). Pilih operator dari daftar.`;
}
