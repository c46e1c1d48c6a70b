// RE2/J syntax checks, the embedded consumer protocol, and the consumer group records' bytes.
import { compileTopicRegex } from '../../../src/group/consumer/regex';
import {
  parseAssignment,
  parseSubscription,
  serializeAssignment,
  subscriptionVersion,
} from '../../../src/group/classic/consumer-protocol';
import { decodeRecord, encodeKey, encodeValue, type GroupRecord } from '../../../src/group/records';
import { Writer } from '@samsa/protocol';

describe('subscription regexes (RE2/J as JavaScript reads it)', () => {
  it.each([
    ['orders-.*', 'orders-eu', true],
    ['orders-.*', 'my-orders-eu', false],
    ['(?i)ORDERS', 'orders', true],
    ['a|b', 'b', true],
    ['(?P<name>x)y', 'xy', true],
    ['foo\\-bar', 'foo-bar', true],
    ['[a\\-c]x', '-x', true],
    ['\\d{2}', '42', true],
  ])('%s matches %s: %s', (regex, topic, matches) => {
    expect(compileTopicRegex(regex).test(topic)).toBe(matches);
  });

  it.each(['(', '(?<=a)b', '\\1', 'x++', '\\Qa\\E', 'a\\z', '(?U)a'])('refuses %s', (regex) => {
    expect(() => compileTopicRegex(regex)).toThrow(/INVALID_REGULAR_EXPRESSION|is not a valid regular expression/);
  });
});

describe('the embedded consumer protocol', () => {
  const v3 = (): Buffer => {
    const w = new Writer();
    w.int16(3);
    w.int32(1);
    w.string('t');
    w.nullableBytes(null);
    w.int32(1);
    w.string('t');
    w.int32(2);
    w.int32(0);
    w.int32(5);
    w.int32(7);
    w.nullableString('rack-1');
    return w.toBuffer();
  };

  it('reads a v3 subscription: topics, owned partitions, generation and rack', () => {
    expect(parseSubscription(v3())).toEqual({
      version: 3,
      topics: ['t'],
      userData: null,
      ownedPartitions: [{ topic: 't', partitions: [0, 5] }],
      generationId: 7,
      rackId: 'rack-1',
    });
    expect(subscriptionVersion(v3())).toBe(3);
  });

  it('refuses truncated bytes', () => {
    expect(() => parseSubscription(v3().subarray(0, 9))).toThrow();
  });

  it('writes assignments a classic consumer reads back', () => {
    const bytes = serializeAssignment([{ topic: 'a', partitions: [1, 2] }], 1);
    expect(bytes.readInt16BE(0)).toBe(1);
    expect(parseAssignment(bytes)).toEqual([{ topic: 'a', partitions: [1, 2] }]);
  });
});

describe('consumer group records', () => {
  const roundTrip = (r: GroupRecord): GroupRecord | null => decodeRecord(encodeKey(r), encodeValue(r));

  it('each record type keeps its key version prefix (Kafka record types 3-8, 16) and round-trips', () => {
    const records: GroupRecord[] = [
      { type: 'consumer-group-metadata', key: { groupId: 'g' }, value: { epoch: 5, metadataHash: 1234567 } },
      {
        type: 'consumer-group-member-metadata',
        key: { groupId: 'g', memberId: 'm' },
        value: {
          instanceId: 'i',
          rackId: null,
          clientId: 'c',
          clientHost: '/h',
          subscribedTopicNames: ['t'],
          subscribedTopicRegex: null,
          rebalanceTimeoutMs: 30000,
          serverAssignor: 'range',
          classicMemberMetadata: {
            sessionTimeoutMs: 10000,
            supportedProtocols: [{ name: 'range', metadata: Buffer.from([1, 2]) }],
          },
        },
      },
      { type: 'consumer-group-target-assignment-metadata', key: { groupId: 'g' }, value: { assignmentEpoch: 5 } },
      {
        type: 'consumer-group-target-assignment-member',
        key: { groupId: 'g', memberId: 'm' },
        value: { topicPartitions: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [0, 1] }] },
      },
      {
        type: 'consumer-group-current-member-assignment',
        key: { groupId: 'g', memberId: 'm' },
        value: {
          memberEpoch: 5,
          previousMemberEpoch: 4,
          state: 1,
          assignedPartitions: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [0] }],
          partitionsPendingRevocation: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [1] }],
        },
      },
      {
        type: 'consumer-group-regex',
        key: { groupId: 'g', regularExpression: 'a.*' },
        value: { topics: ['a1'], version: 3, timestamp: 99 },
      },
    ];
    const types = [3, 5, 6, 7, 8, 16];
    records.forEach((r, i) => {
      expect(encodeKey(r).readInt16BE(0)).toBe(types[i]);
      expect(roundTrip(r)).toEqual(r);
    });
  });

  it('a tombstone has a null value and deletes the key on replay', () => {
    const tombstone: GroupRecord = { type: 'consumer-group-metadata', key: { groupId: 'g' }, value: null };
    expect(encodeValue(tombstone)).toBeNull();
    expect(roundTrip(tombstone)).toEqual(tombstone);
  });
});
