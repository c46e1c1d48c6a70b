// An idle partition holds nothing of the requests it appended: the batch views a log and its segments reuse let go
// of the last request's Buffer, which is a slice of a network read. With 10,000 partitions each holding its last
// 16 KB request, an idle broker kept 160 MB it did not need.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { backends, withNativeCrc } from './helpers/backends';
import { makeBatch } from './helpers/batches';
import { openLog } from './helpers/log';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage until `ref` is cleared, or gives up: a WeakRef's target is kept until the task that made it ends. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 10 && ref.deref() !== undefined; i++) {
    await new Promise((r) => setTimeout(r, 10));
    gc();
  }
  return ref.deref() === undefined;
}

describe.each(backends)('requests held on $name', (backend) => {
  withNativeCrc();

  it('a log keeps no reference to the request it appended, as leader and as follower', async () => {
    const { io, root, cleanup } = backend.make();
    const log = openLog(io, root);
    try {
      const refs: WeakRef<object>[] = [];
      (() => {
        // A request arrives inside a larger read buffer, as from the network.
        const batch = makeBatch(3, 1, 100);
        const read = new ArrayBuffer(1 << 20);
        const request = Buffer.from(read, 4096, batch.length);
        batch.copy(request);
        log.append(request, { leaderEpoch: 1 });
        refs.push(new WeakRef(read));
        const follower = makeBatch(2, 2, 100);
        const read2 = new ArrayBuffer(1 << 20);
        const copy = Buffer.from(read2, 0, follower.length);
        follower.copy(copy);
        copy.writeBigInt64BE(BigInt(log.logEndOffset), 0);
        log.appendAsFollower(copy);
        refs.push(new WeakRef(read2));
      })();
      expect(await collected(refs[0] as WeakRef<object>)).toBe(true);
      expect(await collected(refs[1] as WeakRef<object>)).toBe(true);
      expect(log.logEndOffset).toBe(5);
    } finally {
      log.close();
      cleanup();
    }
  });
});
