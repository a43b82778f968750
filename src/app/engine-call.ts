/**
 * One call from the panel to the engine: parse the body, verify the official's identity token,
 * bind the engine to its spreadsheet on the office account's first Setup, then run exactly one
 * command for the verified caller. Nothing the panel sends decides who acts.
 */
import { ENGINE_COMMANDS, type EngineCommand, type EngineRequest } from '../shared/engine-rpc';
import type { Result } from '../shared/rpc';
import { verifyCaller, type IdentityTokens } from './identity';
import { MAX_UPLOAD_BYTES } from './documentation';
import type { Clock } from './ports';

/** Which spreadsheet and which panel the engine serves (the office account's Script Properties). */
export interface EngineBinding {
  spreadsheetId(): string | null;
  /** The panel's OAuth client id: the audience its identity tokens carry. */
  audience(): string | null;
  bind(spreadsheetId: string, audience: string): void;
  /** The office account: the identity the engine runs as. */
  officeAccount(): string;
}

/** The verified caller of one command. */
export interface Caller {
  email: string;
  spreadsheetId: string;
  isOfficeAccount: boolean;
}

/** What serving a call needs. */
export interface EngineCallEnv {
  clock: Clock;
  tokens: IdentityTokens;
  binding: EngineBinding;
  /** Runs one command for a verified caller. */
  run(command: EngineCommand, caller: Caller, args: unknown[]): Result<unknown>;
}

/**
 * The largest body read: room for a documentation upload (base64, 4/3 of its bytes) up to twice
 * MAX_UPLOAD_BYTES, so a file over the limit is answered by the upload's own size message.
 */
const MAX_BODY_CHARS = Math.ceil((2 * MAX_UPLOAD_BYTES) / 3) * 4;
const UNREADABLE = 'Permintaan ke mesin Layanan Vicon tidak terbaca. Muat ulang spreadsheet lalu coba lagi.';

function parse(body: unknown): EngineRequest | null {
  if (typeof body !== 'string' || body.length > MAX_BODY_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const known = (ENGINE_COMMANDS as readonly string[]).includes(String(r.command));
  if (!known || !Array.isArray(r.args) || typeof r.spreadsheetId !== 'string' || !r.spreadsheetId) return null;
  return {
    command: r.command as EngineCommand,
    args: r.args,
    idToken: String(r.idToken ?? ''),
    spreadsheetId: r.spreadsheetId,
  };
}

/** Serve one call. Before the first Setup only the office account's Setup is accepted, and it binds the engine. */
export function serveEngineCall(env: EngineCallEnv, body: unknown): Result<unknown> {
  const req = parse(body);
  if (!req) return { ok: false, error: UNREADABLE };
  const bound = env.binding.spreadsheetId();
  const who = verifyCaller(env.tokens, req.idToken, bound ? env.binding.audience() : null, env.clock.now());
  if (!who.ok) return who;
  const office = env.binding.officeAccount().toLowerCase();
  const caller: Caller = { email: who.email, spreadsheetId: req.spreadsheetId, isOfficeAccount: who.email === office };
  if (!bound) {
    if (req.command !== 'setup' || !caller.isOfficeAccount) {
      return {
        ok: false,
        error: `Layanan Vicon belum disiapkan. Akun layanan (${office}) harus membuka spreadsheet ini dan menjalankan Layanan Vicon › Siapkan lebih dulu.`,
      };
    }
    env.binding.bind(req.spreadsheetId, who.audience);
  } else if (req.spreadsheetId !== bound) {
    return { ok: false, error: 'Panel ini terhubung ke spreadsheet lain daripada yang dilayani mesin Layanan Vicon.' };
  }
  return env.run(req.command, caller, req.args);
}
