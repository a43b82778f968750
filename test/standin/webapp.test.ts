import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, SCOPE, STRANGER, bundleFile } from './projects-kit';

const ENGINE = `
function doGet(e) {
  if (e.parameter.page === 'html') return HtmlService.createHtmlOutput('<p>Status permohonan</p>').setTitle('Status');
  if (e.parameter.page === 'none') return;
  return ContentService.createTextOutput(JSON.stringify({ e: e, url: ScriptApp.getService().getUrl(), who: [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()] }))
    .setMimeType(ContentService.MimeType.JSON);
}
function doPost(e) {
  if (e.parameter.fail) throw new Error('Aksi "' + e.parameter.fail + '" gagal');
  PropertiesService.getScriptProperties().setProperty('posted', e.postData ? e.postData.contents : '-');
  return ContentService.createTextOutput(JSON.stringify(e));
}
`;
const CLIENT = `
function fetch(url, options) {
  const r = UrlFetchApp.fetch(url, Object.assign({ muteHttpExceptions: true }, options || {}));
  return { code: r.getResponseCode(), type: r.getHeaders()['Content-Type'] || '', location: r.getHeaders()['Location'] || '', text: r.getContentText() };
}
function withToken(url, options) {
  return fetch(url, Object.assign({ headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() } }, options || {}));
}
`;

interface Reply {
  code: number;
  type: string;
  location: string;
  text: string;
}

function world(deploy: Parameters<ReturnType<typeof createWorkspace>['deployWebApp']>[1], manifest = {}) {
  const ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z') });
  const engine = ws.createProject({ name: 'Mesin', owner: OFFICE, manifest: manifest as never });
  const client = ws.createProject({
    name: 'Klien',
    owner: OFFICE,
    containerId: ws.spreadsheet.id,
    manifest: { oauthScopes: [SCOPE.external, SCOPE.drive] },
  });
  loadBundle(ws, bundleFile(ENGINE), { project: engine });
  const app = loadBundle(ws, bundleFile(CLIENT), { project: client });
  const dep = ws.deployWebApp(engine, deploy);
  const as = (email: string, fn: 'fetch' | 'withToken', url: string, options?: object) =>
    app.callAs<Reply>(email, fn, url, options);
  return { ws, engine, client, dep, as };
}

describe('web-app deployments', () => {
  it('get an /exec URL, which ScriptApp.getService().getUrl() returns inside the project', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(dep.url).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/AKfycb[\w-]{66}\/exec$/);
    expect(JSON.parse(as(OFFICIAL, 'fetch', dep.url).text).url).toBe(dep.url);
  });

  it('answer a TextOutput with a 302 to googleusercontent; the GET there returns the content once more', () => {
    const { ws, engine, dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    const first = as(OFFICIAL, 'fetch', dep.url, { method: 'post', payload: 'a=1', followRedirects: false });
    expect(first.code).toBe(302);
    expect(first.location).toMatch(
      /^https:\/\/script\.googleusercontent\.com\/macros\/echo\?user_content_key=[\w-]+&lib=[\w-]+$/,
    );
    expect(first.text).toContain('<TITLE>Moved Temporarily</TITLE>');
    expect(engine.properties.script.get('posted')).toBe('a=1');
    const second = as(OFFICIAL, 'fetch', first.location);
    expect([second.code, second.type]).toEqual([200, 'text/plain; charset=utf-8']);
    expect(JSON.parse(second.text).postData.contents).toBe('a=1');
    expect(as(OFFICIAL, 'fetch', first.location, { method: 'post' }).code).toBe(405);
    expect(ws.executions.filter((x) => x.kind === 'webapp')).toHaveLength(1);
  });

  it('pass doPost the event object Google builds', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    const json = { method: 'post', contentType: 'application/json', payload: '{"aksi":"setujui"}' };
    expect(JSON.parse(as(OFFICIAL, 'fetch', `${dep.url}?id=R-1&id=R-2`, json).text)).toEqual({
      queryString: 'id=R-1&id=R-2',
      parameter: { id: 'R-1' },
      parameters: { id: ['R-1', 'R-2'] },
      contextPath: '',
      contentLength: 18,
      postData: { contents: '{"aksi":"setujui"}', length: 18, name: 'postData', type: 'application/json' },
    });
    const form = JSON.parse(
      as(OFFICIAL, 'fetch', `${dep.url}?k=3`, { method: 'post', payload: { a: 'x y', b: '' } }).text,
    );
    expect([form.parameter, form.postData.type, form.contentLength]).toEqual([
      { k: '3', a: 'x y', b: '' },
      'application/x-www-form-urlencoded',
      'a=x%20y&b='.length,
    ]);
    const get = JSON.parse(as(OFFICIAL, 'fetch', `${dep.url}?q=1`).text).e;
    expect(get).toEqual({
      queryString: 'q=1',
      parameter: { q: '1' },
      parameters: { q: ['1'] },
      contextPath: '',
      contentLength: -1,
    });
  });

  it('serve ContentService MIME types and HtmlOutput pages', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(as(OFFICIAL, 'fetch', dep.url).type).toBe('application/json; charset=utf-8');
    const html = as(OFFICIAL, 'fetch', `${dep.url}?page=html`, { followRedirects: false });
    expect([html.code, html.type, html.text]).toEqual([200, 'text/html; charset=utf-8', '<p>Status permohonan</p>']);
  });

  it('answer an uncaught error, a missing handler or no output with Apps Script’s error page (HTTP 200)', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    const failed = as(OFFICIAL, 'fetch', `${dep.url}?fail=kirim`, { method: 'post' });
    expect(failed.code).toBe(200);
    expect(failed.text).toContain('<title>Error</title>');
    expect(failed.text).toMatch(/>Error: Aksi &quot;kirim&quot; gagal \(line \d+, file &quot;Code&quot;\)<\/div>/);
    expect(as(OFFICIAL, 'fetch', `${dep.url}?page=none`).text).toContain(
      'The script completed but did not return anything.',
    );
    const put = as(OFFICIAL, 'fetch', dep.url, { method: 'put' });
    expect(put.code).toBe(405);
  });

  it('run as the deployer; the caller is shown only to the deployer and their Workspace domain', () => {
    const { engine, dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    engine.sharedWith.push(OFFICIAL, STRANGER);
    expect(JSON.parse(as(OFFICE, 'withToken', dep.url).text).who).toEqual([OFFICE, OFFICE]);
    expect(JSON.parse(as(OFFICIAL, 'withToken', dep.url).text).who).toEqual([OFFICIAL, OFFICE]);
    expect(JSON.parse(as(STRANGER, 'withToken', dep.url).text).who).toEqual(['', OFFICE]);
  });
});

describe('web-app access', () => {
  it('ANYONE_ANONYMOUS takes calls without credentials; the active user is blank', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(JSON.parse(as(STRANGER, 'fetch', dep.url).text).who).toEqual(['', OFFICE]);
  });

  it('other levels send an anonymous call to Google’s sign-in page', () => {
    const { dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    const direct = as(OFFICIAL, 'fetch', dep.url, { followRedirects: false });
    expect(direct.code).toBe(302);
    expect(direct.location).toMatch(
      /^https:\/\/accounts\.google\.com\/ServiceLogin\?.*continue=https%3A%2F%2Fscript\.google\.com/,
    );
    const followed = as(OFFICIAL, 'fetch', dep.url);
    expect([followed.code, followed.text]).toEqual([
      200,
      expect.stringContaining('<title>Meet Google Drive - One place for all your files</title>'),
    ]);
  });

  it('ANYONE needs a Bearer token with a Drive scope and a project shared with the caller', () => {
    const { ws, engine, dep, as } = world({ executeAs: 'USER_DEPLOYING', access: 'ANYONE' });
    expect(as(OFFICIAL, 'withToken', dep.url).code).toBe(403);
    expect(as(OFFICIAL, 'withToken', dep.url).text).toContain('<title>Google Drive - Access Denied</title>');
    engine.sharedWith.push(OFFICIAL);
    expect(JSON.parse(as(OFFICIAL, 'withToken', dep.url).text).who).toEqual([OFFICIAL, OFFICE]);
    expect(as(OFFICIAL, 'fetch', dep.url, { headers: { Authorization: 'Bearer ya29.palsu' } }).code).toBe(401);
    const noDrive = ws.createProject({
      name: 'Tanpa Drive',
      owner: OFFICIAL,
      manifest: { oauthScopes: [SCOPE.external] },
    });
    const app = loadBundle(ws, bundleFile(CLIENT), { project: noDrive });
    expect(app.callAs<Reply>(OFFICIAL, 'withToken', dep.url).text).toContain('<TITLE>Unauthorized</TITLE>');
  });

  it('MYSELF lets only the deployer in; DOMAIN only the deployer’s domain', () => {
    const mine = world({ executeAs: 'USER_DEPLOYING', access: 'MYSELF' });
    expect(mine.as(OFFICIAL, 'withToken', mine.dep.url).code).toBe(404);
    expect(mine.as(OFFICE, 'withToken', mine.dep.url).code).toBe(200);
    const domain = world({ executeAs: 'USER_DEPLOYING', access: 'DOMAIN' });
    domain.engine.sharedWith.push(STRANGER, OFFICIAL);
    expect(domain.as(STRANGER, 'withToken', domain.dep.url).code).toBe(403);
    expect(JSON.parse(domain.as(OFFICIAL, 'withToken', domain.dep.url).text).who).toEqual([OFFICIAL, OFFICE]);
  });

  it('USER_ACCESSING runs as the caller; the manifest’s webapp block is honoured', () => {
    const { engine, dep, as } = world(undefined, { webapp: { executeAs: 'USER_ACCESSING', access: 'ANYONE' } });
    engine.sharedWith.push(OFFICIAL);
    expect([dep.executeAs, dep.access]).toEqual(['USER_ACCESSING', 'ANYONE']);
    expect(JSON.parse(as(OFFICIAL, 'withToken', dep.url).text).who).toEqual([OFFICIAL, OFFICIAL]);
    expect(() => world({ executeAs: 'USER_ACCESSING', access: 'ANYONE_ANONYMOUS' })).toThrow(/tanpa login/);
    expect(() => world(undefined)).toThrow(/executeAs dan access/);
  });
});
