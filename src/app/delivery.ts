/**
 * Delivery: the effect handlers that tell people (mail to the applicant with their private status
 * link, the join link, and through official-notices.ts mail to the officials concerned) and the
 * WhatsApp click-to-chat links the detail view offers. A letter without the applicant's email is
 * passed to TU (applicant-follow-up.ts) instead of waiting for an address that never comes. A
 * message the daily mail quota cannot take stays pending and is sent by a later retry, exactly once.
 */
import { isEmail } from '../core/email';
import { formatDuration } from '../core/duration';
import {
  isMessageTemplate,
  renderMessage,
  type ApplicantBase,
  type MessageInputs,
  type OfficialTemplate,
  type RenderedMessage,
  type Slot,
} from '../core/messages';
import { totalStandard } from '../core/recap/service';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import { calendarOf } from '../core/office-calendar';
import { stepOf } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset } from '../core/sop/types';
import { roleLabel } from '../core/users';
import { waLink } from '../core/whatsapp';
import type { WhatsAppLinkDto } from '../shared/rpc';
import { passToOffice } from './applicant-follow-up';
import { officialNoticeHandlers } from './official-notices';
import type { EffectHandlers, EffectResult } from './ports';
import type { MailerPort } from './ports';
import { QUOTA_NOTE, type DeliveryContext } from './delivery-context';

/** A template for the applicant (every template that is not for officials). */
export type ApplicantTemplate = Exclude<keyof MessageInputs, OfficialTemplate>;
type Params = Record<string, string>;

/** How the history names each mail to the applicant. */
const TEMPLATE_NAMES: Record<ApplicantTemplate, string> = {
  diterima: 'tanda terima',
  perbaikan: 'permintaan perbaikan',
  ditolak: 'pemberitahuan penolakan',
  dibatalkan: 'pemberitahuan pembatalan',
  jadwal_penuh: 'pemberitahuan jadwal penuh',
  alternatif: 'usulan waktu pengganti',
  disetujui: 'pemberitahuan persetujuan',
  tautan: 'tautan rapat',
  pengingat_h1: 'pengingat H-1',
  jadwal_diubah: 'pemberitahuan jadwal baru',
  selesai: 'pemberitahuan selesai',
  tidak_terlaksana: 'pemberitahuan tidak terlaksana',
  dilanjutkan: 'pemberitahuan diproses kembali',
  surat_terkirim: 'surat balasan',
  dokumentasi_tersedia: 'pemberitahuan dokumentasi',
};

/** Templates for effects whose params.template is an action id rather than a template name. */
const TEMPLATE_BY_ACTION: Record<string, ApplicantTemplate> = {
  tolak: 'ditolak',
  kembalikan: 'perbaikan',
  tolak_tanda_tangan: 'perbaikan',
  jadwal_penuh: 'jadwal_penuh',
  tawarkan_alternatif: 'alternatif',
  batalkan: 'dibatalkan',
  setujui: 'disetujui',
  alternatif_diterima: 'jadwal_diubah',
  ubah_jadwal: 'jadwal_diubah',
};

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function meetingOf(r: VcRequest): MessageInputs['tautan']['meeting'] {
  return { platform: r.platform, joinUrl: r.joinUrl, meetingId: r.meetingId, passcode: r.passcode };
}

function slotsOf(r: VcRequest, p: Params): Slot[] {
  if (r.offers.length > 0) return r.offers;
  return p.date && p.start && p.end ? [{ date: p.date, start: p.start, end: p.end }] : [];
}

function documentationOf(p: Params): Array<{ label: string; url: string }> {
  return Object.entries(p)
    .filter(([k, v]) => k.startsWith('doc_') && v !== '')
    .map(([k, url]) => ({ label: k.slice(4), url }));
}

/** What a message may use besides the request and the effect's params. */
interface MessageContext {
  settings: Settings;
  preset?: Preset | null;
  linkSent?: boolean;
}

/** 'diperiksa oleh Kepala Dinas': who takes the request next (its current step's role). */
function nextStepText(r: VcRequest, preset: Preset | null | undefined): string {
  const step = preset ? stepOf(preset, r.stepId) : undefined;
  if (!preset || !step || step.terminal || step.actor === APPLICANT_ROLE) return '';
  return `diperiksa oleh ${roleLabel(preset, step.actor)}`;
}

function standardText(c: MessageContext): string {
  if (!c.preset) return '';
  const total = totalStandard(c.preset, calendarOf(c.settings));
  return total > 0 ? formatDuration(total) : '';
}

/** The input of every applicant template, built from the request and the effect's params. */
const INPUTS: {
  [K in ApplicantTemplate]: (b: ApplicantBase, r: VcRequest, p: Params, c: MessageContext) => MessageInputs[K];
} = {
  diterima: (b, r, p, c) => ({
    ...b,
    // Only what the applicant must know (short notice): a clash warning names other requests.
    warnings: lines(p.warnings),
    nextStep: nextStepText(r, c.preset),
    standard: standardText(c),
    correction: p.correction === 'ya',
  }),
  perbaikan: (b, r, p) => ({
    ...b,
    reasons: [...lines(p.note), ...lines(p.problems ?? r.problems.join('\n'))],
    // The request's own link only: a pending entry's params can be typed into its cell.
    editUrl: r.editUrl,
  }),
  ditolak: (b, r, p) => ({ ...b, reason: p.note || r.note }),
  dibatalkan: (b, r, p, c) => ({ ...b, reason: p.note || r.note, linkSent: c.linkSent === true }),
  jadwal_penuh: (b, r, p) => ({ ...b, reason: p.note || r.note, alternatives: slotsOf(r, p) }),
  alternatif: (b, r, p) => ({ ...b, alternatives: slotsOf(r, p), note: p.note ?? '' }),
  disetujui: (b, r) => ({ ...b, meeting: r.joinUrl ? meetingOf(r) : null }),
  tautan: (b, r) => ({ ...b, meeting: meetingOf(r), room: r.room }),
  pengingat_h1: (b, r) => ({ ...b, meeting: r.joinUrl ? meetingOf(r) : null, room: r.room }),
  jadwal_diubah: (b, r) => ({ ...b, meeting: r.joinUrl ? meetingOf(r) : null, room: r.room }),
  selesai: (b) => b,
  tidak_terlaksana: (b, r, p) => ({ ...b, reason: p.note || r.note }),
  dilanjutkan: (b, r, p) => ({ ...b, reason: p.note || r.note }),
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

/** Options of applicantMessage besides the request: the preset, the status link, the channel. */
export interface MessageOptions {
  preset?: Preset | null;
  statusUrl?: string;
  channel?: 'mail' | 'whatsapp';
  linkSent?: boolean;
}

/** Renders applicant `template` for `r`. Throws (Indonesian) for a host start link. */
export function applicantMessage<K extends ApplicantTemplate>(
  template: K,
  r: VcRequest,
  settings: Settings,
  p: Params = {},
  o: MessageOptions = {},
): RenderedMessage {
  const base: ApplicantBase = {
    requestId: r.id,
    applicantName: r.applicantName,
    officeName: settings.officeName,
    event: { title: r.title, date: r.eventDate, start: r.startTime, end: r.endTime, timeZone: settings.timeZone },
    statusUrl: o.statusUrl ?? '',
    channel: o.channel ?? 'mail',
  };
  const c: MessageContext = { settings, preset: o.preset, linkSent: o.linkSent };
  return renderMessage(template, INPUTS[template](base, r, p, c));
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
    ? { status: 'done', note: `email ${what} terkirim ke ${to}` }
    : { status: 'pending', note: QUOTA_NOTE };
}

/** One message to the applicant (see deliveryHandlers); `preset` names the next step in a receipt. */
function toApplicant(
  mailer: MailerPort,
  ctx: DeliveryContext,
  target: { request: VcRequest; preset: Preset },
  template: ApplicantTemplate,
  p: Params,
  key: string,
): EffectResult {
  const r = target.request;
  const settings = ctx.settings();
  const options: MessageOptions = {
    preset: target.preset,
    statusUrl: ctx.statusUrl?.(r.id) ?? '',
    linkSent: template === 'dibatalkan' ? (ctx.linkSent?.(r.id) ?? false) : false,
  };
  const msg = applicantMessage(template, r, settings, p, options);
  const to = r.email.trim();
  if (!isEmail(to)) {
    if (r.source === 'letter') {
      const chat = applicantMessage(template, r, settings, p, { ...options, statusUrl: '', channel: 'whatsapp' });
      return passToOffice(mailer, ctx, { ...target, text: chat.text, what: TEMPLATE_NAMES[template], key });
    }
    return {
      status: 'pending',
      note: `email pemohon "${r.email || '-'}" tidak valid; hubungi pemohon lewat WhatsApp atau perbaiki email di Register`,
    };
  }
  return deliver(mailer, to, msg, settings, TEMPLATE_NAMES[template], key);
}

/** A 'selesai' notice goes out once the request is really finished (its closing effects done). */
function closedYet(request: VcRequest, preset: Preset): boolean {
  return stepOf(preset, request.stepId)?.terminal === true;
}

/**
 * Handlers for notify_applicant, send_link and the officials' notices (notify_role, ask_documentation:
 * official-notices.ts) over `mailer`. Each sends at most one mail per run; 'quota' leaves the effect
 * pending (QUOTA_NOTE) for the next retry.
 */
export function deliveryHandlers(mailer: MailerPort, ctx: DeliveryContext): EffectHandlers {
  return {
    ...officialNoticeHandlers(mailer, ctx),
    notify_applicant: ({ request, preset, effect }) => {
      const template = applicantTemplate(effect.params, preset);
      if (template === 'selesai' && !closedYet(request, preset))
        return { status: 'pending', note: 'dikirim setelah permohonan selesai' };
      return toApplicant(mailer, ctx, { request, preset }, template, effect.params, effect.key);
    },
    send_link: ({ request, preset, effect }) =>
      request.joinUrl
        ? toApplicant(mailer, ctx, { request, preset }, 'tautan', effect.params, effect.key)
        : { status: 'pending', note: 'tautan rapat belum ada; dikirim setelah rapat dibuat' },
  };
}

function statusTemplate(r: VcRequest, preset: Preset | null): ApplicantTemplate {
  if (preset && r.stepId === preset.revisionStep) return 'perbaikan';
  if (r.stepId === 'ditolak') return 'ditolak';
  if (r.stepId === 'dibatalkan') return 'dibatalkan';
  return r.joinUrl ? 'tautan' : 'diterima';
}

/**
 * WhatsApp click-to-chat links to the applicant with the message for the current status, worded for
 * a chat ([] without a valid number).
 */
export function whatsappLinks(r: VcRequest, preset: Preset | null, settings: Settings): WhatsAppLinkDto[] {
  let text: string;
  try {
    text = applicantMessage(statusTemplate(r, preset), r, settings, {}, { preset, channel: 'whatsapp' }).text;
  } catch {
    return [];
  }
  const url = waLink(r.phone, text);
  return url ? [{ label: 'Kirim status ke pemohon via WhatsApp', url }] : [];
}
