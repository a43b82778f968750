/**
 * "Periksa pemasangan", the panel's side: gathers its own facts as the official who clicked,
 * then asks the engine for each part of the check (one call per part, so a slow or failing
 * part stops no other), and puts the checklist and its plain-text report together.
 */
import { panelLines, unansweredLine } from '../core/check/panel-lines';
import { checkReport } from '../core/check/report';
import { CHECK_PARTS, type CheckLine, type CheckPart } from '../core/check/types';
import type { CheckPartDto, EngineMetaDto, InstallCheckDto, PanelFactsDto } from '../shared/check-rpc';
import type { Result } from '../shared/rpc';
import { currentActor } from './caller';
import type { ReadDeps } from './ports';

/** What the panel's side needs: its own facts, and the engine. */
export interface PanelCheckPort {
  /** The panel's facts, gathered as the official at the keyboard. */
  facts(): PanelFactsDto;
  /** The scopes the panel's manifest asks for (baked in at build time). */
  neededScopes(): string[];
  version(): string;
  userLocale(): string;
  /** One part of the check, run by the engine as the office account. */
  runPart(part: CheckPart, facts: PanelFactsDto): Result<CheckPartDto>;
}

const NOT_ADMIN = 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.';

/** The caller is not a known admin (null when the panel cannot read Pengguna: the engine decides then). */
function refusal(deps: ReadDeps): string | null {
  try {
    const who = currentActor(deps);
    if (!who.ok) return who.reason;
    return who.actor.isAdmin ? null : NOT_ADMIN;
  } catch {
    return null;
  }
}

/** Google did not tell the panel who is at the keyboard (e.g. they declined "see your email address"). */
function identityUnknown(deps: ReadDeps): boolean {
  try {
    return deps.identity.activeUserEmail().trim() === '';
  } catch {
    return true;
  }
}

/**
 * Why the caller may not run the check (Indonesian), or null: an admin, or someone Google does
 * not name (no one can tell whether they are an admin; they get the panel's own lines, which say why).
 */
export function installCheckRefusal(deps: ReadDeps): string | null {
  const refused = refusal(deps);
  return refused !== null && !identityUnknown(deps) ? refused : null;
}

/** The engine's lines, part by part; the first part failing means the engine is out of reach: one line says so. */
function engineLines(port: PanelCheckPort, facts: PanelFactsDto): { lines: CheckLine[]; meta: EngineMetaDto | null } {
  if (!facts.engineUrlOk)
    return { lines: [unansweredLine('dasar', 'Alamat mesin di Pengaturan belum diisi atau tidak sah.')], meta: null };
  const lines: CheckLine[] = [];
  let meta: EngineMetaDto | null = null;
  for (const part of CHECK_PARTS) {
    const done = port.runPart(part, facts);
    if (done.ok) {
      lines.push(...done.value.lines);
      meta = done.value.meta ?? meta;
    } else {
      lines.push(unansweredLine(part, done.error));
      if (part === CHECK_PARTS[0]) break;
    }
  }
  return { lines, meta };
}

/**
 * Run the whole check for an admin; the checklist with its report, or a refusal. Someone Google
 * does not name still gets the panel's own lines, which say why, and no engine part is asked.
 */
export function runInstallCheck(deps: ReadDeps, port: PanelCheckPort): Result<InstallCheckDto> {
  const refused = installCheckRefusal(deps);
  if (refused) return { ok: false, error: refused };
  const unnamed = refusal(deps);
  const facts = port.facts();
  const engine = unnamed ? { lines: [unansweredLine('dasar', unnamed)], meta: null } : engineLines(port, facts);
  const lines = [...panelLines(facts, port.neededScopes()), ...engine.lines];
  const report = checkReport(lines, {
    at: deps.clock.now(),
    officeZone: engine.meta?.officeZone ?? '',
    spreadsheetZone: engine.meta?.spreadsheetZone ?? '',
    spreadsheetLocale: engine.meta?.spreadsheetLocale ?? '',
    userLocale: port.userLocale(),
    panelVersion: port.version(),
    engineVersion: engine.meta?.version ?? '',
  });
  const passed = lines.filter((l) => l.ok).length;
  return { ok: true, value: { lines, passed, failed: lines.length - passed, report } };
}
