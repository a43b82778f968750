/**
 * serveEngineCall / verifyCaller: who the engine acts for is decided only by a token Google
 * vouches for; the first Setup binds the engine to one spreadsheet and one panel.
 */
import { serveEngineCall, type Caller, type EngineBinding } from '../../src/app/engine-call';
import { verifyCaller, type IdentityTokens, type TokenClaims } from '../../src/app/identity';

const NOW = new Date('2026-11-30T02:00:00Z');
const OFFICE = 'akun.layanan@kominfo.go.id';
const PANEL = '111-panel.apps.googleusercontent.com';

/** Google's token-info verdicts, by token text. */
function tokens(known: Record<string, Partial<TokenClaims>>): IdentityTokens {
  return {
    inspect: (t) =>
      t in known
        ? {
            issuer: 'https://accounts.google.com',
            audience: PANEL,
            email: '',
            emailVerified: true,
            expiresAt: NOW.getTime() / 1000 + 3600,
            ...known[t],
          }
        : null,
  };
}

function memoryBinding(initial: { sheet?: string; audience?: string } = {}): EngineBinding & { state: typeof initial } {
  const state = { ...initial };
  return {
    state,
    spreadsheetId: () => state.sheet ?? null,
    audience: () => state.audience ?? null,
    bind: (sheet, audience) => Object.assign(state, { sheet, audience }),
    officeAccount: () => OFFICE,
  };
}

const TOKENS = tokens({
  office: { email: OFFICE },
  kadis: { email: 'Kadis@Kominfo.go.id' },
  foreign: { email: 'kadis@kominfo.go.id', audience: '999-other.apps.googleusercontent.com' },
  expired: { email: 'kadis@kominfo.go.id', expiresAt: NOW.getTime() / 1000 - 1 },
  unverified: { email: 'kadis@kominfo.go.id', emailVerified: false },
  issuer: { email: 'kadis@kominfo.go.id', issuer: 'https://evil.example' },
});

/** TOKENS, remembering every token sent to Google's token-info endpoint. */
function askingGoogle(known: IdentityTokens = TOKENS): IdentityTokens & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    inspect: (t) => {
      asked.push(t);
      return known.inspect(t);
    },
  };
}

/** Serve a raw body to an engine bound to sheet-1 and this panel, recording the commands run and the tokens inspected. */
function serveText(body: unknown, binding: EngineBinding = memoryBinding({ sheet: 'sheet-1', audience: PANEL })) {
  const ran: Array<{ command: string; caller: Caller; args: unknown[] }> = [];
  const google = askingGoogle();
  const result = serveEngineCall(
    {
      clock: { now: () => NOW },
      tokens: google,
      binding,
      run: (command, caller, args) => {
        ran.push({ command, caller, args });
        return { ok: true, value: 'done' };
      },
    },
    body,
  );
  return { result, ran, asked: google.asked };
}

function serve(binding: EngineBinding, body: Record<string, unknown>) {
  return serveText(JSON.stringify(body), binding);
}

const UNREADABLE = {
  ok: false,
  error: 'Permintaan ke mesin Layanan Vicon tidak terbaca. Muat ulang spreadsheet lalu coba lagi.',
};
const UNVERIFIED = {
  ok: false,
  error: 'Identitas Google Anda tidak dapat dipastikan. Muat ulang spreadsheet lalu coba lagi.',
};

const call = (idToken: string, command = 'performAction', spreadsheetId = 'sheet-1') => ({
  command,
  args: [{ requestId: 'VC-2026-0001' }],
  idToken,
  spreadsheetId,
});

describe('verifyCaller', () => {
  it('accepts a live token for this panel and lower-cases the verified email', () => {
    expect(verifyCaller(TOKENS, 'kadis', PANEL, NOW)).toEqual({
      ok: true,
      email: 'kadis@kominfo.go.id',
      audience: PANEL,
    });
  });
  it.each([
    ['a token Google refuses', 'forged', /tidak dapat dipastikan/],
    ['another project as audience', 'foreign', /tidak datang dari panel/],
    ['an expired token', 'expired', /kedaluwarsa/],
    ['an unverified email', 'unverified', /belum terverifikasi/],
    ['a foreign issuer', 'issuer', /tidak dapat dipastikan/],
  ])('refuses %s', (_what, token, message) => {
    const r = verifyCaller(TOKENS, token, PANEL, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
  it('refuses a token that is not text or is absurdly long', () => {
    expect(verifyCaller(TOKENS, 42, PANEL, NOW).ok).toBe(false);
    expect(verifyCaller(TOKENS, 'x'.repeat(5000), PANEL, NOW).ok).toBe(false);
  });
  it('reads tokens up to 4096 characters and refuses an empty or longer one without asking Google', () => {
    const longest = 'a'.repeat(4096);
    const google = askingGoogle(
      tokens({ [longest]: { email: 'kadis@kominfo.go.id' }, [`${longest}b`]: { email: 'kadis@kominfo.go.id' } }),
    );
    expect(verifyCaller(google, longest, PANEL, NOW)).toEqual({
      ok: true,
      email: 'kadis@kominfo.go.id',
      audience: PANEL,
    });
    expect(verifyCaller(google, `${longest}b`, PANEL, NOW)).toEqual(UNVERIFIED);
    expect(verifyCaller(google, '', PANEL, NOW)).toEqual(UNVERIFIED);
    expect(google.asked).toEqual([longest]);
  });
  it('expires exactly at exp (not a second later)', () => {
    const atExp = tokens({ t: { email: 'a@b.go.id', expiresAt: NOW.getTime() / 1000 } });
    expect(verifyCaller(atExp, 't', PANEL, NOW).ok).toBe(false);
  });
});

describe('serveEngineCall', () => {
  it('runs the command for the verified caller, never for an email in the body', () => {
    const { result, ran } = serve(memoryBinding({ sheet: 'sheet-1', audience: PANEL }), {
      ...call('kadis'),
      email: OFFICE,
    });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(ran).toEqual([
      {
        command: 'performAction',
        caller: { email: 'kadis@kominfo.go.id', spreadsheetId: 'sheet-1', isOfficeAccount: false },
        args: [{ requestId: 'VC-2026-0001' }],
      },
    ]);
  });

  it('before Setup, refuses everything but the office account running Setup, naming the account', () => {
    const binding = memoryBinding();
    for (const body of [call('kadis', 'setup'), call('office', 'performAction')]) {
      const { result, ran } = serve(binding, body);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(OFFICE);
      expect(ran).toEqual([]);
    }
    expect(binding.state).toEqual({});
  });

  it("the office account's first Setup binds the spreadsheet and the panel's audience", () => {
    const binding = memoryBinding();
    const { ran } = serve(binding, call('office', 'setup', 'sheet-9'));
    expect(ran.map((r) => r.caller)).toEqual([{ email: OFFICE, spreadsheetId: 'sheet-9', isOfficeAccount: true }]);
    expect(binding.state).toEqual({ sheet: 'sheet-9', audience: PANEL });
  });

  it('once bound, refuses another spreadsheet and tokens of another panel', () => {
    const binding = memoryBinding({ sheet: 'sheet-1', audience: PANEL });
    const other = serve(binding, call('kadis', 'performAction', 'sheet-2'));
    expect(!other.result.ok && other.result.error).toMatch(/spreadsheet lain/);
    const foreign = serve(binding, call('foreign'));
    expect(!foreign.result.ok && foreign.result.error).toMatch(/tidak datang dari panel/);
    expect([...other.ran, ...foreign.ran]).toEqual([]);
  });

  it('passes a documentation upload just over 10 MB (base64) to its command, which answers with the size limit itself', () => {
    const justOver = 10 * 1024 * 1024 + 100 * 1024;
    const file = { name: 'foto.png', mimeType: 'image/png', base64: 'A'.repeat(Math.ceil(justOver / 3) * 4) };
    const body = { ...call('kadis', 'uploadDocumentation'), args: ['VC-2026-0001', file] };
    const { result, ran } = serve(memoryBinding({ sheet: 'sheet-1', audience: PANEL }), body);
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(ran.map((r) => [r.command, (r.args[1] as typeof file).base64.length])).toEqual([
      ['uploadDocumentation', file.base64.length],
    ]);
  });

  it('reads a body of up to 27962028 characters (a 20 MB upload in base64) and refuses a longer one unread', () => {
    const upload = (base64: string) => ({
      ...call('kadis', 'uploadDocumentation'),
      args: ['VC-2026-0001', { name: 'foto.png', mimeType: 'image/png', base64 }],
    });
    const room = 27962028 - JSON.stringify(upload('')).length;
    const longest = JSON.stringify(upload('A'.repeat(room)));
    expect(longest).toHaveLength(27962028);
    const fits = serveText(longest);
    expect(fits.result).toEqual({ ok: true, value: 'done' });
    expect(fits.ran.map((r) => r.command)).toEqual(['uploadDocumentation']);
    const over = serveText(JSON.stringify(upload('A'.repeat(room + 1))));
    expect(over.result).toEqual(UNREADABLE);
    expect([over.ran, over.asked]).toEqual([[], []]);
  });

  it.each([
    ['an empty body', ''],
    ['no body text at all', undefined],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON text', '"performAction"'],
    ['a JSON list', JSON.stringify([call('kadis')])],
  ])('refuses %s as unreadable, asking Google nothing', (_what, body) => {
    const { result, ran, asked } = serveText(body);
    expect(result).toEqual(UNREADABLE);
    expect([ran, asked]).toEqual([[], []]);
  });

  it('refuses a call without an identity token without asking Google', () => {
    const { idToken: _none, ...anonymous } = call('kadis');
    for (const body of [anonymous, { ...anonymous, idToken: null }]) {
      const { result, ran, asked } = serve(memoryBinding({ sheet: 'sheet-1', audience: PANEL }), body);
      expect(result).toEqual(UNVERIFIED);
      expect([ran, asked]).toEqual([[], []]);
    }
  });

  it.each([
    ['not JSON', 'not json'],
    ['an unknown command', JSON.stringify({ ...call('kadis'), command: 'runHourly' })],
    ['args that are not a list', JSON.stringify({ ...call('kadis'), args: 'x' })],
    ['no spreadsheet', JSON.stringify({ ...call('kadis'), spreadsheetId: '' })],
  ])('refuses a body with %s', (_what, body) => {
    const result = serveEngineCall(
      {
        clock: { now: () => NOW },
        tokens: TOKENS,
        binding: memoryBinding({ sheet: 'sheet-1', audience: PANEL }),
        run: () => {
          throw new Error('must not run');
        },
      },
      body,
    );
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/tidak terbaca/) });
  });
});
