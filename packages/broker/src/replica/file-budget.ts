/**
 * The open-file budget of storage (samsa.max.open.files): how many segment files may be open at once, whatever the
 * number of partitions. At start-up the soft RLIMIT_NOFILE is raised to the hard limit (through the native module;
 * Kafka leaves this to the operator's ulimit), and an unset budget becomes 3/4 of the limit less a reserve for client
 * sockets (storage's defaultMaxOpenFiles). One info line says what was chosen and from what.
 */
import type { Logger } from 'pino';
import { defaultMaxOpenFiles, loadNativeBinding, raiseFileLimit } from '@samsa/storage';
import type { BrokerConfig } from '../config';

export function chooseFileBudget(config: BrokerConfig, logger: Logger): number {
  const limit = raiseFileLimit(loadNativeBinding().binding);
  const configured = config.values.get('samsa.max.open.files') as number | null;
  const maxOpenFiles = configured ?? defaultMaxOpenFiles(limit.soft);
  logger.info(
    {
      maxOpenFiles,
      from: configured === null ? 'open-file limit' : 'samsa.max.open.files',
      softLimit: limit.soft,
      hardLimit: limit.hard,
      raisedFrom: limit.raisedFrom,
      limitSource: limit.source,
    },
    'storage open-file budget',
  );
  return maxOpenFiles;
}
