/**
 * Cell syntax of the 'Alur SOP' sheet: comma lists, flag lists and effect lists with params.
 */
import type { ActionDef, EffectKind } from './types';

type DeclaredEffect = ActionDef['effects'][number];

/** 'a, b ,c' → ['a','b','c']; '' → []. */
export function parseList(cell: string): string[] {
  return cell
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The flags in `cell` that belong to `allowed`; each unknown flag adds an error for row `line`. */
function parseFlags(cell: string, allowed: string[], line: number, errors: string[]): Set<string> {
  const flags = parseList(cell);
  for (const f of flags.filter((f) => !allowed.includes(f))) {
    errors.push(`Baris ${line}: sifat "${f}" tidak dikenal (pilihan: ${allowed.join(', ')}).`);
  }
  return new Set(flags);
}

/** 'akhir, penentu_jadwal': the words (from `words`) of the flags `item` has set to true. */
export function flagWords<T extends object>(item: T, words: Partial<Record<keyof T, string>>): string {
  const set = (Object.keys(words) as Array<keyof T>).filter((k) => item[k] === true);
  return set.map((k) => words[k]).join(', ');
}

/** Sets to true on `item` every flag whose word the Sifat cell lists; unknown words are reported for row `line`. */
export function readFlags<T extends object>(
  item: T,
  words: Partial<Record<keyof T, string>>,
  cell: string,
  line: number,
  errors: string[],
): void {
  const listed = parseFlags(cell, Object.values(words) as string[], line, errors);
  for (const k of Object.keys(words) as Array<keyof T>)
    if (listed.has(words[k] as string)) (item as Record<keyof T, unknown>)[k] = true;
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
