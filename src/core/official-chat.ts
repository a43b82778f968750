/**
 * The WhatsApp text one official sends another when a request now waits for them ("Kabari lewat
 * WhatsApp"): the request in plain Indonesian and the recipient's own private link to it. Nothing
 * else: no applicant contact, no meeting access, no other official's link, no "balas email ini". Pure.
 */
import { dateText, timeText } from './messages/format';
import type { EventInfo } from './messages/types';
import { shortenForWhatsApp } from './whatsapp';

/** What the text says. */
export interface OfficialChat {
  recipientName: string;
  roleLabel: string;
  stepLabel: string;
  requestId: string;
  applicantName: string;
  agency: string;
  event: EventInfo;
  /** The recipient's own private link to the request at this step. */
  link: string;
  /** The official who sends it (who just acted). */
  senderName: string;
  officeName: string;
}

/** Longest step label, title and name in the text: with them the link at the end always fits in a chat link. */
const STEP_MAX = 160;
const TITLE_MAX = 120;
const NAME_MAX = 60;

/** The message, in short lines a phone shows whole; the link is never cut (core/whatsapp.ts bounds the whole). */
export function officialChatText(chat: OfficialChat): string {
  const cut = (text: string, max = NAME_MAX) => shortenForWhatsApp(text, max);
  const c = { ...chat, title: cut(chat.event.title, TITLE_MAX), stepLabel: cut(chat.stepLabel, STEP_MAX) };
  const role = cut(c.roleLabel);
  const applicant = cut(c.applicantName);
  const who = c.agency ? `${applicant} (${cut(c.agency)})` : applicant;
  return [
    `Yth. ${c.recipientName ? cut(c.recipientName) : role},`,
    `permohonan video conference ${c.requestId} dari ${who || 'pemohon'} sekarang menunggu tindakan Anda sebagai ${role}: ${c.stepLabel}.`,
    `Kegiatan: ${c.title || '-'}, ${dateText(c.event.date)} pukul ${timeText(c.event.start, c.event.end, c.event.timeZone)}.`,
    `Buka tautan pribadi Anda untuk melihat dan menindaklanjutinya dari ponsel (jangan diteruskan kepada orang lain):`,
    c.link,
    `Terima kasih.${c.senderName ? ` ${cut(c.senderName)}` : ''} — ${cut(c.officeName)}`,
  ].join('\n\n');
}
