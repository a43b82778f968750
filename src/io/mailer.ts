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

/** A mailer whose ledger entries may wait for the end of the script lock's hold (see liveMailer). */
export type HeldMailer = MailerPort & { begin(): void; end(): void };

/**
 * The real mailer; `settings` is read on each send (office name for the sender); `officeUrl` links
 * officials to the register. With `defer` (executions that last seconds: a click, a form intake),
 * the ledger entries of mails sent while the script lock is held (between `begin` and `end`) are
 * written once at `end`, and not at all for effects whose outcome was recorded meanwhile (`settled`):
 * those are never retried. Without it (the hourly run, which Apps Script may stop at any moment),
 * each entry is written as its mail goes.
 */
export function liveMailer(settings: () => Settings, officeUrl: string, defer = false): HeldMailer {
  /** Ledger entries waiting (ledger key → the mail's effect key), while deferring. */
  let held: Map<string, string> | null = null;
  const flush = () => {
    const keys = [...(held?.keys() ?? [])];
    held = null;
    if (keys.length === 0) return;
    try {
      CacheService.getScriptCache().putAll(Object.fromEntries(keys.map((k) => [k, '1'])), SENT_TTL_S);
    } catch (err) {
      console.error(`Catatan email terkirim tidak tersimpan: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return {
    begin: () => {
      flush();
      if (defer) held = new Map();
    },
    end: flush,
    settled: (request) => {
      const pending = new Set(request.pending.map((p) => p.split('|')[1]));
      for (const [entry, key] of held ?? [])
        if (key.startsWith(`${request.id}:`) && !pending.has(key)) held?.delete(entry);
    },
    send: (mail) => {
      const s = settings();
      const sent = mail.key ? SENT_PREFIX + sha256Hex(`${mail.key}|${mail.to}|${mail.subject}|${mail.text}`) : '';
      const cache = CacheService.getScriptCache();
      if (sent && (held?.has(sent) || cache.get(sent))) return 'sent';
      const attachments = (mail.attachments ?? []).map((a) => download(a.fileId));
      const result = sendMail({
        ...mail,
        attachments,
        replyTo: mail.replyTo || s.officeEmail,
        name: `Layanan Vicon ${s.officeName}`.trim(),
      });
      if (sent && result === 'sent' && held) held.set(sent, mail.key ?? '');
      else if (sent && result === 'sent') cache.put(sent, '1', SENT_TTL_S);
      return result;
    },
    officeUrl: () => officeUrl,
  };
}
