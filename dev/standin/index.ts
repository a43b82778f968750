/**
 * The in-memory stand-in for the Apps Script services (see DESIGN.md, "The local
 * stand-in"). `createWorkspace()` builds one isolated Google Workspace: its
 * `globals` are what the code under test sees; everything else is for tests.
 * The default globals belong to one implicit script project bound to `spreadsheet`,
 * without a manifest (nothing is scope-checked), run as `activeUser`/`effectiveUser`;
 * `createProject` adds more projects (engine, panel, …), each with its own globals.
 */
import { type CallLog, DATA_METHODS, type FaultInjector, type Fault } from './calls';
import type { CallTrace } from './trace';
import type { FakeClock } from './clock';
import { type Ctx, createCtx } from './context';
import { FormsState } from './form-app';
import type { FakeFormResponse } from './form-response';
import { type Answers, submitForm } from './form-submit';
import type { FakeHttpHandler } from './http-types';
import { certsHandler, tokeninfoHandler } from './identity';
import type { LockState } from './lock';
import type { PropertyStores } from './properties';
import type { CacheStores } from './cache';
import { type Project, createProject, currentProject } from './projects';
import { checkScopes } from './scopes';
import type { SharedServices } from './services';
import { type FakeSpreadsheet, createSpreadsheet } from './spreadsheet';
import { type TriggerRun, createTriggerStore } from './triggers';
import { type UiState, createUiState } from './ui';
import { createHttpRouter } from './urlfetch';
import { sheetsExportHandler } from './sheets-export';
import { driveMediaHandler } from './drive-rest';
import { createMailState, type MailState } from './mail';
import { createDriveState, type DriveState } from './drive';
import { createWorkspaceAcl, type WorkspaceAcl } from './workspace-acl';
import { createWebApps } from './webapp';
import { type ProjectApi, projectApi } from './workspace-api';

export { DATA_METHODS, type CallLog, type FaultInjector, type Fault };
export type { CallTrace, TraceEntry } from './trace';
export type { FakeSpreadsheet, FakeFormResponse, FormsState, UiState, LockState, FakeClock, Ctx };
export type { Project };
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

export interface Workspace extends ProjectApi {
  globals: Record<string, unknown>;
  install(target?: object): () => void;
  calls: CallLog & { methodsOf(projectId: string): string[] };
  /** The ordered record of calls (project, execution, cells, URL, CPU, clock) while started. */
  trace: CallTrace;
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
  /** Every trigger run so far (handler, event type, error if it threw; owner and project non-enumerable). */
  triggerRuns: TriggerRun[];
  /** Everything shown: sidebars, dialogs, alerts, toasts; menus added. */
  ui: UiState;
  /** The implicit project's locks, properties and caches. */
  locks: LockState;
  properties: PropertyStores;
  caches: CacheStores;
  /** Logger and console lines. */
  logs: string[];
  /** Fake servers behind UrlFetchApp, by URL prefix. */
  http: { register(prefix: string, handler: FakeHttpHandler): void };
  /** MailApp's outbox and quota; Drive/Docs files. */
  mail: MailState;
  drive: DriveState;
  /** Ownership and sharing: share by id, the running project, manual edits by a person. */
  acl: WorkspaceAcl;
  /** The project the default `globals` belong to. */
  project: Project;
  /** The shared context, for plugging in more services. */
  ctx: Ctx;
}

/** The implicit project and the Google endpoints every workspace has behind UrlFetchApp. */
function implicitProject(ctx: Ctx, shared: SharedServices, name: string, owner: string, containerId: string): Project {
  const project = createProject(ctx, shared, { name, owner, containerId });
  ctx.implicitProjectId = project.id;
  ctx.locks = project.locks;
  ctx.onCall = (key, target) => {
    const p = currentProject(ctx);
    p.calls.set(key, (p.calls.get(key) ?? 0) + 1);
    checkScopes(ctx, p, key, target);
  };
  shared.http.register('https://docs.google.com/spreadsheets/d/', sheetsExportHandler(ctx));
  shared.http.register('https://www.googleapis.com/drive/v3/files/', driveMediaHandler(ctx, shared.drive));
  shared.http.register('https://oauth2.googleapis.com/tokeninfo', tokeninfoHandler(ctx));
  shared.http.register('https://www.googleapis.com/oauth2/v3/tokeninfo', tokeninfoHandler(ctx));
  shared.http.register('https://www.googleapis.com/oauth2/v3/certs', certsHandler());
  return project;
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
  const mail = createMailState(opts.mailDailyQuota, effectiveUser);
  const shared: SharedServices = { http: createHttpRouter(), mail, drive: createDriveState() };
  const project = implicitProject(ctx, shared, name, effectiveUser, spreadsheet.id);
  const methodsOf = (id: string): string[] => [...(ctx.projects.get(id)?.calls.keys() ?? [])].sort();
  const acl = createWorkspaceAcl(ctx, shared.drive, spreadsheet.id);
  acl.setProject(() => {
    const p = currentProject(ctx);
    return { id: p.id, scopes: p.manifest?.oauthScopes };
  });
  return {
    ...projectApi(ctx, shared, createWebApps(ctx, shared.http)),
    globals: project.globals,
    ctx,
    spreadsheet,
    project,
    calls: Object.assign(ctx.calls, { methodsOf }),
    trace: ctx.trace,
    faults: ctx.faults,
    clock: ctx.clock,
    ui: ctx.ui,
    locks: project.locks,
    logs: ctx.logs,
    properties: project.properties,
    caches: project.caches,
    http: shared.http,
    mail,
    drive: shared.drive,
    acl,
    triggerRuns: ctx.triggers.runs,
    install: (target = globalThis) => install(project.globals, target),
    setActiveUser: (email) => {
      ctx.ambient.active = email;
    },
    forms: new FormsState(ctx),
    submitForm: (formId, answers, o) => submitForm(ctx, formId, answers, o),
    runner: {
      setHandlerInvoker: (fn) => {
        Object.assign(project, { invoke: (h: string, event: unknown) => fn(h, event), has: () => true });
      },
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
