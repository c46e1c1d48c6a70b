// Messages checked byte by byte against encodings worked out by hand from the specs.
import {
  ApiVersionsApi,
  decodeRequestHeader,
  encodeRequestHeader,
  MetadataApi,
  ProduceApi,
  Reader,
  Writer,
} from '../src';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

test('MetadataRequest v0 with one topic', () => {
  const w = new Writer();
  MetadataApi.encodeRequest(w, 0, { topics: [{ name: 'foo' }] });
  // int32 array length 1, int16 string length 3, "foo"
  expect(w.toBuffer()).toEqual(hex('00000001 0003 666f6f'));
  expect(MetadataApi.decodeRequest(new Reader(hex('00000001 0003 666f6f')), 0)).toEqual({
    topics: [{ name: 'foo', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  });
});

test('MetadataRequest v1 null topics means all topics', () => {
  const w = new Writer();
  MetadataApi.encodeRequest(w, 1, { topics: null });
  expect(w.toBuffer()).toEqual(hex('ffffffff'));
});

test('ApiVersionsRequest v3 as a whole frame body (header v2)', () => {
  const w = new Writer();
  encodeRequestHeader(w, { apiKey: 18, apiVersion: 3, correlationId: 1, clientId: 'c' }, 2);
  ApiVersionsApi.encodeRequest(w, 3, { clientSoftwareName: 'kcat', clientSoftwareVersion: '1.7' });
  const expected = hex(
    '0012 0003 00000001' + // key 18, version 3, correlation id 1
      '0001 63' + // client id "c": classic int16 string even in header v2
      '00' + // header tags
      '05 6b636174' + // compact string "kcat"
      '04 312e37' + // compact string "1.7"
      '00', // body tags
  );
  expect(w.toBuffer()).toEqual(expected);
  const r = new Reader(expected);
  expect(decodeRequestHeader(r)).toEqual({
    apiKey: 18,
    apiVersion: 3,
    correlationId: 1,
    clientId: 'c',
    headerVersion: 2,
  });
  expect(ApiVersionsApi.decodeRequest(r, 3)).toEqual({ clientSoftwareName: 'kcat', clientSoftwareVersion: '1.7' });
});

test('ProduceRequest v3 keeps the records as a view of the frame', () => {
  const records = Buffer.alloc(2048, 7);
  const w = new Writer();
  ProduceApi.encodeRequest(w, 3, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30000,
    topicData: [{ name: 't', partitionData: [{ index: 0, records }] }],
  });
  const pieces = w.toBuffers();
  // the 2 KiB record set is referenced, not copied
  expect(pieces).toContain(records);
  const frame = w.toBuffer();
  // null txn id, acks -1, timeout 30000, 1 topic "t", 1 partition (index 0), records length 2048
  expect(frame.subarray(0, 27)).toEqual(hex('ffff ffff 00007530 00000001 0001 74 00000001 00000000 00000800'));
  const decoded = ProduceApi.decodeRequest(new Reader(frame), 3);
  const got = decoded.topicData[0].partitionData[0].records as Buffer;
  expect(got).toEqual(records);
  expect(got.buffer).toBe(frame.buffer);
});
