import { CoordinatorError } from '@samsa/coordinator';
import { CorruptRecordError, ErrorCode, InvalidRecordError, UnsupportedCompressionTypeError } from '@samsa/protocol';
import { KafkaStorageError, OffsetOutOfRangeError, OutOfOrderSequenceError, RecordTooLargeError } from '@samsa/storage';
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
    ['CorruptRecordError (protocol)', new CorruptRecordError('bad crc'), 'CORRUPT_MESSAGE', 2],
    ['InvalidRecordError (protocol)', new InvalidRecordError('bad count'), 'INVALID_RECORD', 87],
    [
      'UnsupportedCompressionTypeError (protocol)',
      new UnsupportedCompressionTypeError('codec 7'),
      'UNSUPPORTED_COMPRESSION_TYPE',
      76,
    ],
    ['OffsetOutOfRangeError (storage)', new OffsetOutOfRangeError('past the end'), 'OFFSET_OUT_OF_RANGE', 1],
    ['RecordTooLargeError (storage)', new RecordTooLargeError('too big'), 'MESSAGE_TOO_LARGE', 10],
    [
      'KafkaStorageError (storage)',
      new KafkaStorageError('disk full', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
      'KAFKA_STORAGE_ERROR',
      56,
    ],
    ['OutOfOrderSequenceError (storage)', new OutOfOrderSequenceError('gap'), 'OUT_OF_ORDER_SEQUENCE_NUMBER', 45],
    ['CoordinatorError (coordinator)', new CoordinatorError('NOT_COORDINATOR'), 'NOT_COORDINATOR', 16],
  ])("maps every layer's KafkaError subclass: %s", (_label, err, name, code) => {
    expect(err).toBeInstanceOf(KafkaError);
    expect(err.errorName).toBe(name);
    expect(toErrorCode(err)).toBe(code);
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['an error that only looks like one', Object.assign(new Error('x'), { errorName: 'NOT_COORDINATOR', code: 16 })],
    ['a TypeError', new TypeError('bad')],
  ])('maps %s to UNKNOWN_SERVER_ERROR', (_label, err) => {
    expect(toErrorCode(err)).toBe(ErrorCode.UNKNOWN_SERVER_ERROR);
    expect(toErrorCode(err)).toBe(-1);
  });
});
