/**
 * The list of services the stand-in installs. One factory per service file; a new
 * service (CalendarApp, MailApp, DocumentApp, DriveApp, …) is plugged in by adding
 * one line to SERVICES and, if it keeps state tests read, a field on ServiceEnv.
 * Factories run once per script project (each project has its own globals).
 */
import { createCacheService } from './cache';
import { createCharts } from './chart';
import type { Ctx } from './context';
import { createFormApp } from './form-app';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createLogger, createQuietConsole } from './logger';
import { type PropertyStores, createPropertiesService } from './properties';
import type { CacheStores } from './cache';
import type { Project } from './projects';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createSpreadsheetApp } from './spreadsheet-app';
import { type HttpRouter, createUrlFetchApp } from './urlfetch';
import { createUtilities } from './utilities';
import { makeBlob } from './blob';
import { createDocumentApp } from './docs';
import { createDriveApp, type DriveState } from './drive';
import { createMailApp, type MailState } from './mail';
import { createCalendarService } from './calendar';
import { createAdvancedCalendar } from './calendar-advanced';
import { createAdvancedDrive } from './drive-advanced';
import { createContentService } from './content-service';

/** State every project shares: the fake servers behind UrlFetchApp, the outbox, Drive. */
export interface SharedServices {
  http: HttpRouter;
  mail: MailState;
  drive: DriveState;
}

/** What a service factory gets: the shared state plus the project it is made for. */
export interface ServiceEnv extends SharedServices {
  project: Project;
  /** The project's container spreadsheet, '' for a standalone project. */
  activeSpreadsheetId: string;
  properties: PropertyStores;
  caches: CacheStores;
}

export type ServiceFactory = (ctx: Ctx, env: ServiceEnv) => Record<string, unknown>;

export const SERVICES: ServiceFactory[] = [
  (ctx, env) => ({ SpreadsheetApp: createSpreadsheetApp(ctx, env.activeSpreadsheetId), Charts: createCharts() }),
  (ctx) => ({ FormApp: createFormApp(ctx) }),
  (ctx, env) => ({ PropertiesService: createPropertiesService(ctx, env.properties) }),
  (ctx, env) => ({ CacheService: createCacheService(ctx, env.caches) }),
  (ctx, env) => ({ LockService: createLockService(ctx, env.project.locks, env.project.containerId !== null) }),
  (ctx) => ({ Session: createSession(ctx) }),
  (ctx, env) => ({ ScriptApp: createScriptApp(ctx, env.project) }),
  (ctx) => ({ Utilities: createUtilities(ctx) }),
  (ctx) => ({ HtmlService: createHtmlService(ctx), ContentService: createContentService(ctx) }),
  (ctx) => ({ Logger: createLogger(ctx), console: createQuietConsole(ctx) }),
  (ctx) => ({ CalendarApp: createCalendarService(ctx), Calendar: createAdvancedCalendar(ctx) }),
  (ctx, env) => ({ MailApp: createMailApp(ctx, env.mail) }),
  (ctx, env) => ({
    DriveApp: createDriveApp(ctx, env.drive),
    DocumentApp: createDocumentApp(ctx, env.drive),
    Drive: createAdvancedDrive(ctx, env.drive),
  }),
  (ctx, env) => ({
    UrlFetchApp: ctx.wrap(
      createUrlFetchApp(env.http, undefined, (bytes, type) => makeBlob(ctx, bytes, type)),
      'UrlFetchApp',
    ),
  }),
];
