// `samsa group describe` and `seek` on a KIP-848 consumer group, which DescribeGroups reports as Dead: the command
// describes it with ConsumerGroupDescribe, shows its member and lag, and refuses a reset while the member is there.
import { startCluster, type StartedCluster } from '@samsa/broker';
import { Kip848Member } from './helpers/kip848-member';
import { samsa } from './helpers/run-cli';

jest.setTimeout(60000);

let cluster: StartedCluster;
let b: string[];

beforeAll(async () => {
  cluster = await startCluster({ brokers: 3 });
  b = ['--brokers', cluster.bootstrapServers];
});
afterAll(() => cluster.stop());

interface Described {
  state: string;
  protocolType: string;
  protocol: string;
  members: { memberId: string; assignment: { topic: string; partition: number }[] }[];
  partitions: { partition: number; currentOffset: number | null; logEndOffset: number | null; lag: number | null }[];
  totalLag: number;
}

test('describe shows the member, its partitions and the lag; seek is refused until the member leaves', async () => {
  expect((await samsa(['topic', 'create', 'k848', '-p', '2', '-r', '3', ...b])).code).toBe(0);
  expect((await samsa(['produce', 'k848', '-p', '0', ...b], { stdin: 'a\nb\nc\n' })).code).toBe(0);
  expect((await samsa(['produce', 'k848', '-p', '1', ...b], { stdin: 'd\ne\nf\ng\n' })).code).toBe(0);
  const member = await Kip848Member.join(cluster.bootstrapServers, 'g848', ['k848'], 'cli-test');
  let left = false;
  try {
    await member.commit([
      { topic: 'k848', partition: 0, offset: 1 },
      { topic: 'k848', partition: 1, offset: 4 },
    ]);
    const r = await samsa(['group', 'describe', 'g848', '--format', 'json', ...b]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as Described | Described[];
    const d = Array.isArray(parsed) ? (parsed[0] as Described) : parsed;
    expect(d.state).toBe('Stable');
    expect(d.protocolType).toBe('consumer');
    expect(d.protocol).toBe('uniform');
    expect(d.members.map((m) => m.memberId)).toEqual([member.memberId]);
    expect(d.members[0]?.assignment.map((a) => a.partition).sort()).toEqual([0, 1]);
    expect(d.partitions.map((p) => [p.partition, p.currentOffset, p.logEndOffset, p.lag])).toEqual([
      [0, 1, 3, 2],
      [1, 4, 4, 0],
    ]);
    expect(d.totalLag).toBe(2);

    const refused = await samsa(['group', 'seek', 'g848', '--to', 'start', '--topics', 'k848', ...b]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has 1 member(s) (state Stable)');

    await member.leave();
    left = true;
    const reset = await samsa(['group', 'seek', 'g848', '--to', 'end', '--topics', 'k848', ...b]);
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    const after = JSON.parse((await samsa(['group', 'describe', 'g848', '--format', 'json', ...b])).stdout) as
      | Described
      | Described[];
    expect((Array.isArray(after) ? after[0] : after)?.totalLag).toBe(0);
  } finally {
    if (!left) await member.leave();
  }
});
