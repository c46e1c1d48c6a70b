import { FrameReader } from '../../src/network/frame-reader';

function frame(payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

function collect(maxBytes = 1024) {
  const frames: Buffer[] = [];
  const invalid: { size: number; maxBytes: number }[] = [];
  const reader = new FrameReader(maxBytes, {
    frame: (p) => frames.push(p),
    invalidSize: (size, max) => invalid.push({ size, maxBytes: max }),
  });
  return { reader, frames, invalid };
}

describe('FrameReader', () => {
  it('delivers several frames from one chunk as views of that chunk', () => {
    const { reader, frames } = collect();
    const chunk = Buffer.concat([frame('one'), frame('two'), frame('three')]);
    reader.push(chunk);
    expect(frames.map((f) => f.toString())).toEqual(['one', 'two', 'three']);
    // A view shares memory with the chunk: writing through it shows up in the chunk.
    frames[0]![0] = 'O'.charCodeAt(0);
    expect(chunk.subarray(4, 7).toString()).toBe('One');
    expect(reader.bufferedBytes).toBe(0);
  });

  it('reassembles a frame split at every possible byte boundary', () => {
    const data = Buffer.concat([frame('hello world'), frame('x')]);
    for (let cut = 1; cut < data.length; cut++) {
      const { reader, frames } = collect();
      reader.push(data.subarray(0, cut));
      reader.push(data.subarray(cut));
      expect(frames.map((f) => f.toString())).toEqual(['hello world', 'x']);
    }
  });

  it('reassembles a frame delivered one byte at a time, including the size prefix', () => {
    const { reader, frames } = collect();
    const data = Buffer.concat([frame('abcdef'), frame('gh')]);
    for (const b of data) reader.push(Buffer.from([b]));
    expect(frames.map((f) => f.toString())).toEqual(['abcdef', 'gh']);
  });

  it('delivers an empty frame', () => {
    const { reader, frames } = collect();
    reader.push(frame(''));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.length).toBe(0);
  });

  it('rejects an oversized prefix before buffering its body', () => {
    const { reader, frames, invalid } = collect(100);
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(0x7fffffff);
    const alloc = jest.spyOn(Buffer, 'allocUnsafe');
    reader.push(prefix);
    expect(alloc).not.toHaveBeenCalled();
    alloc.mockRestore();
    expect(invalid).toEqual([{ size: 0x7fffffff, maxBytes: 100 }]);
    expect(frames).toHaveLength(0);
    expect(reader.stopped).toBe(true);
    reader.push(frame('ignored'));
    expect(frames).toHaveLength(0);
  });

  it('rejects an oversized prefix split across chunks', () => {
    const { reader, invalid } = collect(100);
    reader.push(Buffer.from([0x00, 0x00]));
    reader.push(Buffer.from([0x01, 0x00, 0xaa]));
    expect(invalid).toEqual([{ size: 256, maxBytes: 100 }]);
  });

  it('rejects a negative prefix', () => {
    const { reader, invalid } = collect();
    reader.push(Buffer.from([0xff, 0xff, 0xff, 0xfe]));
    expect(invalid).toEqual([{ size: -2, maxBytes: 1024 }]);
  });

  it('accepts a frame of exactly the maximum size', () => {
    const { reader, frames, invalid } = collect(8);
    reader.push(frame('12345678'));
    expect(invalid).toHaveLength(0);
    expect(frames[0]!.toString()).toBe('12345678');
  });

  it('keeps a trailing partial frame pending until it completes', () => {
    const { reader, frames } = collect();
    const data = Buffer.concat([frame('a'), frame('bcd')]);
    reader.push(data.subarray(0, 7));
    expect(frames.map((f) => f.toString())).toEqual(['a']);
    expect(reader.bufferedBytes).toBe(2);
    reader.push(data.subarray(7));
    expect(frames.map((f) => f.toString())).toEqual(['a', 'bcd']);
  });

  it('fills a frame spanning several chunks and goes on with the frames after it in the last chunk', () => {
    const { reader, frames } = collect(1 << 20);
    const big = Buffer.alloc(200000);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const data = Buffer.concat([frame('a'), frame(big), frame('b'), frame('cd')]);
    for (let at = 0; at < data.length; at += 65536) reader.push(data.subarray(at, at + 65536));
    expect(frames).toHaveLength(4);
    expect(frames[1]!.equals(big)).toBe(true);
    expect(frames.filter((_, i) => i !== 1).map((f) => f.toString())).toEqual(['a', 'b', 'cd']);
    expect(reader.bufferedBytes).toBe(0);
  });

  it('stops at an oversized prefix that follows a frame spanning chunks', () => {
    const { reader, frames, invalid } = collect(100);
    const data = Buffer.concat([frame('x'.repeat(90)), Buffer.from([0, 0, 1, 0]), frame('never')]);
    reader.push(data.subarray(0, 50));
    reader.push(data.subarray(50));
    expect(frames.map((f) => f.length)).toEqual([90]);
    expect(invalid).toEqual([{ size: 256, maxBytes: 100 }]);
    expect(reader.stopped).toBe(true);
  });
});
