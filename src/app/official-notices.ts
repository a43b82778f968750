/**
 * Mail to officials as effect handlers: a new task for the roles of the next step (notify_role), a
 * cancellation for those who were handling the request (notify_role with template 'dibatalkan'),
 * and the request for documentation after the event (ask_documentation), each sent once by its
 * effect key. A message the daily quota cannot take stays pending for the hourly retry.
 */
import { localDate } from '../core/dates';
import { isEmail } from '../core/email';
import { renderMessage, type RenderedMessage } from '../core/messages';
import type { EventInfo } from '../core/messages/types';
import type { VcRequest } from '../core/request';
import { standardOf } from '../core/sop/clock';
import { stepOf, stepRoles } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset } from '../core/sop/types';
import { calendarOf } from '../core/office-calendar';
import { holdersOf, roleLabel, type UserRecord } from '../core/users';
import type { EffectHandlers, EffectResult, MailerPort } from './ports';
import { QUOTA_NOTE, type DeliveryContext } from './delivery-context';
import { stepStart } from './official-links';

type Params = Record<string, string>;

/** The names of documentation keys in the messages (the sidebar uses the same words). */
const DOCUMENT_NAMES: Record<string, string> = {
  notulen: 'Notulen',
  foto: 'Foto kegiatan',
  laporan: 'Laporan hasil pelaksanaan',
  video: 'File video hasil perekaman',
  disposisi: 'Disposisi pimpinan',
};

function eventOf(r: VcRequest, ctx: DeliveryContext): EventInfo {
  return {
    title: r.title,
    date: r.eventDate,
    start: r.startTime,
    end: r.endTime,
    timeZone: ctx.settings().timeZone,
  };
}

/** Active holders (directly or as Plh today) of the roles a notice names: `role` and `alsoRoles`. */
function holdersFor(ctx: DeliveryContext, p: Params): UserRecord[] {
  const { users, delegations } = ctx.users();
  const today = localDate(ctx.clock.now(), ctx.settings().timeZone);
  const roles = [p.role ?? '', ...(p.alsoRoles ?? '').split(',')].filter((r) => r !== '' && r !== APPLICANT_ROLE);
  const seen = new Map<string, UserRecord>();
  for (const role of roles) for (const u of holdersOf(role, users, delegations, today)) seen.set(u.email, u);
  return [...seen.values()];
}

function send(mailer: MailerPort, ctx: DeliveryContext, to: string[], msg: RenderedMessage, what: string, key: string) {
  const sent = mailer.send({
    to: to.join(', '),
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: ctx.settings().officeEmail,
    key,
  });
  return sent === 'sent'
    ? ({ status: 'done', note: `${what} terkirim ke ${to.join(', ')}` } as const)
    : ({ status: 'pending', note: QUOTA_NOTE } as const);
}

/** True when the step left was already the same role's: the work did not arrive, it stayed with them. */
function sameRoleContinues(preset: Preset, p: Params): boolean {
  const from = p.fromStep ? stepOf(preset, p.fromStep) : undefined;
  if (!from) return false;
  const to = [p.role ?? '', ...(p.alsoRoles ?? '').split(',')].filter((r) => r !== '');
  return stepRoles(from).some((r) => to.includes(r));
}

function newTask(mailer: MailerPort, ctx: DeliveryContext, request: VcRequest, preset: Preset, p: Params, key: string) {
  const stepId = p.toStep || request.stepId;
  if (stepId !== request.stepId)
    return { status: 'done', note: 'langkah sudah dilewati; pemberitahuan tidak perlu dikirim' } as const;
  if (sameRoleContinues(preset, p))
    return { status: 'done', note: 'tugas tetap pada peran yang sama; tidak perlu email baru' } as const;
  const holders = holdersFor(ctx, p);
  const label = p.roleLabel || roleLabel(preset, p.role ?? '');
  if (holders.length === 0)
    return { status: 'pending', note: `belum ada pengguna aktif dengan peran ${label} di sheet Pengguna` } as const;
  const step = stepOf(preset, stepId);
  const message = (recipientName: string, phoneUrl = '', tasksUrl = '') =>
    renderMessage('tugas_baru', {
      requestId: request.id,
      recipientName,
      roleLabel: label,
      stepLabel: step?.label ?? stepId,
      applicantName: request.applicantName,
      agency: request.agency,
      event: eventOf(request, ctx),
      spreadsheetUrl: ctx.requestUrl?.(request.id) ?? mailer.officeUrl(),
      phoneUrl,
      tasksUrl,
      standardMinutes: step ? standardOf(step, calendarOf(ctx.settings())) : null,
      officeName: ctx.settings().officeName,
      warnings: (p.warnings ?? '').split('\n').filter((w) => w !== ''),
    });
  const links = ctx.officialLinks;
  if (!links) {
    const emails = holders.map((u) => u.email);
    const msg = message(holders.length === 1 ? holders[0].name : '');
    return send(mailer, ctx, emails, msg, 'pemberitahuan tugas', key);
  }
  const at = stepStart(request, ctx.clock.now());
  return eachHolder(holders, (u) =>
    send(
      mailer,
      ctx,
      [u.email],
      message(u.name, links.step(request, u.email, at), links.tasks(u.email, at)),
      'pemberitahuan tugas',
      holders.length === 1 ? key : `${key}:${u.email}`,
    ),
  );
}

/** One mail per holder (each with their own private link): pending while any could not go. */
function eachHolder(holders: UserRecord[], sendOne: (u: UserRecord) => EffectResult): EffectResult {
  const results = holders.map(sendOne);
  const waiting = results.find((r) => r.status !== 'done');
  if (waiting) return waiting;
  return { status: 'done', note: `pemberitahuan tugas terkirim ke ${holders.map((u) => u.email).join(', ')}` };
}

/** The officials concerned by a cancellation: those of the step it left, and the operator. */
function cancelled(
  mailer: MailerPort,
  ctx: DeliveryContext,
  request: VcRequest,
  preset: Preset,
  p: Params,
  key: string,
) {
  const to = [...new Set([...holdersFor(ctx, p).map((u) => u.email), request.operator.trim()].filter(isEmail))];
  if (to.length === 0) return { status: 'done', note: 'tidak ada petugas yang perlu diberi tahu' } as const;
  const byApplicant = /^Dibatalkan oleh pemohon/.test(p.note ?? '');
  const msg = renderMessage('dibatalkan_petugas', {
    requestId: request.id,
    recipientName: to.length === 1 ? (ctx.users().users.find((u) => u.email === to[0])?.name ?? '') : '',
    stepLabel: stepOf(preset, p.fromStep ?? '')?.label ?? p.fromStep ?? '',
    applicantName: request.applicantName,
    agency: request.agency,
    event: eventOf(request, ctx),
    reason: (p.note ?? '').replace(/^Dibatalkan oleh pemohon:\s*/, ''),
    cancelledBy: byApplicant ? 'pemohon' : 'admin',
    officeName: ctx.settings().officeName,
  });
  return send(mailer, ctx, to, msg, 'pemberitahuan pembatalan', key);
}

function askDocumentation(mailer: MailerPort, ctx: DeliveryContext): EffectHandlers['ask_documentation'] {
  return ({ request, preset, effect }): EffectResult => {
    const p = effect.params;
    if ((p.toStep || request.stepId) !== request.stepId)
      return { status: 'done', note: 'langkah dokumentasi sudah dilewati; tidak perlu diminta lagi' };
    const operator = request.operator.trim();
    const to = isEmail(operator) ? [operator] : holdersFor(ctx, p).map((u) => u.email);
    if (to.length === 0)
      return {
        status: 'pending',
        note: `belum ada pengguna aktif dengan peran ${p.roleLabel || p.role} di sheet Pengguna`,
      };
    const documents = (p.documents ?? '').split(',').filter((d) => d !== '');
    const msg = renderMessage('minta_dokumentasi', {
      requestId: request.id,
      recipientName: ctx.users().users.find((u) => u.email === to[0])?.name ?? '',
      stepLabel: stepOf(preset, request.stepId)?.label ?? request.stepId,
      event: eventOf(request, ctx),
      documents: documents.map((d) => DOCUMENT_NAMES[d] ?? d),
      spreadsheetUrl: ctx.requestUrl?.(request.id) ?? mailer.officeUrl(),
      officeName: ctx.settings().officeName,
    });
    return send(mailer, ctx, to, msg, 'permintaan dokumentasi', effect.key);
  };
}

/** Handlers for notify_role (new task, or a cancellation) and ask_documentation. */
export function officialNoticeHandlers(mailer: MailerPort, ctx: DeliveryContext): EffectHandlers {
  return {
    notify_role: ({ request, preset, effect }) =>
      effect.params.template === 'dibatalkan'
        ? cancelled(mailer, ctx, request, preset, effect.params, effect.key)
        : newTask(mailer, ctx, request, preset, effect.params, effect.key),
    ask_documentation: askDocumentation(mailer, ctx),
  };
}
