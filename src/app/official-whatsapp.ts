/**
 * "Kabari lewat WhatsApp" (issue 18): when an official's action hands a request to other officials,
 * an office that uses WhatsApp with its officials (Pengaturan) offers the official who acted one
 * click-to-chat link per next official with a WhatsApp number in Pengguna. Its text names the
 * request and carries that official's own private step link (the same as in their mail). Nothing is
 * sent by itself: the official who acted taps it and sends.
 */
import { localDate } from '../core/dates';
import { officialChatText } from '../core/official-chat';
import type { VcRequest } from '../core/request';
import { stepOf, stepRoles } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset } from '../core/sop/types';
import { holdersOf, roleLabel, type UserRecord } from '../core/users';
import { waLink } from '../core/whatsapp';
import type { ActionRequestDto, ActionResultDto, Result, WhatsAppLinkDto } from '../shared/rpc';
import { performStep } from './act';
import { stepStart, type OfficialLinks } from './official-links';
import type { Deps } from './ports';
import { presetOf } from './preset';

/** How each link to tell a next official begins. */
export const TELL = 'Kabari lewat WhatsApp';

/** The officials other than `actor` that `r`'s current step now waits for, each with the role they hold it by. */
function nextOfficials(deps: Deps, r: VcRequest, preset: Preset, actor: string): Array<[UserRecord, string]> {
  const step = stepOf(preset, r.stepId);
  if (!step || step.terminal || step.actor === APPLICANT_ROLE) return [];
  const { users, delegations } = deps.config.users();
  const today = localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
  const seen = new Map<string, [UserRecord, string]>();
  for (const role of stepRoles(step))
    for (const u of holdersOf(role, users, delegations, today))
      if (u.email !== actor && !seen.has(u.email)) seen.set(u.email, [u, roleLabel(preset, role)]);
  return [...seen.values()];
}

/** True when the step `r` is at now is a new task for its roles: it moved on from `fromStep`, to other roles. */
function arrived(preset: Preset, r: VcRequest, fromStep: string): boolean {
  const from = stepOf(preset, fromStep);
  const to = stepOf(preset, r.stepId);
  if (!from || !to || from.id === to.id) return false;
  const before = stepRoles(from);
  return !stepRoles(to).some((role) => before.includes(role));
}

/**
 * The click-to-chat links for the officials request `requestId` was handed to when `actorEmail`'s
 * action moved it on from step `fromStep` ([] when the office does not use WhatsApp with officials,
 * when the work stayed with the same roles, or when nobody next has a valid number). The same rule
 * as the task mail (official-notices.ts): a new task for a role, not every step.
 */
export function whatsappNudges(
  deps: Deps,
  requestId: string,
  actorEmail: string,
  fromStep: string,
  links: OfficialLinks,
): WhatsAppLinkDto[] {
  const settings = deps.config.settings().settings;
  const r = deps.register.find(requestId)?.request;
  const found = r ? presetOf(r, deps) : null;
  if (!r || !found?.ok || !arrived(found.preset, r, fromStep)) return [];
  const actor = actorEmail.trim().toLowerCase();
  const sender = deps.config.users().users.find((u) => u.email === actor)?.name ?? '';
  const step = stepOf(found.preset, r.stepId);
  const event = { title: r.title, date: r.eventDate, start: r.startTime, end: r.endTime, timeZone: settings.timeZone };
  return nextOfficials(deps, r, found.preset, actor).flatMap(([u, label]) => {
    const link = links.step(r, u.email, stepStart(r, deps.clock.now()));
    const text = officialChatText({
      recipientName: u.name,
      roleLabel: label,
      stepLabel: step?.label ?? r.stepId,
      requestId: r.id,
      applicantName: r.applicantName,
      agency: r.agency,
      event,
      link,
      senderName: sender,
      officeName: settings.officeName,
    });
    const url = link && u.whatsapp ? waLink(u.whatsapp, text) : null;
    return url ? [{ label: `${TELL}: ${u.name} (${label})`, url }] : [];
  });
}

/** The sidebar's (or the phone page's) action, then the WhatsApp links to the officials it handed the request to. */
export function actAndTell(
  deps: Deps,
  dto: ActionRequestDto,
  links: OfficialLinks,
  via?: string,
): Result<ActionResultDto> {
  const on = deps.config.settings().settings.officialWhatsApp;
  const fromStep = on ? (deps.register.find(String(dto?.requestId ?? ''))?.request.stepId ?? '') : '';
  const done = performStep(deps, dto, via);
  if (!done.ok || !fromStep) return done;
  const nudges = whatsappNudges(deps, dto.requestId, deps.identity.activeUserEmail(), fromStep, links);
  if (nudges.length === 0) return done;
  const detail = { ...done.value.detail, whatsapp: [...nudges, ...done.value.detail.whatsapp] };
  return { ok: true, value: { ...done.value, detail } };
}
