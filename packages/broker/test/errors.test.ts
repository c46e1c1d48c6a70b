import { ErrorCode } from '@samsa/protocol';
import { KafkaError, toErrorCode } from '../src/errors';

describe('toErrorCode', () => {
  it("maps a KafkaError to its code, with Kafka's name and retriable flag", () => {
    const err = new KafkaError('UNKNOWN_TOPIC_OR_PARTITION');
    expect(toErrorCode(err)).toBe(3);
    expect(err.errorName).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(err.retriable).toBe(true);
    expect(err.message).toMatch(/topic-partition/);
    const custom = new KafkaError('TOPIC_ALREADY_EXISTS', "Topic 'x' already exists.");
    expect(toErrorCode(custom)).toBe(36);
    expect(custom.retriable).toBe(false);
    expect(custom.message).toBe("Topic 'x' already exists.");
  });

  it.each([
    ['CORRUPT_MESSAGE', 2],
    ['NOT_LEADER_OR_FOLLOWER', 6],
    ['MESSAGE_TOO_LARGE', 10],
    ['INVALID_REQUEST', 42],
    ['UNSUPPORTED_VERSION', 35],
    ['OFFSET_OUT_OF_RANGE', 1],
  ])('maps any error carrying kafkaErrorName %s to %i', (name, code) => {
    const err = Object.assign(new Error('from a subsystem'), { kafkaErrorName: name });
    expect(toErrorCode(err)).toBe(code);
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['an unknown kafkaErrorName', Object.assign(new Error('x'), { kafkaErrorName: 'NO_SUCH_ERROR' })],
    ['a non-string kafkaErrorName', { kafkaErrorName: 3 }],
    ['a TypeError', new TypeError('bad')],
  ])('maps %s to UNKNOWN_SERVER_ERROR', (_label, err) => {
    expect(toErrorCode(err)).toBe(ErrorCode.UNKNOWN_SERVER_ERROR);
    expect(toErrorCode(err)).toBe(-1);
  });
});
