// How the broker stored a partition, seen from the wire: the header of every stored batch (codec, magic, timestamp
// type, record count), without decompressing anything. Compat tests use it to check that a client's batches keep
// the client's codec, and what legacy writes became; the records themselves are always read back through real
// clients. The Fetch v4 requests and the batch headers are kafka-python's protocol code (helpers/py/stored_batches.py):
// kafkajs's record-batch decoder hands back records but not the attributes that name a batch's codec.
import { join } from 'node:path';
import { runPythonJson } from './python';

const SCRIPT = join(__dirname, 'py', 'stored_batches.py');

export interface StoredBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly magic: number;
  /** Attribute bits 0-2: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  readonly codec: number;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly recordCount: number;
  readonly maxTimestamp: number;
}

/** Every batch header of `topic`/`partition` from `fromOffset` to the high watermark. */
export async function storedBatches(
  bootstrap: string,
  topic: string,
  partition: number,
  fromOffset = 0,
): Promise<StoredBatch[]> {
  const out = await runPythonJson<{ batches: StoredBatch[] }>(
    SCRIPT,
    [bootstrap, topic, String(partition), String(fromOffset)],
    { timeoutMs: 30_000 },
  );
  return out.batches;
}
