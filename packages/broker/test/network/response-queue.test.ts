import { ResponseQueue } from '../../src/network/response-queue';

describe('ResponseQueue', () => {
  it('writes responses in reservation order when they complete out of order', () => {
    const written: string[] = [];
    const q = new ResponseQueue((bufs) => written.push(Buffer.concat(bufs as Buffer[]).toString()));
    const a = q.reserve();
    const b = q.reserve();
    const c = q.reserve();
    q.complete(c, [Buffer.from('c')]);
    q.complete(b, [Buffer.from('b')]);
    expect(written).toEqual([]);
    expect(q.inFlight).toBe(3);
    q.complete(a, [Buffer.from('a')]);
    expect(written).toEqual(['a', 'b', 'c']);
    expect(q.inFlight).toBe(0);
  });

  it('advances past a request with no response without writing', () => {
    const written: string[] = [];
    const q = new ResponseQueue((bufs) => written.push(Buffer.concat(bufs as Buffer[]).toString()));
    const a = q.reserve();
    const b = q.reserve();
    const c = q.reserve();
    q.complete(b, null);
    q.complete(c, [Buffer.from('c')]);
    q.complete(a, [Buffer.from('a')]);
    expect(written).toEqual(['a', 'c']);
  });

  it('ignores duplicate and unknown completions', () => {
    const written: string[] = [];
    const q = new ResponseQueue((bufs) => written.push(Buffer.concat(bufs as Buffer[]).toString()));
    const a = q.reserve();
    q.complete(a, [Buffer.from('a')]);
    q.complete(a, [Buffer.from('again')]);
    q.complete(42, [Buffer.from('never reserved')]);
    expect(written).toEqual(['a']);
  });

  it('resolves idle() once everything reserved is answered', async () => {
    const q = new ResponseQueue(() => undefined);
    await q.idle();
    const a = q.reserve();
    let idle = false;
    const p = q.idle().then(() => {
      idle = true;
    });
    await Promise.resolve();
    expect(idle).toBe(false);
    q.complete(a, null);
    await p;
    expect(idle).toBe(true);
  });
});
