/**
 * The in-memory stand-in for the Apps Script services (see DESIGN.md, "The local
 * stand-in"). `createWorkspace()` builds one isolated Google Workspace: its
 * `globals` are what the code under test sees; everything else is for tests.
 * The default globals belong to one implicit script project bound to `spreadsheet`,
 * without a manifest (nothing is scope-checked), run as `activeUser`/`effectiveUser`;
 * `createProject` adds more projects (engine, panel, …), each with its own globals.
 */
import { type CallLog, DATA_METHODS, type FaultInjector, type Fault } from './calls';
import type { FakeClock } from './clock';
import { type Ctx, type Users, createCtx } from './context';
import { type ExecutionRecord, runExecution } from './executions';
import { FormsState } from './form-app';
import type { FakeFormResponse } from './form-response';
import { type Answers, submitForm } from './form-submit';
import type { FakeHttpHandler } from './http-types';
import { type IdClaims, type MintOptions, certsHandler, decodeJwt, forgeIdToken, mintIdToken } from './identity';
import { subjectOf, tokeninfoHandler } from './identity';
import type { LockState } from './lock';
import type { PropertyStores } from './properties';
import type { CacheStores } from './cache';
import { type Deployment, type Project, type ProjectOptions, createProject, currentProject } from './projects';
import { checkScopes } from './scopes';
import type { SharedServices } from './services';
import { type FakeSpreadsheet, createSpreadsheet } from './spreadsheet';
import { type TriggerRun, createTriggerStore, fireMatching, timeEvent, withHidden } from './triggers';
import { type UiState, createUiState } from './ui';
import { createHttpRouter } from './urlfetch';
import { sheetsExportHandler } from './sheets-export';
import { createMailState, type MailState } from './mail';
import { createDriveState, type DriveState } from './drive';
import { type DeployOptions, createWebApps } from './webapp';

export { DATA_METHODS, type CallLog, type FaultInjector, type Fault };
export type { FakeSpreadsheet, FakeFormResponse, FormsState, UiState, LockState, FakeClock, Ctx };
export type { Project, ProjectOptions, Deployment, DeployOptions, ExecutionRecord, IdClaims, Users };
export type { FakeSheet } from './sheet';
export type { Answers } from './form-submit';

export interface WorkspaceOptions {
  /** Script (and new spreadsheets') time zone; default 'Asia/Jakarta'. */
  timeZone?: string;
  /** Start of the fake clock; default 2025-01-06T02:00:00Z (Monday 09:00 WIB). */
  now?: Date;
  activeUser?: string;
  effectiveUser?: string;
  /** Where createHtmlOutputFromFile reads <name>.html; default 'dist'. */
  htmlDir?: string;
  /** Run as an add-on: time triggers faster than hourly are refused. Default false. */
  isAddon?: boolean;
  /** Name of the active spreadsheet; default 'Layanan Vicon'. */
  spreadsheetName?: string;
  /** MailApp daily quota (recipients per sender); default 100 like a consumer account. */
  mailDailyQuota?: number;
}

/** Test helpers for Google ID tokens (signed with the stand-in's key that plays Google's). */
export interface IdentityHelpers {
  /** A valid token; `issuedAt` defaults to the workspace clock. */
  mint(o: MintOptions): string;
  /** A token whose signature Google's key does not verify. */
  forge(o: MintOptions): string;
  /** The claims of a token, unverified (null when it is not a JWT). */
  decode(token: string): IdClaims | null;
  /** The stable `sub` Google gives `email`. */
  subjectOf(email: string): string;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string;
  /** Non-enumerable: the trigger's owner and project id. */
  readonly owner?: string;
  readonly project?: string;
}

export interface Workspace {
  globals: Record<string, unknown>;
  install(target?: object): () => void;
  calls: CallLog & { methodsOf(projectId: string): string[] };
  faults: FaultInjector;
  clock: FakeClock;
  spreadsheet: FakeSpreadsheet;
  /** Sets who test code and `bundle.call` run as (the active user; the effective one stays). */
  setActiveUser(email: string): void;
  forms: FormsState;
  submitForm(
    formId: string,
    answers: Answers,
    opts?: { respondentEmail?: string; fireTriggers?: boolean },
  ): FakeFormResponse;
  runner: { setHandlerInvoker(fn: (handlerName: string, event: unknown) => void): void };
  /** Runs every time-based trigger of every project, each in its project as its owner. */
  fireTimeTriggers(): number;
  /** Installable triggers of every project and user (or only those matching `filter`). */
  triggers(filter?: { project?: string; owner?: string }): TriggerInfo[];
  /** Every trigger run so far (handler, event type, error if it threw; owner and project non-enumerable). */
  triggerRuns: TriggerRun[];
  /** Everything shown: sidebars, dialogs, alerts, toasts; menus added. */
  ui: UiState;
  /** The implicit project's locks. */
  locks: LockState;
  /** Logger and console lines. */
  logs: string[];
  /** The implicit project's properties and caches. */
  properties: PropertyStores;
  caches: CacheStores;
  /** Fake servers behind UrlFetchApp, by URL prefix. */
  http: { register(prefix: string, handler: FakeHttpHandler): void };
  /** MailApp's outbox and quota; Drive/Docs files. */
  mail: MailState;
  drive: DriveState;
  /** The project the default `globals` belong to. */
  project: Project;
  /** Adds a script project (standalone, or bound with `containerId`) with its own globals. */
  createProject(o: ProjectOptions): Project;
  /** Deploys `project` as a web app; UrlFetchApp requests to the returned URL run its doGet/doPost. */
  deployWebApp(project: Project, o?: DeployOptions): Deployment;
  /** Runs test code `fn` (using `project.globals`) as one execution of `project` as `user`. */
  execute<T>(project: Project, user: string | Users, fn: () => T): T;
  /** Every execution so far, in start order (nested ones after the one that started them). */
  executions: ExecutionRecord[];
  identity: IdentityHelpers;
  /** The shared context, for plugging in more services. */
  ctx: Ctx;
}

/** Registers the Google endpoints every workspace has behind UrlFetchApp. */
function registerGoogleEndpoints(ctx: Ctx, shared: SharedServices): void {
  shared.http.register('https://docs.google.com/spreadsheets/d/', sheetsExportHandler(ctx));
  shared.http.register('https://oauth2.googleapis.com/tokeninfo', tokeninfoHandler(ctx));
  shared.http.register('https://www.googleapis.com/oauth2/v3/tokeninfo', tokeninfoHandler(ctx));
  shared.http.register('https://www.googleapis.com/oauth2/v3/certs', certsHandler());
}

function triggerList(ctx: Ctx, filter: { project?: string; owner?: string } = {}): TriggerInfo[] {
  return ctx.triggers.list
    .filter((r) => (!filter.project || r.projectId === filter.project) && (!filter.owner || r.owner === filter.owner))
    .map(({ id, handler, eventType, source, sourceId, owner, projectId }) =>
      withHidden({ id, handler, eventType, source, sourceId }, { owner, project: projectId }),
    );
}

/** Builds a fresh, isolated workspace with an active spreadsheet holding 'Sheet1'. */
export function createWorkspace(opts: WorkspaceOptions = {}): Workspace {
  const effectiveUser = opts.effectiveUser ?? 'admin@example.go.id';
  const ctx = createCtx({
    timeZone: opts.timeZone ?? 'Asia/Jakarta',
    now: opts.now,
    activeUser: opts.activeUser ?? 'operator@example.go.id',
    effectiveUser,
    htmlDir: opts.htmlDir ?? 'dist',
    isAddon: opts.isAddon ?? false,
  });
  ctx.triggers = createTriggerStore();
  ctx.ui = createUiState();
  const name = opts.spreadsheetName ?? 'Layanan Vicon';
  const spreadsheet = createSpreadsheet(ctx, name);
  const shared: SharedServices = {
    http: createHttpRouter(),
    mail: createMailState(opts.mailDailyQuota, effectiveUser),
    drive: createDriveState(),
  };
  const project = createProject(ctx, shared, { name, owner: effectiveUser, containerId: spreadsheet.id });
  ctx.implicitProjectId = project.id;
  ctx.locks = project.locks;
  ctx.onCall = (key, target) => {
    const p = currentProject(ctx);
    p.calls.set(key, (p.calls.get(key) ?? 0) + 1);
    checkScopes(ctx, p, key, target);
  };
  registerGoogleEndpoints(ctx, shared);
  const webApps = createWebApps(ctx, shared.http);
  return {
    globals: project.globals,
    ctx,
    spreadsheet,
    project,
    calls: Object.assign(ctx.calls, {
      methodsOf: (id: string) => [...(ctx.projects.get(id)?.calls.keys() ?? [])].sort(),
    }),
    faults: ctx.faults,
    clock: ctx.clock,
    ui: ctx.ui,
    locks: project.locks,
    logs: ctx.logs,
    properties: project.properties,
    caches: project.caches,
    http: shared.http,
    mail: shared.mail,
    drive: shared.drive,
    triggerRuns: ctx.triggers.runs,
    executions: ctx.executionLog,
    install: (target = globalThis) => install(project.globals, target),
    setActiveUser: (email) => {
      ctx.ambient.active = email;
    },
    forms: new FormsState(ctx),
    submitForm: (formId, answers, o) => submitForm(ctx, formId, answers, o),
    runner: {
      setHandlerInvoker: (fn) => {
        project.invoke = (handler, event) => fn(handler, event);
        project.has = () => true;
      },
    },
    fireTimeTriggers: () =>
      fireMatching(
        ctx,
        (r) => r.eventType === 'CLOCK',
        () => timeEvent(ctx.clock.now()),
      ),
    triggers: (filter) => triggerList(ctx, filter),
    createProject: (o) => createProject(ctx, shared, o),
    deployWebApp: (p, o) => webApps.deploy(p, o),
    execute: (p, user, fn) => {
      const u = typeof user === 'string' ? { active: user, effective: user } : user;
      return runExecution(ctx, p, { kind: 'test', fn: 'test', ...u }, fn);
    },
    identity: {
      mint: (o) => mintIdToken(o, ctx.clock.now()),
      forge: (o) => forgeIdToken(o, ctx.clock.now()),
      decode: (token) => decodeJwt(token)?.claims ?? null,
      subjectOf,
    },
  };
}

function install(globals: Record<string, unknown>, target: object): () => void {
  const saved = Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)] as const);
  for (const [k, v] of Object.entries(globals))
    Object.defineProperty(target, k, { value: v, writable: true, configurable: true });
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(target, k, d);
      else delete (target as Record<string, unknown>)[k];
    }
  };
}
