/**
 * Script projects. A project is what clasp pushes: its own script id, manifest, Script
 * Properties, caches, locks, triggers, web-app deployments and OAuth client. It is
 * standalone (no container: SpreadsheetApp.getActiveSpreadsheet() returns null) or bound
 * to a spreadsheet. Each project gets its own set of globals; a bundle loaded into it
 * sees only those (dev/standin/loader.ts).
 */
import type { Ctx } from './context';
import { digest, digestIn } from './ids';
import { type CacheStores, createCacheStores } from './cache';
import { type LockState, createLockState } from './lock';
import { type PropertyStores, createPropertyStores } from './properties';
import { ADVANCED_SERVICES } from './scopes-advanced';
import { SERVICES, type SharedServices } from './services';

export type WebAppAccess = 'ANYONE_ANONYMOUS' | 'ANYONE' | 'DOMAIN' | 'MYSELF';
export type WebAppExecuteAs = 'USER_DEPLOYING' | 'USER_ACCESSING';

/** The parts of appsscript.json the stand-in reads. */
export interface Manifest {
  oauthScopes?: string[];
  webapp?: { access?: WebAppAccess; executeAs?: WebAppExecuteAs };
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
  [key: string]: unknown;
}

export interface ProjectOptions {
  name: string;
  /** The account that owns the project (and, by default, deploys it). */
  owner: string;
  /** With `oauthScopes`, every call is checked against them; without a manifest nothing is. */
  manifest?: Manifest;
  /** The bound spreadsheet's id; omitted or null for a standalone project. */
  containerId?: string | null;
  /** Users the project file is shared with (web apps with access ANYONE need it for non-owners). */
  sharedWith?: string[];
  /** Where its HtmlService reads <name>.html (its dist folder); default the workspace's htmlDir. */
  htmlDir?: string;
}

export interface Deployment {
  id: string;
  url: string;
  projectId: string;
  executeAs: WebAppExecuteAs;
  access: WebAppAccess;
  deployer: string;
}

export interface Project {
  /** The script id. */
  id: string;
  name: string;
  owner: string;
  manifest: Manifest | undefined;
  containerId: string | null;
  /** '<number>-<hash>.apps.googleusercontent.com': the aud/azp of its identity tokens. */
  oauthClientId: string;
  sharedWith: string[];
  htmlDir?: string;
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockState;
  deployments: Deployment[];
  /**
   * Scopes each user (lower-case email) left unticked on Google's granular consent screen when
   * authorising this project: their executions run without them.
   */
  declined: Map<string, Set<string>>;
  /** Calls by 'Class.method' made by this project's executions. */
  calls: Map<string, number>;
  /** The globals its code sees. */
  globals: Record<string, unknown>;
  /** Calls a top-level function of the bundle loaded into the project (set by the loader). */
  invoke?: (fn: string, ...args: unknown[]) => unknown;
  /** True when the loaded bundle has top-level function `fn`. */
  has?: (fn: string) => boolean;
  /** The loaded bundle's file (error pages name it) and Error class. */
  bundleFile?: string;
  errorClass?: ErrorConstructor;
  /** A Date handed to the loaded bundle, as its own `Date` (local time in the project's zone); set by the loader. */
  adoptDate?: <T>(value: T) => T;
}

function clientIdFor(seed: string): string {
  const number = `${digestIn(`client:${seed}`, 1, '123456789')}${digestIn(`number:${seed}`, 11, '0123456789')}`;
  return `${number}-${digestIn(`oauth:${seed}`, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com`;
}

/** Hides advanced services the manifest does not enable; an enabled one gets its `userSymbol`. */
function applyAdvancedServices(globals: Record<string, unknown>, manifest: Manifest | undefined): void {
  if (!manifest) return;
  const enabled = manifest.dependencies?.enabledAdvancedServices ?? [];
  for (const [serviceId, name] of ADVANCED_SERVICES) {
    const service = globals[name];
    delete globals[name];
    const entry = enabled.find((s) => s.serviceId === serviceId);
    if (entry && service !== undefined) globals[entry.userSymbol] = service;
  }
}

/** Creates and registers a project with its stores and globals. */
export function createProject(ctx: Ctx, shared: SharedServices, o: ProjectOptions): Project {
  const seed = `${ctx.projects.size + 1}:${o.name}`;
  const bound = Boolean(o.containerId);
  const project: Project = {
    id: `1${digest(`script:${seed}`, 56)}`,
    name: o.name,
    owner: o.owner,
    manifest: o.manifest,
    containerId: o.containerId || null,
    oauthClientId: clientIdFor(seed),
    sharedWith: [...(o.sharedWith ?? [])],
    htmlDir: o.htmlDir,
    properties: createPropertyStores(bound),
    caches: createCacheStores(bound),
    locks: createLockState(ctx),
    deployments: [],
    declined: new Map(),
    calls: new Map(),
    globals: {},
  };
  ctx.projects.set(project.id, project);
  const env = {
    ...shared,
    project,
    activeSpreadsheetId: project.containerId ?? '',
    properties: project.properties,
    caches: project.caches,
  };
  project.globals = Object.assign({}, ...SERVICES.map((make) => make(ctx, env))) as Record<string, unknown>;
  applyAdvancedServices(project.globals, o.manifest);
  return project;
}

/** The project of the execution running now (the implicit one outside executions). */
export function currentProject(ctx: Ctx): Project {
  return ctx.projects.get(ctx.frame()?.projectId ?? ctx.implicitProjectId)!;
}

/**
 * The scopes `user` granted `project`: its manifest's, less those the user declined on the
 * granular consent screen; undefined for a project without a manifest (nothing is checked).
 */
export function grantedScopes(project: Project, user: string): string[] | undefined {
  const declined = project.declined.get(user.toLowerCase());
  const all = project.manifest?.oauthScopes;
  return all && declined ? all.filter((s) => !declined.has(s)) : all;
}

/** `user` unticks `scopes` on the consent screen of `project` (what a person can do since granular consent). */
export function declineScopes(project: Project, user: string, scopes: string[]): void {
  const key = user.toLowerCase();
  project.declined.set(key, new Set([...(project.declined.get(key) ?? []), ...scopes]));
}
