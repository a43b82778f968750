/**
 * The in-memory stand-in for the Apps Script services (see DESIGN.md, "The local
 * stand-in"). `createWorkspace()` builds one isolated Google Workspace: its
 * `globals` are what the code under test sees; everything else is for tests.
 */
import { type CallLog, DATA_METHODS, type FaultInjector, type Fault } from './calls';
import type { FakeClock } from './clock';
import { type Ctx, createCtx } from './context';
import { FormsState } from './form-app';
import type { FakeFormResponse } from './form-response';
import { type Answers, submitForm } from './form-submit';
import type { FakeHttpHandler } from './http-types';
import { type LockState, createLockState } from './lock';
import { type PropertyStores } from './properties';
import { type CacheStores } from './cache';
import { SERVICES, type ServiceEnv } from './services';
import { type FakeSpreadsheet, createSpreadsheet } from './spreadsheet';
import { type TriggerRun, createTriggerStore, fireMatching } from './triggers';
import { type UiState, createUiState } from './ui';
import { createHttpRouter } from './urlfetch';
import { sheetsExportHandler } from './sheets-export';
import { driveMediaHandler } from './drive-rest';
import { createMailState, type MailState } from './mail';
import { createDriveState, type DriveState } from './drive';
import { createWorkspaceAcl, type WorkspaceAcl } from './workspace-acl';

export { DATA_METHODS, type CallLog, type FaultInjector, type Fault };
export type { FakeSpreadsheet, FakeFormResponse, FormsState, UiState, LockState, FakeClock, Ctx };
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
  /** MailApp daily quota (recipients); default 100 like a consumer account. */
  mailDailyQuota?: number;
}

export interface Workspace {
  globals: Record<string, unknown>;
  install(target?: object): () => void;
  calls: CallLog;
  faults: FaultInjector;
  clock: FakeClock;
  spreadsheet: FakeSpreadsheet;
  setActiveUser(email: string): void;
  forms: FormsState;
  submitForm(
    formId: string,
    answers: Answers,
    opts?: { respondentEmail?: string; fireTriggers?: boolean },
  ): FakeFormResponse;
  runner: { setHandlerInvoker(fn: (handlerName: string, event: unknown) => void): void };
  fireTimeTriggers(): number;
  triggers(): Array<{ id: string; handler: string; eventType: string; source: string; sourceId: string }>;
  /** Every trigger run so far (handler, event type, error if it threw). */
  triggerRuns: TriggerRun[];
  /** Everything shown: sidebars, dialogs, alerts, toasts; menus added. */
  ui: UiState;
  locks: LockState;
  /** Logger and console lines. */
  logs: string[];
  properties: PropertyStores;
  caches: CacheStores;
  /** Fake servers behind UrlFetchApp, by URL prefix. */
  http: { register(prefix: string, handler: FakeHttpHandler): void };
  /** MailApp's outbox and quota; Drive/Docs files. */
  mail: MailState;
  drive: DriveState;
  /** Ownership and sharing: share by id, the running project, manual edits by a person. */
  acl: WorkspaceAcl;
  /** The shared context, for plugging in more services. */
  ctx: Ctx;
}

/** Builds a fresh, isolated workspace with an active spreadsheet holding 'Sheet1'. */
export function createWorkspace(opts: WorkspaceOptions = {}): Workspace {
  const ctx = createCtx({
    timeZone: opts.timeZone ?? 'Asia/Jakarta',
    now: opts.now,
    activeUser: opts.activeUser ?? 'operator@example.go.id',
    effectiveUser: opts.effectiveUser ?? 'admin@example.go.id',
    htmlDir: opts.htmlDir ?? 'dist',
    isAddon: opts.isAddon ?? false,
  });
  ctx.triggers = createTriggerStore();
  ctx.ui = createUiState();
  ctx.locks = createLockState(ctx);
  const spreadsheet = createSpreadsheet(ctx, opts.spreadsheetName ?? 'Layanan Vicon');
  const env: ServiceEnv = {
    activeSpreadsheetId: spreadsheet.id,
    properties: { script: new Map(), document: new Map(), user: new Map() },
    caches: { script: new Map(), document: new Map(), user: new Map() },
    http: createHttpRouter(),
    mail: createMailState(opts.mailDailyQuota),
    drive: createDriveState(),
  };
  env.http.register('https://docs.google.com/spreadsheets/d/', sheetsExportHandler(ctx));
  env.http.register('https://www.googleapis.com/drive/v3/files/', driveMediaHandler(ctx, env.drive));
  const globals = Object.assign({}, ...SERVICES.map((make) => make(ctx, env))) as Record<string, unknown>;
  return {
    globals,
    ctx,
    spreadsheet,
    calls: ctx.calls,
    faults: ctx.faults,
    clock: ctx.clock,
    ui: ctx.ui,
    locks: ctx.locks,
    logs: ctx.logs,
    properties: env.properties,
    caches: env.caches,
    http: env.http,
    mail: env.mail,
    drive: env.drive,
    acl: createWorkspaceAcl(ctx, env.drive, spreadsheet.id),
    triggerRuns: ctx.triggers.runs,
    install: (target = globalThis) => install(globals, target),
    setActiveUser: (email) => {
      ctx.user.active = email;
    },
    forms: new FormsState(ctx),
    submitForm: (formId, answers, o) => submitForm(ctx, formId, answers, o),
    runner: {
      setHandlerInvoker: (fn) => {
        ctx.invoke = fn;
      },
    },
    fireTimeTriggers: () =>
      fireMatching(
        ctx,
        (r) => r.eventType === 'CLOCK',
        () => timeEvent(ctx.clock.now()),
      ),
    triggers: () =>
      ctx.triggers.list.map(({ id, handler, eventType, source, sourceId }) => ({
        id,
        handler,
        eventType,
        source,
        sourceId,
      })),
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

/** The event object of a time-driven trigger (fields in UTC, as Apps Script sends them). */
function timeEvent(now: Date): Record<string, unknown> {
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
    'week-of-year': Math.ceil(((now.getTime() - start) / 86400000 + 1) / 7),
  };
}
