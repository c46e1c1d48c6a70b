// The console on a server of its own, as `samsa console --brokers` runs it for any Kafka cluster (here samsa, reached
// only over the Kafka protocol): the pages work, the fault panel and request log are not offered, and with a token a
// browser gets in only with it.
import { startCluster, type StartedCluster } from '@samsa/broker';
import type { Browser } from 'playwright-core';
import { startConsoleServer, type ConsoleServer } from '../../src/index';
import { launchBrowser, openPage } from '../helpers/browser';
import { builtAssets } from '../helpers/console-cluster';
import { send } from '../helpers/http';

jest.setTimeout(120000);

describe('samsa console --brokers', () => {
  let cluster: StartedCluster;
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2 });
    server = await startConsoleServer({
      client: { brokers: cluster.bootstrapServers.split(',') },
      port: 0,
      token: 'let-me-in',
      assetsDir: await builtAssets(),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await cluster?.stop();
  });

  it('serves the views of any Kafka, without samsa-only ones', async () => {
    const { page, errors } = await openPage(browser, { httpCredentials: { username: 'me', password: 'let-me-in' } });
    await page.goto(`${server.url}#/overview`);
    await page.getByText('2 of 2 up').waitFor();
    expect(await page.locator('table tbody .badge-up').count()).toBe(2);
    const nav = await page.getByRole('navigation', { name: 'Views' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['Overview', 'Topics', 'Messages', 'Consumer groups', 'Brokers & partitions']);
    await page.goto(`${server.url}#/faults`);
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
    await page.goto(`${server.url}#/topics`);
    await page.getByLabel('Name').fill('from-standalone');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('status').filter({ hasText: 'Created from-standalone' }).waitFor();
    expect(cluster.broker.cluster.topicByName('from-standalone')).toBeDefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a browser without the token, and the request log', async () => {
    // Chromium sees the Basic challenge (a header of its own: it reads only the first scheme of a header) and asks
    // for credentials: with none it gives up, with a wrong token it gets the refusal, not the page.
    const none = await openPage(browser);
    await expect(none.page.goto(server.url)).rejects.toThrow(/ERR_INVALID_AUTH_CREDENTIALS/);
    await none.page.context().close();
    const wrong = await openPage(browser, { httpCredentials: { username: 'me', password: 'guess' } });
    const answer = await wrong.page.goto(server.url);
    expect(answer?.status()).toBe(401);
    expect(await answer?.json()).toEqual({ error: expect.stringMatching(/token/i) });
    await wrong.page.context().close();
    const refused = await send(server.url, 'GET', '/');
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="samsa-console", Basic realm="samsa-console"');
    const basic = { authorization: `Basic ${Buffer.from('x:let-me-in').toString('base64')}` };
    expect((await send(server.url, 'GET', '/api/requests/stream', { headers: basic })).status).toBe(404);
    expect(
      (await send(server.url, 'GET', '/api/info', { headers: { authorization: 'Bearer let-me-in' } })).json(),
    ).toMatchObject({
      mode: 'kafka',
      faults: false,
    });
    expect((await send(server.url, 'GET', '/v1/faults', { headers: basic })).status).toBe(404);
  });
});
