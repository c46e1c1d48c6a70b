/// <reference lib="dom" />
// The web console in Chromium (Debian's, through playwright-core; $SAMSA_CHROMIUM to point elsewhere), against a
// 3-broker samsa cluster in this process, each figure next to a baseline:
//  - the page's weight: index.html, app.js and app.css gzipped (as the server sends them), against the 250 KB budget;
//  - page load: from navigation in a fresh browser context (empty cache) to the overview showing every broker up,
//    against loading /healthz from the same endpoint in a fresh context;
//  - live tail: from a kafkajs producer's send to the record's row in the page's live tail, against a kafkajs
//    consumer's delivery of the same record.
// Medians over the rounds. `npm run bench console`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCluster } from '@samsa/broker';
import { Kafka, logLevel } from 'kafkajs';
import { type Browser, chromium } from 'playwright-core';
import { buildWeb, MAX_GZIPPED_BYTES } from '../scripts/build-web';
import { attachConsole } from '../src/index';

interface Harness {
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;

const ROUNDS = Number(process.env['SAMSA_BENCH_ROUNDS'] ?? (process.env['SAMSA_BENCH_QUICK'] === '1' ? 5 : 15));
const CHROMIUM = process.env['SAMSA_CHROMIUM'] ?? '/usr/bin/chromium';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timeLoads(browser: Browser, url: string, ready: string | null): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const t0 = performance.now();
    const answer = await page.goto(url);
    if (answer?.status() !== 200) throw new Error(`${url}: ${answer?.status()}`);
    if (ready !== null) await page.getByText(ready).waitFor();
    times.push(performance.now() - t0);
    await context.close();
  }
  return median(times);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  const dir = mkdtempSync(join(tmpdir(), 'samsa-console-bench-'));
  const cluster = await startCluster({ brokers: 3, admin: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const kafka = new Kafka({
    brokers: cluster.bootstrapServers.split(','),
    clientId: 'console-bench',
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: 'console-bench', maxWaitTimeInMs: 500 });
  try {
    const built = await buildWeb(join(dir, 'web'));
    report({
      group: 'console page weight',
      name: 'index.html + app.js + app.css, gzipped',
      value: built.gzipped / 1024,
      unit: 'KB',
      baseline: { name: 'budget', value: MAX_GZIPPED_BYTES / 1024 },
    });

    const url = attachConsole(cluster.broker, { assetsDir: built.dir });
    const bare = await timeLoads(browser, `${url}healthz`, null);
    const overview = await timeLoads(browser, `${url}#/overview`, '3 of 3 up');
    const loadBaseline = { name: 'GET /healthz in a fresh context', value: bare };
    report({ group: 'console page load (empty cache)', name: loadBaseline.name, value: bare, unit: 'ms' });
    report({
      group: 'console page load (empty cache)',
      name: 'overview with every broker shown',
      value: overview,
      unit: 'ms',
      baseline: loadBaseline,
    });

    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'tailed', numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    await producer.connect();
    const delivered = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({ topic: 'tailed' });
    await consumer.run({
      eachMessage: async ({ message }) => {
        delivered.set(String(message.key), Date.now());
      },
    });
    const page = await browser.newPage();
    await page.goto(`${url}#/messages/tailed`);
    await page.getByRole('button', { name: 'Live tail' }).click();
    await page.getByRole('status').filter({ hasText: 'waiting for new records' }).waitFor();
    // The page notes when each key's row first appears (the Key column is the fourth), on its own clock, which is
    // this machine's.
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { seen: Record<string, number> }).seen = seen;
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('table.records tbody tr')) {
          const key = row.children[3]?.textContent;
          if (key && !(key in seen)) seen[key] = Date.now();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // The consumer's first delivery waits for its group to form: one record it gets before the rounds start.
    await producer.send({ topic: 'tailed', messages: [{ key: 'warm-up', value: 'x' }] });
    while (!delivered.has('warm-up')) await new Promise((r) => setTimeout(r, 20));
    const tailed: number[] = [];
    const consumed: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const key = `round-${i}`;
      const t0 = Date.now();
      await producer.send({ topic: 'tailed', messages: [{ key, value: JSON.stringify({ round: i }) }] });
      await page.waitForFunction((k) => k in (window as unknown as { seen: Record<string, number> }).seen, key);
      while (!delivered.has(key)) await new Promise((r) => setTimeout(r, 5));
      const seenAt = await page.evaluate((k) => (window as unknown as { seen: Record<string, number> }).seen[k], key);
      tailed.push((seenAt as number) - t0);
      consumed.push((delivered.get(key) as number) - t0);
      await new Promise((r) => setTimeout(r, 200));
    }
    const consumerBaseline = { name: 'kafkajs consumer delivery', value: median(consumed) };
    report({ group: 'console live tail latency', name: consumerBaseline.name, value: median(consumed), unit: 'ms' });
    report({
      group: 'console live tail latency',
      name: 'produce to row in the page',
      value: median(tailed),
      unit: 'ms',
      baseline: consumerBaseline,
    });
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await browser.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
