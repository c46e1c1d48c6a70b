/**
 * Builds the installable `samsa` package (packages/samsa) from the workspace, after `tsc -b`:
 *
 *   dist/bundle.js          every workspace package's code in one CommonJS file (esbuild, from the TypeScript sources;
 *                           npm dependencies stay external and are the package's `dependencies`)
 *   dist/index.js / .mjs    the public API of the bundle, for require and import
 *   dist/index.d.ts / .d.mts its types in one file (rollup-plugin-dts over tsc's declarations)
 *   dist/compile-cache.js   the V8 compile cache bin/samsa.js installs before it loads the bundle
 *   dist/samsa_native.linux-x64-gnu.node  the Rust storage module, when native/ was built (linux x64 glibc)
 *   dist/console/           the web console's page (index.html, app.js, app.css), which the console serves from
 *                           beside the bundle
 *   jest/, vitest/          the presets, requiring the package itself ('samsa') for the cluster
 *
 * `--require-native`: fail when the native module is missing (what `npm run pack` uses, so a published package
 * always carries it).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const ROOT = resolve(__dirname, '..');
const PKG = join(ROOT, 'packages/samsa');
const SRC = join(PKG, 'src');
const TYPES = join(PKG, 'build/types/src');
const WORKSPACE_PACKAGES = ['protocol', 'storage', 'coordinator', 'broker', 'client', 'console', 'cli'];
/** The web console's page, built by `npm run build:console` (packages/console/scripts/build-web.ts). */
const CONSOLE_ASSETS = join(ROOT, 'packages/console/dist/web');
/** The native module's file name inside the package, for the one platform it is built for. */
export const NATIVE_FILE = 'samsa_native.linux-x64-gnu.node';

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** npm packages the bundle leaves external: every dependency of the workspace packages that is not one of them. */
export function externalDependencies(): Map<string, string> {
  const deps = new Map<string, string>();
  for (const name of WORKSPACE_PACKAGES) {
    const pkg = readJson<PackageJson>(join(ROOT, 'packages', name, 'package.json'));
    for (const [dep, range] of Object.entries(pkg.dependencies ?? {}))
      if (!dep.startsWith('@samsa/')) deps.set(dep, range);
  }
  return deps;
}

/** Resolves `@samsa/<name>` to the package's TypeScript entry, as the jest config does, and `@samsa/native` to its loader. */
const workspaceSources: Plugin = {
  name: 'samsa-workspace-sources',
  setup(b) {
    b.onResolve({ filter: /^@samsa\/[a-z-]+$/ }, (args) => {
      const name = args.path.slice('@samsa/'.length);
      if (name === 'native') return { path: join(ROOT, 'native/index.js') };
      if (WORKSPACE_PACKAGES.includes(name)) return { path: join(ROOT, 'packages', name, 'src/index.ts') };
      return undefined;
    });
  },
};

/** In the presets, the package's own entry (`src/index.ts`) is `require('samsa')`: one cluster code, not a copy. */
const selfReference: Plugin = {
  name: 'samsa-self-reference',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/index$/ }, (args) =>
      resolve(args.resolveDir, args.path) === join(SRC, 'index') ? { path: 'samsa', external: true } : undefined,
    );
  },
};

async function bundle(
  entry: string,
  outfile: string,
  options: { external: string[]; plugins: Plugin[]; format?: 'cjs' | 'esm' },
): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: options.format ?? 'cjs',
    external: options.external,
    plugins: options.plugins,
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** Named exports of a CommonJS module, for an ESM facade over it. */
function exportNames(cjsFile: string): string[] {
  const out = execFileSync(
    process.execPath,
    ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(cjsFile)}))))`],
    {
      encoding: 'utf8',
      env: { ...process.env, SAMSA_COMPILE_CACHE: '0' },
    },
  );
  return (JSON.parse(out) as string[]).filter((n) => n !== 'default' && n !== '__esModule').sort();
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The native module's types (`export =` over a namespace, which the type bundler cannot inline): shipped beside. */
const NATIVE_TYPES = join(ROOT, 'native/index.d.ts');

async function bundleTypes(input: string, output: string, selfExternal: boolean): Promise<void> {
  const renamed = (id: string): string | null => {
    if (id === '@samsa/native' || resolve(id) === NATIVE_TYPES) return './native';
    return null;
  };
  // The presets import the package's own entry (`../index`): in their types that is the module 'samsa'.
  const selfReference = {
    name: 'samsa-self-reference',
    resolveId(source: string, importer: string | undefined) {
      if (!selfExternal || importer === undefined || !/^\.\.?\/index(\.js)?$/.test(source)) return null;
      return resolve(dirname(importer), source.replace(/\.js$/, '')) === join(TYPES, 'index')
        ? { id: 'samsa', external: true }
        : null;
    },
  };
  const result = await rollup({
    input,
    plugins: [selfReference, dts({ respectExternal: true })],
    external: (id) => id === 'pino' || id.startsWith('node:') || renamed(id) !== null,
    onwarn: (warning) => {
      throw new Error(`type bundle ${relative(ROOT, input)}: ${warning.message}`);
    },
  });
  await result.write({ file: output, format: 'es', paths: (id) => renamed(id) ?? id });
  await result.close();
}

/** The package's README (its page on the registry): the repository README's title, introduction and user sections. */
function packageReadme(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- package-readme:start -->');
  const end = readme.indexOf('<!-- package-readme:end -->');
  if (start < 0 || end < start) throw new Error('README.md has no package-readme block');
  return `${readme.slice(0, start).trimEnd()}\n\n${readme.slice(start + '<!-- package-readme:start -->'.length, end).trim()}\n`;
}

async function main(): Promise<void> {
  const requireNative = process.argv.includes('--require-native');
  const started = Date.now();
  const dist = join(PKG, 'dist');
  for (const dir of [dist, join(PKG, 'jest'), join(PKG, 'vitest')]) rmSync(dir, { recursive: true, force: true });

  const deps = externalDependencies();
  const external = [...deps.keys()];
  const plugins = [workspaceSources];
  await bundle(join(SRC, 'bundle.ts'), join(dist, 'bundle.js'), { external, plugins });
  await bundle(join(ROOT, 'packages/cli/src/compile-cache.ts'), join(dist, 'compile-cache.js'), { external, plugins });

  const names = exportNames(join(dist, 'bundle.js')).filter((n) => n !== 'runCli');
  write(
    join(dist, 'index.js'),
    [
      "'use strict';",
      '// The public API of the bundle (the command-line runner stays internal to bin/samsa.js).',
      "const bundle = require('./bundle.js');",
      ...names.map((n) => `exports.${n} = bundle.${n};`),
      '',
    ].join('\n'),
  );
  write(
    join(dist, 'index.mjs'),
    [
      "import bundle from './bundle.js';",
      '',
      `export const { ${names.join(', ')} } = bundle;`,
      '// The default export is what `require` gives, as Node would expose a CommonJS package to `import`.',
      `export default { ${names.join(', ')} };`,
      '',
    ].join('\n'),
  );

  const presetPlugins = [selfReference, workspaceSources];
  const presetExternal = [...external, 'samsa'];
  for (const name of ['index', 'setup', 'teardown', 'jest-preset']) {
    await bundle(join(SRC, 'jest', `${name}.ts`), join(PKG, 'jest', `${name}.js`), {
      external: presetExternal,
      plugins: presetPlugins,
    });
  }
  await bundle(join(SRC, 'vitest.ts'), join(PKG, 'vitest/index.js'), {
    external: presetExternal,
    plugins: presetPlugins,
  });
  await bundle(join(SRC, 'vitest.ts'), join(PKG, 'vitest/index.mjs'), {
    external: presetExternal,
    plugins: presetPlugins,
    format: 'esm',
  });

  await bundleTypes(join(TYPES, 'index.d.ts'), join(dist, 'index.d.ts'), false);
  write(
    join(dist, 'index.d.mts'),
    "export * from './index.js';\nimport * as samsa from './index.js';\nexport default samsa;\n",
  );
  copyFileSync(NATIVE_TYPES, join(dist, 'native.d.ts'));
  await bundleTypes(join(TYPES, 'jest/index.d.ts'), join(PKG, 'jest/index.d.ts'), true);
  await bundleTypes(join(TYPES, 'vitest.d.ts'), join(PKG, 'vitest/index.d.ts'), true);
  // Typed inject('kafkaBrokers') for vitest users; added here because the workspace does not install vitest. The
  // .d.mts twin is what an ES module reads: vitest is an ES module package, so only from ES module types does the
  // augmentation below find it.
  const vitestTypes = `${readFileSync(join(PKG, 'vitest/index.d.ts'), 'utf8')}
declare module 'vitest' {
  interface ProvidedContext {
    /** The cluster's bootstrap list, host:port,host:port. */
    kafkaBrokers: string;
    /** http://host:port of the cluster's admin endpoint. */
    samsaAdmin: string;
  }
}
`;
  write(join(PKG, 'vitest/index.d.ts'), vitestTypes);
  write(join(PKG, 'vitest/index.d.mts'), vitestTypes);

  write(join(PKG, 'README.md'), packageReadme());

  if (!existsSync(join(CONSOLE_ASSETS, 'index.html')))
    throw new Error('packages/console/dist/web is missing: build the console first (npm run build:console)');
  mkdirSync(join(dist, 'console'), { recursive: true });
  for (const name of ['index.html', 'app.js', 'app.css'])
    copyFileSync(join(CONSOLE_ASSETS, name), join(dist, 'console', name));

  const native = join(ROOT, 'native/samsa_native.node');
  if (existsSync(native) && process.platform === 'linux' && process.arch === 'x64') {
    copyFileSync(native, join(dist, NATIVE_FILE));
  } else if (requireNative) {
    throw new Error(
      'native/samsa_native.node is missing: build it (npm run build:native, which needs cargo) before packing',
    );
  }
  console.log(`samsa package: built packages/samsa in ${Date.now() - started} ms`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
