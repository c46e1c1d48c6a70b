import { Reader } from '@samsa/protocol';
import { decodeRecord, encodeKey, encodeValue, txnRecordSerde, type TxnRecord } from '../../src/txn/records';
import { fromRecord, newTxnMetadata, prepareAddPartitions, toRecord } from '../../src/txn/metadata';
import { TxnState } from '../../src/txn/state';

describe('__transaction_state records', () => {
  test('key: int16 version 0, then the transactional id as a string (TransactionLogKey v0)', () => {
    const key = encodeKey({ transactionalId: 'tx', value: null, valueVersion: 0 });
    expect([...key]).toEqual([0, 0, 0, 2, 0x74, 0x78]);
  });

  test('value v0 of an Empty transaction: Kafka layout with a null partition list', () => {
    const md = { ...newTxnMetadata('tx', 42, 60_000, 1_000), producerEpoch: 3 };
    const value = encodeValue(toRecord(md)) as Buffer;
    const r = new Reader(value, 0);
    expect(r.int16()).toBe(0); // value version
    expect(r.int64()).toBe(42); // ProducerId
    expect(r.int16()).toBe(3); // ProducerEpoch
    expect(r.int32()).toBe(60_000); // TransactionTimeoutMs
    expect(r.int8()).toBe(TxnState.Empty); // TransactionStatus
    expect(r.int32()).toBe(-1); // TransactionPartitions: null for Empty
    expect(r.int64()).toBe(1_000); // TransactionLastUpdateTimestampMs
    expect(r.int64()).toBe(-1); // TransactionStartTimestampMs
    expect(r.offset).toBe(value.length);
  });

  test('an Ongoing transaction lists its partitions per topic and round-trips through a batch', () => {
    const md = prepareAddPartitions(
      { ...newTxnMetadata('tx', 42, 60_000, 1_000), producerEpoch: 0 },
      [
        { topic: 'a', partition: 1 },
        { topic: 'a', partition: 0 },
        { topic: 'b', partition: 2 },
      ],
      2_000,
      0,
    );
    const record = toRecord(md);
    expect(record.value?.transactionPartitions).toEqual([
      { topic: 'a', partitionIds: [0, 1] },
      { topic: 'b', partitionIds: [2] },
    ]);
    const tombstone: TxnRecord = { transactionalId: 'gone', value: null, valueVersion: 0 };
    const batch = txnRecordSerde.serialize([record, tombstone], 5_000);
    const back = txnRecordSerde.deserialize(batch);
    expect(back).toHaveLength(2);
    expect(back[1]).toEqual({ transactionalId: 'gone', value: null, valueVersion: -1 });
    const replayed = fromRecord(back[0] as TxnRecord & { value: NonNullable<TxnRecord['value']> });
    expect(replayed.state).toBe(TxnState.Ongoing);
    expect(replayed.txnStartTimestamp).toBe(2_000);
    expect([...replayed.partitions.get('a')!].sort()).toEqual([0, 1]);
  });

  test('value v1 (transaction version 2) carries the tagged producer ids and client version', () => {
    const md = {
      ...newTxnMetadata('tx', 42, 60_000, 1_000),
      producerEpoch: 5,
      previousProducerId: 41,
      nextProducerId: 43,
      clientTransactionVersion: 2,
    };
    const rec = toRecord(md);
    expect(rec.valueVersion).toBe(1);
    const decoded = decodeRecord(encodeKey(rec), encodeValue(rec));
    expect(decoded?.value).toMatchObject({
      producerId: 42,
      previousProducerId: 41,
      nextProducerId: 43,
      clientTransactionVersion: 2,
    });
  });

  test('records of other key versions are skipped', () => {
    expect(decodeRecord(Buffer.from([0, 5, 0, 0]), null)).toBeNull();
  });
});
