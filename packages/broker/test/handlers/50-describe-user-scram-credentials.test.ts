import { AlterUserScramCredentialsApi, DescribeUserScramCredentialsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const SHA256 = 1;
const SHA512 = 2;

function upsertion(
  name: string,
  mechanism: number,
  iterations = 4096,
): { name: string; mechanism: number; iterations: number; salt: Buffer; saltedPassword: Buffer } {
  return {
    name,
    mechanism,
    iterations,
    salt: Buffer.from(`salt-${name}`),
    saltedPassword: Buffer.alloc(mechanism === SHA512 ? 64 : 32, 7),
  };
}

describe('DescribeUserScramCredentials', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    const res = await client.request(AlterUserScramCredentialsApi, 0, {
      deletions: [],
      upsertions: [upsertion('alice', SHA256, 8192), upsertion('bob', SHA512), upsertion('carol', SHA256)],
    });
    expect(res.results.map((r) => r.errorCode)).toEqual([0, 0, 0]);
    // A second mechanism for alice in another request.
    expect(
      (
        await client.request(AlterUserScramCredentialsApi, 0, {
          deletions: [],
          upsertions: [upsertion('alice', SHA512, 10000)],
        })
      ).results[0]!.errorCode,
    ).toBe(0);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  it('describes named users with their mechanisms and iterations, never salts or keys', async () => {
    const res = await client.request(DescribeUserScramCredentialsApi, 0, {
      users: [{ name: 'alice' }, { name: 'bob' }],
    });
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.results).toEqual([
      {
        user: 'alice',
        errorCode: 0,
        errorMessage: null,
        credentialInfos: [
          { mechanism: SHA256, iterations: 8192 },
          { mechanism: SHA512, iterations: 10000 },
        ],
      },
      { user: 'bob', errorCode: 0, errorMessage: null, credentialInfos: [{ mechanism: SHA512, iterations: 4096 }] },
    ]);
  });

  it.each([null, []])('describes every user when users is %j', async (users) => {
    const res = await client.request(DescribeUserScramCredentialsApi, 0, { users });
    expect(res.results.map((r) => r.user).sort()).toEqual(['alice', 'bob', 'carol']);
    expect(res.results.every((r) => r.errorCode === 0)).toBe(true);
  });

  it('answers RESOURCE_NOT_FOUND for a user without credentials and DUPLICATE_RESOURCE for a user named twice', async () => {
    const res = await client.request(DescribeUserScramCredentialsApi, 0, {
      users: [{ name: 'nobody' }, { name: 'carol' }, { name: 'carol' }],
    });
    expect(res.errorCode).toBe(0);
    expect(res.results).toEqual([
      {
        user: 'nobody',
        errorCode: ErrorCode.RESOURCE_NOT_FOUND,
        errorMessage: 'Attempt to describe a user credential that does not exist: nobody',
        credentialInfos: [],
      },
      {
        user: 'carol',
        errorCode: ErrorCode.DUPLICATE_RESOURCE,
        errorMessage: 'Cannot describe SCRAM credentials for the same user twice in a single request: carol',
        credentialInfos: [],
      },
    ]);
  });
});
