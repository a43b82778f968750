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

/** The officials `r`'s current step now waits for, each with the role they hold it by; [] when it stays with `actor`. */
function nextOfficials(deps: Deps, r: VcRequest, preset: Preset, actor: string): Array<[UserRecord, string]> {
  const step = stepOf(preset, r.stepId);
  if (!step || step.terminal || step.actor === APPLICANT_ROLE) return [];
  const { users, delegations } = deps.config.users();
  const today = localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
  const byRole = stepRoles(step).map((role) => [role, holdersOf(role, users, delegations, today)] as const);
  if (byRole.some(([, holders]) => holders.some((u) => u.email === actor))) return [];
  const seen = new Map<string, [UserRecord, string]>();
  for (const [role, holders] of byRole)
    for (const u of holders) if (!seen.has(u.email)) seen.set(u.email, [u, roleLabel(preset, role)]);
  return [...seen.values()];
}

/**
 * The click-to-chat links for the officials request `requestId` was handed to by `actorEmail`'s
 * action that began at `since` ([] when the office does not use WhatsApp with officials, when the
 * action left the step where it was, or when nobody next has a valid number).
 */
export function whatsappNudges(
  deps: Deps,
  requestId: string,
  actorEmail: string,
  since: Date,
  links: OfficialLinks,
): WhatsAppLinkDto[] {
  const settings = deps.config.settings().settings;
  if (!settings.officialWhatsApp) return [];
  const r = deps.register.find(requestId)?.request;
  if (!r || !(new Date(r.stepSince).getTime() >= since.getTime())) return [];
  const found = presetOf(r, deps);
  if (!found.ok) return [];
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
  const since = deps.clock.now();
  const done = performStep(deps, dto, via);
  if (!done.ok) return done;
  const nudges = whatsappNudges(deps, dto.requestId, deps.identity.activeUserEmail(), since, links);
  if (nudges.length === 0) return done;
  const detail = { ...done.value.detail, whatsapp: [...nudges, ...done.value.detail.whatsapp] };
  return { ok: true, value: { ...done.value, detail } };
}
