/** What the mail handlers (delivery, official notices, letters without email) read besides the mailer. */
import type { Settings } from '../core/settings';
import type { Delegation, UserRecord } from '../core/users';
import type { OfficialLinks } from './official-links';
import type { Clock } from './ports';

/** What the delivery handlers read besides the mailer. */
export interface DeliveryContext {
  clock: Clock;
  settings: () => Settings;
  users: () => { users: UserRecord[]; delegations: Delegation[] };
  /** The applicant's private status page for a request ('' or absent: no link in the mail). */
  statusUrl?: (requestId: string) => string;
  /** A link opening the spreadsheet on the request's Register row (absent: the spreadsheet itself). */
  requestUrl?: (requestId: string) => string;
  /** Officials' private links (the request at its step, and "Tugas saya"); absent: none. */
  officialLinks?: OfficialLinks;
  /** Whether the request's meeting link has gone out to the applicant (a cancellation then says it lapsed). */
  linkSent?: (requestId: string) => boolean;
}

/** Note of an effect the daily mail quota could not take. */
export const QUOTA_NOTE = 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya';
