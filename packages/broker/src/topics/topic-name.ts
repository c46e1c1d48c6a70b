/**
 * Kafka's topic-name rules: 1-249 characters of ASCII letters, digits, '.', '_' and '-', and not "." or "..".
 * Because metric names replace '.' with '_', two names that differ only there collide (`a.b` vs `a_b`).
 */
import { KafkaError } from '../errors';

export const MAX_TOPIC_NAME_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;

/** Throws INVALID_TOPIC_EXCEPTION with Kafka's wording when `name` is not a legal topic name. */
export function validateTopicName(name: string | null): asserts name is string {
  if (name === null || name.length === 0)
    throw new KafkaError('INVALID_TOPIC_EXCEPTION', "Topic name is illegal, it can't be empty");
  if (name === '.' || name === '..')
    throw new KafkaError('INVALID_TOPIC_EXCEPTION', 'Topic name cannot be "." or ".."');
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    throw new KafkaError(
      'INVALID_TOPIC_EXCEPTION',
      `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`,
    );
  }
  if (!LEGAL.test(name)) {
    throw new KafkaError(
      'INVALID_TOPIC_EXCEPTION',
      `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    );
  }
}

export function isValidTopicName(name: string | null): boolean {
  try {
    validateTopicName(name);
    return true;
  } catch {
    return false;
  }
}

/** The key under which names collide: '.' and '_' are the same character. */
export function collisionKey(name: string): string {
  return name.replace(/\./g, '_');
}

/** Kafka's Topic.INTERNAL_TOPICS: the group, transaction and share-group state topics. */
export const INTERNAL_TOPICS: ReadonlySet<string> = new Set([
  '__consumer_offsets',
  '__transaction_state',
  '__share_group_state',
]);
