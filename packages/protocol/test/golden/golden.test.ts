// Golden bytes: request frames captured from real clients (kafkajs, kcat on
// librdkafka 2.0.2, confluent-kafka-python, kafka-python) decode to exactly the
// fields the client sent, leave nothing unread, and re-encode byte for byte.
//
// Fixtures live in ./fixtures: <client>-<api>-v<N>.bin is one whole frame (int32
// size prefix included); index.json names client, client version, api key,
// version, upstream and a decoded summary. Recapture with
//   npx tsx scripts/capture-golden.ts
// (its header comment has the full recipe, including the librdkafka mock run that
// yields librdkafka's ApiVersions v0 fallback frames). A new fixture needs an entry
// in EXPECTED below: the test fails until its fields are pinned.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Reader, Writer, apiCodecs, decodeRequestHeader, encodeRequestHeader } from '../../src';

const FIXTURES = join(__dirname, 'fixtures');

interface IndexEntry {
  readonly file: string;
  readonly client: string;
  readonly clientVersion: string;
  readonly apiKey: number;
  readonly api: string;
  readonly version: number;
  readonly contains: string;
  readonly upstream: string;
}

interface Expected {
  readonly clientId: string;
  readonly headerVersion: 1 | 2;
  readonly body: Record<string, unknown>;
}

const CLIENT_IDS: Readonly<Record<string, string>> = {
  kafkajs: 'golden-kafkajs',
  kcat: 'golden-kcat',
  'confluent-kafka-python': 'golden-confluent',
  'kafka-python': 'golden-kafka-python',
};

const NO_SOFTWARE = { clientSoftwareName: '', clientSoftwareVersion: '' };
const NO_AUTHORIZED_OPERATIONS = { includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** Every field each captured request carries, as the client sent it. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  // ApiVersions v0-v2 bodies are empty; v3 (flexible, header v2) names the client software (KIP-511).
  'kafkajs-api-versions-v2.bin': { clientId: 'golden-kafkajs', headerVersion: 1, body: NO_SOFTWARE },
  'kafka-python-api-versions-v0.bin': { clientId: 'golden-kafka-python', headerVersion: 1, body: NO_SOFTWARE },
  'kcat-api-versions-v0.bin': { clientId: 'golden-kcat', headerVersion: 1, body: NO_SOFTWARE },
  'confluent-kafka-python-api-versions-v0.bin': { clientId: 'golden-confluent', headerVersion: 1, body: NO_SOFTWARE },
  'kcat-api-versions-v3.bin': {
    clientId: 'golden-kcat',
    headerVersion: 2,
    body: { clientSoftwareName: 'librdkafka', clientSoftwareVersion: '2.0.2' },
  },
  'confluent-kafka-python-api-versions-v3.bin': {
    clientId: 'golden-confluent',
    headerVersion: 2,
    body: { clientSoftwareName: 'confluent-kafka-python', clientSoftwareVersion: '1.7.0-rdkafka-2.0.2' },
  },

  // Metadata: v0 uses an empty list for "all topics", v1+ uses null; AllowAutoTopicCreation exists from v4
  // (kafkajs's admin and librdkafka's broker-only queries send false).
  'kafkajs-metadata-v2.bin': { clientId: 'golden-kafkajs', headerVersion: 1, body: { topics: null, allowAutoTopicCreation: true } },
  'kafkajs-metadata-v6.bin': {
    clientId: 'golden-kafkajs',
    headerVersion: 1,
    body: { topics: null, allowAutoTopicCreation: false, ...NO_AUTHORIZED_OPERATIONS },
  },
  'kcat-metadata-v2.bin': {
    clientId: 'golden-kcat',
    headerVersion: 1,
    body: { topics: [{ name: 'golden-kafkajs', topicId: ZERO_UUID }], allowAutoTopicCreation: true },
  },
  'kcat-metadata-v4.bin': {
    clientId: 'golden-kcat',
    headerVersion: 1,
    body: { topics: [{ name: 'golden-kafkajs', topicId: ZERO_UUID }], allowAutoTopicCreation: true, ...NO_AUTHORIZED_OPERATIONS },
  },
  'confluent-kafka-python-metadata-v2.bin': { clientId: 'golden-confluent', headerVersion: 1, body: { topics: [] } },
  'confluent-kafka-python-metadata-v4.bin': {
    clientId: 'golden-confluent',
    headerVersion: 1,
    body: { topics: [], allowAutoTopicCreation: false, ...NO_AUTHORIZED_OPERATIONS },
  },
  'kafka-python-metadata-v0.bin': { clientId: 'golden-kafka-python', headerVersion: 1, body: { topics: [] } },
  'kafka-python-metadata-v1.bin': { clientId: 'golden-kafka-python', headerVersion: 1, body: { topics: null } },
  'kafka-python-metadata-v2.bin': { clientId: 'golden-kafka-python', headerVersion: 1, body: { topics: null } },
  'kafka-python-metadata-v5.bin': {
    clientId: 'golden-kafka-python',
    headerVersion: 1,
    body: { topics: null, allowAutoTopicCreation: false, ...NO_AUTHORIZED_OPERATIONS },
  },

  // CreateTopics / DeleteTopics, as each admin client builds them.
  'kafkajs-create-topics-v3.bin': {
    clientId: 'golden-kafkajs',
    headerVersion: 1,
    body: {
      topics: [{ name: 'golden-kafkajs', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    },
  },
  'confluent-kafka-python-create-topics-v4.bin': {
    clientId: 'golden-confluent',
    headerVersion: 1,
    body: {
      topics: [
        {
          name: 'golden-confluent',
          numPartitions: 2,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'cleanup.policy', value: 'compact' }],
        },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    },
  },
  'kafka-python-create-topics-v3.bin': {
    clientId: 'golden-kafka-python',
    headerVersion: 1,
    body: {
      topics: [{ name: 'golden-kafka-python', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 10000,
      validateOnly: false,
    },
  },
  'kafkajs-delete-topics-v1.bin': {
    clientId: 'golden-kafkajs',
    headerVersion: 1,
    body: { topicNames: ['golden-kafkajs'], timeoutMs: 5000 },
  },
};

const index = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as IndexEntry[];

describe('golden request fixtures', () => {
  test('index.json lists exactly the .bin files, each with a pinned expectation', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.bin')).sort();
    expect(index.map((e) => e.file).sort()).toEqual(files);
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  test('the captures cover ApiVersions v0, v2 and v3, Metadata and CreateTopics from every client family', () => {
    const have = new Set(index.map((e) => `${e.apiKey}:${e.version}`));
    for (const needed of ['18:0', '18:2', '18:3']) expect(have).toContain(needed);
    for (const client of Object.keys(CLIENT_IDS)) {
      expect(index.some((e) => e.client === client && e.apiKey === 3)).toBe(true);
    }
    for (const client of ['kafkajs', 'confluent-kafka-python', 'kafka-python']) {
      expect(index.some((e) => e.client === client && e.apiKey === 19)).toBe(true);
    }
  });

  describe.each(index.map((entry) => [entry.file, entry] as const))('%s', (file, entry) => {
    const frame = readFileSync(join(FIXTURES, file));
    const expected = EXPECTED[file];

    test('the size prefix covers exactly the rest of the frame', () => {
      expect(frame.readInt32BE(0)).toBe(frame.length - 4);
    });

    test('the header decodes to the indexed api key and version and the client id', () => {
      const header = decodeRequestHeader(new Reader(frame, 4));
      expect(header).toMatchObject({
        apiKey: entry.apiKey,
        apiVersion: entry.version,
        clientId: CLIENT_IDS[entry.client],
        headerVersion: expected?.headerVersion,
      });
      expect(header.clientId).toBe(expected?.clientId);
      expect(header.correlationId).toBeGreaterThanOrEqual(0);
    });

    test('the body decodes to the fields the client sent, consuming the whole frame', () => {
      const reader = new Reader(frame, 4);
      const header = decodeRequestHeader(reader);
      const codec = apiCodecs.get(header.apiKey);
      expect(codec?.name).toBeDefined();
      const body = codec?.decodeRequest(reader, header.apiVersion);
      expect(body).toMatchObject(expected?.body ?? { missing: 'expectation' });
      expect(reader.remaining).toBe(0);
    });

    test('header and body re-encode to identical bytes', () => {
      const reader = new Reader(frame, 4);
      const header = decodeRequestHeader(reader);
      const codec = apiCodecs.get(header.apiKey);
      if (codec === undefined || header.headerVersion === null) throw new Error(`no codec for api key ${header.apiKey}`);
      const body = codec.decodeRequest(reader, header.apiVersion);
      const writer = new Writer();
      encodeRequestHeader(writer, header, header.headerVersion);
      codec.encodeRequest(writer, header.apiVersion, body);
      expect(writer.toBuffer().toString('hex')).toBe(frame.subarray(4).toString('hex'));
    });
  });
});
