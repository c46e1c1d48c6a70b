"""An idempotent confluent-kafka-python producer made to send a batch twice, through samsa's HTTP admin endpoint;
prints one JSON document.

usage: idempotent_retry.py BOOTSTRAP ADMIN_URL TOPIC

The topic must exist with one partition. Five records (v0-v4) are produced and acknowledged. Then a hold is put on
Produce requests for the topic and five more (v5-v9) are produced: the broker keeps the request unhandled, the
producer's request times out (socket.timeout.ms) and librdkafka sends the same batch again (same producer id, epoch
and sequence), which the hold keeps too. Once the hold has caught at least two requests it is released: the broker
handles the held requests in arrival order, so the first appends the batch and every later one is a duplicate, and
the producer hears its offsets from a duplicate's answer. Five more records (v10-v14) follow without a fault, then
the partition is read from the beginning.

Prints {"delivered": [{"offset", "error"}], "values": [str], "offsets": [int], "held": int, "released": int,
"produce_requests_held": int, "produce_requests_finished": int}: held is how many Produce requests the hold caught,
released how many were waiting when it was released, and the request log's count of held Produce requests that got
an answer ready.
"""
import json
import sys
import time
import urllib.request

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

TIMEOUT_S = 30


def admin(base, method, path, body=None):
    data = None if method == "GET" else json.dumps(body or {}).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read())


def main(bootstrap, admin_url, topic):
    producer = Producer({
        "bootstrap.servers": bootstrap,
        "client.id": "compat-idempotent-retry",
        "enable.idempotence": True,
        "acks": "all",
        "linger.ms": 5,
        # A Produce request unanswered for a second times out and its batch is sent again; the messages themselves
        # may wait much longer.
        "socket.timeout.ms": 1000,
        "message.timeout.ms": TIMEOUT_S * 1000,
        "retry.backoff.ms": 50,
    })
    delivered = [None] * 15

    def report(index):
        def on_delivery(err, msg):
            delivered[index] = {"offset": msg.offset(), "error": None if err is None else err.name()}
        return on_delivery

    def produce(first, last):
        for i in range(first, last):
            producer.produce(topic, value=f"v{i}".encode(), partition=0, on_delivery=report(i))

    produce(0, 5)
    producer.flush(TIMEOUT_S)

    admin(admin_url, "POST", "/v1/requests/start")
    hold = admin(admin_url, "POST", "/v1/faults/holds", {"api": "Produce", "topic": topic})
    produce(5, 10)
    held = 0
    deadline = time.monotonic() + TIMEOUT_S
    while held < 2 and time.monotonic() < deadline:
        producer.poll(0.1)
        held = next((f["hits"] for f in admin(admin_url, "GET", "/v1/faults")["faults"] if f["id"] == hold["id"]), 0)
    released = admin(admin_url, "POST", f"/v1/faults/holds/{hold['id']}/release")["released"]
    producer.flush(TIMEOUT_S)

    produce(10, 15)
    producer.flush(TIMEOUT_S)
    requests = admin(admin_url, "GET", "/v1/requests?api=Produce")["requests"]
    held_requests = [r for r in requests if r["fault"] == hold["id"]]

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "compat-unused", "enable.auto.commit": False,
                         "enable.partition.eof": False})
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    values, offsets = [], []
    deadline = time.monotonic() + TIMEOUT_S
    while len(values) < 15 and time.monotonic() < deadline:
        msg = consumer.poll(0.5)
        if msg is not None and msg.error() is None:
            values.append(msg.value().decode())
            offsets.append(msg.offset())
    # One more short poll: a duplicate would show up here.
    extra = consumer.poll(1.0)
    if extra is not None and extra.error() is None:
        values.append(extra.value().decode())
        offsets.append(extra.offset())
    consumer.close()

    print(json.dumps({
        "delivered": delivered,
        "values": values,
        "offsets": offsets,
        "held": held,
        "released": released,
        "produce_requests_held": len(held_requests),
        "produce_requests_finished": len([r for r in held_requests if r["durationMs"] is not None]),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:])
