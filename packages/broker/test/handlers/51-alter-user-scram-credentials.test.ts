import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlterUserScramCredentialsApi, DescribeUserScramCredentialsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';

const SHA256 = 1;
const SHA512 = 2;

function upsertion(
  name: string,
  mechanism: number,
  iterations = 4096,
  saltedPassword = Buffer.alloc(32, 9),
): {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
} {
  return { name, mechanism, iterations, salt: Buffer.from(`salt-of-${name}`), saltedPassword };
}

async function describe1(
  client: WireClient,
  user: string,
): Promise<{ errorCode: number; credentialInfos: { mechanism: number; iterations: number }[] }> {
  const res = await client.request(DescribeUserScramCredentialsApi, 0, { users: [{ name: user }] });
  return res.results[0]!;
}

describe('AlterUserScramCredentials', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeEach(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(async () => {
    client.destroy();
    await tb.dispose();
  });

  it('stores the salt, iterations and the keys derived from the salted password, and persists them', async () => {
    const salted = Buffer.from('0123456789abcdef0123456789abcdef');
    const res = await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [],
      upsertions: [upsertion('alice', SHA256, 5000, salted)],
    });
    expect(res.results).toEqual([{ user: 'alice', errorCode: 0, errorMessage: null }]);

    const doc = JSON.parse(readFileSync(join(tb.dataDir, '__cluster_metadata', 'scram-credentials.json'), 'utf8')) as {
      credentials: Record<string, unknown>[];
    };
    const clientKey = createHmac('sha256', salted).update('Client Key').digest();
    expect(doc.credentials).toEqual([
      {
        user: 'alice',
        mechanism: SHA256,
        iterations: 5000,
        salt: Buffer.from('salt-of-alice').toString('base64'),
        storedKey: createHash('sha256').update(clientKey).digest('base64'),
        serverKey: createHmac('sha256', salted).update('Server Key').digest('base64'),
      },
    ]);
    expect(JSON.stringify(doc)).not.toContain(salted.toString('base64'));

    // Survives a restart.
    client.destroy();
    const dir = tb.dataDir;
    await tb.stop();
    tb = await startTestBroker({}, dir);
    client = await WireClient.connect(tb.broker.port);
    expect(await describe1(client, 'alice')).toMatchObject({
      errorCode: 0,
      credentialInfos: [{ mechanism: SHA256, iterations: 5000 }],
    });
  });

  it('replaces a credential, deletes one mechanism, and answers RESOURCE_NOT_FOUND for a missing one', async () => {
    await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [],
      upsertions: [upsertion('bob', SHA256), upsertion('carol', SHA512)],
    });
    await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [],
      upsertions: [upsertion('bob', SHA256, 6000)],
    });
    expect((await describe1(client, 'bob')).credentialInfos).toEqual([{ mechanism: SHA256, iterations: 6000 }]);

    const res = await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [
        { name: 'bob', mechanism: SHA256 },
        { name: 'carol', mechanism: SHA256 },
      ],
      upsertions: [],
    });
    expect(res.results).toEqual([
      { user: 'bob', errorCode: 0, errorMessage: null },
      {
        user: 'carol',
        errorCode: ErrorCode.RESOURCE_NOT_FOUND,
        errorMessage: 'Attempt to delete a user credential that does not exist',
      },
    ]);
    expect((await describe1(client, 'bob')).errorCode).toBe(ErrorCode.RESOURCE_NOT_FOUND);
    expect((await describe1(client, 'carol')).credentialInfos).toEqual([{ mechanism: SHA512, iterations: 4096 }]);
  });

  it("validates each user with Kafka's errors and still applies the valid ones", async () => {
    const res = await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [
        { name: 'dup', mechanism: SHA256 },
        { name: 'twice', mechanism: SHA256 },
        { name: 'twice', mechanism: SHA512 },
      ],
      upsertions: [
        upsertion('', SHA256),
        upsertion('unknown-mech', 0),
        upsertion('weird-mech', 3),
        upsertion('few', SHA256, 4095),
        upsertion('many', SHA512, 16385),
        upsertion('dup', SHA256),
        upsertion('edge-low', SHA256, 4096),
        upsertion('edge-high', SHA512, 16384),
      ],
    });
    const byUser = Object.fromEntries(res.results.map((r) => [r.user, [r.errorCode, r.errorMessage]]));
    expect(res.results).toHaveLength(9);
    expect(byUser).toEqual({
      'edge-low': [0, null],
      'edge-high': [0, null],
      '': [ErrorCode.UNACCEPTABLE_CREDENTIAL, 'Username must not be empty'],
      'unknown-mech': [ErrorCode.UNSUPPORTED_SASL_MECHANISM, 'Unknown SCRAM mechanism'],
      'weird-mech': [ErrorCode.UNSUPPORTED_SASL_MECHANISM, 'Unknown SCRAM mechanism'],
      few: [ErrorCode.UNACCEPTABLE_CREDENTIAL, 'Too few iterations'],
      many: [ErrorCode.UNACCEPTABLE_CREDENTIAL, 'Too many iterations'],
      // 'dup' has no credential, so its deletion fails first (RESOURCE_NOT_FOUND) and the upsertion is skipped.
      dup: [ErrorCode.RESOURCE_NOT_FOUND, 'Attempt to delete a user credential that does not exist'],
      twice: [ErrorCode.RESOURCE_NOT_FOUND, 'Attempt to delete a user credential that does not exist'],
    });
    const all = await client.request(DescribeUserScramCredentialsApi, 0, { users: null });
    expect(all.results.map((r) => r.user).sort()).toEqual(['edge-high', 'edge-low']);
  });

  it('answers DUPLICATE_RESOURCE for a user altered twice in one request and changes nothing for it', async () => {
    await client.request(AlterUserScramCredentialsApi, 0, { deletions: [], upsertions: [upsertion('erin', SHA256)] });
    const res = await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [{ name: 'erin', mechanism: SHA256 }],
      upsertions: [
        upsertion('erin', SHA512),
        upsertion('frank', SHA256),
        upsertion('frank', SHA512),
        upsertion('gina', SHA256),
      ],
    });
    const message = 'A user credential cannot be altered twice in the same request';
    expect(res.results).toEqual([
      { user: 'gina', errorCode: 0, errorMessage: null },
      { user: 'erin', errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: message },
      { user: 'frank', errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: message },
    ]);
    expect((await describe1(client, 'erin')).credentialInfos).toEqual([{ mechanism: SHA256, iterations: 4096 }]);
    expect((await describe1(client, 'frank')).errorCode).toBe(ErrorCode.RESOURCE_NOT_FOUND);
  });

  it('refuses to start on a corrupt credential document', async () => {
    const dir = tempDataDir();
    const first = await startTestBroker({}, dir);
    await first.stop();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, '__cluster_metadata', 'scram-credentials.json'),
      '{"version":1,"credentials":[{"user":5}]}',
    );
    await expect(startTestBroker({}, dir)).rejects.toThrow(/scram-credentials\.json: bad credential entry/);
  });
});
