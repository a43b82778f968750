/**
 * Outgoing mail through MailApp (scope script.send_mail: send only, no access to
 * the mailbox). The daily recipient quota is checked first; a message that does not
 * fit is not sent and the caller queues it for the next run. The body is data: a host
 * start link is kept out where the product puts a meeting link (core/messages, core/letter),
 * never by searching text an applicant may have written.
 */
/** One message to send. `text` is the plain body; `html` the HTML body (already escaped). */
export interface OutgoingMail {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Where replies go (the office's address); '' for none. */
  replyTo: string;
  /** Sender's display name, e.g. 'Layanan Vicon Diskominfo'. */
  name: string;
  attachments?: GoogleAppsScript.Base.BlobSource[];
}

/** 'sent', or 'quota' when today's quota cannot take the message (it was not sent). */
export type SendResult = 'sent' | 'quota';

const QUOTA_ERROR = /too many times for one day/i;

function recipientCount(to: string): number {
  return to
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '').length;
}

/**
 * Sends `mail`; 'quota' when today's quota cannot take its recipients (MailApp refuses the whole
 * message with "Service invoked too many times for one day", so nothing is sent and no separate
 * quota lookup is needed). Throws (Indonesian message) when there is no recipient; other MailApp
 * errors propagate.
 */
export function sendMail(mail: OutgoingMail): SendResult {
  if (recipientCount(mail.to) === 0) throw new Error('Email tidak dikirim: alamat penerima kosong.');
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: mail.to,
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    name: mail.name,
  };
  if (mail.replyTo) options.replyTo = mail.replyTo;
  if (mail.attachments && mail.attachments.length > 0) options.attachments = mail.attachments;
  try {
    MailApp.sendEmail(options);
  } catch (e) {
    if (QUOTA_ERROR.test(String((e as Error)?.message ?? e))) return 'quota';
    throw e;
  }
  return 'sent';
}
