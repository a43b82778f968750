/**
 * OAuth scopes in the stand-in. Every wrapped call is checked against the calling
 * project's manifest: when the manifest lists `oauthScopes`, a method whose reference
 * documents scopes needs at least one of them, else it throws Google's message:
 *   "Specified permissions are not sufficient to call SpreadsheetApp.openById.
 *    Required permissions: https://www.googleapis.com/auth/spreadsheets"
 * (several alternatives print as "(A || B)"). Advanced services fail like their REST API
 * ("API call to calendar.events.insert failed with error: Request had insufficient
 * authentication scopes."). A `*.currentonly` scope only covers the project's container.
 * The table comes from gas-types-detailed (dist/scopes.json after `npm run build`, else
 * computed once and cached in the OS temp folder) plus scopes-advanced.ts.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { type ScopeTable, buildScopeTable, scopeSource } from '../scopes/table';
import type { Ctx } from './context';
import { type Project, grantedScopes } from './projects';
import { ADVANCED_METHODS } from './scopes-advanced';

const ROOT = resolve(__dirname, '..', '..');
const PACKAGE_DIR = join(ROOT, 'node_modules', 'gas-types-detailed');

/**
 * The namespace of stand-in class names that exist in several Apps Script namespaces
 * (a class named only here resolves by itself; an ambiguous one missing here throws).
 */
const NAMESPACE_OF: Record<string, string> = {
  User: 'Base',
  Trigger: 'Script',
  Range: 'Spreadsheet',
  NamedRange: 'Spreadsheet',
  TextStyle: 'Spreadsheet',
  Document: 'Document',
  Paragraph: 'Document',
  ListItem: 'Document',
  Table: 'Document',
  TableCell: 'Document',
  TableRow: 'Document',
  Text: 'Document',
  Element: 'Document',
};

let cached: ScopeTable | undefined;

function readIfCurrent(path: string, source: string): ScopeTable | undefined {
  if (!existsSync(path)) return undefined;
  const table = JSON.parse(readFileSync(path, 'utf8')) as ScopeTable;
  return table.source === source ? table : undefined;
}

/** The method → scopes table (built once per process, from the build output or a temp-folder cache). */
export function scopeTable(): ScopeTable {
  if (cached) return cached;
  const source = scopeSource(PACKAGE_DIR);
  const cacheFile = join(tmpdir(), `layanan-vicon-scopes-${source.replace(/[^\w.-]/g, '_')}.json`);
  cached = readIfCurrent(join(ROOT, 'dist', 'scopes.json'), source) ?? readIfCurrent(cacheFile, source);
  if (!cached) {
    cached = buildScopeTable(PACKAGE_DIR);
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(cached));
    renameSync(partial, cacheFile);
  }
  return cached;
}

function namespaceOf(cls: string): string | undefined {
  if (NAMESPACE_OF[cls]) return NAMESPACE_OF[cls];
  const found = scopeTable().classes[cls] ?? [];
  if (found.length > 1)
    throw new Error(
      `Stand-in: kelas ${cls} ada di beberapa namespace (${found.join(', ')}); tambahkan ke NAMESPACE_OF di dev/standin/scopes.ts.`,
    );
  return found[0];
}

/** The scopes documented for stand-in call `key` ('Range.getValues', 'Calendar.Events.insert'); [] when none. */
export function requiredScopes(key: string): string[] {
  const parts = key.split('.');
  if (parts.length === 3) {
    const advanced = ADVANCED_METHODS.get(key);
    if (!advanced) throw new Error(`Stand-in: scope ${key} belum ada di dev/standin/scopes-advanced.ts.`);
    return advanced.scopes;
  }
  const ns = namespaceOf(parts[0]);
  return ns ? (scopeTable().methods[`${ns}.${key}`] ?? []) : [];
}

/** The spreadsheet/form a stand-in object belongs to, or null when it is not tied to one. */
function documentOf(ctx: Ctx, target: object): string | null {
  const o = target as { id?: unknown; spreadsheet?: { id?: unknown }; sheet?: { spreadsheet?: { id?: unknown } } };
  const id = o.spreadsheet?.id ?? o.sheet?.spreadsheet?.id ?? o.id;
  return typeof id === 'string' && (ctx.spreadsheets.has(id) || ctx.forms.has(id)) ? id : null;
}

function refusal(ctx: Ctx, key: string, needed: string[]): Error {
  const advanced = ADVANCED_METHODS.get(key);
  const message = advanced
    ? `API call to ${advanced.rest} failed with error: Request had insufficient authentication scopes.`
    : `Specified permissions are not sufficient to call ${key}. Required permissions: ${
        needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`
      }`;
  const error = ctx.fail(message);
  error.name = advanced ? 'GoogleJsonResponseException' : 'Exception';
  if (advanced)
    Object.assign(error, { details: { code: 403, message: 'Request had insufficient authentication scopes.' } });
  return error;
}

/**
 * Throws Google's refusal when the scopes the effective user granted `project` (its manifest's,
 * less any they declined) lack every scope call `key` on `target` needs.
 */
export function checkScopes(ctx: Ctx, project: Project, key: string, target: object): void {
  const granted = grantedScopes(project, ctx.user.effective);
  if (!granted) return;
  const needed = requiredScopes(key);
  if (needed.length === 0) return;
  const usable = needed.filter((s) => granted.includes(s));
  const onlyCurrent = usable.length > 0 && usable.every((s) => s.endsWith('.currentonly'));
  if (usable.length > 0 && !onlyCurrent) return;
  const doc = onlyCurrent ? documentOf(ctx, target) : null;
  if (onlyCurrent && (doc === null || doc === project.containerId)) return;
  throw refusal(ctx, key, needed);
}
