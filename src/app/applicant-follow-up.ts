/**
 * A request entered from a paper letter without the applicant's email: what the applicant must be
 * told goes to the office instead, to TU (the preset's 'tu' role; the admins where there is none),
 * with the message and a WhatsApp link, so someone tells the applicant by telephone, WhatsApp or
 * letter. The effect is then done: the request never waits for an address that will not come.
 */
import { isEmail } from '../core/email';
import { localDate } from '../core/dates';
import { renderMessage } from '../core/messages';
import type { VcRequest } from '../core/request';
import { FOLLOW_UP_ROLE } from '../core/sop/follow-up';
import type { Preset } from '../core/sop/types';
import { holdersOf, type UserRecord } from '../core/users';
import { waLink } from '../core/whatsapp';
import { QUOTA_NOTE, type DeliveryContext } from './delivery-context';
import type { EffectResult, MailerPort } from './ports';

/** Who passes news on to an applicant without email: TU holders today, else the active admins. */
export function followUpOfficials(ctx: DeliveryContext, preset: Preset): UserRecord[] {
  const { users, delegations } = ctx.users();
  if (preset.roles.some((r) => r.id === FOLLOW_UP_ROLE)) {
    const today = localDate(ctx.clock.now(), ctx.settings().timeZone);
    const tu = holdersOf(FOLLOW_UP_ROLE, users, delegations, today);
    if (tu.length > 0) return tu;
  }
  return users.filter((u) => u.active && u.isAdmin && isEmail(u.email));
}

/** What to pass on: the request, its preset, the applicant's message as chat text, its name and key. */
export interface FollowUp {
  request: VcRequest;
  preset: Preset;
  text: string;
  what: string;
  key: string;
}

/** Mails `f` to the officials who follow up (see module comment); pending only for the mail quota or nobody to tell. */
export function passToOffice(mailer: MailerPort, ctx: DeliveryContext, f: FollowUp): EffectResult {
  const to = followUpOfficials(ctx, f.preset);
  if (to.length === 0)
    return { status: 'pending', note: 'surat tanpa email pemohon: belum ada TU atau admin aktif di sheet Pengguna' };
  const r = f.request;
  const msg = renderMessage('tindak_lanjut_pemohon', {
    requestId: r.id,
    recipientName: to.length === 1 ? to[0].name : '',
    applicantName: r.applicantName,
    agency: r.agency,
    phone: r.phone,
    message: f.text,
    whatsappUrl: waLink(r.phone, f.text) ?? '',
    spreadsheetUrl: ctx.requestUrl?.(r.id) ?? mailer.officeUrl(),
    officeName: ctx.settings().officeName,
  });
  const emails = to.map((u) => u.email).join(', ');
  const sent = mailer.send({
    to: emails,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: ctx.settings().officeEmail,
    key: f.key,
  });
  return sent === 'sent'
    ? { status: 'done', note: `surat tanpa email pemohon: ${f.what} diteruskan ke ${emails} untuk disampaikan` }
    : { status: 'pending', note: QUOTA_NOTE };
}
