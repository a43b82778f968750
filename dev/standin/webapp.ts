/**
 * Web-app deployments. `deploy` gives a project a https://script.google.com/macros/s/<id>/exec
 * URL; UrlFetchApp requests to it are routed in-process into the project's bundle:
 * doGet/doPost run as a new execution (executeAs USER_DEPLOYING: effective = deployer,
 * active = the caller only when Google would reveal them; USER_ACCESSING: the caller).
 * A TextOutput answers with Google's 302 to script.googleusercontent.com (the script has
 * already run; UrlFetchApp follows with a GET), an HtmlOutput with a 200 page. The caller
 * is whoever a `Authorization: Bearer` token from ScriptApp.getOAuthToken() names;
 * without one the request is anonymous, which only ANYONE_ANONYMOUS accepts.
 * Sources: https://developers.google.com/apps-script/guides/web,
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser(),
 * https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script
 */
import type { Ctx } from './context';
import type { FakeTextOutput } from './content-service';
import { runExecution } from './executions';
import type { FakeHttpRequest, FakeHttpResponse } from './http-types';
import { bearerOf } from './identity';
import { digest } from './ids';
import type { Deployment, Project, WebAppAccess, WebAppExecuteAs } from './projects';
import type { HttpRouter } from './urlfetch';
import * as page from './webapp-http';

export interface DeployOptions {
  executeAs?: WebAppExecuteAs;
  access?: WebAppAccess;
  /** Who deploys (and, with USER_DEPLOYING, whom the app runs as); default the project's owner. */
  deployer?: string;
}

const ECHO = 'https://script.googleusercontent.com/macros/echo';
/** Echo pages kept for the redirect's GET; older ones are forgotten. */
const ECHO_KEPT = 1000;
const CONSUMER = new Set(['gmail.com', 'googlemail.com']);
const domainOf = (email: string): string => email.split('@')[1]?.toLowerCase() ?? '';
const DRIVE_SCOPE = /^https:\/\/www\.googleapis\.com\/auth\/drive(\.readonly|\.file)?$/;

/** Google reveals the caller to an app running as its deployer only to the deployer or their Workspace domain. */
function visibleActive(caller: string, deployer: string): string {
  if (caller === deployer) return caller;
  const d = domainOf(caller);
  return d && d === domainOf(deployer) && !CONSUMER.has(d) ? caller : '';
}

/** The refusal Google answers `caller` with, or null when the deployment lets them in. */
function refusal(dep: Deployment, project: Project, caller: string | null, url: string): FakeHttpResponse | null {
  if (dep.access === 'ANYONE_ANONYMOUS') return null;
  if (caller === null) return page.signInRedirect(url);
  if (dep.access === 'MYSELF' && caller !== dep.deployer)
    return page.googlePage(404, 'Google Drive -- Page Not Found', 'Sorry, unable to open the file at this time.');
  const member = caller === dep.deployer || caller === project.owner || project.sharedWith.includes(caller);
  if ((dep.access === 'DOMAIN' && domainOf(caller) !== domainOf(dep.deployer)) || !member)
    return page.googlePage(403, 'Google Drive - Access Denied', 'You need permission to access this item.');
  return null;
}

/** Who calls: a valid Bearer token's user, null when anonymous; a 401 response for a token Google refuses. */
function callerOf(ctx: Ctx, req: FakeHttpRequest, dep: Deployment): string | null | FakeHttpResponse {
  const bearer = bearerOf(ctx, req);
  if (dep.access === 'ANYONE_ANONYMOUS') return bearer && bearer !== 'invalid' ? bearer.email : null;
  if (bearer === 'invalid') return page.unauthorized();
  if (bearer && !bearer.scopes.some((s) => s === '*' || DRIVE_SCOPE.test(s))) return page.unauthorized();
  return bearer ? bearer.email : null;
}

/** Runs doGet/doPost and turns what it returned into Google's response. */
function execute(ctx: Ctx, project: Project, dep: Deployment, echo: EchoStore, run: RunArgs) {
  const fn = run.req.method === 'get' ? 'doGet' : 'doPost';
  if (!project.invoke || !project.has?.(fn)) return page.scriptErrorPage(`Script function not found: ${fn}`);
  const caller = run.caller ?? '';
  const users =
    dep.executeAs === 'USER_DEPLOYING'
      ? { active: visibleActive(caller, dep.deployer), effective: dep.deployer }
      : { active: caller, effective: caller };
  const spec = { kind: 'webapp' as const, fn, ...users };
  let out: unknown;
  try {
    out = runExecution(ctx, project, spec, () => project.invoke!(fn, run.event));
  } catch (e) {
    return page.scriptErrorPage(page.scriptErrorText(e, project.bundleFile ?? 'Code.js'));
  }
  const inner = ctx.unwrap<{ content?: unknown; contentType?: () => string; fileName?: string | null }>(out);
  if (out && typeof inner.contentType === 'function') {
    const key = digest(`echo:${dep.id}:${echo.count++}`, 60);
    const text = inner as unknown as FakeTextOutput;
    const headers: Record<string, string> = { 'Content-Type': text.contentType() };
    if (text.fileName) headers['Content-Disposition'] = `attachment; filename="${text.fileName}"`;
    echo.pages.set(key, { status: 200, headers, body: text.content });
    if (echo.pages.size > ECHO_KEPT) echo.pages.delete(echo.pages.keys().next().value!);
    return page.redirect(`${ECHO}?user_content_key=${key}&lib=${digest(`lib:${project.id}`, 33)}`);
  }
  if (out && typeof inner.content === 'string')
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: inner.content };
  return page.scriptErrorPage('The script completed but did not return anything.');
}

interface EchoStore {
  pages: Map<string, FakeHttpResponse>;
  count: number;
}

interface RunArgs {
  req: FakeHttpRequest;
  caller: string | null;
  event: Record<string, unknown>;
}

export interface WebApps {
  /** Deploys `project` as a web app (options override the manifest's `webapp` block). */
  deploy(project: Project, o?: DeployOptions): Deployment;
}

/** Registers Google's web-app front ends behind `http` and returns the deployer. */
export function createWebApps(ctx: Ctx, http: HttpRouter): WebApps {
  const echo: EchoStore = { pages: new Map(), count: 0 };
  const gone = (status: number) =>
    page.googlePage(status, 'Page Not Found', 'Sorry, unable to open the file at this time.');
  http.register(ECHO, (req) => {
    const key = /[?&]user_content_key=([^&]+)/.exec(req.url)?.[1] ?? '';
    return req.method !== 'get' ? gone(405) : (echo.pages.get(key) ?? gone(404));
  });
  http.register(page.SIGN_IN_URL, () => page.signInPage());
  const handler = (project: Project, dep: Deployment) => (req: FakeHttpRequest) => {
    const rest = req.url.slice(dep.url.length - 'exec'.length);
    const m = /^exec(?:\/([^?#]*))?(?:\?([^#]*))?/.exec(rest);
    if (!m)
      return page.googlePage(404, 'Google Drive -- Page Not Found', 'Sorry, unable to open the file at this time.');
    if (req.method !== 'get' && req.method !== 'post') return page.googlePage(405, 'Error 405', 'Method Not Allowed');
    const caller = callerOf(ctx, req, dep);
    if (caller !== null && typeof caller === 'object') return caller;
    const refused = refusal(dep, project, caller, req.url);
    if (refused) return refused;
    return execute(ctx, project, dep, echo, { req, caller, event: page.webAppEvent(req, m[2] ?? '', m[1] ?? '') });
  };
  return {
    deploy(project, o = {}) {
      const executeAs = o.executeAs ?? project.manifest?.webapp?.executeAs;
      const access = o.access ?? project.manifest?.webapp?.access;
      if (!executeAs || !access)
        throw new Error('Web app butuh executeAs dan access: beri di opsi atau di blok "webapp" manifest.');
      if (executeAs === 'USER_ACCESSING' && access === 'ANYONE_ANONYMOUS')
        throw new Error(
          'Google tidak menawarkan "Anyone" (tanpa login) untuk web app yang berjalan sebagai pengakses.',
        );
      const id = `AKfycb${digest(`deploy:${project.id}:${project.deployments.length}`, 66)}`;
      const url = `https://script.google.com/macros/s/${id}/exec`;
      const dep: Deployment = {
        id,
        url,
        projectId: project.id,
        executeAs,
        access,
        deployer: o.deployer ?? project.owner,
      };
      project.deployments.push(dep);
      http.register(`https://script.google.com/macros/s/${id}/`, handler(project, dep));
      return dep;
    },
  };
}
