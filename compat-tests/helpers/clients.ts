// Detects the external Kafka clients the compat suites drive, and decides what a
// suite does when one is missing: in CI a missing client is a failure (CI must
// install it); on a developer machine the suite is skipped with a message naming
// the exact install command. This is the only place a compat test may skip.
import { spawnSync } from 'node:child_process';

/** Debian's client libraries import only under the system interpreter, not a pyenv `python3` on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export type ExternalClient = 'kcat' | 'confluent-kafka-python' | 'kafka-python';

interface ClientProbe {
  readonly command: string;
  readonly args: readonly string[];
  readonly install: string;
}

const PROBES: Readonly<Record<ExternalClient, ClientProbe>> = {
  kcat: { command: 'kcat', args: ['-V'], install: 'apt-get install -y --no-install-recommends kcat' },
  'confluent-kafka-python': {
    command: SYSTEM_PYTHON,
    args: ['-c', 'import confluent_kafka'],
    install: 'apt-get install -y --no-install-recommends python3-confluent-kafka',
  },
  'kafka-python': {
    command: SYSTEM_PYTHON,
    args: ['-c', 'import kafka'],
    install: 'apt-get install -y --no-install-recommends python3-kafka',
  },
};

const detected = new Map<ExternalClient, boolean>();

export function isClientInstalled(client: ExternalClient): boolean {
  let present = detected.get(client);
  if (present === undefined) {
    const probe = PROBES[client];
    // Synchronous: jest collects describe blocks synchronously.
    const result = spawnSync(probe.command, probe.args, { stdio: 'ignore', timeout: 15_000 });
    present = result.error === undefined && result.status === 0;
    detected.set(client, present);
  }
  return present;
}

export function installCommand(client: ExternalClient): string {
  return PROBES[client].install;
}

export function describeWithClient(client: ExternalClient, title: string, fn: () => void): void {
  if (isClientInstalled(client)) {
    describe(title, fn);
    return;
  }
  const message = `${client} is not installed; install it with: ${installCommand(client)}`;
  if (process.env.CI) {
    describe(title, () => {
      test(`${client} must be installed in CI`, () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${message}`);
  describe.skip(title, fn);
}
