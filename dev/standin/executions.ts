/**
 * Executions. Every call into a bundle is one execution in one project with an active
 * user (the person at the keyboard, '' when Google hides them) and an effective user
 * (whose rights the code uses). Executions nest: a panel execution's UrlFetch to the
 * engine's web app runs a whole engine execution inside it. While one runs, `ctx.user`
 * is its users and errors are of its bundle's Error class; when it ends, the locks it
 * still holds in its project are released and counted as leaks.
 */
import type { Ctx } from './context';
import type { Project } from './projects';

export type ExecutionKind = 'call' | 'client' | 'trigger' | 'webapp' | 'test';

/** One execution as the Executions page would list it. */
export interface ExecutionRecord {
  id: string;
  project: string;
  kind: ExecutionKind;
  fn: string;
  active: string;
  effective: string;
  /** The message of the error it ended with, if any. */
  error?: string;
}

export interface ExecutionSpec {
  kind: ExecutionKind;
  fn: string;
  active: string;
  effective: string;
}

/** Triggers, web apps and standalone projects have no spreadsheet UI (getUi() throws). */
function hasUi(project: Project, kind: ExecutionKind): boolean {
  return project.containerId !== null && kind !== 'trigger' && kind !== 'webapp';
}

/** Runs `body` as one execution of `project`; the previous users come back afterwards. */
export function runExecution<T>(ctx: Ctx, project: Project, spec: ExecutionSpec, body: () => T): T {
  const id = ctx.nextId('exec');
  const user = { active: spec.active, effective: spec.effective };
  ctx.frames.push({ id, projectId: project.id, user, errorClass: project.errorClass });
  ctx.trace.enterExecution();
  const record: ExecutionRecord = { id, project: project.id, kind: spec.kind, fn: spec.fn, ...user };
  ctx.executionLog.push(record);
  const uiBefore = ctx.ui.available;
  ctx.ui.available = uiBefore && hasUi(project, spec.kind);
  try {
    return body();
  } catch (e) {
    record.error = String((e as { message?: unknown } | null)?.message ?? e);
    throw e;
  } finally {
    ctx.trace.exitExecution();
    ctx.frames.pop();
    ctx.ui.available = uiBefore;
    project.locks.endExecution(id);
  }
}
