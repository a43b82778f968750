/**
 * `npm run build` step: writes dist/scopes.json, the method → OAuth scopes table read
 * from gas-types-detailed (see table.ts). The stand-in reads this file; without a build
 * it computes the same table on demand (dev/standin/scopes.ts).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { buildScopeTable } from './table';

const ROOT = resolve(__dirname, '..', '..');
const table = buildScopeTable(join(ROOT, 'node_modules', 'gas-types-detailed'));
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(join(ROOT, 'dist', 'scopes.json'), JSON.stringify(table));
console.log(`dist/scopes.json: ${Object.keys(table.methods).length} metode dengan scope (${table.source}).`);
