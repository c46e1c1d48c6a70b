// `samsa acl` against a broker with an authorizer: a super user creates, lists and deletes ACLs, and what they allow
// shows in what another user sees; a user without ALTER on the cluster is refused.
import { startCluster, type StartedCluster } from '@samsa/broker';
import { rows, samsa } from './helpers/run-cli';

jest.setTimeout(60000);

const USERS = { alice: 'alice-secret', bob: 'bob-secret' };

describe('samsa acl with authorizer.class.name', () => {
  let cluster: StartedCluster;
  let b: string[];
  const as = (user: 'alice' | 'bob') => ['--sasl-mechanism', 'PLAIN', '--user', user, '--password', USERS[user]];
  beforeAll(async () => {
    cluster = await startCluster({
      users: USERS,
      listeners: ['SASL_PLAINTEXT'],
      config: {
        'authorizer.class.name': 'samsa',
        'super.users': 'User:alice',
        'connection.failed.authentication.delay.ms': 10,
      },
    });
    b = ['--brokers', cluster.listeners.SASL_PLAINTEXT ?? ''];
  });
  afterAll(() => cluster.stop());

  test('create, list and delete; the ACL decides what the other user sees', async () => {
    for (const topic of ['orders', 'payroll']) {
      const created = await samsa(['topic', 'create', topic, '-p', '1', '-r', '1', ...b, ...as('alice')]);
      expect([created.code, created.stderr]).toEqual([0, '']);
    }
    const bobTopics = async () => rows((await samsa(['topic', 'list', ...b, ...as('bob')])).stdout).map((r) => r[0]);
    expect(await bobTopics()).not.toContain('orders');

    const create = await samsa([
      'acl',
      'create',
      '--principal',
      'User:bob',
      '--operation',
      'read',
      '--resource-type',
      'topic',
      '--resource-name',
      'ord',
      '--pattern',
      'prefixed',
      ...b,
      ...as('alice'),
    ]);
    expect([create.code, create.stderr]).toEqual([0, '']);
    const listed = await samsa(['acl', 'list', '--format', 'json', ...b, ...as('alice')]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      {
        principal: 'User:bob',
        host: '*',
        resourceType: 'topic',
        resourceName: 'ord',
        patternType: 'prefixed',
        operation: 'read',
        permission: 'allow',
      },
    ]);
    const seen = await bobTopics();
    expect(seen).toContain('orders');
    expect(seen).not.toContain('payroll');

    const refused = await samsa(['acl', 'list', ...b, ...as('bob')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/CLUSTER_AUTHORIZATION_FAILED/);

    const deleted = await samsa(['acl', 'delete', '--principal', 'User:bob', '--format', 'json', ...b, ...as('alice')]);
    expect(deleted.code).toBe(0);
    expect((JSON.parse(deleted.stdout) as { resourceName: string }[]).map((a) => a.resourceName)).toEqual(['ord']);
    expect(await bobTopics()).not.toContain('orders');
  });
});
