"""kafka-python against a secured samsa listener.

argv[1] is a JSON document: {"config": {kafka-python client keyword arguments}, "topic": str, "expect_failure": bool}.
With the right settings: create the topic (KafkaAdminClient), produce two records, consume them in a group with a
synchronous commit, and delete the topic; prints {"ok": true, "values": [...], "committed": n}. With
expect_failure: creating the admin client must fail; prints {"ok": false, "error": "<exception class: text>"}.
"""
import json
import logging
import sys
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

spec = json.loads(sys.argv[1])
config = spec["config"]
topic = spec["topic"]

if spec.get("expect_failure"):
    logged = []

    class Collect(logging.Handler):
        """kafka-python logs the broker's SASL error text; its bootstrap raises NoBrokersAvailable."""

        def emit(self, record):
            logged.append(record.getMessage())

    logging.getLogger("kafka").addHandler(Collect())
    logging.getLogger("kafka").setLevel(logging.INFO)
    try:
        KafkaAdminClient(request_timeout_ms=8000, **config).close()
        print(json.dumps({"ok": True}))
    except Exception as e:  # noqa: BLE001 - the test reports whatever the client raised
        print(json.dumps({"ok": False, "error": "%s: %s" % (type(e).__name__, e), "log": logged}))
    sys.exit(0)

admin = KafkaAdminClient(**config)
admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
producer = KafkaProducer(**config)
producer.send(topic, key=b"a", value=b"one")
producer.send(topic, key=b"b", value=b"two")
producer.flush(20)
producer.close()

consumer = KafkaConsumer(topic, group_id=topic + "-group", auto_offset_reset="earliest",
                         enable_auto_commit=False, **config)
values = []
deadline = time.time() + 30
while len(values) < 2 and time.time() < deadline:
    for records in consumer.poll(timeout_ms=1000).values():
        values.extend(r.value.decode() for r in records)
consumer.commit()
committed = sum(consumer.committed(TopicPartition(topic, p)) or 0 for p in (0, 1))
consumer.close()
admin.delete_topics([topic])
admin.close()
print(json.dumps({"ok": True, "values": sorted(values), "committed": committed}))
