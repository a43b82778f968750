/**
 * Reads the JSDoc of gas-types-detailed (Google's reference text for every Apps Script
 * method) and builds the table method → OAuth scopes the stand-in enforces. A method's
 * doc says "Scripts that use this method require authorization with one or more of the
 * following scopes:" followed by "- https://…" lines; overloads are merged. Keys are
 * 'Namespace.Class.method' as in the type definitions ('Spreadsheet.Range.getValues').
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';

export interface ScopeTable {
  /** 'gas-types-detailed@<version>': the table is rebuilt when the package changes. */
  source: string;
  /** 'Namespace.Class.method' → scopes in the documented order; methods that need none are absent. */
  methods: Record<string, string[]>;
  /** Class (interface) name → the namespaces defining it, to resolve the stand-in's bare class names. */
  classes: Record<string, string[]>;
}

const MARKER = 'require authorization with one or more of the following scopes';

/** The package version the table is built from, as 'gas-types-detailed@x.y.z'. */
export function scopeSource(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
}

function scopesIn(doc: string): string[] {
  const at = doc.indexOf(MARKER);
  if (at < 0) return [];
  const out: string[] = [];
  for (const line of doc
    .slice(at + MARKER.length)
    .split('\n')
    .slice(1)) {
    const m = /^\s*-\s*(https:\/\/\S+)/.exec(line);
    if (!m) break;
    out.push(m[1]);
  }
  return out;
}

function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((d) => (ts.isJSDoc(d) ? (ts.getTextOfJSDocComment(d.comment) ?? '') : ''))
    .join('\n');
}

function addInterface(table: ScopeTable, ns: string, node: ts.InterfaceDeclaration): void {
  const cls = node.name.text;
  table.classes[cls] = [...new Set([...(table.classes[cls] ?? []), ns])].sort();
  for (const member of node.members) {
    if (!ts.isMethodSignature(member) || !ts.isIdentifier(member.name)) continue;
    const scopes = scopesIn(docOf(member));
    if (scopes.length === 0) continue;
    const key = `${ns}.${cls}.${member.name.text}`;
    table.methods[key] = [...new Set([...(table.methods[key] ?? []), ...scopes])];
  }
}

function visit(table: ScopeTable, node: ts.Node, path: string[]): void {
  if (ts.isModuleDeclaration(node)) {
    const inner = [...path, node.name.text];
    if (node.body) ts.forEachChild(node.body, (child) => visit(table, child, inner));
    return;
  }
  if (ts.isInterfaceDeclaration(node) && path.length > 1) {
    addInterface(table, path.slice(1).join('.'), node);
    return;
  }
  ts.forEachChild(node, (child) => visit(table, child, path));
}

/** Builds the table from the `google-apps-script.*.d.ts` files in `dir` (the package folder). */
export function buildScopeTable(dir: string): ScopeTable {
  const table: ScopeTable = { source: scopeSource(dir), methods: {}, classes: {} };
  const files = readdirSync(dir)
    .filter((f) => /^google-apps-script\..+\.d\.ts$/.test(f))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    visit(table, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true), []);
  }
  return table;
}
