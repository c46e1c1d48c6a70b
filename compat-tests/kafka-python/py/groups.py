"""kafka-python group consumer against a broker; prints one JSON document.

usage: groups.py BOOTSTRAP consume GROUP TOPIC OPTIONS_JSON

Runs one member of GROUP (RoundRobinPartitionAssignor), commits synchronously after every poll that returned
records, closes (LeaveGroup) and prints
  {"records": [[partition, offset, value], ...], "assignment": [partitions held when it stopped]}
OPTIONS_JSON keys (all optional): idle_s (default 3), deadline_s (default 45),
ready_file (touched once partitions are assigned).
"""
import json
import os
import sys
import time

from kafka import KafkaConsumer
from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor


def consume(bootstrap, group, topic, options):
    opts = json.loads(options)
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=[bootstrap],
        client_id="compat-kafka-python",
        group_id=group,
        partition_assignment_strategy=[RoundRobinPartitionAssignor],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        session_timeout_ms=6000,
        heartbeat_interval_ms=300,
        request_timeout_ms=10000,
    )
    records = []
    ready_file = opts.get("ready_file")
    deadline = time.time() + opts.get("deadline_s", 45)
    idle_s = opts.get("idle_s", 3)
    last = None
    while time.time() < deadline:
        polled = consumer.poll(timeout_ms=200)
        if ready_file and consumer.assignment() and not os.path.exists(ready_file):
            open(ready_file, "w").close()
        if not polled:
            if last is not None and time.time() - last > idle_s:
                break
            continue
        for tp, messages in polled.items():
            for m in messages:
                records.append([tp.partition, m.offset, m.value.decode() if m.value is not None else None])
        consumer.commit()
        last = time.time()
    assignment = sorted(tp.partition for tp in consumer.assignment())
    consumer.close()
    return {"records": records, "assignment": assignment}


def main():
    bootstrap, command = sys.argv[1], sys.argv[2]
    if command != "consume":
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(consume(bootstrap, sys.argv[3], sys.argv[4], sys.argv[5])))


if __name__ == "__main__":
    main()
