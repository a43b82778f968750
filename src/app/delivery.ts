/**
 * Delivery: the effect handlers that tell people (mail to the applicant, the join link, and through
 * official-notices.ts mail to the officials concerned) and the WhatsApp
 * click-to-chat links the detail view offers. A message the daily mail quota
 * cannot take stays pending and is sent by a later retry, exactly once.
 */
import { isEmail } from '../core/email';
import {
  isMessageTemplate,
  renderMessage,
  type ApplicantBase,
  type MessageInputs,
  type OfficialTemplate,
  type RenderedMessage,
  type Slot,
} from '../core/messages';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import type { Preset } from '../core/sop/types';
import { waLink } from '../core/whatsapp';
import type { WhatsAppLinkDto } from '../shared/rpc';
import { officialNoticeHandlers, type DeliveryContext } from './official-notices';
import type { EffectHandlers, EffectResult, MailerPort } from './ports';

export type { DeliveryContext };

/** Note of an effect the daily mail quota could not take. */
export const QUOTA_NOTE = 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya';

type ApplicantTemplate = Exclude<keyof MessageInputs, OfficialTemplate>;
type Params = Record<string, string>;

/** Templates for effects whose params.template is an action id rather than a template name. */
const TEMPLATE_BY_ACTION: Record<string, ApplicantTemplate> = {
  tolak: 'ditolak',
  kembalikan: 'perbaikan',
  tolak_tanda_tangan: 'perbaikan',
  jadwal_penuh: 'jadwal_penuh',
  tawarkan_alternatif: 'alternatif',
  batalkan: 'dibatalkan',
  setujui: 'disetujui',
};

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function meetingOf(r: VcRequest): MessageInputs['tautan']['meeting'] {
  return { platform: r.platform, joinUrl: r.joinUrl, meetingId: r.meetingId, passcode: r.passcode };
}

function slotsOf(p: Params): Slot[] {
  return p.date && p.start && p.end ? [{ date: p.date, start: p.start, end: p.end }] : [];
}

function documentationOf(p: Params): Array<{ label: string; url: string }> {
  return Object.entries(p)
    .filter(([k, v]) => k.startsWith('doc_') && v !== '')
    .map(([k, url]) => ({ label: k.slice(4), url }));
}

/** The input of every applicant template, built from the request and the effect's params. */
const INPUTS: { [K in ApplicantTemplate]: (b: ApplicantBase, r: VcRequest, p: Params) => MessageInputs[K] } = {
  diterima: (b, r, p) => ({ ...b, warnings: p.warnings ? lines(p.warnings) : r.warnings, statusUrl: '' }),
  perbaikan: (b, r, p) => ({
    ...b,
    reasons: [...lines(p.note), ...lines(p.problems ?? r.problems.join('\n'))],
    // The request's own link only: a pending entry's params can be typed into its cell.
    editUrl: r.editUrl,
  }),
  ditolak: (b, r, p) => ({ ...b, reason: p.note || r.note }),
  dibatalkan: (b, r, p) => ({ ...b, reason: p.note || r.note }),
  jadwal_penuh: (b, r, p) => ({ ...b, reason: p.note || r.note, alternatives: slotsOf(p) }),
  alternatif: (b, _r, p) => ({ ...b, alternatives: slotsOf(p), note: p.note ?? '' }),
  disetujui: (b, r) => ({ ...b, meeting: r.joinUrl ? meetingOf(r) : null }),
  tautan: (b, r) => ({ ...b, meeting: meetingOf(r) }),
  pengingat_h1: (b, r) => ({ ...b, meeting: r.joinUrl ? meetingOf(r) : null }),
  surat_terkirim: (b, r, p) => ({ ...b, letterNumber: r.replyLetterNumber, attachmentName: p.attachmentName ?? '' }),
  dokumentasi_tersedia: (b, _r, p) => ({ ...b, items: documentationOf(p) }),
};

function isApplicantTemplate(name: string): name is ApplicantTemplate {
  return isMessageTemplate(name) && name in INPUTS;
}

/** The applicant template for a notify_applicant effect: its own, else by action, else by target step. */
export function applicantTemplate(p: Params, preset: Preset): ApplicantTemplate {
  const named = p.template ?? '';
  if (isApplicantTemplate(named)) return named;
  const byAction = TEMPLATE_BY_ACTION[named] ?? TEMPLATE_BY_ACTION[p.action ?? ''];
  if (byAction) return byAction;
  return p.toStep && p.toStep === preset.revisionStep ? 'perbaikan' : 'diterima';
}

/** Renders applicant `template` for `r`. Throws (Indonesian) for a host start link. */
export function applicantMessage<K extends ApplicantTemplate>(
  template: K,
  r: VcRequest,
  settings: Settings,
  p: Params = {},
): RenderedMessage {
  const base: ApplicantBase = {
    requestId: r.id,
    applicantName: r.applicantName,
    officeName: settings.officeName,
    event: { title: r.title, date: r.eventDate, start: r.startTime, end: r.endTime, timeZone: settings.timeZone },
  };
  return renderMessage(template, INPUTS[template](base, r, p));
}

function deliver(
  mailer: MailerPort,
  to: string,
  msg: RenderedMessage,
  settings: Settings,
  what: string,
  key: string,
): EffectResult {
  const sent = mailer.send({
    to,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: settings.officeEmail,
    key,
  });
  return sent === 'sent'
    ? { status: 'done', note: `${what} terkirim ke ${to}` }
    : { status: 'pending', note: QUOTA_NOTE };
}

function toApplicant(
  mailer: MailerPort,
  ctx: DeliveryContext,
  r: VcRequest,
  template: ApplicantTemplate,
  p: Params,
  key: string,
): EffectResult {
  if (!isEmail(r.email.trim()))
    return {
      status: 'pending',
      note: `email pemohon "${r.email || '-'}" tidak valid; hubungi pemohon lewat WhatsApp atau perbaiki email di Register`,
    };
  const settings = ctx.settings();
  return deliver(mailer, r.email, applicantMessage(template, r, settings, p), settings, `email "${template}"`, key);
}

/**
 * Handlers for notify_applicant, send_link and the officials' notices (notify_role, ask_documentation:
 * official-notices.ts) over `mailer`. Each sends at most one mail per run; 'quota' leaves the effect
 * pending (QUOTA_NOTE) for the next retry.
 */
export function deliveryHandlers(mailer: MailerPort, ctx: DeliveryContext): EffectHandlers {
  return {
    ...officialNoticeHandlers(mailer, ctx),
    notify_applicant: ({ request, preset, effect }) =>
      toApplicant(mailer, ctx, request, applicantTemplate(effect.params, preset), effect.params, effect.key),
    send_link: ({ request, effect }) =>
      request.joinUrl
        ? toApplicant(mailer, ctx, request, 'tautan', effect.params, effect.key)
        : { status: 'pending', note: 'tautan rapat belum ada; dikirim setelah rapat dibuat' },
  };
}

function statusTemplate(r: VcRequest, preset: Preset | null): ApplicantTemplate {
  if (preset && r.stepId === preset.revisionStep) return 'perbaikan';
  if (r.stepId === 'ditolak') return 'ditolak';
  if (r.stepId === 'dibatalkan') return 'dibatalkan';
  return r.joinUrl ? 'tautan' : 'diterima';
}

/** WhatsApp click-to-chat links to the applicant with the message for the current status ([] without a valid number). */
export function whatsappLinks(r: VcRequest, preset: Preset | null, settings: Settings): WhatsAppLinkDto[] {
  let text: string;
  try {
    text = applicantMessage(statusTemplate(r, preset), r, settings, { problems: r.problems.join('\n') }).text;
  } catch {
    return [];
  }
  const url = waLink(r.phone, text);
  return url ? [{ label: 'Kirim status ke pemohon via WhatsApp', url }] : [];
}
