/**
 * Cell syntax of the 'Alur SOP' sheet: comma lists, flag lists and effect lists with params.
 */
import type { ActionDef, ActionRequirement, EffectKind, StepClock, StepDeadline, StepDef } from './types';

type DeclaredEffect = ActionDef['effects'][number];

/** 'a, b ,c' → ['a','b','c']; '' → []. */
export function parseList(cell: string): string[] {
  return cell
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The flags in `cell` that belong to `allowed`; each unknown flag adds an error for row `line`. */
export function parseFlags(cell: string, allowed: string[], line: number, errors: string[]): Set<string> {
  const flags = parseList(cell);
  for (const f of flags.filter((f) => !allowed.includes(f))) {
    errors.push(`Baris ${line}: sifat "${f}" tidak dikenal (pilihan: ${allowed.join(', ')}).`);
  }
  return new Set(flags);
}

function splitTopLevel(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const EFFECT_RE = /^([A-Za-z_]+)\s*(?:\(([^()]*)\))?$/;

function parseParams(body: string): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const pair of body
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return null;
    params[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return params;
}

/**
 * 'reserve, notify_applicant(template=ditolak)' → declared effects. Kinds are not checked
 * here (validatePreset names unknown kinds); malformed syntax adds an error for row `line`.
 */
export function parseEffects(cell: string, line: number, errors: string[]): DeclaredEffect[] {
  const effects: DeclaredEffect[] = [];
  for (const token of splitTopLevel(cell)) {
    const m = EFFECT_RE.exec(token);
    const params = m && m[2] !== undefined ? parseParams(m[2]) : undefined;
    if (!m || params === null) {
      errors.push(`Baris ${line}: efek "${token}" tidak terbaca; tulis misalnya notify_applicant(template=ditolak).`);
      continue;
    }
    const kind = m[1] as EffectKind;
    effects.push(params && Object.keys(params).length > 0 ? { kind, params } : { kind });
  }
  return effects;
}

/** Inverse of parseEffects. */
export function formatEffects(effects: DeclaredEffect[]): string {
  return effects
    .map((e) =>
      e.params && Object.keys(e.params).length > 0
        ? `${e.kind}(${Object.entries(e.params)
            .map(([k, v]) => `${k}=${v}`)
            .join('; ')})`
        : e.kind,
    )
    .join(', ');
}

/** 'subkoor, tim' → the step's actor and the roles sharing it (written back the same way). */
export function parseActors(cell: string): { actor: string; alsoActors?: string[] } {
  const [actor = '', ...others] = parseList(cell);
  return others.length > 0 ? { actor, alsoActors: others } : { actor };
}

/** The 'Pelaksana' cell of a step. */
export function formatActors(s: StepDef): string {
  return [s.actor, ...(s.alsoActors ?? [])].join(', ');
}

const DAYS_RE = /^(\d+(?:\.\d+)?)\s*hari(?:\s+kerja)?$/i;

/** The 'Mutu Baku' cell: '' = none, '5' = minutes, '1 hari' = working days (NaN when unreadable). */
export function parseStandard(cell: string): { standardMinutes: number | null; standardDays?: number } {
  const days = DAYS_RE.exec(cell);
  if (days) return { standardMinutes: null, standardDays: Number(days[1]) };
  return { standardMinutes: cell === '' ? null : cell.trim() === '' ? Number.NaN : Number(cell) };
}

/** Inverse of parseStandard. */
export function formatStandard(s: StepDef): string {
  if (s.standardDays !== undefined) return `${s.standardDays} hari`;
  return s.standardMinutes === null ? '' : String(s.standardMinutes);
}

const CLOCK_RE = /^(mulai_acara|selesai_acara)\s*([+-]\s*\d+)?$/;
const ANCHORS = { mulai_acara: 'event_start', selesai_acara: 'event_end' } as const;

/** 'mulai_acara-120' → the clock 120 minutes before the event's start; '' → none; null when unreadable. */
export function parseClock(cell: string): StepClock | undefined | null {
  if (cell === '') return undefined;
  const m = CLOCK_RE.exec(cell);
  if (!m) return null;
  return { anchor: ANCHORS[m[1] as keyof typeof ANCHORS], offsetMinutes: Number((m[2] ?? '0').replace(/\s/g, '')) };
}

/** Inverse of parseClock. */
export function formatClock(clock: StepClock | undefined): string {
  if (!clock) return '';
  const name = clock.anchor === 'event_start' ? 'mulai_acara' : 'selesai_acara';
  const o = clock.offsetMinutes;
  return o === 0 ? name : `${name}${o > 0 ? '+' : ''}${o}`;
}

const DEADLINE_RE = /^H-(\d+)(?:\s*:\s*(.+))?$/;

/** 'H-1: Link terkirim paling lambat H-1' → the deadline; '' → none; null when unreadable. */
export function parseDeadline(cell: string): StepDeadline | undefined | null {
  if (cell === '') return undefined;
  const m = DEADLINE_RE.exec(cell);
  if (!m) return null;
  return { daysBeforeEvent: Number(m[1]), label: m[2]?.trim() || `Selesai paling lambat H-${m[1]}` };
}

/** Inverse of parseDeadline. */
export function formatDeadline(deadline: StepDeadline | undefined): string {
  return deadline ? `H-${deadline.daysBeforeEvent}: ${deadline.label}` : '';
}

/** 'operator, documentation(disposisi; video)' → requirements and the documents asked (when listed). */
export function parseRequires(cell: string): { requires: ActionRequirement[]; documents?: string[] } {
  let documents: string[] | undefined;
  const requires = splitTopLevel(cell).map((token) => {
    const m = /^documentation\s*\(([^()]*)\)$/.exec(token);
    if (!m) return token as ActionRequirement;
    documents = m[1]
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '');
    return 'documentation' as const;
  });
  return documents ? { requires, documents } : { requires };
}

/** Inverse of parseRequires. */
export function formatRequires(a: ActionDef): string {
  return a.requires
    .map((r) => (r === 'documentation' && a.documents ? `documentation(${a.documents.join('; ')})` : r))
    .join(', ');
}
