// Codec throughput, each figure next to a same-run baseline over the same bytes:
//  - Metadata request (v12, 3 topics) decode + encode, against walking the frame with readInt32BE;
//  - Produce request (v9, one topic, one partition, 16 KB records) decode, against a raw subarray walk.
import { resolve } from 'node:path';
import { MetadataApi, ProduceApi, Reader, Writer } from '../src';

interface Measurement {
  ops: number;
  bytes: number;
  seconds: number;
}
interface Harness {
  measureSync(step: () => number, seconds?: number): Measurement;
  perSecond(m: Measurement): number;
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { measureSync, perSecond, report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;

function metadataFrame(): Buffer {
  const w = new Writer();
  MetadataApi.encodeRequest(w, 12, {
    topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'orders' }, { name: 'payments' }, { name: 'audit-log' }],
    allowAutoTopicCreation: true,
    includeTopicAuthorizedOperations: false,
  });
  return w.toBuffer();
}

function produceFrame(): Buffer {
  const w = new Writer();
  ProduceApi.encodeRequest(w, 9, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30000,
    topicData: [{ name: 'orders', partitionData: [{ index: 0, records: Buffer.alloc(16 * 1024, 1) }] }],
  });
  return w.toBuffer();
}

/** Touches every 4-byte word of the frame: the floor for any decoder that looks at all the bytes. */
function readInt32Walk(frame: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 4 <= frame.length; i += 4) sum += frame.readInt32BE(i);
  return sum;
}

const metadata = metadataFrame();
let sink = 0;
const metadataCodec = measureSync(() => {
  const req = MetadataApi.decodeRequest(new Reader(metadata), 12);
  const w = new Writer();
  MetadataApi.encodeRequest(w, 12, req);
  return w.byteLength;
});
const metadataBaseline = measureSync(() => {
  sink += readInt32Walk(metadata);
  return metadata.length;
});
report({
  group: `metadata v12 request (${metadata.length} B)`,
  name: 'decode+encode',
  value: perSecond(metadataCodec),
  unit: 'ops/s',
  baseline: { name: 'readInt32BE walk', value: perSecond(metadataBaseline) },
});

const produce = produceFrame();
const produceCodec = measureSync(() => {
  const req = ProduceApi.decodeRequest(new Reader(produce), 9);
  return (req.topicData[0].partitionData[0].records as Buffer).length;
});
const produceBaseline = measureSync(() => {
  // the minimum a decoder must do: find the records by offset and take a view of them
  const records = produce.subarray(produce.length - 16 * 1024 - 2, produce.length - 2);
  sink += records[0];
  return records.length;
});
report({
  group: `produce v9 request, 16 KB records (${produce.length} B)`,
  name: 'decode',
  value: perSecond(produceCodec),
  unit: 'ops/s',
  baseline: { name: 'raw subarray', value: perSecond(produceBaseline) },
});
if (sink === 0.5) console.log(sink);
