/**
 * What a paper / SRIKANDI letter must contain, in one place: the sidebar's "Input surat" form marks
 * exactly these fields required and the server validates exactly these (validate.ts, letter mode).
 * A letter seldom carries the applicant's email: its absence is not the applicant's mistake, so the
 * letter is registered and waits for TU, who adds the email (core/sop/follow-up.ts).
 */
import type { RequestFields } from '../request';

/** The fields a letter must have, each on its own. */
export const LETTER_REQUIRED_FIELDS: ReadonlyArray<keyof RequestFields> = [
  'applicantName',
  'agency',
  'title',
  'eventDate',
  'startTime',
  'endTime',
  'platform',
];

/** A letter must have at least one of these: its own number or its SRIKANDI number. */
export const LETTER_NUMBER_FIELDS: ReadonlyArray<keyof RequestFields> = ['letterNumber', 'srikandiNumber'];

/** The problem recorded on a letter registered without the applicant's email (TU adds it). */
export const FOLLOW_UP_PROBLEM = 'Perlu tindak lanjut TU: email pemohon belum ada.';
