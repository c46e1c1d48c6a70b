/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// samsa's own views in Chromium, against a 3-broker cluster: an error injected from the fault panel is the error a
// kafkajs producer gets, and the rule's hit count rises on the page; stopping a broker from the page moves its
// partitions' leaders (kafkajs sees the new ones); the request log shows kafkajs's requests live, filtered by client
// id, with the fault that answered one.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { startConsoleCluster, type ConsoleCluster } from '../helpers/console-cluster';
import { send } from '../helpers/http';

jest.setTimeout(120000);

describe('fault panel, brokers and request log in a browser', () => {
  let c: ConsoleCluster;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    c = await startConsoleCluster({ brokers: 3, config: { 'default.replication.factor': 3 } });
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'guarded', numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await c?.stop();
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await send(c.url, 'DELETE', '/v1/faults', { headers: { 'content-type': 'application/json' } });
  });

  async function go(view: string): Promise<void> {
    await page.goto(`${c.url}#/${view}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }

  it('injects an error that a kafkajs producer gets, and counts the hit', async () => {
    await go('faults');
    await page.getByLabel('Kind').selectOption('errors');
    await page.getByLabel('API', { exact: true }).selectOption('Produce');
    await page.getByLabel('Error', { exact: true }).selectOption('TOPIC_AUTHORIZATION_FAILED');
    await page.getByLabel('Count').fill('2');
    await page.getByLabel('Topic').fill('guarded');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Added error-\d+\.$/ })
      .waitFor();
    const rule = page.locator('tr[data-rule^="error-"]');
    await rule.waitFor();
    expect(await rule.locator('td.hits').textContent()).toBe('0');
    expect(await rule.textContent()).toContain('Produce · guarded');

    const producer = c.kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
    const failure = await producer.send({ topic: 'guarded', messages: [{ value: 'refused' }] }).then(
      () => null,
      (e: { type?: string }) => e,
    );
    await producer.disconnect();
    expect(failure?.type).toBe('TOPIC_AUTHORIZATION_FAILED');
    await page.waitForFunction(() => document.querySelector('tr[data-rule^="error-"] td.hits')?.textContent === '1');
    expect(await rule.locator('td:nth-child(6)').textContent()).toBe('1');
    await screenshot(page, 'faults');

    await page.getByRole('button', { name: /^Remove error-/ }).click();
    await page.getByText('No fault rules.').waitFor();
  });

  it('stops a broker from the page, and its partitions get other leaders', async () => {
    const admin = c.kafka.admin();
    await admin.connect();
    const before = (await admin.fetchTopicMetadata({ topics: ['guarded'] })).topics[0]!.partitions;
    const victim = before.find((p) => p.partitionId === 0)!.leader;
    const led = before.filter((p) => p.leader === victim).map((p) => p.partitionId);
    expect(led.length).toBeGreaterThan(0);

    await go('brokers');
    const leaders = (): Promise<string[]> => page.locator('tr[data-partition^="guarded/"] td.leader').allTextContents();
    await page.locator('tr[data-partition="guarded/2"]').waitFor();
    expect(await leaders()).toContain(String(victim));
    await page.getByRole('button', { name: `Stop broker ${victim}` }).click();
    await page.locator(`tr[data-broker="${victim}"] .badge-stopped`).waitFor();
    await page.waitForFunction(
      (v) =>
        [...document.querySelectorAll('tr[data-partition^="guarded/"] td.leader')].every(
          (td) => td.textContent !== String(v),
        ),
      victim,
    );
    expect((await leaders()).filter((l) => l !== String(victim) && l !== 'none')).toHaveLength(3);
    await screenshot(page, 'brokers');

    const after = (await admin.fetchTopicMetadata({ topics: ['guarded'] })).topics[0]!.partitions;
    await admin.disconnect();
    for (const p of after.filter((x) => led.includes(x.partitionId))) {
      expect(p.leader).not.toBe(victim);
      expect(p.isr).not.toContain(victim);
    }
    await page.getByRole('button', { name: `Start broker ${victim}` }).click();
    await page.locator(`tr[data-broker="${victim}"] .badge-running`).waitFor();
  });

  it('moves a leader from the page', async () => {
    await go('brokers');
    const admin = c.kafka.admin();
    await admin.connect();
    const p1 = (await admin.fetchTopicMetadata({ topics: ['guarded'] })).topics[0]!.partitions.find(
      (p) => p.partitionId === 1,
    )!;
    const target = p1.isr.find((id) => id !== p1.leader)!;
    await page.getByLabel('Topic', { exact: true }).selectOption('guarded');
    await page.getByLabel('Partition', { exact: true }).fill('1');
    await page.getByLabel('New leader').selectOption(String(target));
    await page.getByRole('button', { name: 'Move leader' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `guarded/1: leader ${target}` })
      .waitFor();
    const moved = (await admin.fetchTopicMetadata({ topics: ['guarded'] })).topics[0]!.partitions.find(
      (p) => p.partitionId === 1,
    )!;
    await admin.disconnect();
    expect(moved.leader).toBe(target);
  });

  it("shows kafkajs's requests live in the request log, filtered by client id, with the fault that answered one", async () => {
    await go('requests');
    await page.getByRole('button', { name: 'Start logging' }).click();
    await page.getByText('Logging is on').waitFor();
    await page.getByLabel('Client id').fill('visible-client');
    await send(c.url, 'POST', '/v1/faults/latency', { body: { ms: 20, api: 'Metadata' } });
    const { Kafka, logLevel } = await import('kafkajs');
    const kafka = new Kafka({
      brokers: c.cluster.bootstrapServers.split(','),
      clientId: 'visible-client',
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'guarded', messages: [{ value: 'logged' }] });
    await producer.disconnect();
    const rows = page.getByRole('table', { name: 'Requests' }).locator('tbody tr');
    await rows.filter({ hasText: 'Produce v' }).first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.includes('visible-client'))).toBe(true);
    const faulted = page.locator('tr.faulted').filter({ hasText: 'Metadata' });
    await faulted.first().waitFor();
    expect(await faulted.first().textContent()).toMatch(/latency-\d+/);
    await screenshot(page, 'requests');

    await page.getByLabel('API', { exact: true }).selectOption('Produce');
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('table[aria-label="Requests"] tbody tr td:nth-child(4)')];
      return cells.length > 0 && cells.every((td) => td.textContent?.startsWith('Produce v'));
    });
  });
});
