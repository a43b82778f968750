/**
 * The replacement string of Docs' `replaceText(searchPattern, replacement)`, read the way Apps
 * Script's Java backend reads it (java.util.regex.Matcher#appendReplacement): `$n` inserts group n
 * (greedy over further digits while such a group exists), `${name}` a named group, `\x` inserts x
 * literally; any other `$`, a `$n` beyond the pattern's groups, or a trailing `\` is an error.
 * A group that did not take part in the match inserts nothing.
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-
 */

/** Thrown for a replacement Java refuses; `message` is Java's own wording. */
export class ReplacementError extends Error {}

function groupNumber(replacement: string, at: number, groups: number): { value: number; next: number } {
  let value = replacement.charCodeAt(at) - 48;
  if (value > groups) throw new ReplacementError(`No group ${value}`);
  let next = at + 1;
  while (next < replacement.length && /\d/.test(replacement[next])) {
    const longer = value * 10 + (replacement.charCodeAt(next) - 48);
    if (longer > groups) break;
    value = longer;
    next += 1;
  }
  return { value, next };
}

function namedGroup(replacement: string, at: number, match: RegExpExecArray): { text: string; next: number } {
  const end = replacement.indexOf('}', at);
  if (end < 0) throw new ReplacementError("named capturing group is missing trailing '}'");
  const name = replacement.slice(at + 1, end);
  if (!match.groups || !(name in match.groups)) throw new ReplacementError(`No group with name {${name}}`);
  return { text: match.groups[name] ?? '', next: end + 1 };
}

/** What `replacement` inserts for `match` (Java semantics above); throws ReplacementError. */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const ch = replacement[i];
    if (ch === '\\') {
      if (i + 1 >= replacement.length) throw new ReplacementError('character to be escaped is missing');
      out += replacement[i + 1];
      i += 2;
    } else if (ch !== '$') {
      out += ch;
      i += 1;
    } else if (replacement[i + 1] === '{') {
      const named = namedGroup(replacement, i + 1, match);
      out += named.text;
      i = named.next;
    } else if (i + 1 < replacement.length && /\d/.test(replacement[i + 1])) {
      const group = groupNumber(replacement, i + 1, match.length - 1);
      out += match[group.value] ?? '';
      i = group.next;
    } else {
      throw new ReplacementError(
        i + 1 >= replacement.length ? 'Illegal group reference: group index is missing' : 'Illegal group reference',
      );
    }
  }
  return out;
}
