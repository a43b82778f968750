/** Fake `Session` and `User`. */
import type { Ctx } from './context';
import type { GUser } from './gas';
import { scriptZone } from './script-date';

class FakeUser implements Pick<GUser, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** A wrapped `User` whose getEmail returns `email`. */
export function makeUser(ctx: Ctx, email: string): GUser {
  return ctx.wrap(new FakeUser(email), 'User');
}

/** Reads the email out of a `User` or a plain email string. */
export function emailOf(ctx: Ctx, user: string | GUser): string {
  return typeof user === 'string' ? user : ctx.unwrap<FakeUser>(user).getEmail();
}

type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

class FakeSession implements SessionApi {
  constructor(private readonly ctx: Ctx) {}
  getActiveUser(): GUser {
    return makeUser(this.ctx, this.ctx.user.active);
  }
  getEffectiveUser(): GUser {
    return makeUser(this.ctx, this.ctx.user.effective);
  }
  getScriptTimeZone(): string {
    return scriptZone(this.ctx);
  }
  getActiveUserLocale(): string {
    return 'id';
  }
  getTemporaryActiveUserKey(): string {
    const email = this.ctx.user.active || this.ctx.user.effective;
    let h = 0;
    for (const ch of email) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `tmpkey-${h.toString(36)}`;
  }
}

/** The `Session` global. */
export function createSession(ctx: Ctx): GoogleAppsScript.Base.Session {
  return ctx.wrap(new FakeSession(ctx), 'Session');
}
