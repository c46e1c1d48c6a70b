/**
 * The layering check (`npm run check:layers`, part of `npm test`): reads every import of the workspace's TypeScript
 * and JavaScript (static imports, re-exports, `require()` and `import()` with a literal) and holds them against the
 * rules of docs/ARCHITECTURE.md §2. Each violation is printed as `file:line  rule  (the import)`; the exit code is
 * 1 when there is any. No import cycle may exist among the packages' sources, type-only imports included.
 *
 * `checkLayers({ overlay })` runs the same check with files added or replaced in memory, so a test can plant a
 * violation and see it reported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  'target',
  'packed',
  'bench-results',
  'dist-scripts',
  '.git',
  'clients',
  'jest',
  'vitest',
]);

/** The workspace packages, by import name, with the folder each lives in. */
const PACKAGES: Readonly<Record<string, string>> = {
  '@samsa/protocol': 'packages/protocol',
  '@samsa/storage': 'packages/storage',
  '@samsa/coordinator': 'packages/coordinator',
  '@samsa/broker': 'packages/broker',
  '@samsa/client': 'packages/client',
  '@samsa/console': 'packages/console',
  '@samsa/cli': 'packages/cli',
  '@samsa/native': 'native',
  samsa: 'packages/samsa',
};

/** Which workspace packages a package's sources may import (its own files aside). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  'packages/protocol': [],
  'packages/storage': ['@samsa/protocol', '@samsa/native'],
  'packages/coordinator': ['@samsa/protocol', '@samsa/storage'],
  'packages/broker': ['@samsa/protocol', '@samsa/storage', '@samsa/coordinator', '@samsa/native'],
  // The client speaks the protocol to any broker and knows nothing of samsa's own: the web console reuses it.
  'packages/client': ['@samsa/protocol'],
  // The web console talks to any cluster through the client, and inside samsa mounts on the broker's admin endpoint
  // and reads its control API and metrics (the broker's public entry); the broker knows nothing of it.
  'packages/console': ['@samsa/protocol', '@samsa/client', '@samsa/broker'],
  'packages/cli': ['@samsa/broker', '@samsa/client', '@samsa/console'],
  'packages/samsa': ['@samsa/cli'],
  native: [],
};

/** The console's page: browser code, bundled on its own by esbuild, that reaches the server over HTTP only. */
const CONSOLE_WEB = 'packages/console/web/';

/** Inside packages/broker/src: what each folder's files may not import (paths relative to that src). */
const BROKER_FOLDER_RULES: readonly {
  readonly folder: string;
  readonly allowed?: readonly string[];
  readonly denied?: readonly string[];
  readonly rule: string;
}[] = [
  {
    folder: 'network/',
    allowed: ['network/', 'broker-node.ts', 'client-session.ts'],
    rule: 'network/ moves frames: it imports no handler, service or control module',
  },
  {
    folder: 'handlers/',
    denied: ['network/', 'control/', 'dispatch.ts'],
    rule: 'handlers/ never import network/, control/ or dispatch',
  },
  {
    folder: 'control/',
    denied: ['handlers/', 'dispatch.ts'],
    rule: "control/ reaches handlers only through dispatch's interface (request-interceptor.ts)",
  },
];

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly specifier: string;
}

export interface CheckOptions {
  readonly root?: string;
  /** Files (paths relative to the root) added or replaced in memory before the check. */
  readonly overlay?: Readonly<Record<string, string>>;
}

interface Import {
  readonly specifier: string;
  readonly line: number;
}

interface SourceFile {
  readonly path: string;
  readonly text: string;
}

function walk(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(join(root, dir))) {
    if (SKIP_DIRS.has(name)) continue;
    const rel = dir === '' ? name : `${dir}/${name}`;
    const stat = statSync(join(root, rel));
    if (stat.isDirectory()) walk(root, rel, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
}

function sources(root: string, overlay: Readonly<Record<string, string>>): SourceFile[] {
  const paths: string[] = [];
  for (const top of ['packages', 'native', 'compat-tests', 'scripts'])
    if (existsSync(join(root, top))) walk(root, top, paths);
  const files = new Map(paths.map((p) => [p, () => readFileSync(join(root, p), 'utf8')]));
  for (const [p, text] of Object.entries(overlay)) files.set(p.split(sep).join('/'), () => text);
  // Generated codecs are written by the generator from protocol-specs/ and import only each other and primitives.
  return [...files].filter(([p]) => !p.includes('/src/generated/')).map(([path, read]) => ({ path, text: read() }));
}

function importsOf(file: SourceFile): Import[] {
  const info = ts.preProcessFile(file.text, true, true);
  const lineOf = (pos: number): number => file.text.slice(0, pos).split('\n').length;
  return info.importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(f.pos) }));
}

/** The workspace file a relative specifier names, if any. */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = join(dirname(from), specifier).split(sep).join('/');
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, `${stem}/index.ts`, `${stem}/index.js`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

function packageOf(path: string): string | null {
  if (path.startsWith('native/')) return 'native';
  const m = /^packages\/[^/]+/.exec(path);
  return m ? m[0] : null;
}

/** The workspace package a bare specifier names (`@samsa/broker`, `@samsa/broker/dist/x`, `samsa`), and its subpath. */
function workspacePackage(specifier: string): { name: string; subpath: string } | null {
  for (const name of Object.keys(PACKAGES)) {
    if (specifier === name) return { name, subpath: '' };
    if (specifier.startsWith(`${name}/`)) return { name, subpath: specifier.slice(name.length + 1) };
  }
  return null;
}

/** Subpaths a package exports besides its entry (the presets of the `samsa` package). */
function exportedSubpaths(root: string, folder: string): Set<string> {
  const file = join(root, folder, 'package.json');
  if (!existsSync(file)) return new Set();
  const exportsField = (JSON.parse(readFileSync(file, 'utf8')) as { exports?: Record<string, unknown> }).exports ?? {};
  return new Set(
    Object.keys(exportsField)
      .filter((k) => k !== '.')
      .map((k) => k.replace(/^\.\//, '')),
  );
}

export function checkLayers(options: CheckOptions = {}): Violation[] {
  const root = options.root ?? ROOT;
  const files = sources(root, options.overlay ?? {});
  const known = new Set(files.map((f) => f.path));
  const violations: Violation[] = [];
  const edges = new Map<string, { to: string; line: number; specifier: string }[]>();
  const subpaths = new Map(Object.entries(PACKAGES).map(([name, folder]) => [name, exportedSubpaths(root, folder)]));

  for (const file of files) {
    const pkg = packageOf(file.path);
    const isCompat = file.path.startsWith('compat-tests/');
    const isSrc = pkg !== null && /^(packages\/[^/]+|native)\/(src\/|index\.js|bin\/)/.test(file.path);
    const fileEdges: { to: string; line: number; specifier: string }[] = [];
    for (const imp of importsOf(file)) {
      const add = (rule: string): void => {
        violations.push({ file: file.path, line: imp.line, rule, specifier: imp.specifier });
      };
      if (imp.specifier.startsWith('.')) {
        const target = resolveRelative(file.path, imp.specifier, known);
        if (target === null) continue;
        if (file.path.startsWith(CONSOLE_WEB) && !target.startsWith(CONSOLE_WEB))
          add('the console page (packages/console/web) runs in a browser: it imports no package of ours, only HTTP');
        if (isCompat && !target.startsWith('compat-tests/'))
          add('compat-tests import no package: they speak the wire protocol only');
        const targetPkg = packageOf(target);
        // Benchmarks share the harness that prints every figure with its same-run baseline.
        const benchHarness = /(^|\/)bench\//.test(file.path) && target.startsWith('scripts/bench/');
        if (pkg !== null && targetPkg !== pkg && !benchHarness)
          add(`relative import across packages (${pkg} -> ${targetPkg ?? 'outside'}): import the package by name`);
        if (isSrc && pkg === 'packages/broker') {
          const from = file.path.slice('packages/broker/src/'.length);
          const to = target.startsWith('packages/broker/src/') ? target.slice('packages/broker/src/'.length) : null;
          for (const r of BROKER_FOLDER_RULES) {
            if (to === null || !from.startsWith(r.folder)) continue;
            if (r.allowed && !r.allowed.some((a) => to.startsWith(a))) add(r.rule);
            if (r.denied?.some((d) => to.startsWith(d))) add(r.rule);
          }
        }
        if (isSrc) fileEdges.push({ to: target, line: imp.line, specifier: imp.specifier });
        continue;
      }
      const ws = workspacePackage(imp.specifier);
      if (ws === null) continue;
      if (file.path.startsWith(CONSOLE_WEB)) {
        add('the console page (packages/console/web) runs in a browser: it imports no package of ours, only HTTP');
        continue;
      }
      if (isCompat) {
        add('compat-tests import no package: they speak the wire protocol only');
        continue;
      }
      if (ws.subpath !== '' && !subpaths.get(ws.name)?.has(ws.subpath)) {
        add(`deep import of ${ws.name}: import its entry (the package's exports) only`);
      }
      if (isSrc && pkg !== null) {
        const allowed = MAY_IMPORT[pkg] ?? [];
        if (PACKAGES[ws.name] !== pkg && !allowed.includes(ws.name))
          add(`${pkg} may import only ${allowed.length === 0 ? 'nothing of ours' : allowed.join(', ')}`);
      }
    }
    edges.set(file.path, fileEdges);
  }

  for (const cycle of findCycles(edges)) {
    const [first] = cycle;
    const step = edges.get(first as string)?.find((e) => e.to === cycle[1]);
    violations.push({
      file: first as string,
      line: step?.line ?? 1,
      rule: `import cycle: ${cycle.join(' -> ')}`,
      specifier: step?.specifier ?? '',
    });
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Every elementary loop found by a depth-first search, each reported once, starting at its smallest file. */
function findCycles(edges: ReadonlyMap<string, readonly { to: string }[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const { to } of edges.get(node) ?? []) {
      if (state.get(to) === 'open') {
        const loop = stack.slice(stack.indexOf(to));
        const start = loop.indexOf([...loop].sort()[0] as string);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(canonical.join('|'), [...canonical, canonical[0] as string]);
      } else if (!state.has(to)) {
        visit(to);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

function main(): void {
  const violations = checkLayers();
  for (const v of violations) console.error(`${v.file}:${v.line}  ${v.rule}  (${v.specifier})`);
  const files = relative(process.cwd(), ROOT) || '.';
  if (violations.length > 0) {
    console.error(`layering: ${violations.length} violation(s) in ${files}`);
    process.exit(1);
  }
  console.log('layering: 0 violations, 0 cycles');
}

if (require.main === module) main();
