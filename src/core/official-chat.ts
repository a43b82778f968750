/**
 * The WhatsApp text one official sends another when a request now waits for them ("Kabari lewat
 * WhatsApp"): the request in plain Indonesian and the recipient's own private link to it. Nothing
 * else: no applicant contact, no meeting access, no other official's link, no "balas email ini". Pure.
 */
import { dateText, timeText } from './messages/format';
import type { EventInfo } from './messages/types';

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

/** The message, in short lines a phone shows whole. */
export function officialChatText(c: OfficialChat): string {
  const who = c.agency ? `${c.applicantName} (${c.agency})` : c.applicantName;
  return [
    `Yth. ${c.recipientName || c.roleLabel},`,
    `permohonan video conference ${c.requestId} dari ${who || 'pemohon'} sekarang menunggu tindakan Anda sebagai ${c.roleLabel}: ${c.stepLabel}.`,
    `Kegiatan: ${c.event.title || '-'}, ${dateText(c.event.date)} pukul ${timeText(c.event.start, c.event.end, c.event.timeZone)}.`,
    `Buka tautan pribadi Anda untuk melihat dan menindaklanjutinya dari ponsel (jangan diteruskan kepada orang lain):`,
    c.link,
    `Terima kasih.${c.senderName ? ` ${c.senderName}` : ''} — ${c.officeName}`,
  ].join('\n\n');
}
