// The network ceiling, run as its own process like the brokers it is compared with. It speaks only the framing:
//   sink:   reads size-prefixed requests and answers each with a fixed Produce v7 success response (correlation id
//           patched in), so the generator moves the same bytes as against a broker, minus the broker's work;
//   source: answers each request with a response of RESPONSE_BYTES (size prefix included), written as an 8-byte head
//           and one shared payload buffer, as a broker answering fetches would.
// With a third argument, a directory holding broker.pem and broker.key (`samsa certs`), it speaks TLS: the ceiling
// of a Node server behind TLS, which samsa's SSL listeners are compared with.
// Usage: node --import tsx tcp-baseline-server.ts sink|source [RESPONSE_BYTES [CERT_DIR]]; prints the port on its
// first line.
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { produceResponseTemplate } from './wire';

const mode = process.argv[2];
const responseBytes = Number(process.argv[3] ?? 0);
if (mode !== 'sink' && mode !== 'source') throw new Error('usage: tcp-baseline-server.ts sink|source [RESPONSE_BYTES]');

const template = produceResponseTemplate('bench');
const payload = Buffer.alloc(Math.max(0, responseBytes - 8), 7);

function answer(socket: Socket, correlationId: number): void {
  if (mode === 'sink') {
    const r = Buffer.from(template);
    r.writeInt32BE(correlationId, 4);
    socket.write(r);
    return;
  }
  const head = Buffer.allocUnsafe(8);
  head.writeInt32BE(responseBytes - 4, 0);
  head.writeInt32BE(correlationId, 4);
  socket.cork();
  socket.write(head);
  socket.write(payload);
  socket.uncork();
}

/** Walks the stream frame by frame without copying it: only the 8 bytes of size and header prefix are kept. */
function serve(socket: Socket): void {
  socket.setNoDelay(true);
  const prefix = Buffer.alloc(12);
  let prefixFill = 0;
  let skip = 0; // bytes of the current frame's body still to pass over
  let correlationId = 0;
  socket.on('data', (chunk: Buffer) => {
    let at = 0;
    while (at < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - at);
        skip -= n;
        at += n;
        // Answered once the whole request is in, as a server that reads its requests would.
        if (skip === 0) answer(socket, correlationId);
        continue;
      }
      const n = Math.min(12 - prefixFill, chunk.length - at);
      chunk.copy(prefix, prefixFill, at, at + n);
      prefixFill += n;
      at += n;
      if (prefixFill < 12) break;
      prefixFill = 0;
      skip = prefix.readInt32BE(0) - 8; // size covers api key, version and correlation id, already read
      correlationId = prefix.readInt32BE(8);
      if (skip === 0) answer(socket, correlationId);
    }
  });
  socket.on('error', () => socket.destroy());
}

const certDir = process.argv[4];
const server = certDir
  ? createTlsServer(
      { cert: readFileSync(join(certDir, 'broker.pem')), key: readFileSync(join(certDir, 'broker.key')) },
      serve,
    )
  : createServer(serve);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
