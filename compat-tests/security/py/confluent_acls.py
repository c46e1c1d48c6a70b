"""confluent-kafka-python against a samsa whose authorizer decides what the user may do.

argv[1] is a JSON document: {"config": {librdkafka client settings}, "action": str, "topic": str, "group": str,
"transactional_id": str}. The action is one of produce, consume (in the group, committing what it read),
create_topic, delete_topic, transaction (init, produce, commit). Prints {"ok": bool, "errors": [Kafka error names
the client reported], "values": [consumed values]}.
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer
from confluent_kafka.admin import AdminClient, NewTopic

spec = json.loads(sys.argv[1])
errors = []
values = []


def on_error(err):
    errors.append(err.name())


base = dict(spec["config"])
base["error_cb"] = on_error
action = spec["action"]
topic = spec.get("topic")


def name_of(exc):
    err = exc.args[0] if exc.args else None
    return err.name() if isinstance(err, KafkaError) else str(exc)


def delivered(err, _msg):
    if err is not None:
        errors.append(err.name())


try:
    if action == "produce":
        producer = Producer(dict(base, **{"message.timeout.ms": 8000}))
        producer.produce(topic, value=b"from-python", on_delivery=delivered)
        producer.flush(15)
    elif action == "consume":
        consumer = Consumer(
            dict(
                base,
                **{
                    "group.id": spec["group"],
                    "auto.offset.reset": "earliest",
                    "enable.auto.commit": False,
                },
            )
        )
        consumer.subscribe([topic])
        deadline = time.time() + 15
        while time.time() < deadline and not values and not errors:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                errors.append(msg.error().name())
                continue
            values.append(msg.value().decode())
            consumer.commit(message=msg, asynchronous=False)
        consumer.close()
    elif action in ("create_topic", "delete_topic"):
        admin = AdminClient(base)
        futures = (
            admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
            if action == "create_topic"
            else admin.delete_topics([topic])
        )
        for f in futures.values():
            f.result(timeout=15)
    elif action == "transaction":
        producer = Producer(dict(base, **{"transactional.id": spec["transactional_id"]}))
        producer.init_transactions(15)
        producer.begin_transaction()
        producer.produce(topic, value=b"in-txn", on_delivery=delivered)
        producer.commit_transaction(15)
    else:
        raise SystemExit("unknown action " + action)
except KafkaException as e:
    errors.append(name_of(e))

print(json.dumps({"ok": not errors, "errors": errors, "values": values}))
