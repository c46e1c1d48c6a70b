/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The console in Chromium against a 3-broker samsa cluster, checked against kafkajs: the overview loads, a topic
// created on the page is one kafkajs sees, records kafkajs produced are shown (JSON rendered, headers listed), the
// live tail shows a new record, a record produced on the page reaches a kafkajs consumer, a kafkajs group's lag falls
// to 0 as it consumes, a KIP-848 group (a member driven over the wire) shows its epochs, assignor, current and
// target assignments and lag, and the page is usable from the keyboard with every control labelled, in both themes.
import type { Browser, Page } from 'playwright-core';
import { startConsoleCluster, type ConsoleCluster } from '../helpers/console-cluster';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { Kip848Member } from '../helpers/kip848-member';

jest.setTimeout(120000);

describe('console in a browser', () => {
  let c: ConsoleCluster;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    c = await startConsoleCluster({ brokers: 3, config: { 'default.replication.factor': 3, 'num.partitions': 3 } });
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await c?.stop();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });

  async function go(view: string): Promise<void> {
    await page.goto(`${c.url}#/${view}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }

  it('loads the overview: cluster id, brokers and their states, counts and throughput', async () => {
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = c.kafka.producer();
    await producer.connect();
    await go('overview');
    await expect(page.getByRole('heading', { name: 'Overview', level: 2 }).isVisible()).resolves.toBe(true);
    const cards = page.getByRole('definition');
    await page.getByText(c.cluster.clusterId, { exact: true }).waitFor();
    await page.getByText('3 of 3 up').waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(3);
    expect(await page.locator('table tbody .badge-running').count()).toBe(3);
    expect(await cards.count()).toBeGreaterThanOrEqual(8);
    // Throughput: samples arrive while records flow (the sampler runs every 500 ms in tests).
    for (let i = 0; i < 12; i++) {
      await producer.send({
        topic: 'orders',
        messages: [{ key: `o${i}`, value: JSON.stringify({ order: i, item: 'book', price: 12.5 }) }],
      });
      await page.waitForTimeout(150);
    }
    await producer.disconnect();
    await page.getByRole('img', { name: /Bytes per second/ }).waitFor({ timeout: 20000 });
    await page.getByText(/produced, .* fetched/).waitFor();
    await screenshot(page, 'overview');
  });

  it('reads well in the dark theme too', async () => {
    const dark = await openPage(browser, { colorScheme: 'dark' });
    try {
      await dark.page.goto(`${c.url}#/overview`);
      await dark.page.getByText('3 of 3 up').waitFor();
      const [bg, fg] = await dark.page.evaluate(() => {
        const s = getComputedStyle(document.body);
        return [s.backgroundColor, s.color];
      });
      expect([bg, fg]).toEqual(['rgb(15, 20, 25)', 'rgb(230, 237, 243)']);
      await screenshot(dark.page, 'overview-dark');
      // The page's own switch overrides the system's choice.
      await dark.page.getByRole('button', { name: /^Theme: system/ }).click();
      // The theme is applied in an effect, after the button's new label is painted.
      await dark.page.getByRole('button', { name: /^Theme: light/ }).waitFor();
      await dark.page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(255, 255, 255)');
      expect(await dark.page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(230, 237, 243)');
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.page.context().close();
    }
  });

  it('creates a topic that kafkajs then sees', async () => {
    await go('topics');
    await page.getByLabel('Name').fill('made-in-the-browser');
    await page.getByLabel('Partitions').fill('4');
    await page.getByLabel('Configs').fill('retention.ms=600000');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('status').filter({ hasText: 'Created made-in-the-browser with 4 partition(s).' }).waitFor();
    const admin = c.kafka.admin();
    await admin.connect();
    const md = await admin.fetchTopicMetadata({ topics: ['made-in-the-browser'] });
    const configs = await admin.describeConfigs({
      resources: [{ type: 2, name: 'made-in-the-browser', configNames: ['retention.ms'] }],
      includeSynonyms: false,
    });
    await admin.disconnect();
    expect(md.topics[0]?.partitions).toHaveLength(4);
    expect(configs.resources[0]?.configEntries[0]?.configValue).toBe('600000');
    await page.getByRole('link', { name: 'made-in-the-browser' }).waitFor();
    await screenshot(page, 'topics');
  });

  it('shows the records kafkajs produced, with JSON rendered and headers listed', async () => {
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'payments', numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'payments',
      messages: Array.from({ length: 6 }, (_, i) => ({
        key: `payment-${i}`,
        value: JSON.stringify({ id: i, amount: { value: 10 * i, currency: 'EUR' }, tags: ['card', 'web'] }),
        headers: { 'trace-id': `trace-${i}`, source: 'kafkajs' },
        partition: i % 2,
      })),
    });
    await producer.send({ topic: 'payments', messages: [{ key: 'plain', value: 'just text', partition: 0 }] });
    await producer.disconnect();

    await go('messages/payments');
    const rows = page.locator('table.records tbody tr');
    await rows.nth(6).waitFor();
    expect(await rows.count()).toBe(7);
    const first = rows.filter({ hasText: 'payment-3' });
    // JSON: a disclosure widget per object, keys and values shown.
    expect(await first.locator('.cell-value details.json').count()).toBeGreaterThanOrEqual(2);
    expect(await first.locator('.cell-value .json-key').allTextContents()).toEqual(
      expect.arrayContaining(['"id": ', '"amount": ', '"currency": ']),
    );
    expect(await first.locator('.cell-value .json-string').allTextContents()).toContain('"EUR"');
    expect(await first.locator('.cell-headers li').allTextContents()).toEqual(['trace-id: trace-3', 'source: kafkajs']);
    expect(await rows.filter({ hasText: 'plain' }).locator('.cell-value').textContent()).toBe('just text');
    await screenshot(page, 'messages');

    await page.getByLabel('Show values as').selectOption('hex');
    // Keys too: 'plain' is 70 6c 61 69 6e.
    const plain = rows.filter({ hasText: '70 6c 61 69 6e' });
    expect(await plain.locator('.cell-value').textContent()).toBe('6a 75 73 74 20 74 65 78 74');
    await page.getByLabel('Show values as').selectOption('auto');
    await page.getByLabel('Filter').fill('trace-5');
    await page.getByRole('button', { name: 'Read', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 record(s) shown' }).waitFor();
    expect(await rows.count()).toBe(1);
  });

  it('follows new records live, and produces one from the page that a kafkajs consumer reads', async () => {
    await go('messages/payments');
    await page.getByLabel('Filter').fill('');
    await page.getByRole('button', { name: 'Live tail' }).click();
    await page.getByRole('status').filter({ hasText: 'waiting for new records' }).waitFor();
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'payments', messages: [{ key: 'tailed', value: '{"live":true}' }] });
    await producer.disconnect();
    await page.locator('table.records tbody tr').filter({ hasText: 'tailed' }).waitFor();
    await page.getByRole('button', { name: 'Stop live tail' }).click();

    await page.getByLabel('Key', { exact: true }).fill('from-the-page');
    await page.getByLabel('Value', { exact: true }).fill('{"made":"here"}');
    await page.getByLabel('Headers').fill('origin=browser');
    await page.getByRole('button', { name: 'Produce' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Written to partition \d at offset \d+\.$/ })
      .waitFor();
    const consumer = c.kafka.consumer({ groupId: 'reads-the-page' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'payments', fromBeginning: true });
    const got = await new Promise<{ value: string; header: string }>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (String(message.key) === 'from-the-page')
            resolve({ value: String(message.value), header: String(message.headers?.['origin']) });
        },
      });
    });
    await consumer.disconnect();
    expect(got).toEqual({ value: '{"made":"here"}', header: 'browser' });
  });

  it("shows a kafkajs group's real lag, falling to 0 as it consumes", async () => {
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'backlog', numPartitions: 2 }], waitForLeaders: true });
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'backlog',
      messages: Array.from({ length: 40 }, (_, i) => ({ value: `job-${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    await admin.setOffsets({
      groupId: 'workers',
      topic: 'backlog',
      partitions: [
        { partition: 0, offset: '5' },
        { partition: 1, offset: '10' },
      ],
    });
    await admin.disconnect();

    await go('groups/workers');
    const lag = page.getByTestId('total-lag');
    await page.waitForFunction(() => document.querySelector('[data-testid="total-lag"]')?.textContent === '25');
    expect(await lag.textContent()).toBe('25');
    const partitionRows = page.getByRole('table').filter({ hasText: 'Committed' }).locator('tbody tr');
    expect(await partitionRows.allInnerTexts()).toEqual(['backlog\t0\t5\t20\t15\t–', 'backlog\t1\t10\t20\t10\t–']);

    const consumer = c.kafka.consumer({ groupId: 'workers' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'backlog' });
    let consumed = 0;
    void consumer.run({
      eachMessage: async () => {
        consumed++;
        await new Promise((r) => setTimeout(r, 40));
      },
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="total-lag"]')?.textContent === '0',
      undefined,
      { timeout: 60000 },
    );
    expect(consumed).toBe(25);
    await page.getByText('Stable').first().waitFor();
    await page.getByRole('img', { name: /Total lag/ }).waitFor();
    await screenshot(page, 'groups');
    await consumer.disconnect();
    await go('groups');
    await page.getByRole('link', { name: 'workers' }).waitFor();
  });

  it("shows a KIP-848 group's epochs, assignor, member with current and target assignment, and lag", async () => {
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'jobs-848', numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'jobs-848',
      messages: Array.from({ length: 6 }, (_, i) => ({ value: `job-${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    const member = await Kip848Member.join(c.cluster.bootstrapServers, 'next-gen', ['jobs-848'], 'next-gen-app');
    try {
      await member.commit([
        { topic: 'jobs-848', partition: 0, offset: 1 },
        { topic: 'jobs-848', partition: 1, offset: 2 },
      ]);
      await go('groups/next-gen');
      // 3 records in each partition: lag 2 + 1.
      await page.waitForFunction(() => document.querySelector('[data-testid="total-lag"]')?.textContent === '3');
      expect(await page.getByTestId('group-type').textContent()).toBe('consumer');
      expect(await page.getByTestId('assignor').textContent()).toBe('uniform');
      expect(await page.getByTestId('group-epoch').textContent()).toBe(String(member.memberEpoch));
      expect(await page.getByTestId('assignment-epoch').textContent()).toBe(String(member.memberEpoch));
      const partitionRows = page.getByRole('table').filter({ hasText: 'Committed' }).locator('tbody tr');
      expect(await partitionRows.allInnerTexts()).toEqual([
        `jobs-848\t0\t1\t3\t2\t${member.memberId}`,
        `jobs-848\t1\t2\t3\t1\t${member.memberId}`,
      ]);
      const members = page.getByRole('table').filter({ hasText: 'Target assignment' });
      expect(await members.locator('thead th').allInnerTexts()).toEqual([
        'Member',
        'Client id',
        'Host',
        'Epoch',
        'Subscription',
        'Current assignment',
        'Target assignment',
      ]);
      expect(await members.locator('tbody tr').allInnerTexts()).toEqual([
        `${member.memberId}\tnext-gen-app\t/127.0.0.1\t${member.memberEpoch}\tjobs-848\tjobs-848: 0, 1\tjobs-848: 0, 1`,
      ]);
      await page.getByText('Stable').first().waitFor();
      await screenshot(page, 'groups-kip848');
      await go('groups');
      const row = page.locator('table tbody tr').filter({ has: page.getByRole('link', { name: 'next-gen' }) });
      await row.waitFor();
      expect(await row.locator('th, td').allTextContents()).toEqual([
        'next-gen',
        'Stable',
        'consumer',
        'consumer',
        '1',
        '3',
        expect.any(String),
      ]);
    } finally {
      await member.leave();
    }
  });

  it('works from the keyboard, with every control named', async () => {
    await page.goto(`${c.url}#/overview`);
    await page.getByText('3 of 3 up').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    let reached = '';
    for (let i = 0; i < 6 && reached !== 'Topics'; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    }
    expect(reached).toBe('Topics');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Topics', level: 2 }).waitFor();
    // The view takes the focus in an effect, which runs after the heading is painted.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Topics');

    for (const view of [
      'overview',
      'topics',
      'topics/payments',
      'messages/payments',
      'groups/workers',
      'brokers',
      'faults',
      'requests',
    ]) {
      await go(view);
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => {
            const e = el as HTMLInputElement;
            const name =
              e.labels?.[0]?.textContent?.trim() ||
              e.getAttribute('aria-label') ||
              (el.tagName === 'BUTTON' ? el.textContent?.trim() : '');
            return !name;
          })
          .map((el) => el.outerHTML),
      );
      expect({ view, unnamed }).toEqual({ view, unnamed: [] });
    }
  });
});
