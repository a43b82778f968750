/**
 * The parts of Drive API v3 search (`q`) and partial responses (`fields`) the stand-in
 * understands: clauses joined by `and` — name = / != / contains 'x', mimeType = / != 'x',
 * 'id' in parents, trashed = true|false, appProperties has { key='k' and value='v' }.
 * Anything else is refused as Drive refuses a bad query (400 "Invalid Value").
 * @see https://developers.google.com/workspace/drive/api/guides/search-files
 * @see https://developers.google.com/workspace/drive/api/guides/fields-parameter
 */
import type { DriveItem } from './drive-store';

export type Clause = (it: DriveItem) => boolean;

const STR = "'((?:[^'\\\\]|\\\\.)*)'";
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Clause]> = [
  [new RegExp(`^name\\s*=\\s*${STR}$`), (m) => (it) => it.name === unquote(m[1])],
  [new RegExp(`^name\\s*!=\\s*${STR}$`), (m) => (it) => it.name !== unquote(m[1])],
  [new RegExp(`^name\\s+contains\\s+${STR}$`), (m) => (it) => it.name.includes(unquote(m[1]))],
  [new RegExp(`^mimeType\\s*=\\s*${STR}$`), (m) => (it) => it.mimeType === unquote(m[1])],
  [new RegExp(`^mimeType\\s*!=\\s*${STR}$`), (m) => (it) => it.mimeType !== unquote(m[1])],
  [new RegExp(`^${STR}\\s+in\\s+parents$`), (m) => (it) => it.parents.includes(unquote(m[1]))],
  [/^trashed\s*=\s*(true|false)$/, (m) => (it) => it.trashed === (m[1] === 'true')],
  [
    new RegExp(`^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${STR}\\s+and\\s+value\\s*=\\s*${STR}\\s*\\}$`),
    (m) => (it) => it.appProperties[unquote(m[1])] === unquote(m[2]),
  ],
];

function unquote(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Splits on top-level ` and ` (not inside quotes or braces). */
function clauses(q: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    if (ch === '\\' && quoted) i++;
    else if (ch === "'") quoted = !quoted;
    else if (!quoted && (ch === '{' || ch === '}')) depth += ch === '{' ? 1 : -1;
    else if (!quoted && depth === 0 && /^\s+and\s+/i.test(q.slice(i)) && /\s/.test(ch)) {
      out.push(q.slice(start, i).trim());
      i += /^\s+and\s+/i.exec(q.slice(i))![0].length - 1;
      start = i + 1;
    }
  }
  out.push(q.slice(start).trim());
  return out.filter(Boolean);
}

/** A predicate for `q`, or null when some clause is not understood. Root aliases ('root') are resolved by `rootId`. */
export function parseQuery(q: string, rootId: string): Clause | null {
  const parts: Clause[] = [];
  for (const text of clauses(q.replace(/'root'\s+in\s+parents/g, `'${rootId}' in parents`))) {
    const hit = PATTERNS.map(([re, make]) => [re.exec(text), make] as const).find(([m]) => m);
    if (!hit) return null;
    parts.push(hit[1](hit[0]!));
  }
  return (it) => parts.every((p) => p(it));
}

/** Top-level field names of a `fields` value, each with its sub-selection ('files(id,name)' → files: 'id,name'). */
export function splitFields(fields: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let depth = 0;
  let token = '';
  const flush = (): void => {
    const t = token.trim();
    const m = /^([\w*]+)(?:\((.*)\))?$/.exec(t);
    if (m) out.set(m[1], m[2] ?? null);
    token = '';
  };
  for (const ch of fields) {
    if (ch === ',' && depth === 0) flush();
    else {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      token += ch;
    }
  }
  flush();
  return out;
}

/** `resource` cut down to `fields` (undefined = Drive's default id, name, mimeType, kind; '*' = everything). */
export function pick(resource: Record<string, unknown>, fields: string | null | undefined): Record<string, unknown> {
  if (fields === '*' || fields === null) return resource;
  const wanted = fields === undefined ? ['kind', 'id', 'name', 'mimeType'] : [...splitFields(fields).keys()];
  return Object.fromEntries(wanted.filter((k) => resource[k] !== undefined).map((k) => [k, resource[k]]));
}
