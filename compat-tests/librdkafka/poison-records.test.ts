// Poison pills and kcat (librdkafka 2.0.2): batches whose CRC holds but whose records are malformed, for every
// codec, produced between sound ones. samsa refuses each with INVALID_RECORD, and `kcat -C` then reads every record
// produced before and after them. Stored, such a batch stops librdkafka's consumer at it for good.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { produceRawRequest } from '../helpers/kafkajs-wire';
import { kcatConsume } from '../helpers/kcat';
import { CODECS, MALFORMATIONS, rawBatch, soundBatch, type CodecName } from '../helpers/raw-batches';

jest.setTimeout(60_000);

const INVALID_RECORD = 87;

describeWithClient('kcat', 'kcat reads around malformed records samsa refused', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = await connectAdmin('compat-poison', [broker.bootstrap]);
    await admin.createTopics({
      topics: Object.keys(CODECS).map((codec) => ({ topic: `poison-${codec}`, numPartitions: 1 })),
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(Object.keys(CODECS) as CodecName[])(
    'records: %s batches with malformed records are refused whole',
    async (codec) => {
      const topic = `poison-${codec}`;
      const sent: string[] = [];
      const produce = async (records: Buffer): Promise<number> => {
        const res = await produceRawRequest(broker.bootstrap, topic, [{ partition: 0, records }]);
        return res.topics[0]!.partitions[0]!.errorCode;
      };
      const good = async (value: string): Promise<void> => {
        expect(await produce(await soundBatch(value, codec))).toBe(0);
        sent.push(value);
      };

      await good('before everything');
      for (const [name, records] of MALFORMATIONS) {
        expect({ name, code: await produce(await rawBatch(records, 2, codec)) }).toEqual({
          name,
          code: INVALID_RECORD,
        });
        await good(`after ${name}`);
      }

      const read = await kcatConsume(broker.bootstrap, topic, 0, 'beginning');
      expect(sent).toHaveLength(1 + MALFORMATIONS.length);
      expect(read.map((r) => [r.offset, r.value?.toString()])).toEqual(sent.map((v, i) => [i, v]));
    },
  );
});
