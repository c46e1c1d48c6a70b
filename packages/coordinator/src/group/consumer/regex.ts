/**
 * Subscription regular expressions (KIP-848 SubscribedTopicRegex). Kafka compiles them with Google's RE2/J, whose
 * syntax differs from JavaScript's: a pattern is accepted here only when JavaScript reads it the way RE2/J does, and
 * refused with INVALID_REGULAR_EXPRESSION when RE2/J would refuse it or the two would read it differently:
 * lookaround and backreferences (RE2 has none), possessive quantifiers, `\Q..\E` and the anchors and classes
 * JavaScript lacks (`\A`, `\z`, `\h`, ...), POSIX classes (`[[:alpha:]]`), inline flags anywhere but at the start
 * (`(?i)`, `(?s)`, `(?m)`; ungreedy `(?U)` is refused). `(?P<name>` is read as `(?<name>`, and a backslash before
 * any punctuation escapes it, as in RE2. A regex matches a topic when it matches the whole name (RE2/J's
 * `matcher(topic).matches()`).
 */
import { KafkaError } from '@samsa/protocol';

export class InvalidRegexError extends KafkaError {
  override name = 'InvalidRegexError';

  constructor(regex: string, reason: string) {
    super(
      'INVALID_REGULAR_EXPRESSION',
      `SubscribedTopicRegex \`${regex}\` is not a valid regular expression: ${reason}.`,
    );
  }
}

const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookaround is not supported'],
  [/(^|[^\\])\\[1-9]/, 'backreferences are not supported'],
  [/\\k</, 'backreferences are not supported'],
  [/(^|[^\\])[*+?}]\+/, 'possessive quantifiers are not supported'],
  [/\\[QEzAZGRXhHvV]/, 'this escape is read differently outside RE2'],
  [/\[:[a-z]+:\]/, 'POSIX character classes are read differently outside RE2'],
  [/(^|[^\\])\(\?(?!:|P<|<[A-Za-z])/, 'inline flags are only supported at the start of the pattern'],
];

/** JavaScript's syntax characters: the only punctuation its unicode mode lets a backslash escape. */
const JS_SYNTAX = '^$\\.*+?()[]{}|/';

/** Compiles `regex` as RE2/J would read it, anchored to the whole topic name; throws INVALID_REGULAR_EXPRESSION. */
export function compileTopicRegex(regex: string): RegExp {
  let source = regex;
  let flags = 'u';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    const f = inline[1] as string;
    if (f.includes('U')) throw new InvalidRegexError(regex, 'ungreedy mode is not supported');
    for (const c of f) if (!flags.includes(c)) flags += c;
    source = source.slice(inline[0].length);
  }
  for (const [pattern, reason] of UNSUPPORTED) if (pattern.test(source)) throw new InvalidRegexError(regex, reason);
  source = source
    .replace(/\(\?P</g, '(?<')
    // RE2 lets a backslash escape any punctuation; JavaScript's unicode mode only its own syntax characters.
    .replace(/\\([^A-Za-z0-9\s])/g, (m, c: string) =>
      JS_SYNTAX.includes(c) ? m : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
  try {
    return new RegExp(`^(?:${source})$`, flags);
  } catch (err) {
    throw new InvalidRegexError(regex, (err as Error).message.replace(/^Invalid regular expression: /, ''));
  }
}

/** The topics of `names` the regex matches, sorted. */
export function resolveRegex(regex: RegExp, names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) if (regex.test(n)) out.push(n);
  return out.sort();
}
