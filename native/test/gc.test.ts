// Reference counting across garbage collection, in a child process run with --expose-gc:
// views outlive collected handles, and collecting everything unmaps without crashing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeNative } from './binding';

const SCRIPT = `
const native = require(process.argv[1]);
const dir = process.argv[2];
const gcAll = async () => { for (let i = 0; i < 5; i++) { global.gc(); await new Promise((r) => setImmediate(r)); } };
(async () => {
  let views = [];
  for (let round = 0; round < 20; round++) {
    let h = native.segmentOpen(dir + '/' + round + '.log', 65536);
    for (let i = 0; i < 30; i++) {
      const pos = native.segmentAppend(h, [Buffer.alloc(5000, round), Buffer.from([i])]);
      views.push(native.segmentRead(h, pos, 5001));
    }
    if (round % 2) native.segmentClose(h); // even rounds leave the handle to the collector
    h = null;
    let idx = native.indexOpen(dir + '/' + round + '.index', 8192);
    idx.buffer.writeInt32BE(round, 0);
    views.push(idx.buffer.subarray(0, 4));
    if (round % 2) native.indexClose(idx.handle, 8);
    idx = null;
    await gcAll();
  }
  let ok = 0;
  for (const v of views) if (v.length === 5001 ? v[0] === v[4999] : v.readInt32BE(0) >= 0) ok++;
  views = null;
  await gcAll();
  process.stdout.write(String(ok));
})();
`;

describeNative('garbage collection', (native) => {
  it('keeps views valid after their handles are collected, and frees everything later', () => {
    expect(typeof native.segmentOpen).toBe('function');
    const dir = mkdtempSync(join(tmpdir(), 'samsa-native-gc-'));
    try {
      const run = spawnSync(process.execPath, ['--expose-gc', '-e', SCRIPT, join(__dirname, '..', 'index.js'), dir], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(String(20 * 31));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
