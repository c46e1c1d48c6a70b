"""confluent-kafka-python Producer and Consumer (assign(), no consumer group) against a broker; prints one JSON document.

usage: produce_consume.py BOOTSTRAP produce TOPIC [PROP=VALUE ...]   < {"records": [RECORD, ...]}
       produce_consume.py BOOTSTRAP consume TOPIC PARTITION OFFSET COUNT [PROP=VALUE ...]
       produce_consume.py BOOTSTRAP offsets-for-time TOPIC PARTITION TIMESTAMP_MS
       produce_consume.py BOOTSTRAP watermarks TOPIC PARTITION

RECORD is the compat suites' JSON record: {"key": hex|null, "value": hex|null, "headers": [[name, hex|null], ...],
"timestamp": ms|null, "partition": int (optional)}. PROP=VALUE are librdkafka properties (compression.type=zstd,
acks=0, ...). OFFSET is a number, "beginning" or "end".

produce prints {"delivered": [{"partition", "offset", "error"}, ...]} in record order; consume prints
{"records": [RECORD with "offset" and "timestamp_type"], "errors": [...]}, stopping after COUNT records or when no
record arrives for the idle timeout; offsets-for-time prints {"offset": int}; watermarks {"low": int, "high": int}.
"""
import json
import sys
import time

from confluent_kafka import OFFSET_BEGINNING, OFFSET_END, Consumer, Producer, TopicPartition

TIMEOUT_S = 15
IDLE_S = 5


def props(entries):
    return dict(entry.split("=", 1) for entry in entries)


def unhex(s):
    return None if s is None else bytes.fromhex(s)


def tohex(b):
    return None if b is None else bytes(b).hex()


def produce(bootstrap, topic, *entries):
    records = json.load(sys.stdin)["records"]
    producer = Producer({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python",
                         "linger.ms": 5, **props(entries)})
    delivered = [None] * len(records)

    def report(index):
        def on_delivery(err, msg):
            delivered[index] = {"partition": msg.partition(), "offset": msg.offset(),
                                "error": None if err is None else err.name()}
        return on_delivery

    for i, r in enumerate(records):
        kwargs = {"key": unhex(r["key"]), "value": unhex(r["value"]),
                  "headers": [(name, unhex(value)) for name, value in r["headers"]], "on_delivery": report(i)}
        if r.get("timestamp") is not None:
            kwargs["timestamp"] = r["timestamp"]
        if r.get("partition") is not None:
            kwargs["partition"] = r["partition"]
        producer.produce(topic, **kwargs)
        producer.poll(0)
    remaining = producer.flush(TIMEOUT_S)
    if remaining:
        raise SystemExit(f"{remaining} records not delivered within {TIMEOUT_S} s")
    return {"delivered": delivered}


def start_offset(text):
    named = {"beginning": OFFSET_BEGINNING, "end": OFFSET_END}
    return named[text] if text in named else int(text)


def consume(bootstrap, topic, partition, offset, count, *entries):
    # group.id is only a name here: assign() uses no group, and nothing is committed.
    consumer = Consumer({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python",
                         "group.id": "compat-unused", "enable.auto.commit": False,
                         "enable.auto.offset.store": False, "enable.partition.eof": False, **props(entries)})
    consumer.assign([TopicPartition(topic, int(partition), start_offset(offset))])
    records, errors = [], []
    wanted = int(count)
    deadline = time.monotonic() + TIMEOUT_S
    idle_since = time.monotonic()
    while len(records) < wanted and time.monotonic() < deadline and time.monotonic() - idle_since < IDLE_S:
        msg = consumer.poll(0.2)
        if msg is None:
            continue
        if msg.error() is not None:
            errors.append(msg.error().name())
            continue
        idle_since = time.monotonic()
        ts_type, ts = msg.timestamp()
        records.append({"partition": msg.partition(), "offset": msg.offset(), "key": tohex(msg.key()),
                        "value": tohex(msg.value()),
                        "headers": [[name, tohex(value)] for name, value in (msg.headers() or [])],
                        "timestamp": ts, "timestamp_type": ts_type})
    consumer.close()
    return {"records": records, "errors": errors}


def offsets_for_time(bootstrap, topic, partition, timestamp):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False})
    try:
        [found] = consumer.offsets_for_times([TopicPartition(topic, int(partition), int(timestamp))], timeout=TIMEOUT_S)
        if found.error is not None:
            return {"error": found.error.name()}
        return {"offset": found.offset}
    finally:
        consumer.close()


def watermarks(bootstrap, topic, partition):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False})
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, int(partition)), timeout=TIMEOUT_S)
        return {"low": low, "high": high}
    finally:
        consumer.close()


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    commands = {"produce": produce, "consume": consume, "offsets-for-time": offsets_for_time, "watermarks": watermarks}
    print(json.dumps(commands[command](bootstrap, *args)))


if __name__ == "__main__":
    main()
