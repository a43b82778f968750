/**
 * Intake: a form response or a letter entered from the sidebar becomes one
 * Register row and one Riwayat entry. Under the script lock: look the response
 * up by its reference (a search on Google's side, any year), read this year's
 * numbers, number the request, write once. Invalid requests are kept
 * (status Perlu Perbaikan, every reason listed); a response already taken in
 * (same reference) is not taken twice.
 */
import { localDate, type OfficeZone } from '../core/dates';
import { historyRecord } from '../core/history';
import { parseAnswers, type RawAnswers } from '../core/intake/parse';
import { validateRequest, type ValidationPolicy } from '../core/intake/validate';
import type { Settings } from '../core/settings';
import { calendarOf } from '../core/office-calendar';
import { nextRequestNumber } from '../core/numbering';
import { emptyAssignments, type RequestSource, type VcRequest } from '../core/request';
import { enterStart, intakeEffects, resubmit } from '../core/sop/engine';
import type { Preset } from '../core/sop/types';
import { activePreset, presetOf, startingVersion } from './preset';
import { runEffects } from './effects';
import { commit, commitNew } from './commit';
import { intakeWarning } from './scheduling';
import type { Deps } from './ports';

/** Script property holding the highest number issued: a Register row deleted by hand never frees its number. */
export const HIGHEST_NUMBER_KEY = 'VC_NOMOR_TERTINGGI';

/** One incoming request, from the form or a letter. */
export interface Submission {
  answers: RawAnswers;
  /** Unique reference of the raw response / letter entry (idempotency). */
  responseRef: string;
  receivedAt: Date;
  source: RequestSource;
  editUrl?: string;
  respondentEmail?: string;
  /** Who entered it (letters): for the history. */
  enteredBy?: string;
}

/** What intake did. */
export interface IntakeOutcome {
  id: string;
  status: string;
  warnings: string[];
  problems: string[];
  /** True when this response was already in the register (nothing written). */
  duplicate: boolean;
}

/** The office's validation policy: its own minimum lead time, else the SOP's (with the SOP's own warning). */
function policyOf(settings: Settings, preset: Preset | null, tz: OfficeZone, source: RequestSource): ValidationPolicy {
  const own = settings.minLeadDays;
  const leadWarning = own === null || own === preset?.minLeadDays ? preset?.leadWarning : undefined;
  return {
    timeZone: tz,
    minLeadDays: own ?? preset?.minLeadDays ?? 0,
    maxDurationHours: settings.maxDurationHours,
    source,
    ...(leadWarning ? { leadWarning } : {}),
  };
}

/**
 * The request as it enters its first step. That step begins when the request was received (the
 * form's own timestamp, or the moment a letter is entered), not when this run takes it in: a
 * response taken in again after a failed write (the hourly sweep) is then the same request, with
 * the same step start, so its task mails carry the same private links and the mailer's ledger
 * (one mail per effect key and content) does not send them twice.
 */
function buildRequest(
  sub: Submission,
  id: string,
  preset: Preset | null,
  presetProblem: string | null,
  deps: Deps,
  tz: OfficeZone,
): { request: VcRequest; lead: string[] } {
  const { settings } = deps.config.settings();
  const report = parseAnswers(sub.answers);
  if (!report.fields.email && sub.respondentEmail) report.fields.email = sub.respondentEmail.toLowerCase();
  const { problems, warnings, lead } = validateRequest(
    report,
    policyOf(settings, preset, tz, sub.source),
    deps.clock.now(),
  );
  const base: VcRequest = {
    ...report.fields,
    ...emptyAssignments(),
    id,
    receivedAt: sub.receivedAt.toISOString(),
    source: sub.source,
    responseRef: sub.responseRef,
    status: 'Baru',
    presetId: preset?.id ?? '',
    presetVersion: preset?.version ?? 0,
    stepId: '',
    stepSince: sub.receivedAt.toISOString(),
    version: 1,
    warnings,
    problems,
    note: '',
    editUrl: sub.editUrl ?? '',
    pending: [],
  };
  if (!preset)
    return { request: { ...base, status: 'Menunggu Alur SOP', warnings: [...warnings, presetProblem ?? ''] }, lead };
  const clash = problems.length === 0 ? safeIntakeWarning(deps, base) : null;
  const request = enterStart(
    clash ? { ...base, warnings: [...warnings, clash] } : base,
    preset,
    sub.receivedAt,
    problems.length === 0,
  );
  return { request, lead: problems.length === 0 ? lead : [] };
}

/** The clash warning for a new request; a calendar that cannot be read never blocks intake. */
function safeIntakeWarning(deps: Deps, r: VcRequest): string | null {
  try {
    return intakeWarning(deps, r);
  } catch {
    return null;
  }
}

/**
 * A response already in the register was edited by the applicant (the form's
 * edit link): when the request waits for a revision and the response was
 * edited after it was returned (Forms stamps an edit with its time), it goes
 * back into the flow; otherwise nothing changes (a repeated trigger or the
 * hourly sweep seeing the same response again).
 */
function revise(deps: Deps, id: string, sub: Submission, tz: OfficeZone): IntakeOutcome {
  const unchanged: IntakeOutcome = { id, status: '', warnings: [], problems: [], duplicate: true };
  const stored = id ? deps.register.find(id) : null;
  const found = stored ? presetOf(stored.request, deps) : null;
  const preset = found && found.ok ? found.preset : null;
  if (!stored || !preset || stored.request.stepId !== preset.revisionStep) return unchanged;
  if (sub.receivedAt.getTime() <= Date.parse(stored.request.stepSince)) return unchanged;
  const { settings } = deps.config.settings();
  const report = parseAnswers(sub.answers);
  if (!report.fields.email) report.fields.email = stored.request.email;
  const checked = validateRequest(report, policyOf(settings, preset, tz, sub.source), deps.clock.now());
  const outcome = resubmit(
    stored.request,
    preset,
    { fields: report.fields, ...checked },
    deps.clock.now(),
    calendarOf(settings),
  );
  if (!outcome.ok) return unchanged;
  const done = runEffects(deps.effects, deps.clock, outcome.request, preset, outcome.effects);
  commit(deps, stored, done.request, [historyRecord({ ...outcome.history, kind: 'aksi' }), ...done.records]);
  return { id, status: done.request.status, warnings: checked.warnings, problems: checked.problems, duplicate: false };
}

/** Take one submission into the register (idempotent by responseRef; an edited response is a revision). */
export function intake(deps: Deps, sub: Submission): IntakeOutcome {
  const { settings } = deps.config.settings();
  const tz = settings.timeZone;
  const presetResult = activePreset(deps);
  return deps.lock.run(() => {
    const preset = presetResult.ok ? startingVersion(presetResult.preset, deps) : null;
    const known = deps.register.numberOfRef(sub.responseRef);
    if (known !== null) return revise(deps, known, sub, tz);
    const year = Number(localDate(deps.clock.now(), tz).slice(0, 4));
    const id = nextRequestNumber(deps.register.numbersOf(year), year, deps.state?.get(HIGHEST_NUMBER_KEY) ?? '');
    const { request: built, lead } = buildRequest(
      sub,
      id,
      preset,
      presetResult.ok ? null : presetResult.problem,
      deps,
      tz,
    );
    const done = preset
      ? runEffects(deps.effects, deps.clock, built, preset, intakeEffects(built, preset, lead))
      : { request: built, records: [] };
    const request = done.request;
    commitNew(deps, request, [
      historyRecord({
        at: deps.clock.now().toISOString(),
        requestId: id,
        kind: 'masuk',
        action: sub.source === 'letter' ? 'surat dicatat' : 'formulir diterima',
        actorEmail: sub.enteredBy ?? request.email,
        actorLabel: sub.enteredBy ?? request.applicantName,
        toStep: request.stepId,
        note: [...request.problems, ...request.warnings].join(' '),
      }),
      ...done.records,
    ]);
    deps.state?.set(HIGHEST_NUMBER_KEY, id);
    return { id, status: request.status, warnings: request.warnings, problems: request.problems, duplicate: false };
  });
}
