"""confluent-kafka-python across a leader move driven over samsa's HTTP admin endpoint; prints one JSON document.

usage: leader_move.py BOOTSTRAP ADMIN_URL TOPIC NEW_LEADER COUNT

The topic must exist with one partition replicated on NEW_LEADER. Reads the partition's leader from metadata
(AdminClient.list_topics), produces COUNT records with an acks=all idempotent producer, moves the leadership to
NEW_LEADER through POST /v1/partitions/TOPIC/0/leader, produces COUNT more with the same producer (it learns of the
move from NOT_LEADER_OR_FOLLOWER and refreshes its metadata), reads the leader from metadata again with a new
AdminClient and with the producer's own list_topics, and reads the partition back from the beginning.

Prints {"leader_before", "leader_after", "producer_leader_after", "moved": {...describe...}, "delivered": [{"offset",
"error"}], "values": [str, ...]}.
"""
import json
import sys
import time
import urllib.request

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient

TIMEOUT_S = 20


def admin_http(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read())


def leader_of(client, topic):
    md = client.list_topics(topic, timeout=10)
    return md.topics[topic].partitions[0].leader


def main(bootstrap, admin_url, topic, new_leader, count):
    count = int(count)
    leader_before = leader_of(AdminClient({"bootstrap.servers": bootstrap}), topic)

    producer = Producer({"bootstrap.servers": bootstrap, "client.id": "compat-leader-move", "enable.idempotence": True,
                         "acks": "all", "retry.backoff.ms": 20, "linger.ms": 0})
    delivered = [None] * (2 * count)

    def report(index):
        def on_delivery(err, msg):
            delivered[index] = {"offset": msg.offset(), "error": None if err is None else err.name()}
        return on_delivery

    for i in range(count):
        producer.produce(topic, value=f"v{i}".encode(), partition=0, on_delivery=report(i))
    producer.flush(TIMEOUT_S)

    moved = admin_http(admin_url, "POST", f"/v1/partitions/{topic}/0/leader", {"broker": int(new_leader)})

    for i in range(count, 2 * count):
        producer.produce(topic, value=f"v{i}".encode(), partition=0, on_delivery=report(i))
    producer.flush(TIMEOUT_S)
    producer_leader_after = leader_of(producer, topic)
    leader_after = leader_of(AdminClient({"bootstrap.servers": bootstrap}), topic)

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False,
                         "enable.partition.eof": False})
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    values = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(values) < 2 * count and time.monotonic() < deadline:
        msg = consumer.poll(0.5)
        if msg is not None and msg.error() is None:
            values.append(msg.value().decode())
    extra = consumer.poll(1.0)
    if extra is not None and extra.error() is None:
        values.append(extra.value().decode())
    consumer.close()

    print(json.dumps({
        "leader_before": leader_before,
        "leader_after": leader_after,
        "producer_leader_after": producer_leader_after,
        "moved": moved,
        "delivered": delivered,
        "values": values,
    }))


if __name__ == "__main__":
    main(*sys.argv[1:])
