/**
 * The fake Zoom's users: who exists in the account (GET /users/{userId}) and Zoom's answer for
 * one who does not (404, code 1001), shared by every route that names a user.
 */
import type { FakeHttpResponse } from '../standin/http-types';
import { zoomError, zoomJson } from './faults';
import { hostIdFor } from './meetings';

/** The account's users: their emails, or undefined for "any userId containing '@' exists". */
export type AccountUsers = string[] | undefined;

/** The user's email (lower case) for a userId (email, Zoom user ID, or 'me'), or null when the account has none. */
export function resolveUser(users: AccountUsers, userId: string): string | null {
  if (!users) return userId.includes('@') ? userId.toLowerCase() : null;
  if (userId === 'me') return users[0]?.toLowerCase() ?? null;
  return users.find((u) => u.toLowerCase() === userId.toLowerCase() || hostIdFor(u) === userId)?.toLowerCase() ?? null;
}

/** Zoom's answer for a user the account does not have. */
export const userMissing = (userId: string): FakeHttpResponse =>
  zoomError(404, 1001, `User does not exist: ${userId}.`);

/** The 200 body of GET /users/{userId} for `email` (a licensed, active member of the account). */
export function userView(email: string, accountId: string): Record<string, unknown> {
  const local = email.split('@')[0];
  return {
    id: hostIdFor(email),
    email,
    first_name: local,
    last_name: 'Kominfo',
    display_name: `${local} Kominfo`,
    type: 2,
    role_name: 'Member',
    status: 'active',
    timezone: 'Asia/Jakarta',
    language: 'en-US',
    verified: 1,
    account_id: accountId,
    user_created_at: '2025-01-06T02:00:00Z',
  };
}

/** GET /users/{userId}: the user, or 404 / 1001. */
export function userRoute(users: AccountUsers, userId: string, accountId: string): FakeHttpResponse {
  const email = resolveUser(users, userId);
  return email ? zoomJson(200, userView(email, accountId)) : userMissing(userId);
}
