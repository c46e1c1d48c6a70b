import { buildRecordBatch, InternalRecords, Writer } from '@samsa/protocol';
import {
  decodeRecord,
  encodeKey,
  encodeValue,
  groupMetadataRecord,
  groupRecordSerde,
  groupTombstone,
  offsetCommitRecord,
  offsetTombstone,
} from '../../src/group/records';

describe('__consumer_offsets records', () => {
  it('an offset commit is key v1 (group, topic, partition) and value v3 (offset, leader epoch, metadata, commit time)', () => {
    const rec = offsetCommitRecord('grp', 'tp', 7, {
      offset: 42,
      leaderEpoch: 3,
      metadata: 'm',
      commitTimestamp: 1000,
      expireTimestamp: -1,
    });
    // Kafka's layout, written out by hand.
    expect(encodeKey(rec).toString('hex')).toBe(
      `00010003${Buffer.from('grp').toString('hex')}0002${Buffer.from('tp').toString('hex')}00000007`,
    );
    expect(encodeValue(rec)!.toString('hex')).toBe(
      '0003' + '000000000000002a' + '00000003' + '0001' + '6d' + '00000000000003e8',
    );
  });

  it('a commit with an expire timestamp is value v1', () => {
    const rec = offsetCommitRecord('g', 't', 0, {
      offset: 1,
      leaderEpoch: -1,
      metadata: '',
      commitTimestamp: 5,
      expireTimestamp: 9,
    });
    expect(encodeValue(rec)!.toString('hex')).toBe(
      '0001' + '0000000000000001' + '0000' + '0000000000000005' + '0000000000000009',
    );
  });

  it('group metadata is key v2 and value v3 with members, subscriptions and assignments', () => {
    const rec = groupMetadataRecord(
      {
        protocolType: 'consumer',
        generation: 4,
        protocol: 'range',
        leader: 'm1',
        currentStateTimestamp: 123,
        members: [
          {
            memberId: 'm1',
            groupInstanceId: 'i1',
            clientId: 'c',
            clientHost: '/h',
            rebalanceTimeout: 300,
            sessionTimeout: 100,
            subscription: Buffer.from([1, 2]),
            assignment: Buffer.from([3]),
          },
        ],
      },
      'grp',
    );
    expect(encodeKey(rec).toString('hex')).toBe(`00020003${Buffer.from('grp').toString('hex')}`);
    const back = decodeRecord(encodeKey(rec), encodeValue(rec));
    expect(back).toEqual({ ...rec, valueVersion: 3 });
  });

  it('tombstones have a null value and decode as such', () => {
    for (const rec of [offsetTombstone('g', 't', 1), groupTombstone('g')]) {
      expect(encodeValue(rec)).toBeNull();
      expect(decodeRecord(encodeKey(rec), null)).toMatchObject({ type: rec.type, key: rec.key, value: null });
    }
  });

  it('reads every value version, legacy key type 0, and skips unknown record types', () => {
    for (let v = 0; v <= 4; v++) {
      const w = new Writer();
      w.int16(v);
      InternalRecords.OffsetCommitRecord.encodeValue(w, v, {
        offset: 9,
        leaderEpoch: 2,
        metadata: 'x',
        commitTimestamp: 1,
        expireTimestamp: 8,
      });
      const key = new Writer();
      key.int16(0);
      InternalRecords.OffsetCommitRecord.encodeKey(key, 0, { group: 'g', topic: 't', partition: 0 });
      const rec = decodeRecord(key.toBuffer(), w.toBuffer());
      expect(rec).toMatchObject({
        type: 'offset-commit',
        valueVersion: v,
        value: { offset: 9, metadata: 'x', leaderEpoch: v >= 3 ? 2 : -1, expireTimestamp: v === 1 ? 8 : -1 },
      });
    }
    for (let v = 0; v <= 4; v++) {
      const w = new Writer();
      w.int16(v);
      InternalRecords.GroupMetadataRecord.encodeValue(w, v, {
        protocolType: 'consumer',
        generation: 1,
        protocol: 'p',
        leader: 'a',
        currentStateTimestamp: 5,
        members: [],
      });
      expect(decodeRecord(encodeKey(groupTombstone('g')), w.toBuffer())).toMatchObject({
        type: 'group-metadata',
        valueVersion: v,
        value: { generation: 1, protocol: 'p' },
      });
    }
    const unknown = Buffer.from([0x00, 0x0a, 0x00, 0x01, 0x61]);
    expect(decodeRecord(unknown, null)).toBeNull();
  });

  it('serializes records as one uncompressed batch and reads back several batches from one buffer', () => {
    const a = groupRecordSerde.serialize(
      [
        offsetCommitRecord('g', 't', 0, {
          offset: 1,
          leaderEpoch: -1,
          metadata: '',
          commitTimestamp: 2,
          expireTimestamp: -1,
        }),
        groupTombstone('h'),
      ],
      1000,
    );
    const b = groupRecordSerde.serialize([offsetTombstone('g', 't', 0)], 2000);
    const control = buildRecordBatch({
      records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }],
      control: true,
      transactional: true,
    });
    const records = groupRecordSerde.deserialize(Buffer.concat([a, control, b]));
    expect(records.map((r) => [r.type, r.value === null])).toEqual([
      ['offset-commit', false],
      ['group-metadata', true],
      ['offset-commit', true],
    ]);
  });
});
