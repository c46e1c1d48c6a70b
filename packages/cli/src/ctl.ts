/**
 * `samsa ctl`: the control API from a shell, through a running broker's HTTP admin endpoint
 * (`samsa.admin.listener`; `--admin host:port`, else $SAMSA_ADMIN, else 127.0.0.1:9644). The bearer token of
 * `samsa.admin.token` comes from $SAMSA_ADMIN_TOKEN (or `--token`, which other users can see in the process list).
 * Writes are sent as JSON, which the endpoint requires. Prints the endpoint's JSON answer; exit 0 on success, 1
 * when the endpoint refuses or cannot be reached, 2 for a usage error.
 */
import { UsageError } from './args';

export const DEFAULT_ADMIN = '127.0.0.1:9644';

export interface CtlRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly body?: Record<string, unknown>;
}

export interface CtlCommand {
  readonly admin: string;
  /** Bearer token for the endpoint; null: none sent. */
  readonly token: string | null;
  readonly request: CtlRequest;
}

const INT_FLAGS = new Set(['count', 'broker', 'partition', 'ms', 'max-version', 'limit', 'after-seq']);
const FLAG_FIELDS: Readonly<Record<string, string>> = {
  'max-version': 'maxVersion',
  'client-id': 'clientId',
  'after-seq': 'afterSeq',
};

export function ctlHelp(): string {
  return [
    'Usage: samsa ctl [--admin host:port] [--token T] <command> ...',
    '',
    'Drives a running broker through its HTTP admin endpoint (start it with --samsa.admin.listener host:port).',
    'The address comes from --admin, else $SAMSA_ADMIN, else 127.0.0.1:9644. Prints JSON.',
    'When the broker sets samsa.admin.token, pass it in $SAMSA_ADMIN_TOKEN (or --token, visible in ps).',
    '',
    'Commands:',
    '  status                                   brokers and their state (running, stopped, paused)',
    '  broker stop|start|pause|resume <id>      stop: listener closed, connections dropped, leaders move',
    '  log-dir fail <broker> <dir>              the log dir (a log.dirs entry) fails as a dead disk would',
    '  partition <topic> <p>                    leader, epoch, replicas, ISR, high watermark',
    '  leader <topic> <p> <broker>              move leadership (the broker must be in the ISR)',
    '  isr <topic> <p> <id,id,...>              force the ISR',
    '  leaderless <topic> <p>                   leader -1 until the next leader move',
    '  read-replica <topic> <p> <broker|none>   the leader sends v11+ consumers to this replica (KIP-392)',
    '  compact [<topic> [<p>]]                  a log cleaner pass now (every compacted topic without <topic>);',
    "                                           prints what each replica's pass removed",
    "  cleaner <topic> <p>                      the log cleaner's state of each replica (dirty ratio, last pass, ...)",
    '  error --api A --error E [--count N | --probability P] [--broker B] [--topic T] [--partition P]',
    '                                           answer matching requests with error E (name or code)',
    '  drop [--api A] [--count N | --probability P] [--broker B] [--topic T] [--partition P]',
    '                                           close the connection of matching requests',
    '  latency --ms N [--api A] [--broker B]    delay matching requests',
    '  hold [--api A] [--broker B] [--topic T] [--partition P]',
    '                                           keep matching requests unanswered; prints the hold id',
    "  release <id>                             let a hold's requests go on",
    '  cap --api A --max-version N [--broker B] advertise and serve at most version N of an API',
    '  telemetry                                client instances pushing telemetry (KIP-714) and their latest metrics',
    '  faults                                   list everything injected',
    '  remove <id>                              remove one fault',
    '  clear                                    remove every fault, resume and restart every broker',
    '  requests [--broker B] [--api A] [--client-id C] [--after-seq N]   the request log',
    '  requests start [--limit N] | requests stop | requests clear',
    '',
  ].join('\n');
}

/** Turns `ctl` arguments into one admin request. */
export function parseCtl(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CtlCommand {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`missing value for --${key}`);
    flags[key] = value;
  }
  const admin = flags['admin'] ?? env['SAMSA_ADMIN'] ?? DEFAULT_ADMIN;
  const token = flags['token'] ?? env['SAMSA_ADMIN_TOKEN'] ?? null;
  delete flags['admin'];
  delete flags['token'];
  const [command, ...args] = positional;
  if (command === undefined) throw new UsageError('missing ctl command; try: samsa ctl --help');
  return { admin, token: token === '' ? null : token, request: toRequest(command, args, flags) };
}

function toRequest(command: string, args: string[], flags: Record<string, string>): CtlRequest {
  const body = (): Record<string, unknown> => flagBody(flags);
  const partitionPath = (): string => {
    const [topic, partition] = args;
    if (topic === undefined || partition === undefined) throw new UsageError(`${command} needs <topic> <partition>`);
    return `/v1/partitions/${encodeURIComponent(topic)}/${int(partition, 'partition')}`;
  };
  switch (command) {
    case 'status':
      return { method: 'GET', path: '/v1/cluster' };
    case 'broker': {
      const [op, id] = args;
      if (!op || !['stop', 'start', 'pause', 'resume'].includes(op) || id === undefined) {
        throw new UsageError('usage: samsa ctl broker stop|start|pause|resume <id>');
      }
      return { method: 'POST', path: `/v1/brokers/${int(id, 'broker id')}/${op}` };
    }
    case 'log-dir': {
      const [op, id, dir] = args;
      if (op !== 'fail' || id === undefined || dir === undefined) {
        throw new UsageError('usage: samsa ctl log-dir fail <broker> <dir>');
      }
      return { method: 'POST', path: `/v1/brokers/${int(id, 'broker id')}/log-dirs/fail`, body: { dir } };
    }
    case 'partition':
      return { method: 'GET', path: partitionPath() };
    case 'leader': {
      const path = partitionPath();
      if (args[2] === undefined) throw new UsageError('usage: samsa ctl leader <topic> <partition> <broker>');
      return { method: 'POST', path: `${path}/leader`, body: { broker: int(args[2], 'broker') } };
    }
    case 'isr': {
      const path = partitionPath();
      if (args[2] === undefined) throw new UsageError('usage: samsa ctl isr <topic> <partition> <id,id,...>');
      const isr = args[2] === '' ? [] : args[2].split(',').map((s) => int(s.trim(), 'node id'));
      return { method: 'POST', path: `${path}/isr`, body: { isr } };
    }
    case 'leaderless':
      return { method: 'POST', path: `${partitionPath()}/leaderless` };
    case 'read-replica': {
      const path = partitionPath();
      const broker = args[2];
      if (broker === undefined) throw new UsageError('usage: samsa ctl read-replica <topic> <partition> <broker|none>');
      return {
        method: 'POST',
        path: `${path}/preferred-read-replica`,
        body: { broker: broker === 'none' ? null : int(broker, 'broker') },
      };
    }
    case 'cleaner':
      return { method: 'GET', path: `${partitionPath()}/cleaner` };
    case 'telemetry':
      return { method: 'GET', path: '/v1/clients/telemetry' };
    case 'compact': {
      const [topic, partition] = args;
      if (topic === undefined) return { method: 'POST', path: '/v1/compact' };
      return {
        method: 'POST',
        path: `/v1/topics/${encodeURIComponent(topic)}/compact`,
        body: partition === undefined ? {} : { partition: int(partition, 'partition') },
      };
    }
    case 'error':
      return { method: 'POST', path: '/v1/faults/errors', body: body() };
    case 'drop':
      return { method: 'POST', path: '/v1/faults/drops', body: body() };
    case 'latency':
      return { method: 'POST', path: '/v1/faults/latency', body: body() };
    case 'hold':
      return { method: 'POST', path: '/v1/faults/holds', body: body() };
    case 'release':
      return { method: 'POST', path: `/v1/faults/holds/${encodeURIComponent(one(args, 'release <id>'))}/release` };
    case 'cap':
      return { method: 'POST', path: '/v1/faults/api-versions', body: body() };
    case 'faults':
    case 'list':
      return { method: 'GET', path: '/v1/faults' };
    case 'remove':
      return { method: 'DELETE', path: `/v1/faults/${encodeURIComponent(one(args, 'remove <id>'))}` };
    case 'clear':
      return { method: 'DELETE', path: '/v1/faults' };
    case 'requests': {
      const [op] = args;
      if (op === 'start') return { method: 'POST', path: '/v1/requests/start', body: body() };
      if (op === 'stop') return { method: 'POST', path: '/v1/requests/stop' };
      if (op === 'clear') return { method: 'DELETE', path: '/v1/requests' };
      if (op !== undefined) throw new UsageError('usage: samsa ctl requests [start|stop|clear]');
      const query = new URLSearchParams(
        Object.entries(body()).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
      return { method: 'GET', path: `/v1/requests${query === '' ? '' : `?${query}`}` };
    }
    default:
      throw new UsageError(`unknown ctl command ${command}; try: samsa ctl --help`);
  }
}

function flagBody(flags: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [flag, value] of Object.entries(flags)) {
    const field = FLAG_FIELDS[flag] ?? flag;
    if (INT_FLAGS.has(flag)) body[field] = int(value, `--${flag}`);
    else if (flag === 'probability') body[field] = Number(value);
    else body[field] = value;
  }
  return body;
}

function one(args: string[], usage: string): string {
  const [value] = args;
  if (value === undefined) throw new UsageError(`usage: samsa ctl ${usage}`);
  return value;
}

function int(text: string, what: string): number {
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${what} must be an integer, got ${text}`);
  return Number(text);
}

/** Sends the request; resolves with the exit code after printing the answer (stdout) or the error (stderr). */
/** Where `runCtl` writes (process.stdout / process.stderr by default). */
export interface TextSink {
  write(text: string): unknown;
}

export async function runCtl(
  argv: readonly string[],
  out: TextSink = process.stdout,
  err: TextSink = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    out.write(ctlHelp());
    return 0;
  }
  let cmd: CtlCommand;
  try {
    cmd = parseCtl(argv, env);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`samsa: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const base = cmd.admin.startsWith('http://') ? cmd.admin.replace(/\/+$/, '') : `http://${cmd.admin}`;
  let res: Response;
  const headers: Record<string, string> = {};
  if (cmd.token !== null) headers['authorization'] = `Bearer ${cmd.token}`;
  // The endpoint takes writes only as JSON (a web page cannot send that cross-origin without a preflight).
  if (cmd.request.method !== 'GET') headers['content-type'] = 'application/json';
  try {
    res = await fetch(`${base}${cmd.request.path}`, {
      method: cmd.request.method,
      headers,
      ...(cmd.request.body !== undefined ? { body: JSON.stringify(cmd.request.body) } : {}),
    });
  } catch (e) {
    err.write(unreachableMessage(base, e));
    return 1;
  }
  const text = await res.text();
  if (!res.ok) {
    err.write(`samsa: ${res.status} ${text}\n`);
    return 1;
  }
  out.write(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  return 0;
}

/** Says why the endpoint could not be reached and, when nothing listens there, how to start one. */
function unreachableMessage(base: string, e: unknown): string {
  // fetch() fails with "fetch failed" and the socket's error as its cause. Read by shape, not instanceof: the error
  // can come from another realm (a test runner's sandbox).
  interface ErrorShape {
    readonly message?: unknown;
    readonly code?: unknown;
    readonly cause?: ErrorShape;
  }
  const outer = e as ErrorShape | null;
  const cause: ErrorShape | null = outer?.cause ?? outer;
  const code = cause?.code;
  const lines = [`samsa: cannot reach the admin endpoint at ${base}: ${String(cause?.message ?? e)}`];
  if (code === 'ECONNREFUSED') {
    lines.push(
      `samsa: nothing listens there. The admin endpoint is off unless asked for: start the broker with`,
      `  samsa start --samsa.admin.listener ${DEFAULT_ADMIN}`,
      `  (in a test suite: startCluster({ admin: true }), whose adminUrl is the address),`,
      `then pass that address to samsa ctl with --admin host:port or $SAMSA_ADMIN.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
