// A consumer-group scenario the child-process clients share: one member joins and gets
// every partition, a second joins (a rebalance splits the partitions), records are
// produced, and both consume until idle, committing as they go. Each member is a child
// process that touches a "ready" file once it holds an assignment.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

/** What a member process prints: the records it consumed as [partition, offset, value] and each assignment it got. */
export interface MemberRun {
  readonly records: ReadonlyArray<readonly [number, number, string]>;
  readonly assignments: ReadonlyArray<readonly number[]>;
}

async function waitForFile(path: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not appear within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
  const admin = new Kafka({ clientId: 'compat-group-check', brokers: [bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
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
