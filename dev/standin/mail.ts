/**
 * Fake `MailApp`: every sent message lands in `MailState.outbox` for tests and the
 * playground. Mail goes out from the execution's effective user (the account whose
 * rights the script uses), with the `name` option as the sender's display name. The
 * daily quota is per sender and counts recipients (to + cc + bcc) like the real one;
 * when it would run out, sendEmail throws the real message instead of sending.
 */
import type { Ctx } from './context';
import { blobData } from './drive';

type GMailApp = GoogleAppsScript.Mail.MailApp;
type MailParams = GoogleAppsScript.Mail.MailAdvancedParameters;

/** Daily recipients of a consumer account (Workspace accounts get 1500). */
export const DEFAULT_DAILY_QUOTA = 100;

export interface SentAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface SentMail {
  at: Date;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string;
  replyTo: string;
  name: string;
  attachments: SentAttachment[];
}

export interface MailState {
  outbox: SentMail[];
  /** Recipients per sender per day. */
  dailyQuota: number;
  /** Recipients each sender used on `day` (UTC 'YYYY-MM-DD' of the fake clock). */
  usedBy: Map<string, number>;
  /** The sender `used` reads and writes: the workspace's effective user. */
  defaultSender: string;
  /** Recipients `defaultSender` used today (tests set it to run the quota out). */
  used: number;
  day: string;
}

/** A fresh mail state with `dailyQuota` recipients per sender per day. */
export function createMailState(dailyQuota = DEFAULT_DAILY_QUOTA, defaultSender = ''): MailState {
  const usedBy = new Map<string, number>();
  return {
    outbox: [],
    dailyQuota,
    usedBy,
    defaultSender,
    day: '',
    get used(): number {
      return usedBy.get(this.defaultSender) ?? 0;
    },
    set used(n: number) {
      usedBy.set(this.defaultSender, n);
    },
  };
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function addresses(ctx: Ctx, list: string | undefined): string[] {
  const out = String(list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  for (const a of out) if (!EMAIL.test(a)) throw ctx.fail(`Invalid email: ${a}`);
  return out;
}

class FakeMailApp {
  constructor(
    private readonly ctx: Ctx,
    private readonly state: MailState,
  ) {}

  getRemainingDailyQuota(): number {
    this.rollDay();
    return Math.max(0, this.state.dailyQuota - (this.state.usedBy.get(this.ctx.user.effective) ?? 0));
  }

  sendEmail(a: string | MailParams, subject?: string, body?: string, options?: MailParams): void {
    const p: MailParams =
      typeof a === 'object' && a !== null
        ? a
        : { ...(options ?? {}), to: String(a), subject: subject ?? '', body: body ?? '' };
    const to = addresses(this.ctx, p.to);
    const cc = addresses(this.ctx, p.cc);
    const bcc = addresses(this.ctx, p.bcc);
    if (to.length + cc.length + bcc.length === 0) throw this.ctx.fail('Failed to send email: no recipient');
    if (this.getRemainingDailyQuota() < to.length + cc.length + bcc.length) {
      throw this.ctx.fail('Service invoked too many times for one day: email.');
    }
    const from = this.ctx.user.effective;
    this.state.usedBy.set(from, (this.state.usedBy.get(from) ?? 0) + to.length + cc.length + bcc.length);
    this.state.outbox.push({
      at: this.ctx.clock.now(),
      from,
      to,
      cc,
      bcc,
      subject: String(p.subject ?? ''),
      body: String(p.body ?? ''),
      htmlBody: String(p.htmlBody ?? ''),
      replyTo: String(p.replyTo ?? ''),
      name: String(p.name ?? ''),
      attachments: (p.attachments ?? []).map((x) => blobData(this.ctx, x)),
    });
  }

  private rollDay(): void {
    const day = this.ctx.clock.now().toISOString().slice(0, 10);
    if (day !== this.state.day) {
      this.state.day = day;
      this.state.usedBy.clear();
    }
  }
}

/** The `MailApp` global over `state`. */
export function createMailApp(ctx: Ctx, state: MailState): GMailApp {
  return ctx.wrap(new FakeMailApp(ctx, state), 'MailApp');
}
