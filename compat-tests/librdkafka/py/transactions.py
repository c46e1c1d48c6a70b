"""confluent-kafka-python transactional producer against a broker; prints one JSON document.

usage: transactions.py BOOTSTRAP produce TRANSACTIONAL_ID TOPIC   < {"transactions": [TXN, ...]}
       transactions.py BOOTSTRAP transform TRANSACTIONAL_ID GROUP IN_TOPIC OUT_TOPIC COMMIT_COUNT
       transactions.py BOOTSTRAP fence TRANSACTIONAL_ID TOPIC

produce: init_transactions(), then for each TXN {"values": [str, ...], "partition": int, "end": "commit"|"abort"}
begin_transaction(), produce the values to TOPIC-partition, then commit_transaction() or abort_transaction().
Prints {"transactions": [{"delivered": [offset, ...], "end": "commit"|"abort"}, ...]}.

transform: consume-transform-produce. A consumer in GROUP (read_committed, no auto commit) reads every record of
IN_TOPIC partition 0; one transaction produces the upper-cased values of the first COMMIT_COUNT records to
OUT_TOPIC with send_offsets_to_transaction() and commits, a second does the same for the rest and aborts. Around
each end, a read_uncommitted consumer of the same group id (OffsetFetch without require_stable) reads the group's
committed offset. Prints {"consumed": [[offset, value], ...], "steps": [{"end": "commit"|"abort",
"committed_before": int, "committed_after": int}, ...]} where -1001 means no committed offset.

fence: a producer begins a transaction and delivers "zombie-1" to TOPIC-0; a second producer with the same
TRANSACTIONAL_ID calls init_transactions(); the first then produces "zombie-2" and tries commit_transaction(); the
second commits "successor-1". Prints {"zombie_error": {"name", "fatal", "abortable"} | null, "successor": [offset]}.
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

TIMEOUT_S = 30
IDLE_S = 3


def transactional_producer(bootstrap, transactional_id):
    producer = Producer({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python-txn",
                         "transactional.id": transactional_id, "transaction.timeout.ms": 30000, "linger.ms": 5})
    producer.init_transactions(TIMEOUT_S)
    return producer


def send(producer, topic, partition, values):
    delivered = [None] * len(values)

    def report(index):
        def on_delivery(err, msg):
            delivered[index] = msg.offset() if err is None else err.name()
        return on_delivery

    for i, value in enumerate(values):
        producer.produce(topic, value=value.encode(), partition=partition, on_delivery=report(i))
    remaining = producer.flush(TIMEOUT_S)
    if remaining:
        raise SystemExit(f"{remaining} records not delivered within {TIMEOUT_S} s")
    return delivered


def end(producer, how):
    if how == "commit":
        producer.commit_transaction(TIMEOUT_S)
    else:
        producer.abort_transaction(TIMEOUT_S)


def produce(bootstrap, transactional_id, topic):
    transactions = json.load(sys.stdin)["transactions"]
    producer = transactional_producer(bootstrap, transactional_id)
    out = []
    for txn in transactions:
        producer.begin_transaction()
        delivered = send(producer, topic, txn.get("partition", 0), txn["values"])
        end(producer, txn["end"])
        out.append({"delivered": delivered, "end": txn["end"]})
    return {"transactions": out}


def committed_offset(bootstrap, group, topic):
    # read_uncommitted: librdkafka then sends OffsetFetch without require_stable, so a pending transactional
    # offset does not block the answer; the committed offset (or none) is what comes back.
    checker = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
                        "isolation.level": "read_uncommitted"})
    try:
        [tp] = checker.committed([TopicPartition(topic, 0)], timeout=TIMEOUT_S)
        if tp.error is not None:
            raise SystemExit(f"committed() failed: {tp.error}")
        return tp.offset
    finally:
        checker.close()


def transform(bootstrap, transactional_id, group, in_topic, out_topic, commit_count):
    commit_count = int(commit_count)
    consumer = Consumer({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python-ctp", "group.id": group,
                         "enable.auto.commit": False, "auto.offset.reset": "earliest",
                         "isolation.level": "read_committed"})
    consumer.subscribe([in_topic])
    consumed = []
    deadline = time.monotonic() + TIMEOUT_S
    last = time.monotonic()
    while time.monotonic() < deadline and (not consumed or time.monotonic() - last < IDLE_S):
        msg = consumer.poll(0.2)
        if msg is None or msg.error() is not None:
            continue
        consumed.append(msg)
        last = time.monotonic()
    producer = transactional_producer(bootstrap, transactional_id)
    steps = []
    for chunk, how in ((consumed[:commit_count], "commit"), (consumed[commit_count:], "abort")):
        producer.begin_transaction()
        send(producer, out_topic, 0, [m.value().decode().upper() for m in chunk])
        positions = [TopicPartition(in_topic, 0, chunk[-1].offset() + 1)]
        producer.send_offsets_to_transaction(positions, consumer.consumer_group_metadata(), TIMEOUT_S)
        before = committed_offset(bootstrap, group, in_topic)
        end(producer, how)
        steps.append({"end": how, "committed_before": before, "committed_after": committed_offset(bootstrap, group, in_topic)})
    consumer.close()
    return {"consumed": [[m.offset(), m.value().decode()] for m in consumed], "steps": steps}


def fence(bootstrap, transactional_id, topic):
    zombie = transactional_producer(bootstrap, transactional_id)
    zombie.begin_transaction()
    send(zombie, topic, 0, ["zombie-1"])
    successor = transactional_producer(bootstrap, transactional_id)
    # The zombie's Produce is refused; librdkafka raises the fencing as a fatal error from flush() or, failing
    # that, from commit_transaction().
    zombie.produce(topic, value=b"zombie-2", partition=0)
    error = None
    try:
        zombie.flush(TIMEOUT_S)
        zombie.commit_transaction(TIMEOUT_S)
    except KafkaException as e:
        err = e.args[0]
        error = {"name": err.name(), "fatal": err.fatal(), "abortable": err.txn_requires_abort()}
    successor.begin_transaction()
    committed = send(successor, topic, 0, ["successor-1"])
    successor.commit_transaction(TIMEOUT_S)
    return {"zombie_error": error, "successor": committed}


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    commands = {"produce": produce, "transform": transform, "fence": fence}
    print(json.dumps(commands[command](bootstrap, *args)))


if __name__ == "__main__":
    main()
