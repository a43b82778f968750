/**
 * The one rule for "is this an email address" (form answers, Pengguna, Pengaturan, the
 * operator of a request, mail recipients, and the sidebar's letter form). Pure, no imports,
 * so the sidebar bundle may use it too.
 */

/**
 * A local part, '@', then two or more non-empty dot-separated domain labels. Neither part may hold
 * spaces, a second '@', or what a mail header reads as a separator or quote: < > ( ) [ ] , ; : " \
 */
const EMAIL_PATTERN = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\.]+(?:\.[^\s@<>()[\],;:"\\.]+)+$/;

/** Longest address mail systems accept (RFC 5321). */
const MAX_EMAIL_LENGTH = 254;

/**
 * True when `value`, as given (not trimmed), is one plain address: a local part, '@', and a domain
 * of two or more non-empty dot-separated labels, with no spaces, separators or quotes, at most 254
 * characters. 'nama@instansi.go.id' is; 'nama@instansi', 'a@b..id' and 'Nama <nama@x.id>' are not.
 */
export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value);
}
