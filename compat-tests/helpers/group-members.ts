// A consumer-group scenario the child-process clients share: one member joins and gets
// every partition, a second joins (a rebalance splits the partitions), records are
// produced, and both consume until idle, committing as they go. Each member is a child
// process that touches a "ready" file once it holds an assignment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { connectAdmin } from './kafkajs-admin';
import { waitForFile } from './wait';

/** What a member process prints: the records it consumed as [partition, offset, value] and each assignment it got. */
export interface MemberRun {
  readonly records: ReadonlyArray<readonly [number, number, string]>;
  readonly assignments: ReadonlyArray<readonly number[]>;
}

export async function produceValues(
  bootstrap: string,
  topic: string,
  values: readonly string[],
  partitions: number,
): Promise<void> {
  const kafka = new Kafka({ clientId: 'compat-group-producer', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: values.map((value, i) => ({ value, partition: i % partitions })) });
  await producer.disconnect();
}

/** The group's committed offsets, per partition, read through kafkajs's admin. */
export async function committedOffsets(bootstrap: string, group: string, topic: string): Promise<number[]> {
  const admin = await connectAdmin('compat-group-check', [bootstrap]);
  try {
    const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    return (offsets?.partitions ?? []).sort((a, b) => a.partition - b.partition).map((p) => Number(p.offset));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Starts `member` twice (the second once the first holds an assignment), then produces `values` round-robin over
 * `partitions` partitions and waits for both members to go idle and exit.
 */
export async function twoMembersShare(
  member: (readyFile: string) => Promise<MemberRun>,
  produce: () => Promise<void>,
): Promise<[MemberRun, MemberRun]> {
  const signals = mkdtempSync(join(tmpdir(), 'samsa-compat-group-'));
  try {
    const first = member(join(signals, 'first'));
    first.catch(() => undefined);
    await waitForFile(join(signals, 'first'));
    const second = member(join(signals, 'second'));
    second.catch(() => undefined);
    await waitForFile(join(signals, 'second'));
    // Let the first member finish its part of the rebalance before records arrive.
    await new Promise((r) => setTimeout(r, 1500));
    await produce();
    return await Promise.all([first, second]);
  } finally {
    rmSync(signals, { recursive: true, force: true });
  }
}

/** A member's options as the Go programs and the C program take them. */
export interface MemberOptions {
  /** Touched once the member holds an assignment. */
  readonly ready_file?: string;
  /** The member leaves once it has had no record for this long. */
  readonly idle_ms: number;
}

/**
 * The groups test of the child-process suites, on a four-partition `topic`: two members of `group` split the
 * partitions in a rebalance and consume 100 records once, committing them (25 per partition); a member started
 * again reads only the four records produced since. `member` runs one member with a hard timeout; the two members'
 * runs are answered for checks of the client's own.
 */
export async function twoMembersSplitThenResume(
  bootstrap: string,
  group: string,
  topic: string,
  member: (options: MemberOptions, timeoutMs: number) => Promise<MemberRun>,
): Promise<[MemberRun, MemberRun]> {
  const [a, b] = await twoMembersShare(
    (readyFile) => member({ ready_file: readyFile, idle_ms: 4000 }, 90_000),
    () =>
      produceValues(
        bootstrap,
        topic,
        Array.from({ length: 100 }, (_, i) => `g${i}`),
        4,
      ),
  );
  const all = [...a.records, ...b.records].map(([p, o]) => `${p}:${o}`);
  expect(all).toHaveLength(100);
  expect(new Set(all).size).toBe(100);
  expect(a.records.length).toBeGreaterThan(0);
  expect(b.records.length).toBeGreaterThan(0);
  expect(a.assignments[0]).toEqual([0, 1, 2, 3]);
  expect(await committedOffsets(bootstrap, group, topic)).toEqual([25, 25, 25, 25]);

  // A member that starts again resumes from the commits.
  await produceValues(bootstrap, topic, ['r0', 'r1', 'r2', 'r3'], 4);
  const again = await member({ idle_ms: 2000 }, 60_000);
  expect(again.records.map(([, , v]) => v).sort()).toEqual(['r0', 'r1', 'r2', 'r3']);
  return [a, b];
}
