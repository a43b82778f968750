/**
 * Turns an action's declared effect kinds into concrete Effects with idempotency keys and params.
 */
import type { VcRequest } from '../request';
import { roleLabel } from '../users';
import { APPLICANT_ROLE } from './types';
import type { ActionDef, ActionInput, Effect, EffectKind, Preset, StepDef } from './types';

/** Everything needed to describe one accepted transition. */
export interface TransitionContext {
  request: VcRequest;
  preset: Preset;
  action: ActionDef;
  from: StepDef;
  target: StepDef;
  input: ActionInput;
  newVersion: number;
}

type Declared = { kind: EffectKind; params?: Record<string, string> };

/**
 * The mail the applicant gets at a change that matters to them when the action declares none:
 * approval (leaving the step that decides the schedule forwards), a new time (an applied
 * alternative), and the end (a finishing action: sent once its closing effects are done).
 */
function applicantMilestone(ctx: TransitionContext): Declared | null {
  if (ctx.action.effects.some((e) => e.kind === 'notify_applicant')) return null;
  if (ctx.target.terminal)
    return ctx.action.effects.some((e) => e.kind === 'close')
      ? { kind: 'notify_applicant', params: { template: 'selesai' } }
      : null;
  if (ctx.target.actor === APPLICANT_ROLE) return null;
  if (ctx.action.appliesAlternative) return { kind: 'notify_applicant', params: { template: 'jadwal_diubah' } };
  if (ctx.from.decidesSchedule && ctx.action.checksSchedule && ctx.target.id !== ctx.preset.revisionStep)
    return { kind: 'notify_applicant', params: { template: 'disetujui' } };
  return null;
}

function withAutomaticNotices(ctx: TransitionContext): Declared[] {
  const milestone = applicantMilestone(ctx);
  const declared: Declared[] = [...ctx.action.effects, ...(milestone ? [milestone] : [])];
  const has = (kind: EffectKind): boolean => declared.some((e) => e.kind === kind);
  if (ctx.target.terminal) return declared;
  if (ctx.target.actor === APPLICANT_ROLE) {
    if (!has('notify_applicant')) declared.push({ kind: 'notify_applicant' });
  } else if (!has('notify_role') && !has('ask_documentation')) {
    declared.push({ kind: 'notify_role' });
  }
  return declared;
}

function inputParams(input: ActionInput): Record<string, string> {
  const p: Record<string, string> = {};
  if (input.note) p.note = input.note;
  if (input.operator) p.operator = input.operator.trim();
  if (input.host) p.host = input.host.trim();
  if (input.link) p.link = input.link.trim();
  if (input.alternative) {
    p.date = input.alternative.date;
    p.start = input.alternative.start;
    p.end = input.alternative.end;
  }
  for (const [key, value] of Object.entries(input.documentation ?? {})) p[`doc_${key}`] = value;
  return p;
}

/** Who a notice to officials goes to: the next step's roles, or (roleOf=from) those of the step left. */
function roleParams(ctx: TransitionContext, declared: Declared): Record<string, string> {
  const step = declared.params?.roleOf === 'from' ? ctx.from : ctx.target;
  const others = step.alsoActors ?? [];
  return {
    role: step.actor,
    roleLabel: roleLabel(ctx.preset, step.actor),
    ...(others.length > 0 ? { alsoRoles: others.join(',') } : {}),
  };
}

/** The documents the next step's action asks for (its own list, else the preset's). */
function documentsAsked(ctx: TransitionContext): string[] {
  const asking = ctx.target.actions.find((a) => a.requires.includes('documentation'));
  return asking?.documents ?? ctx.preset.requiredDocumentation;
}

function kindParams(declared: Declared, ctx: TransitionContext): Record<string, string> {
  const kind = declared.kind;
  if (kind === 'notify_role') return roleParams(ctx, declared);
  if (kind === 'ask_documentation') return { ...roleParams(ctx, declared), documents: documentsAsked(ctx).join(',') };
  if (kind === 'notify_applicant') {
    const p: Record<string, string> = { template: ctx.action.id };
    if (ctx.request.editUrl) p.editUrl = ctx.request.editUrl;
    if (ctx.request.problems.length > 0) p.problems = ctx.request.problems.join('\n');
    return p;
  }
  return {};
}

/**
 * The effects of one transition, in the action's declared order followed by the automatic notice
 * (notify_role for an office role's next step unless the action asks that role for documentation,
 * notify_applicant when the applicant acts next). An ask_documentation effect names the next step's
 * roles and the documents its action needs (`documents`, comma list).
 * Keys are `${id}:v${newVersion}:${kind}`, with `:2`, `:3`… for repeats of a kind.
 */
export function buildEffects(ctx: TransitionContext): Effect[] {
  const seen = new Map<EffectKind, number>();
  const base = {
    action: ctx.action.id,
    fromStep: ctx.from.id,
    toStep: ctx.target.id,
    status: ctx.target.status,
    ...inputParams(ctx.input),
  };
  return withAutomaticNotices(ctx).map((declared) => {
    const count = (seen.get(declared.kind) ?? 0) + 1;
    seen.set(declared.kind, count);
    const suffix = count > 1 ? `:${count}` : '';
    return {
      kind: declared.kind,
      key: `${ctx.request.id}:v${ctx.newVersion}:${declared.kind}${suffix}`,
      params: { ...base, ...kindParams(declared, ctx), ...(declared.params ?? {}) },
    };
  });
}
