"""kafka-python KafkaProducer and KafkaConsumer (assign(), no consumer group) against a broker; prints one JSON document.

usage: produce_consume.py BOOTSTRAP produce TOPIC [OPTION=VALUE ...]   < {"records": [RECORD, ...]}
       produce_consume.py BOOTSTRAP consume TOPIC PARTITION OFFSET COUNT [OPTION=VALUE ...]
       produce_consume.py BOOTSTRAP api-version

RECORD is the compat suites' JSON record: {"key": hex|null, "value": hex|null, "headers": [[name, hex|null], ...],
"timestamp": ms|null, "partition": int (optional)}. Options: api_version=0.9 | 0.10.2 | ... (pins the protocol
release instead of probing the broker, which selects the message format: 0.9 magic 0, 0.10.x magic 1, 0.11+ the
v2 record batch), compression_type=gzip|snappy|lz4, acks=0|1|all. OFFSET is a number, "beginning" or "end".

produce prints {"delivered": [{"partition", "offset"}, ...], "api_version": [...]} in record order (offset -1 for
acks=0, where no answer comes back); consume prints {"records": [RECORD with "offset" and "timestamp_type"]},
stopping after COUNT records or after an idle timeout.
"""
import json
import sys
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

TIMEOUT_S = 15
IDLE_S = 5
COMMON = {"client_id": "compat-kafka-python", "request_timeout_ms": 10000}


def options(entries):
    parsed = dict(entry.split("=", 1) for entry in entries)
    config = {}
    if "api_version" in parsed:
        config["api_version"] = tuple(int(part) for part in parsed.pop("api_version").split("."))
    if "acks" in parsed:
        acks = parsed.pop("acks")
        config["acks"] = acks if acks == "all" else int(acks)
    config.update(parsed)
    return config


def unhex(s):
    return None if s is None else bytes.fromhex(s)


def tohex(b):
    return None if b is None else bytes(b).hex()


def produce(bootstrap, topic, *entries):
    records = json.load(sys.stdin)["records"]
    producer = KafkaProducer(bootstrap_servers=[bootstrap], linger_ms=5, **COMMON, **options(entries))
    futures = []
    for r in records:
        kwargs = {"key": unhex(r["key"]), "value": unhex(r["value"])}
        # Headers exist from the v2 record batch (0.11) on; kafka-python refuses them for older formats.
        if r["headers"]:
            kwargs["headers"] = [(name, unhex(value)) for name, value in r["headers"]]
        if r.get("timestamp") is not None:
            kwargs["timestamp_ms"] = r["timestamp"]
        if r.get("partition") is not None:
            kwargs["partition"] = r["partition"]
        futures.append(producer.send(topic, **kwargs))
    producer.flush(TIMEOUT_S)
    delivered = []
    for future in futures:
        metadata = future.get(TIMEOUT_S)
        delivered.append({"partition": metadata.partition, "offset": metadata.offset})
    version = list(producer.config["api_version"])
    producer.close(TIMEOUT_S)
    return {"delivered": delivered, "api_version": version}


def consume(bootstrap, topic, partition, offset, count, *entries):
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], group_id=None, enable_auto_commit=False,
                             **COMMON, **options(entries))
    tp = TopicPartition(topic, int(partition))
    consumer.assign([tp])
    if offset == "beginning":
        consumer.seek_to_beginning(tp)
    elif offset == "end":
        consumer.seek_to_end(tp)
    else:
        consumer.seek(tp, int(offset))
    records = []
    wanted = int(count)
    deadline = time.monotonic() + TIMEOUT_S
    idle_since = time.monotonic()
    while len(records) < wanted and time.monotonic() < deadline and time.monotonic() - idle_since < IDLE_S:
        batch = consumer.poll(timeout_ms=200, max_records=wanted - len(records))
        for msg in batch.get(tp, []):
            idle_since = time.monotonic()
            records.append({"partition": msg.partition, "offset": msg.offset, "key": tohex(msg.key),
                            "value": tohex(msg.value),
                            "headers": [[name, tohex(value)] for name, value in (msg.headers or [])],
                            "timestamp": msg.timestamp, "timestamp_type": msg.timestamp_type})
    consumer.close()
    return {"records": records}


def api_version(bootstrap):
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], **COMMON)
    try:
        return list(consumer.config["api_version"])
    finally:
        consumer.close()


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    commands = {"produce": produce, "consume": consume, "api-version": api_version}
    print(json.dumps(commands[command](bootstrap, *args)))


if __name__ == "__main__":
    main()
