import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureMetaProperties, MetaPropertiesError } from '../../src/topics/meta-properties';

describe('meta.properties', () => {
  let dirs: string[];
  beforeEach(() => {
    dirs = [mkdtempSync(join(tmpdir(), 'samsa-meta-a-')), mkdtempSync(join(tmpdir(), 'samsa-meta-b-'))];
  });
  afterEach(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes the same generated cluster id to every log dir and reads it back', () => {
    const first = ensureMetaProperties(dirs, 4, null);
    expect(first.clusterId).toMatch(/^[A-Za-z0-9_-]{21}[AQgw]$/);
    for (const d of dirs) {
      const text = readFileSync(join(d, 'meta.properties'), 'utf8');
      expect(text).toContain(`cluster.id=${first.clusterId}\n`);
      expect(text).toContain('node.id=4\n');
      expect(text).toContain('version=1\n');
      expect(text).toMatch(/^directory\.id=/m);
    }
    expect(ensureMetaProperties(dirs, 4, null).clusterId).toBe(first.clusterId);
  });

  it('uses a configured cluster.id on first start and refuses a different one later', () => {
    expect(ensureMetaProperties(dirs, 1, 'MkU3OEVBNTcwNTJENDM2Qg').clusterId).toBe('MkU3OEVBNTcwNTJENDM2Qg');
    expect(() => ensureMetaProperties(dirs, 1, 'AAAAAAAAAAAAAAAAAAAAAQ')).toThrow(MetaPropertiesError);
  });

  it('refuses another node id and a malformed file', () => {
    ensureMetaProperties(dirs, 1, null);
    expect(() => ensureMetaProperties(dirs, 2, null)).toThrow(/Stored node id 1/);
    writeFileSync(join(dirs[0]!, 'meta.properties'), 'garbage');
    expect(() => ensureMetaProperties(dirs, 1, null)).toThrow(MetaPropertiesError);
  });
});
