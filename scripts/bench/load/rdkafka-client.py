# librdkafka load generator (confluent-kafka-python, run with /usr/bin/python3) for clients.bench.ts.
#   produce BOOTSTRAP TOPIC SECONDS VALUE_BYTES: produces as fast as the client allows (acks=1, linger 5 ms,
#     lz4 off) for SECONDS after a short warm-up; counts delivered records.
#   consume BOOTSTRAP TOPIC COUNT: reads COUNT records from the start of partition 0 (no group, assign()).
# Prints one JSON line: {"records": n, "bytes": b, "seconds": s}.
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition


def produce(bootstrap, topic, seconds, value_bytes):
    p = Producer({'bootstrap.servers': bootstrap, 'acks': 1, 'linger.ms': 5, 'batch.size': 1000000,
                  'queue.buffering.max.messages': 500000, 'queue.buffering.max.kbytes': 1048576})
    value = b'v' * value_bytes
    delivered = [0, 0]

    def on_delivery(err, _msg):
        if err is not None:
            raise RuntimeError(str(err))
        delivered[0] += 1

    def run(limit):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            try:
                p.produce(topic, value, partition=0, on_delivery=on_delivery)
            except BufferError:
                p.poll(0.001)
            else:
                p.poll(0)
        p.flush(60)

    run(0.5)
    delivered[0] = 0
    start = time.monotonic()
    run(seconds)
    took = time.monotonic() - start
    return {'records': delivered[0], 'bytes': delivered[0] * value_bytes, 'seconds': took}


def consume(bootstrap, topic, count):
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'samsa-bench', 'enable.auto.commit': False, 'auto.offset.reset': 'earliest',
                  'fetch.max.bytes': 52428800, 'max.partition.fetch.bytes': 1048576})
    c.assign([TopicPartition(topic, 0, 0)])
    records = 0
    size = 0
    start = None
    deadline = time.monotonic() + 60
    while records < count and time.monotonic() < deadline:
        batch = c.consume(num_messages=10000, timeout=1.0)
        if start is None and batch:
            start = time.monotonic()
        for m in batch:
            if m.error() is not None:
                raise RuntimeError(str(m.error()))
            records += 1
            size += len(m.value())
    took = time.monotonic() - (start or time.monotonic())
    c.close()
    return {'records': records, 'bytes': size, 'seconds': took}


if __name__ == '__main__':
    mode = sys.argv[1]
    if mode == 'produce':
        out = produce(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))
    else:
        out = consume(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    print(json.dumps(out))
