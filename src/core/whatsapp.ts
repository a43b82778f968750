/**
 * WhatsApp click-to-chat links (https://wa.me/<number>?text=…): the official way to
 * open a chat with a prepared message. The official clicks it and sends; nothing is
 * sent automatically and no unofficial API is used.
 */
import { normalisePhone } from './intake/parse';

/** Longest message text put into a link; longer texts are cut and end with '…'. */
export const WA_TEXT_MAX_CHARS = 1500;

/** Cuts `text` to WA_TEXT_MAX_CHARS (never inside a surrogate pair), ending with '…' when cut. */
export function shortenForWhatsApp(text: string, max = WA_TEXT_MAX_CHARS): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** True when `phone` is an Indonesian mobile number WhatsApp can reach (08…, +62…, 62…). */
export function isWhatsAppNumber(phone: string): boolean {
  return normalisePhone(String(phone)) !== null;
}

/** `phone` as Pengguna keeps it: '+62812…' (null when it is not an Indonesian mobile number). */
export function whatsAppNumberText(phone: string): string | null {
  const number = normalisePhone(String(phone));
  return number === null ? null : `+${number}`;
}

/**
 * 'https://wa.me/62812…?text=…' for an Indonesian mobile number typed as 08…, +62… or 62…
 * (spaces, dashes, dots and brackets allowed), with `text` shortened and URI-encoded.
 * Returns null when the number is not a valid Indonesian mobile number.
 */
export function waLink(phone: string, text: string): string | null {
  const number = normalisePhone(String(phone));
  if (number === null) return null;
  return `https://wa.me/${number}?text=${encodeURIComponent(shortenForWhatsApp(text))}`;
}
