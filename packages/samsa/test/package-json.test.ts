// The published package.json says what the bundle needs: every npm dependency of the workspace packages it bundles,
// with the same range (a missing one is a `Cannot find module` on a user's machine), and nothing else; the versions of
// the workspace packages move together, so `samsa --version` means one thing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const BUNDLED = ['protocol', 'storage', 'coordinator', 'broker', 'client', 'console', 'cli'];

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  files?: string[];
}

function pkg(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as PackageJson;
}

describe('packages/samsa/package.json', () => {
  const samsa = pkg('packages/samsa');

  test('depends on exactly the npm packages the bundled workspace packages depend on', () => {
    const needed: Record<string, string> = {};
    for (const name of BUNDLED) {
      for (const [dep, range] of Object.entries(pkg(`packages/${name}`).dependencies ?? {})) {
        if (!dep.startsWith('@samsa/')) needed[dep] = range;
      }
    }
    expect(Object.keys(needed).length).toBeGreaterThan(0);
    expect(samsa.dependencies).toEqual(needed);
  });

  test('is public, licensed, for Node 20 and later, and versioned with the workspace packages', () => {
    expect(samsa.private).toBeUndefined();
    expect(samsa.license).toBe('Apache-2.0');
    expect(samsa.engines).toEqual({ node: '>=20' });
    for (const name of BUNDLED) expect(`${name}@${pkg(`packages/${name}`).version}`).toBe(`${name}@${samsa.version}`);
  });
});
