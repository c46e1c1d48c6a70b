// The ceilings of a broker that keeps what it is sent, run as their own process like the brokers they are compared
// with. Each reads the load generator's Produce v7 requests (one topic, one partition), keeps the partition's record
// bytes and answers with the same fixed Produce v7 success response as the raw TCP sink (correlation id patched in):
//   file:   one positional write per request (the frame's chunks handed to writev as they arrived, no join, no
//           fsync, as samsa does by default), appended to one log file in a fresh directory: the physical limit of a
//           durable broker on this machine;
//   memory: a copy into blocks kept until the process ends, growing as samsa's memory storage grows its segments
//           (64 KiB doubling to 8 MiB; a batch larger than the room left starts a block of its own).
// Usage: node --import tsx relay-server.ts file|memory [DIR]; prints the port on its first line. The file relay
// writes under DIR (default: the system temp directory) and removes its directory on SIGTERM.
import { closeSync, mkdtempSync, openSync, rmSync, writevSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produceResponseTemplate } from './wire';

const mode = process.argv[2];
if (mode !== 'file' && mode !== 'memory') throw new Error('usage: relay-server.ts file|memory [DIR]');

const template = produceResponseTemplate('bench');

/** Where a Produce v7 request with one topic and one partition keeps its record bytes: [start, end) in the frame body. */
function recordsRange(prefix: Buffer, prefixBytes: number): [number, number] | null {
  // body: api key (2), version (2), correlation id (4), client id (2 + n), transactional id (2 + n), acks (2),
  // timeout (4), topics count (4), name (2 + n), partitions count (4), index (4), records size (4)
  let at = 8;
  const str = (): boolean => {
    if (at + 2 > prefixBytes) return false;
    const n = prefix.readInt16BE(at);
    at += 2 + Math.max(0, n);
    return true;
  };
  if (!str() || !str()) return null;
  at += 2 + 4 + 4;
  if (!str()) return null;
  at += 4 + 4;
  if (at + 4 > prefixBytes) return null;
  const size = prefix.readInt32BE(at);
  at += 4;
  return [at, at + Math.max(0, size)];
}

const PREFIX_BYTES = 512;

interface Keeper {
  /** Keeps `bytes` bytes that are `parts` (views of the received chunks, in order). */
  keep(parts: Buffer[], bytes: number): void;
  close(): void;
}

function fileKeeper(): Keeper {
  const dir = mkdtempSync(join(process.argv[3] ?? tmpdir(), 'samsa-relay-'));
  const fd = openSync(join(dir, '00000000000000000000.log'), 'w');
  let position = 0;
  return {
    keep(parts, bytes) {
      let written = writevSync(fd, parts, position);
      position += written;
      // A short write (rare on a regular file) goes on from where it stopped.
      while (written < bytes) {
        const rest = Buffer.concat(parts).subarray(written);
        const n = writevSync(fd, [rest], position);
        written += n;
        position += n;
      }
    },
    close() {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function memoryKeeper(): Keeper {
  const MIN_BLOCK_BYTES = 64 << 10;
  const MAX_BLOCK_BYTES = 8 << 20;
  const kept: Buffer[] = [];
  let block = Buffer.alloc(0);
  let at = 0;
  return {
    keep(parts, bytes) {
      if (at + bytes > block.length) {
        if (at > 0) kept.push(block);
        block = Buffer.allocUnsafe(Math.max(bytes, Math.min(MAX_BLOCK_BYTES, MIN_BLOCK_BYTES * 2 ** kept.length)));
        at = 0;
      }
      for (const p of parts) at += p.copy(block, at);
    },
    close() {},
  };
}

const keeper = mode === 'file' ? fileKeeper() : memoryKeeper();

function serve(socket: Socket): void {
  socket.setNoDelay(true);
  const prefix = Buffer.alloc(PREFIX_BYTES);
  let sizeFill = 0; // bytes of the 4-byte size prefix read so far
  const size = Buffer.alloc(4);
  let frameBytes = 0; // body bytes of the current frame
  let seen = 0; // body bytes of the current frame read so far
  let range: [number, number] | null = null;
  let parts: Buffer[] = [];
  let partBytes = 0;

  const finish = (): void => {
    const correlationId = prefix.readInt32BE(4);
    if (partBytes > 0) keeper.keep(parts, partBytes);
    parts = [];
    partBytes = 0;
    range = null;
    const r = Buffer.from(template);
    r.writeInt32BE(correlationId, 4);
    socket.write(r);
  };

  socket.on('data', (chunk: Buffer) => {
    let at = 0;
    while (at < chunk.length) {
      if (sizeFill < 4) {
        const n = Math.min(4 - sizeFill, chunk.length - at);
        chunk.copy(size, sizeFill, at, at + n);
        sizeFill += n;
        at += n;
        if (sizeFill < 4) break;
        frameBytes = size.readInt32BE(0);
        seen = 0;
        if (frameBytes === 0) sizeFill = 0;
        continue;
      }
      const n = Math.min(frameBytes - seen, chunk.length - at);
      const from = seen;
      if (from < PREFIX_BYTES) chunk.copy(prefix, from, at, at + Math.min(n, PREFIX_BYTES - from));
      seen += n;
      if (range === null) range = recordsRange(prefix, Math.min(seen, PREFIX_BYTES));
      if (range !== null) {
        // The part of this chunk inside the record bytes, as a view.
        const start = Math.max(from, range[0]);
        const end = Math.min(seen, range[1]);
        if (end > start) {
          parts.push(chunk.subarray(at + start - from, at + end - from));
          partBytes += end - start;
        }
      }
      at += n;
      if (seen === frameBytes) {
        sizeFill = 0;
        finish();
      }
    }
  });
  socket.on('error', () => socket.destroy());
}

const server = createServer(serve);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => {
  keeper.close();
  process.exit(0);
});
