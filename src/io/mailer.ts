/**
 * The MailerPort over MailApp (io/mail.ts): messages go out under the office's
 * name, replies go to the office's address when one is set in Pengaturan.
 * Attachments are Drive files the engine made, downloaded by id when the mail is sent
 * (Drive API v3 `?alt=media` with the engine's token: byte-exact). A mail with an
 * idempotency key is sent at most once per key, recipients and content.
 */
import type { MailerPort } from '../app/ports';
import type { Settings } from '../core/settings';
import { sendMail } from './mail';
import { sha256Hex } from './digest';
import { download } from './drive-files';

/**
 * Ledger of mails sent per effect key (script cache, 6 h: the longest it keeps an entry). A click
 * repeated after a failed Register/Riwayat write, or a form response taken in again by the hourly
 * sweep, re-runs its effects; the mail they already sent is not sent twice.
 */
const SENT_PREFIX = 'mail.sent.';
const SENT_TTL_S = 21600;

/** The real mailer; `settings` is read on each send (office name for the sender); `officeUrl` links officials to the register. */
export function liveMailer(settings: () => Settings, officeUrl: string): MailerPort {
  return {
    send: (mail) => {
      const s = settings();
      const sent = mail.key ? SENT_PREFIX + sha256Hex(`${mail.key}|${mail.to}|${mail.subject}|${mail.text}`) : '';
      const cache = CacheService.getScriptCache();
      if (sent && cache.get(sent)) return 'sent';
      const attachments = (mail.attachments ?? []).map((a) => download(a.fileId));
      const result = sendMail({
        ...mail,
        attachments,
        replyTo: mail.replyTo || s.officeEmail,
        name: `Layanan Vicon ${s.officeName}`.trim(),
      });
      if (sent && result === 'sent') cache.put(sent, '1', SENT_TTL_S);
      return result;
    },
    officeUrl: () => officeUrl,
  };
}
