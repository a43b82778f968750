/**
 * Each project's manifest asks for exactly the narrowest scopes its bundle needs. A broad walk
 * (Setup, intake, a Bandung walk to the meeting and the link, Tarakan's reply letter, Demak's
 * documentation, the hourly jobs, the Rekap and its export, the settings wizard, the history
 * check, Periksa pemasangan) runs both built bundles on the stand-in, which records every method each project
 * called and refuses any call its manifest's scopes do not cover. Then, from the method → scope
 * table Google documents (gas-types-detailed, dev/scopes):
 * - every method called is covered (else the walk would have thrown);
 * - every scope in the manifest is the only granted cover of at least one method called;
 * - no scope could be swapped for a narrower one that covers every method relying on it.
 */
import { readFileSync } from 'fs';
import { requiredScopes } from '../dev/standin/scopes';
import { validAnswers } from './fixtures/answers';
import { e2eWorld, ok, stepAs, walkSteps, BANDUNG_TO_MEETING, type E2E } from './e2e/world';
import { fillLetterhead, TARAKAN_WALK, mailOf } from './proof/kit';

const AUTH = 'https://www.googleapis.com/auth/';
/** Scopes Google documents in prose rather than in the per-method list. */
const PROSE: Record<string, string[]> = { 'ScriptApp.getIdentityToken': ['openid'] };
/** Narrower scopes to try in place of a broad one. */
const NARROWER: Record<string, string[]> = {
  [`${AUTH}spreadsheets`]: [`${AUTH}spreadsheets.currentonly`],
  [`${AUTH}documents`]: [`${AUTH}documents.currentonly`],
  [`${AUTH}forms`]: [`${AUTH}forms.currentonly`],
  [`${AUTH}drive`]: [`${AUTH}drive.file`, `${AUTH}drive.readonly`],
  [`${AUTH}calendar`]: [`${AUTH}calendar.events`],
};

const scopesOf = (method: string): string[] => PROSE[method] ?? requiredScopes(method);
const manifest = (project: string): { oauthScopes: string[] } =>
  JSON.parse(readFileSync(`dist/${project}/appsscript.json`, 'utf8'));

function walk(presetId: string, steps: (e: E2E) => void): E2E {
  const e = e2eWorld(presetId);
  e.submit(validAnswers());
  steps(e);
  return e;
}

/** Both projects' called methods over a walk that touches every feature. */
function calledMethods(): Record<'engine' | 'panel', Set<string>> {
  const seen = { engine: new Set<string>(), panel: new Set<string>() };
  const collect = (e: E2E) => {
    e.ws.calls.methodsOf(e.product.engineProject.id).forEach((m) => seen.engine.add(m));
    e.ws.calls.methodsOf(e.product.panelProject.id).forEach((m) => seen.panel.add(m));
  };
  collect(
    walk('000-bandung', (e) => {
      walkSteps(e, 'VC-2026-0001', BANDUNG_TO_MEETING);
      stepAs(e, 'operator', 'VC-2026-0001', 'kirim_tautan');
      e.ws.clock.advance(2 * 24 * 3600 * 1000);
      e.app.call('runHourly');
      e.as('admin@kominfo.go.id');
      e.app.call('menuRefreshRecap');
      e.app.call('menuExportRecap');
      e.app.call('menuCheckHistory');
      e.app.call('menuCopyPreset');
      ok(e.app.callFromClient('getSettingsForm'));
      ok(e.app.callFromClient('testZoomConnection'));
      ok(e.app.callFromClient('runInstallCheck'));
      e.app.call('menuInstallCheck');
      e.app.call('showSidebar');
      e.app.call('showSettings');
      e.app.call('onOpen');
    }),
  );
  collect(
    walk('001-tarakan', (e) => {
      fillLetterhead(e);
      for (const s of TARAKAN_WALK) {
        e.as(mailOf(s.who));
        ok(e.act('VC-2026-0001', s.action, s.input ?? {}));
      }
    }),
  );
  return seen;
}

describe.each(['engine', 'panel'] as const)('the %s manifest', (project) => {
  const called = calledMethods()[project];
  const granted = manifest(project).oauthScopes;
  const needing = [...called].map((m) => ({ method: m, scopes: scopesOf(m) })).filter((u) => u.scopes.length > 0);

  it('covers every method the bundle called', () => {
    const uncovered = needing.filter((u) => !u.scopes.some((s) => granted.includes(s))).map((u) => u.method);
    expect(uncovered).toEqual([]);
  });

  it('holds no scope that no called method needs', () => {
    const unneeded = granted.filter(
      (scope) => !needing.some((u) => u.scopes.filter((s) => granted.includes(s)).every((s) => s === scope)),
    );
    expect(unneeded).toEqual([]);
  });

  it('holds no scope a narrower one could replace', () => {
    const replaceable = granted.flatMap((scope) =>
      (NARROWER[scope] ?? [])
        .filter((narrow) => {
          const instead = granted.map((s) => (s === scope ? narrow : s));
          return needing.every((u) => u.scopes.some((s) => instead.includes(s)));
        })
        .map((narrow) => `${scope} → ${narrow}`),
    );
    expect(replaceable).toEqual([]);
  });
});

describe('the manifests ship as built', () => {
  it.each(['engine', 'panel'])('%s: V8, Stackdriver, Jakarta time, copied from src into dist', (project) => {
    const source = JSON.parse(readFileSync(`src/${project}/appsscript.json`, 'utf8'));
    expect(source).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER', timeZone: 'Asia/Jakarta' });
    expect(manifest(project)).toEqual(source);
  });

  it('the engine is a web app run as its owner; the panel is not a web app', () => {
    expect(JSON.parse(readFileSync('dist/engine/appsscript.json', 'utf8')).webapp).toEqual({
      executeAs: 'USER_DEPLOYING',
      access: 'ANYONE_ANONYMOUS',
    });
    expect(JSON.parse(readFileSync('dist/panel/appsscript.json', 'utf8')).webapp).toBeUndefined();
  });

  it.each(['engine', 'panel'])('the %s bundle uses nothing Apps Script V8 lacks', (project) => {
    const bundle = readFileSync(`dist/${project}/Code.js`, 'utf8');
    for (const name of [
      'setTimeout',
      'setInterval',
      'fetch',
      'URL',
      'TextEncoder',
      'TextDecoder',
      'atob',
      'btoa',
      'require',
    ]) {
      const bare = new RegExp(`(^|[^.\\w$])${name}\\s*\\(|new\\s+${name}\\b`);
      expect({ name, found: bare.test(bundle) }).toEqual({ name, found: false });
    }
    expect(bundle).not.toMatch(/\s#[a-zA-Z_]\w*\s*[;=(]/);
    expect(bundle).not.toMatch(/\beval\(/);
  });
});
