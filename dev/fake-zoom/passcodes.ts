/**
 * Meeting passcodes as a Zoom account enforces them: the characters the create/update body
 * allows, at most 10, and the account's passcode requirement (the `meeting_password_requirement`
 * object of GET /users/{userId}/settings in the vendored spec). Zoom generates a compliant
 * passcode when the body asks it to (`default_password: true`) or the account requires one.
 */

/** The account's passcode requirement, with Zoom's field names. */
export interface PasscodeRule {
  /** Minimum length (Zoom caps passcodes at 10). */
  length?: number;
  have_letter?: boolean;
  have_number?: boolean;
  have_special_character?: boolean;
  have_upper_and_lower_characters?: boolean;
  only_allow_numeric?: boolean;
  /** 0 = no limit; n (4–8) = no run of n ascending characters such as 'abcd' or '1234'. */
  consecutive_characters_length?: number;
}

const MAX_LENGTH = 10;
const ALLOWED = /^[A-Za-z0-9@\-_*]+$/;
const SPECIAL = /[@\-_*]/;
const DEFAULT_LENGTH = 6;

function ascendingRun(text: string): number {
  let longest = 1;
  let run = 1;
  for (let i = 1; i < text.length; i += 1) {
    run = text.charCodeAt(i) === text.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return text.length === 0 ? 0 : longest;
}

/** What `passcode` breaks ('' when it complies): the first rule it fails, in English as Zoom writes its rules. */
export function passcodeProblem(passcode: string, rule: PasscodeRule): string {
  if (passcode.length > MAX_LENGTH || !ALLOWED.test(passcode))
    return 'Passcode may only contain [a-z A-Z 0-9 @ - _ *], max 10 characters.';
  if (rule.length && passcode.length < rule.length) return `Passcode must have at least ${rule.length} characters.`;
  if (rule.only_allow_numeric && !/^\d+$/.test(passcode)) return 'Passcode must only contain numbers.';
  if (rule.have_letter && !/[A-Za-z]/.test(passcode)) return 'Passcode must contain at least 1 letter.';
  if (rule.have_number && !/\d/.test(passcode)) return 'Passcode must contain at least 1 number.';
  if (rule.have_special_character && !SPECIAL.test(passcode)) return 'Passcode must have at least 1 special character.';
  if (rule.have_upper_and_lower_characters && !(/[a-z]/.test(passcode) && /[A-Z]/.test(passcode)))
    return 'Passcode must include both uppercase and lowercase characters.';
  const limit = rule.consecutive_characters_length ?? 0;
  if (limit > 0 && ascendingRun(passcode) >= limit)
    return `Passcode must not contain ${limit} or more consecutive characters.`;
  return '';
}

function picker(seed: string): (alphabet: string) => string {
  let state = 2166136261;
  for (const c of seed) state = Math.imul(state ^ c.charCodeAt(0), 16777619) >>> 0;
  return (alphabet) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return alphabet[(state >>> 8) % alphabet.length];
  };
}

function candidate(rule: PasscodeRule, pick: (alphabet: string) => string): string {
  const length = Math.min(MAX_LENGTH, Math.max(rule.length ?? 0, DEFAULT_LENGTH));
  if (rule.only_allow_numeric) return Array.from({ length }, () => pick('0123456789')).join('');
  const must = [pick('abcdefghijkmnpqrstuvwxyz'), pick('ABCDEFGHJKLMNPQRSTUVWXYZ'), pick('23456789')];
  if (rule.have_special_character) must.push(pick('@-_*'));
  const rest = Array.from({ length: length - must.length }, () =>
    pick('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
  );
  return [...must, ...rest].join('');
}

/**
 * A passcode that satisfies `rule`, the same for the same `seed` (e.g. the meeting ID).
 * Throws when no passcode can (e.g. a minimum length above 10, or numbers only with a letter).
 */
export function generatePasscode(rule: PasscodeRule, seed: string): string {
  const pick = picker(seed);
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const passcode = candidate(rule, pick);
    if (passcodeProblem(passcode, rule) === '') return passcode;
  }
  throw new Error(`fake Zoom: no passcode satisfies ${JSON.stringify(rule)}`);
}
