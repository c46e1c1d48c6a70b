"""Drives samsa's HTTP admin endpoint from Python while confluent-kafka-python produces and consumes; prints one JSON
document.

usage: control_faults.py BOOTSTRAP ADMIN_URL TOPIC COUNT

Creates nothing (the topic must exist with one partition). Through the admin endpoint it starts the request log and
injects, on Produce, two NOT_LEADER_OR_FOLLOWER answers and one REQUEST_TIMED_OUT; then produces COUNT records with an
idempotent acks=all producer, one at a time so each fault hits a request, reads the partition back from the
beginning, and reads the faults list and the Produce entries of the request log.

Prints {"delivered": [{"offset", "error"}], "values": [str, ...], "faults_before": [...], "faults_after": [...],
"produce_requests": int, "faulted_produce_requests": int}.
"""
import json
import sys
import time
import urllib.request

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

TIMEOUT_S = 20


def admin(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read())


def main(bootstrap, admin_url, topic, count):
    count = int(count)
    admin(admin_url, "POST", "/v1/requests/start", {})
    admin(admin_url, "POST", "/v1/faults/errors", {"api": "Produce", "error": "NOT_LEADER_OR_FOLLOWER", "count": 2})
    admin(admin_url, "POST", "/v1/faults/errors", {"api": "Produce", "error": "REQUEST_TIMED_OUT", "count": 1})
    faults_before = admin(admin_url, "GET", "/v1/faults")["faults"]

    producer = Producer({"bootstrap.servers": bootstrap, "client.id": "compat-control-faults", "enable.idempotence": True,
                         "acks": "all", "retry.backoff.ms": 20, "linger.ms": 0})
    delivered = [None] * count

    def report(index):
        def on_delivery(err, msg):
            delivered[index] = {"offset": msg.offset(), "error": None if err is None else err.name()}
        return on_delivery

    for i in range(count):
        producer.produce(topic, value=f"v{i}".encode(), partition=0, on_delivery=report(i))
        producer.flush(TIMEOUT_S)

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False,
                         "enable.partition.eof": False})
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    values = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(values) < count and time.monotonic() < deadline:
        msg = consumer.poll(0.5)
        if msg is not None and msg.error() is None:
            values.append(msg.value().decode())
    # One more short poll: a duplicate would show up here.
    extra = consumer.poll(1.0)
    if extra is not None and extra.error() is None:
        values.append(extra.value().decode())
    consumer.close()

    requests = admin(admin_url, "GET", "/v1/requests?api=Produce")["requests"]
    print(json.dumps({
        "delivered": delivered,
        "values": values,
        "faults_before": faults_before,
        "faults_after": admin(admin_url, "GET", "/v1/faults")["faults"],
        "produce_requests": len(requests),
        "faulted_produce_requests": len([r for r in requests if r["fault"] is not None]),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:])
