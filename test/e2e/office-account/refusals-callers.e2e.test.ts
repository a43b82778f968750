/**
 * Issue 14, refusals about who calls: a stranger (with and without access to the spreadsheet)
 * calling every function the panel exposes and every engine entry; a client naming someone
 * else anywhere in the payload; expired, forged, foreign-audience and other-spreadsheet tokens;
 * and a panel whose engine address points anywhere but an Apps Script /exec URL. Each refusal
 * is checked word for word, and nothing changes.
 */
import { validAnswers } from '../../fixtures/answers';
import { ENGINE_COMMANDS } from '../../../src/shared/engine-rpc';
import { e2eWorld, ADMIN, OFFICE, ok, stepAs, type E2E } from '../world';
import { ID, mailOf, rowOf } from '../../proof/kit';
import { writeSettingByHand } from '../../../dev/product';
import { command, fingerprint, fromEnginePage, panelToken, postEngine } from './callers';
import { callLedger } from './ledger';

const STRANGER = 'orang.asing@gmail.com';
const NOT_REGISTERED = `${STRANGER} tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.`;
const SETUP_REFUSED = `Siapkan hanya dapat dijalankan oleh akun layanan (${OFFICE}). Masuk dengan akun itu lalu coba lagi.`;
const UNVERIFIED = 'Identitas Google Anda tidak dapat dipastikan. Muat ulang spreadsheet lalu coba lagi.';
const FOREIGN = 'Permintaan ini tidak datang dari panel Layanan Vicon kantor ini; ditolak.';
const NO_ACCESS =
  'Anda tidak memiliki akses ke spreadsheet Layanan Vicon ini. Bila Anda masih bertugas, minta admin mengaktifkan akun Anda di sheet Pengguna.';
const BAD_ENGINE = 'Alamat mesin Layanan Vicon belum diisi atau tidak sah. Minta akun layanan menjalankan Siapkan.';
const NOT_KABID =
  'Langkah ini dikerjakan oleh Kabid Diseminasi; Anda tidak memegang peran itu, juga tidak sebagai Plh.';
const PNG = { name: 'foto.png', mimeType: 'image/png', base64: 'iVBORw0KGgo=' };

/** Arguments that would succeed for an admin holding every role: only who calls can refuse them. */
function argsFor(e: E2E, fn: string): unknown[] {
  const version = Number(rowOf(e)['Versi']);
  const letter = { ...validAnswers(), applicantName: 'Budi', email: 'budi@contoh.go.id', title: 'Rapat' };
  const table: Record<string, unknown[]> = {
    getRequestDetail: [ID],
    performAction: [{ requestId: ID, action: 'disposisi', expectedVersion: version, input: {} }],
    submitLetterRequest: [letter],
    uploadDocumentation: [ID, PNG],
    saveSettings: [{ officeName: 'Kantor Palsu' }],
    saveZoomCredentials: [{ accountId: 'palsu-12345', clientId: 'palsu-12345', clientSecret: 'rahasia-palsu' }],
  };
  return table[fn] ?? [];
}

function world(): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  return e;
}

describe('a stranger with access to the spreadsheet (an editor not in Pengguna)', () => {
  const e = world();
  e.ws.acl.share(e.ws.spreadsheet.id, STRANGER, 'editor');
  const before = fingerprint(e);
  const fns = e.panel.topLevelFunctions();

  it.each(fns.map((fn) => [fn]))('panel %s: refused or harmless', (fn) => {
    e.as(STRANGER);
    const shown = e.ws.ui.shown.length;
    const out = e.app.callFromClient(fn, ...argsFor(e, fn));
    if (fn === 'runSetupFromPanel') expect(out).toEqual({ ok: false, error: SETUP_REFUSED });
    else if (fn === 'menuSetup') expect(e.ws.ui.shown.slice(shown).join('\n')).toContain(SETUP_REFUSED);
    else if (fn.startsWith('menu')) expect(e.ws.ui.shown.slice(shown).join('\n')).toContain(NOT_REGISTERED);
    else if (['onOpen', 'onInstall', 'showSidebar', 'showSettings'].includes(fn)) expect(out).toBeUndefined();
    else expect(out).toEqual({ ok: false, error: NOT_REGISTERED });
    expect(fingerprint(e)).toBe(before);
  });

  it.each(ENGINE_COMMANDS.map((c) => [c]))('engine doPost %s with their own valid token: refused', (name) => {
    const out = command(e, name, argsFor(e, name), panelToken(e, STRANGER));
    expect(out).toEqual({ ok: false, error: name === 'setup' ? SETUP_REFUSED : NOT_REGISTERED });
    expect(fingerprint(e)).toBe(before);
  });

  it.each(['runHourly', 'onFpvcSubmit', 'onSheetEdit'])(
    'engine %s from a served page with a forged event does nothing',
    (fn) => {
      const events = [
        undefined,
        {},
        { triggerUid: '' },
        { triggerUid: 'pemicu-palsu', authMode: 'FULL' },
        { triggerUid: '8123456789', response: { getItemResponses: [] } },
      ];
      for (const event of events) fromEnginePage(e, STRANGER, fn, event);
      expect(fingerprint(e)).toBe(before);
    },
  );

  it('engine doPost from a served page with their token, or doGet, reveals or changes nothing', () => {
    const body = {
      command: 'getSettingsForm',
      args: [],
      idToken: panelToken(e, STRANGER),
      spreadsheetId: e.ws.spreadsheet.id,
    };
    const out = fromEnginePage(e, STRANGER, 'doPost', { postData: { contents: JSON.stringify(body) } }) as {
      getContent(): string;
    };
    expect(JSON.parse(out.getContent())).toEqual({ ok: false, error: NOT_REGISTERED });
    const health = fromEnginePage(e, STRANGER, 'doGet') as { getContent(): string };
    expect(JSON.parse(health.getContent())).toEqual({ ok: true, value: { service: 'Layanan Vicon', ready: true } });
    expect(fingerprint(e)).toBe(before);
  });
});

describe('a stranger without access to the spreadsheet', () => {
  const e = world();
  const before = fingerprint(e);

  it.each(e.panel.topLevelFunctions().map((fn) => [fn]))('panel %s: Google refuses, nothing changes', (fn) => {
    e.as(STRANGER);
    let out: unknown;
    try {
      out = e.app.callFromClient(fn, ...argsFor(e, fn));
    } catch (error) {
      out = { threw: (error as Error).message };
    }
    if (out !== undefined && typeof out === 'object' && 'ok' in (out as object))
      expect(out).toEqual({ ok: false, error: NO_ACCESS });
    expect(fingerprint(e)).toBe(before);
  });

  it('the engine refuses their own valid token for every command', () => {
    for (const name of ENGINE_COMMANDS)
      expect(command(e, name, argsFor(e, name), panelToken(e, STRANGER))).toEqual({
        ok: false,
        error: name === 'setup' ? SETUP_REFUSED : NOT_REGISTERED,
      });
    expect(fingerprint(e)).toBe(before);
  });
});

describe('someone else’s email anywhere in the payload', () => {
  const e = world();
  stepAs(e, 'kadis', ID, 'disposisi');
  const version = Number(rowOf(e)['Versi']);
  const kabid = mailOf('kabid');
  const claims = { email: kabid, actorEmail: kabid, user: kabid, caller: { email: kabid, isAdmin: true } };
  const before = fingerprint(e);

  it('is ignored by the engine: the token decides who acts', () => {
    const step = { requestId: ID, action: 'disposisi', expectedVersion: version, input: { note: 'x', ...claims } };
    const asKadis = command(e, 'performAction', [{ ...step, ...claims }], panelToken(e, mailOf('kadis')), claims);
    expect(asKadis).toEqual({ ok: false, error: NOT_KABID });
    const stranger = command(e, 'getSettingsForm', [claims], panelToken(e, STRANGER), { ...claims, email: ADMIN });
    expect(stranger).toEqual({ ok: false, error: NOT_REGISTERED });
    const notAdmin = command(e, 'getSettingsForm', [], panelToken(e, mailOf('kadis')), { email: ADMIN, isAdmin: true });
    expect(notAdmin).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    expect(fingerprint(e)).toBe(before);
  });

  it('is ignored through the panel too', () => {
    e.as(mailOf('kadis'));
    const step = { requestId: ID, action: 'disposisi', expectedVersion: version, input: {}, ...claims };
    expect(e.app.callFromClient('performAction', step)).toEqual({
      ok: false,
      error: NOT_KABID,
    });
    expect(fingerprint(e)).toBe(before);
  });
});

describe('identity tokens the engine refuses', () => {
  const e = world();
  const kadis = mailOf('kadis');
  const detail = ok(e.detail(ID));
  const step = [{ requestId: ID, action: 'disposisi', expectedVersion: detail.version, input: {} }];
  const before = fingerprint(e);
  const other = e.ws.createProject({ name: 'Proyek lain', owner: 'orang.lain@contoh.com' });
  const otherBook = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Kantor lain');
  const otherPanel = e.ws.createProject({ name: 'Panel kantor lain', owner: OFFICE, containerId: otherBook.getId() });

  it.each([
    [
      'expired an hour ago',
      () => panelToken(e, kadis, { issuedAt: new Date(e.ws.clock.now().getTime() - 7200e3) }),
      UNVERIFIED,
    ],
    [
      'forged (not signed by Google)',
      () => e.ws.identity.forge({ email: kadis, audience: e.product.panelProject.oauthClientId }),
      UNVERIFIED,
    ],
    ['for another project', () => e.ws.identity.mint({ email: kadis, audience: other.oauthClientId }), FOREIGN],
    [
      'for the engine itself',
      () => e.ws.identity.mint({ email: kadis, audience: e.product.engineProject.oauthClientId }),
      FOREIGN,
    ],
    [
      'for another spreadsheet’s panel',
      () => e.ws.identity.mint({ email: kadis, audience: otherPanel.oauthClientId }),
      FOREIGN,
    ],
    [
      'without a verified email',
      () => panelToken(e, kadis, { emailVerified: false }),
      'Email akun Google Anda belum terverifikasi; tindakan ditolak.',
    ],
    ['empty', () => '', UNVERIFIED],
  ])('%s', (_label, token, error) => {
    expect(command(e, 'performAction', step, token())).toEqual({ ok: false, error });
    expect(fingerprint(e)).toBe(before);
  });

  it('a genuine token sent for another spreadsheet', () => {
    const out = postEngine(e, {
      command: 'performAction',
      args: step,
      idToken: panelToken(e, kadis),
      spreadsheetId: otherBook.getId(),
    });
    expect(out).toEqual({
      ok: false,
      error: 'Panel ini terhubung ke spreadsheet lain daripada yang dilayani mesin Layanan Vicon.',
    });
    expect(fingerprint(e)).toBe(before);
  });

  it('the same genuine token is accepted from the office’s own panel (the control case)', () => {
    expect(command(e, 'performAction', step, panelToken(e, kadis))).toMatchObject({ ok: true });
  });
});

describe('an engine address that is not an Apps Script /exec URL', () => {
  const e = world();
  const heard: string[] = [];
  e.ws.http.register('https://evil.example.com/', (req) => {
    heard.push(req.url);
    return { status: 200, headers: {}, body: '{"ok":true,"value":{}}' };
  });
  const ledger = callLedger(e.ws);

  it.each([
    'https://evil.example.com/macros/s/AKfycbx1234567890/exec',
    'https://script.google.com.evil.example.com/macros/s/AKfycbx1234567890/exec',
    'http://script.google.com/macros/s/AKfycbx1234567890/exec',
    'https://script.google.com/macros/s/AKfycbx1234567890/exec?lanjut=https://evil.example.com',
    'https://evil.example.com/https://script.google.com/macros/s/AKfycbx1234567890/exec',
  ])('%s: refused before any token is read or any fetch is made', (url) => {
    writeSettingByHand(e.product, 'Alamat mesin Layanan Vicon (diisi oleh Siapkan)', url);
    ledger.reset();
    e.as(mailOf('kadis'));
    expect(
      e.app.callFromClient('performAction', { requestId: ID, action: 'disposisi', expectedVersion: 1, input: {} }),
    ).toEqual({
      ok: false,
      error: BAD_ENGINE,
    });
    const panelCalls = ledger.calls.filter((c) => c.project === e.product.panelProject.id).map((c) => c.key);
    expect(panelCalls.filter((k) => /UrlFetchApp|getIdentityToken/.test(k))).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('Siapkan with such an address pasted is refused the same way', () => {
    writeSettingByHand(e.product, 'Alamat mesin Layanan Vicon (diisi oleh Siapkan)', '');
    e.ws.ui.nextPromptText = 'https://evil.example.com/macros/s/AKfycbx1234567890/exec';
    e.panel.callAs(OFFICE, 'menuSetup');
    expect(e.ws.ui.shown.at(-1)).toContain(BAD_ENGINE);
    expect(heard).toEqual([]);
  });
});
