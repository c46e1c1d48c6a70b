"""The header of every batch the broker stored in a partition, read over the wire with kafka-python's own protocol
classes: sessionless Fetch v4 requests (a v4+ answer carries record batches as they are stored, never converted) and
kafka-python's record-batch reader, which gives the header without decompressing anything. Prints one JSON document.

usage: stored_batches.py BOOTSTRAP TOPIC PARTITION FROM_OFFSET

Prints {"batches": [{"baseOffset", "lastOffset", "magic", "codec", "timestampType", "recordCount", "maxTimestamp"}],
"highWatermark": int}: every batch holding an offset from FROM_OFFSET up to the high watermark, in log order.
codec is attribute bits 0-2 (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd); timestampType "CreateTime" or
"LogAppendTime". A Fetch error or a legacy (magic 0/1) answer ends the script with exit code 1.
"""
import json
import socket
import sys

from kafka.protocol.fetch import FetchRequest
from kafka.protocol.parser import KafkaProtocol
from kafka.record import MemoryRecords
from kafka.record.default_records import DefaultRecordBatch

FETCH_VERSION = 4
MAX_BYTES = 16 << 20
TIMEOUT_S = 15


def fetch(sock, protocol, topic, partition, offset):
    """One Fetch v4 (read_uncommitted, no wait) and its decoded answer for the partition."""
    request = FetchRequest[FETCH_VERSION](
        replica_id=-1, max_wait_time=0, min_bytes=0, max_bytes=MAX_BYTES, isolation_level=0,
        topics=[(topic, [(partition, offset, MAX_BYTES)])])
    protocol.send_request(request)
    sock.sendall(protocol.send_bytes())
    while True:
        chunk = sock.recv(1 << 20)
        if not chunk:
            raise RuntimeError("the broker closed the connection")
        responses = protocol.receive_bytes(chunk)
        if responses:
            _, response = responses[0]
            for _topic, partitions in response.topics:
                for p in partitions:
                    if p[0] == partition:
                        return p
            raise RuntimeError(f"Fetch of {topic}/{partition} answered no partition")


def main(bootstrap, topic, partition, from_offset):
    partition = int(partition)
    host, _, port = bootstrap.rpartition(":")
    protocol = KafkaProtocol(client_id="compat-stored-batches")
    batches = []
    high_watermark = -1
    next_offset = int(from_offset)
    with socket.create_connection((host, int(port)), timeout=TIMEOUT_S) as sock:
        for _round in range(1000):
            _p, error_code, high_watermark, _lso, _aborted, records = fetch(sock, protocol, topic, partition, next_offset)
            if error_code != 0:
                raise RuntimeError(f"Fetch of {topic}/{partition} at {next_offset} failed with error code {error_code}")
            stored = MemoryRecords(records)
            fetched_any = False
            while stored.has_next():
                batch = stored.next_batch()
                if not isinstance(batch, DefaultRecordBatch):
                    raise RuntimeError(f"{topic}/{partition}: a magic {batch.magic} message set, not a record batch")
                fetched_any = True
                last_offset = batch.base_offset + batch.last_offset_delta
                if last_offset < next_offset:
                    continue
                batches.append({
                    "baseOffset": batch.base_offset,
                    "lastOffset": last_offset,
                    "magic": batch.magic,
                    "codec": batch.compression_type,
                    "timestampType": "LogAppendTime" if batch.timestamp_type == 1 else "CreateTime",
                    # The header's record count, as kafka-python read it (2.0.2 has no public accessor for it).
                    "recordCount": batch._num_records,
                    "maxTimestamp": batch.max_timestamp,
                })
                next_offset = last_offset + 1
            if next_offset >= high_watermark or not fetched_any:
                break
    print(json.dumps({"batches": batches, "highWatermark": high_watermark}))


if __name__ == "__main__":
    main(*sys.argv[1:])
