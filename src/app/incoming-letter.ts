/**
 * Letters that arrive on paper or through SRIKANDI, entered from the sidebar:
 * the same fields, validation and numbering as the form. The caller must be an
 * active official. The letter's agency + number identify it, so entering the
 * same letter twice does not make two requests.
 */
import { QUESTIONS, NO, YES } from '../core/intake/questions';
import { FIELD_MAX_CHARS } from '../core/limits';
import type { RawAnswers } from '../core/intake/parse';
import type { IntakeResultDto, LetterRequestDto, Result } from '../shared/rpc';
import { currentActor } from './caller';
import { intake } from './intake';
import type { Deps } from './ports';

function toAnswers(letter: LetterRequestDto): RawAnswers {
  const byField: Record<string, string> = {
    ...letter,
    participants: String(letter.participants ?? ''),
    needsRoom: letter.needsRoom ? YES : NO,
    needsOperator: letter.needsOperator ? YES : NO,
    needsRecording: letter.needsRecording ? YES : NO,
  } as unknown as Record<string, string>;
  const answers: RawAnswers = {};
  for (const q of QUESTIONS) answers[q.title] = String(byField[q.field] ?? '');
  answers['Nomor SRIKANDI'] = String(letter.srikandiNumber ?? '');
  return answers;
}

function letterRef(letter: LetterRequestDto): string {
  const norm = (s: unknown) =>
    String(s ?? '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
  return `surat:${norm(letter.agency)}|${norm(letter.letterNumber) || norm(letter.srikandiNumber)}`;
}

/** The refusal for a text field longer than FIELD_MAX_CHARS (named by its form question), or null. */
function overLongField(letter: LetterRequestDto): string | null {
  const label = (field: string): string =>
    QUESTIONS.find((q) => q.field === field)?.title ?? (field === 'srikandiNumber' ? 'Nomor SRIKANDI' : 'Isian');
  for (const [field, value] of Object.entries(letter)) {
    if (typeof value === 'string' && value.length > FIELD_MAX_CHARS)
      return `${label(field)} terlalu panjang: ${value.length} karakter, paling banyak ${FIELD_MAX_CHARS}. Ringkas isiannya; tidak ada yang dicatat.`;
  }
  return null;
}

/**
 * Enter an incoming letter as a request (same intake as the form). Refuses callers who are not active
 * officials, and any text field over FIELD_MAX_CHARS (nothing recorded).
 */
export function submitLetter(deps: Deps, letter: LetterRequestDto): Result<IntakeResultDto> {
  if (!letter || typeof letter !== 'object') return { ok: false, error: 'Data surat tidak terbaca.' };
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const tooLong = overLongField(letter);
  if (tooLong) return { ok: false, error: tooLong };
  const ref = letterRef(letter);
  if (ref === 'surat:|')
    return { ok: false, error: 'Isi Instansi/OPD dan nomor surat (atau nomor SRIKANDI) terlebih dahulu.' };
  const out = intake(deps, {
    answers: toAnswers(letter),
    responseRef: ref,
    receivedAt: deps.clock.now(),
    source: 'letter',
    enteredBy: who.actor.email,
  });
  if (out.duplicate) return { ok: false, error: `Surat ini sudah tercatat sebagai ${out.id}.` };
  return { ok: true, value: { id: out.id, status: out.status, warnings: out.warnings, problems: out.problems } };
}
