/**
 * Writes the parts of the READMEs that the code states, so they cannot fall behind it:
 *
 * - `packages/broker/README.md` "Served APIs": every API in the handler registry with its key, version range and the
 *   first sentence of its handler's header comment;
 * - `README.md` "What works": the same APIs in one paragraph, and the clients the compatibility suite drives (the rows
 *   of the matrix in compat-tests/README.md, which `.ci/run` writes from the test report);
 * - `packages/broker/skipped-features.md` "APIs not served": every API in `protocol-specs/` without a handler, split by
 *   whether Kafka serves it on a broker listener at all (the spec's `listeners`).
 *
 * `npm run docs` rewrites them; `npm run docs:check` (part of `npm test`) fails, naming the file, when one is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HandlerRegistry } from '../packages/broker/src/handlers/index';

const ROOT = resolve(__dirname, '..');
const HANDLER_DIR = join(ROOT, 'packages/broker/src/handlers');

export interface ServedApi {
  readonly key: number;
  readonly name: string;
  readonly versions: string;
  readonly summary: string;
}

/** `Name. First sentence ...` (or `Name (KIP-nnn). ...`) → the first sentence after the name, from the handler's header. */
function handlerSummary(key: number, name: string): string {
  const prefix = `${String(key).padStart(2, '0')}-`;
  const file = readdirSync(HANDLER_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.ts'));
  if (file === undefined) throw new Error(`no handler file ${prefix}*.ts for ${name}`);
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(join(HANDLER_DIR, file), 'utf8'))?.[1];
  if (header === undefined) throw new Error(`${file} has no header comment`);
  const text = header
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const afterName = new RegExp(`^${name}(?: \\([^)]*\\))?\\. `).exec(text);
  if (afterName === null) throw new Error(`${file}: the header must start with "${name}." or "${name} (KIP-...)."`);
  const rest = text.slice(afterName[0].length);
  const sentence = /^(.*?[.:;])(?:\s|$)/.exec(rest)?.[1] ?? rest;
  return sentence.replace(/[:;]$/, '.').replace(/\|/g, '\\|');
}

export function servedApis(): ServedApi[] {
  return new HandlerRegistry().handlers().map((h) => ({
    key: h.api.apiKey,
    name: h.api.name,
    versions: h.versions.min === h.versions.max ? `${h.versions.min}` : `${h.versions.min}-${h.versions.max}`,
    summary: handlerSummary(h.api.apiKey, h.api.name),
  }));
}

/** The client rows of the compat matrix in compat-tests/README.md (the first column of its first table). */
export function testedClients(): string[] {
  const readme = readFileSync(join(ROOT, 'compat-tests/README.md'), 'utf8');
  const block = /<!-- compat-matrix:start -->([\s\S]*?)<!-- compat-matrix:end -->/.exec(readme)?.[1];
  if (block === undefined) throw new Error('compat-tests/README.md has no compat matrix');
  const table = block.split('\n\n').find((part) => part.startsWith('| client |'));
  if (table === undefined) throw new Error('the compat matrix has no client table');
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split('|')[1]?.trim() ?? '')
    .filter((client) => client !== '' && client !== 'cross-client');
}

const SPEC_DIR = join(ROOT, 'protocol-specs');

export interface UnservedApi {
  readonly key: number;
  readonly name: string;
  /** Kafka serves it on broker listeners; otherwise only on controllers (or ZooKeeper-era brokers). */
  readonly onBrokers: boolean;
}

/** The APIs of `protocol-specs/` that no handler serves. */
export function unservedApis(served: readonly ServedApi[]): UnservedApi[] {
  const servedKeys = new Set(served.map((a) => a.key));
  return readdirSync(SPEC_DIR)
    .filter((f) => /^\d+-.*\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(SPEC_DIR, f), 'utf8')) as SpecHead)
    .filter((spec) => !servedKeys.has(spec.apiKey))
    .sort((a, b) => a.apiKey - b.apiKey)
    .map((spec) => ({
      key: spec.apiKey,
      name: spec.name,
      onBrokers: spec.request.listeners?.includes('broker') ?? true,
    }));
}

interface SpecHead {
  readonly apiKey: number;
  readonly name: string;
  readonly request: { readonly listeners?: readonly string[] };
}

function unservedList(apis: readonly UnservedApi[]): string {
  const names = (onBrokers: boolean): string =>
    apis
      .filter((a) => a.onBrokers === onBrokers)
      .map((a) => `${a.name} (${a.key})`)
      .join(', ') || 'none';
  return [
    `- Broker APIs not served (a client sending one gets its connection closed, as Kafka does for an API it does not`,
    `  advertise): ${names(true)}.`,
    `- Controller and ZooKeeper-era inter-broker APIs, which Kafka serves on no broker listener and clients never send`,
    `  to a broker: ${names(false)}.`,
  ].join('\n');
}

function brokerTable(apis: readonly ServedApi[]): string {
  return [
    '| key | API | versions | what it does |',
    '| --- | --- | --- | --- |',
    ...apis.map((a) => `| ${a.key} | ${a.name} | ${a.versions} | ${a.summary} |`),
  ].join('\n');
}

function whatWorksApis(apis: readonly ServedApi[]): string {
  return `  ${apis.length} APIs, each at every version listed: ${apis.map((a) => `${a.name} v${a.versions}`).join(', ')}.`;
}

function whatWorksClients(clients: readonly string[]): string {
  return `- Driven by ${clients.length} real clients and tools in \`compat-tests/\` (the matrix in \`compat-tests/README.md\`): ${clients.join(', ')}.`;
}

function splice(text: string, marker: string, content: string, file: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} ... ${end} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Each documented file with its generated blocks brought up to date. */
export function renderDocs(): Map<string, { before: string; after: string }> {
  const apis = servedApis();
  const clients = testedClients();
  const out = new Map<string, { before: string; after: string }>();
  const broker = join(ROOT, 'packages/broker/README.md');
  const brokerText = readFileSync(broker, 'utf8');
  out.set(broker, { before: brokerText, after: splice(brokerText, 'served-apis', brokerTable(apis), broker) });
  const root = join(ROOT, 'README.md');
  const rootText = readFileSync(root, 'utf8');
  let after = splice(rootText, 'api-list', whatWorksApis(apis), root);
  after = splice(after, 'client-list', whatWorksClients(clients), root);
  out.set(root, { before: rootText, after });
  const skipped = join(ROOT, 'packages/broker/skipped-features.md');
  const skippedText = readFileSync(skipped, 'utf8');
  out.set(skipped, {
    before: skippedText,
    after: splice(skippedText, 'unserved-apis', unservedList(unservedApis(apis)), skipped),
  });
  return out;
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, { before, after }] of renderDocs()) {
    if (before === after) continue;
    if (check) {
      console.error(`${relative(ROOT, file)} is out of date with the code: run npm run docs`);
      stale++;
    } else {
      writeFileSync(file, after);
      console.log(`wrote ${relative(ROOT, file)}`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (require.main === module) main();
