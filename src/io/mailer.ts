/**
 * The MailerPort over MailApp (io/mail.ts): messages go out under the office's
 * name, replies go to the office's address when one is set in Pengaturan.
 */
import type { MailerPort } from '../app/ports';
import type { Settings } from '../core/settings';
import { sendMail } from './mail';

/** The real mailer; `settings` is read on each send (office name for the sender). */
export function liveMailer(settings: () => Settings): MailerPort {
  return {
    send: (mail) => {
      const s = settings();
      return sendMail({ ...mail, replyTo: mail.replyTo || s.officeEmail, name: `Layanan Vicon ${s.officeName}`.trim() });
    },
    officeUrl: () => SpreadsheetApp.getActiveSpreadsheet().getUrl(),
  };
}
