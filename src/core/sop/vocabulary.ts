/**
 * The closed vocabularies of a preset, as runtime lists (types.ts only has the types),
 * with the Indonesian words people see for them.
 */
import type { ActionRequirement, EffectKind } from './types';

const EFFECT_KIND_SET: Record<EffectKind, true> = {
  notify_role: true,
  notify_applicant: true,
  reserve: true,
  release: true,
  create_meeting: true,
  update_meeting: true,
  cancel_meeting: true,
  send_link: true,
  draft_letter: true,
  sign_letter: true,
  send_letter: true,
  ask_documentation: true,
  make_report: true,
  close: true,
};

/** Indonesian names of what an action may require, as used in refusals. */
export const REQUIREMENT_LABELS: Record<ActionRequirement, string> = {
  note: 'alasan/catatan',
  operator: 'operator yang ditugaskan',
  alternative: 'usulan waktu alternatif',
  link: 'tautan rapat',
  host: 'akun host',
  documentation: 'dokumentasi',
  srikandi_number: 'nomor SRIKANDI',
  test_time: 'waktu uji koneksi',
  email: 'email pemohon',
};

/** Action id that cancels a request; an admin may take it even without the step's role. */
export const CANCEL_ACTION = 'batalkan';

/** Action id at the revision step that the applicant's resubmission performs. */
export const RESUBMIT_ACTION = 'ajukan_ulang';

/** True when `value` is a known effect kind. */
export function isEffectKind(value: unknown): value is EffectKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EFFECT_KIND_SET, value);
}

/** True when `value` is a known action requirement. */
export function isRequirement(value: unknown): value is ActionRequirement {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REQUIREMENT_LABELS, value);
}
