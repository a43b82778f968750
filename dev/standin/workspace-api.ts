/**
 * The test-facing parts of a workspace that deal with projects, executions, identities
 * and triggers (index.ts assembles them into the `Workspace`).
 */
import type { Ctx, Users } from './context';
import { type ExecutionRecord, runExecution } from './executions';
import { type IdClaims, type MintOptions, decodeJwt, forgeIdToken, mintIdToken, subjectOf } from './identity';
import { type Deployment, type Project, type ProjectOptions, createProject } from './projects';
import type { SharedServices } from './services';
import { fireMatching, timeEvent, withHidden } from './triggers';
import type { DeployOptions, WebApps } from './webapp';

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
  /** Non-enumerable (older tests compare these records whole): the owner and the project id. */
  readonly owner?: string;
  readonly project?: string;
}

export interface ProjectApi {
  /** Adds a script project (standalone, or bound with `containerId`) with its own globals. */
  createProject(o: ProjectOptions): Project;
  /** Deploys `project` as a web app; UrlFetchApp requests to the returned URL run its doGet/doPost. */
  deployWebApp(project: Project, o?: DeployOptions): Deployment;
  /** Runs test code `fn` (using `project.globals`) as one execution of `project` as `user`. */
  execute<T>(project: Project, user: string | Users, fn: () => T): T;
  /** Every execution so far, in start order (nested ones after the one that started them). */
  executions: ExecutionRecord[];
  identity: IdentityHelpers;
  /** Runs every time-based trigger of every project, each in its project as its owner. */
  fireTimeTriggers(): number;
  /** Installable triggers of every project and user (or only those matching `filter`). */
  triggers(filter?: { project?: string; owner?: string }): TriggerInfo[];
}

function triggerList(ctx: Ctx, filter: { project?: string; owner?: string } = {}): TriggerInfo[] {
  return ctx.triggers.list
    .filter((r) => (!filter.project || r.projectId === filter.project) && (!filter.owner || r.owner === filter.owner))
    .map(({ id, handler, eventType, source, sourceId, owner, projectId }) =>
      withHidden({ id, handler, eventType, source, sourceId }, { owner, project: projectId }),
    );
}

/** The project, execution, identity and trigger API of the workspace behind `ctx`. */
export function projectApi(ctx: Ctx, shared: SharedServices, webApps: WebApps): ProjectApi {
  return {
    createProject: (o) => createProject(ctx, shared, o),
    deployWebApp: (p, o) => webApps.deploy(p, o),
    execute: (p, user, fn) => {
      const u = typeof user === 'string' ? { active: user, effective: user } : user;
      return runExecution(ctx, p, { kind: 'test', fn: 'test', ...u }, fn);
    },
    executions: ctx.executionLog,
    identity: {
      mint: (o) => mintIdToken(o, ctx.clock.now()),
      forge: (o) => forgeIdToken(o, ctx.clock.now()),
      decode: (token) => decodeJwt(token)?.claims ?? null,
      subjectOf,
    },
    fireTimeTriggers: () =>
      fireMatching(
        ctx,
        (r) => r.eventType === 'CLOCK',
        () => timeEvent(ctx.clock.now()),
      ),
    triggers: (filter) => triggerList(ctx, filter),
  };
}
