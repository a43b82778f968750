/**
 * When the browser suites may be skipped: only on a developer's machine without Chromium.
 * In CI and before a deploy (REQUIRE_BROWSER_TESTS=1) a missing Chromium is a failure, not a skip.
 */
import { readFileSync } from 'fs';
import path from 'path';

/** browserSkipReason() of a fresh harness module loaded with `env` added to the environment. */
function skipReasonWith(env: Record<string, string | undefined>): string | null {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    let reason: string | null = null;
    jest.isolateModules(() => {
      reason = (require('./harness') as typeof import('./harness')).browserSkipReason();
    });
    return reason;
  } finally {
    process.env = saved;
  }
}

const MISSING = { CHROMIUM_PATH: '/tidak/ada/chromium', CI: undefined, REQUIRE_BROWSER_TESTS: undefined };

describe('browserSkipReason', () => {
  it('skips, saying how to install Chromium, only when it is missing on a developer machine', () => {
    expect(skipReasonWith(MISSING)).toBe(
      'Uji browser dilewati: Chromium tidak ada di /tidak/ada/chromium (pasang: apt-get install -y chromium, atau set CHROMIUM_PATH).',
    );
  });

  it('never skips in CI or before a deploy', () => {
    expect(skipReasonWith({ ...MISSING, CI: 'true' })).toBeNull();
    expect(skipReasonWith({ ...MISSING, REQUIRE_BROWSER_TESTS: '1' })).toBeNull();
  });

  it('every npm script that pushes (clasp push, or dev/deploy.ts pushing both projects) runs the browser suites first', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const pushing = Object.entries(pkg.scripts).filter(([, line]) => /clasp push|dev\/deploy\.ts/.test(line));
    expect(pushing.map(([name]) => name)).toContain('deploy');
    for (const [name, line] of pushing) {
      expect([name, line]).toEqual([
        name,
        expect.stringMatching(/REQUIRE_BROWSER_TESTS=1 npm test && (clasp push|tsx dev\/deploy\.ts)/),
      ]);
    }
  });
});
