"""confluent-kafka-python Producer sending COUNT messages of SIZE bytes one request at a time, with a throttle_cb;
prints one JSON document.

usage: quota_throttle.py BOOTSTRAP TOPIC CLIENT_ID COUNT SIZE

Prints {"throttles": [ms, ...], "errors": [...]}: the throttle times librdkafka reported through throttle_cb (it reads
throttle_time_ms from every response) and any delivery error.
"""
import json
import sys

from confluent_kafka import Producer

TIMEOUT_S = 30


def main(bootstrap, topic, client_id, count, size):
    throttles = []
    errors = []

    def on_throttle(event):
        # ThrottleEvent.throttle_time is in seconds.
        if event.throttle_time > 0:
            throttles.append(round(event.throttle_time * 1000))

    def on_delivery(err, _msg):
        if err is not None:
            errors.append(err.name())

    producer = Producer({"bootstrap.servers": bootstrap, "client.id": client_id, "linger.ms": 0, "acks": 1,
                         "throttle_cb": on_throttle})
    value = b"t" * int(size)
    for _ in range(int(count)):
        producer.produce(topic, value=value, on_delivery=on_delivery)
        producer.flush(TIMEOUT_S)
    # Throttle events arrive with the responses; serve the last ones.
    producer.poll(0.5)
    print(json.dumps({"throttles": throttles, "errors": errors}))


if __name__ == "__main__":
    main(*sys.argv[1:])
