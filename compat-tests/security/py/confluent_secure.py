"""confluent-kafka-python against a secured samsa listener.

argv[1] is a JSON document: {"config": {librdkafka client settings}, "topic": str, "expect_failure": bool}.
With the right settings: create the topic (AdminClient), produce two records, consume them in a group with a
commit, read the committed offsets back and delete the topic; prints {"ok": true, "values": [...], "committed": n}.
With expect_failure: the first admin call must fail; prints {"ok": false, "errors": [every error the client
reported]}.
"""
import json
import logging
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

spec = json.loads(sys.argv[1])
errors = []


def on_error(err):
    errors.append(str(err))


class Collect(logging.Handler):
    """librdkafka's log lines (the broker's SASL error text arrives there)."""

    def emit(self, record):
        errors.append(record.getMessage())


log = logging.getLogger("librdkafka")
log.addHandler(Collect())
log.setLevel(logging.INFO)

base = dict(spec["config"])
base["error_cb"] = on_error
topic = spec["topic"]

if spec.get("expect_failure"):
    admin = AdminClient(dict(base, logger=log))
    try:
        admin.list_topics(timeout=8)
        print(json.dumps({"ok": True, "errors": errors}))
    except KafkaException as e:
        errors.append(str(e))
        admin.poll(1)  # serves the queued error and log events
        print(json.dumps({"ok": False, "errors": errors}))
    sys.exit(0)

admin = AdminClient(base)
for f in admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)]).values():
    f.result(timeout=20)
assert topic in admin.list_topics(timeout=10).topics

producer = Producer(base)
producer.produce(topic, key=b"a", value=b"one")
producer.produce(topic, key=b"b", value=b"two")
assert producer.flush(20) == 0

consumer = Consumer(dict(base, **{"group.id": topic + "-group", "auto.offset.reset": "earliest",
                                  "enable.auto.commit": False}))
consumer.subscribe([topic])
values = []
deadline = time.time() + 30
while len(values) < 2 and time.time() < deadline:
    msg = consumer.poll(1.0)
    if msg is None or msg.error():
        continue
    values.append(msg.value().decode())
consumer.commit(asynchronous=False)
committed = consumer.committed([TopicPartition(topic, 0), TopicPartition(topic, 1)], timeout=10)
consumer.close()
for f in admin.delete_topics([topic]).values():
    f.result(timeout=20)
print(json.dumps({"ok": True, "values": sorted(values), "committed": sum(max(0, tp.offset) for tp in committed),
                  "errors": errors}))
