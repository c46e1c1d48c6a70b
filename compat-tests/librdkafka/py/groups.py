"""confluent-kafka-python group consumer and group listing against a broker; prints one JSON document.

usage: groups.py BOOTSTRAP consume GROUP TOPIC OPTIONS_JSON
       groups.py BOOTSTRAP list [GROUP]

consume runs one member of GROUP subscribed to TOPIC and prints
  {"records": [[partition, offset, value], ...], "events": [["assign"|"revoke", [partitions]], ...],
   "assignment": [partitions assigned when it stopped]}
OPTIONS_JSON keys (all optional):
  assignor         partition.assignment.strategy (default "range")
  instance_id      group.instance.id (static membership)
  session_ms       session.timeout.ms (default 6000)
  idle_s           stop after this long without records once something was consumed (default 3)
  min_records      do not stop for idleness before this many records
  max_records      stop after this many records (commits first)
  deadline_s       stop after this long whatever happens (default 45)
  ready_file       touch this file once the first assignment arrives
list prints the groups AdminClient.list_groups() reports (ListGroups + DescribeGroups):
  [{"id", "state", "protocol_type", "protocol", "members": [{"id", "client_id", "client_host"}]}]
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient


def consume(bootstrap, group, topic, options):
    opts = json.loads(options)
    conf = {
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": True,
        "auto.commit.interval.ms": 200,
        "session.timeout.ms": opts.get("session_ms", 6000),
        "heartbeat.interval.ms": 300,
        "partition.assignment.strategy": opts.get("assignor", "range"),
        "topic.metadata.refresh.interval.ms": 1000,
    }
    if opts.get("instance_id"):
        conf["group.instance.id"] = opts["instance_id"]
    consumer = Consumer(conf)
    events = []
    assignment = set()
    closing = []

    def on_assign(c, partitions):
        if closing:
            return
        events.append(["assign", sorted(p.partition for p in partitions)])
        assignment.update(p.partition for p in partitions)
        if opts.get("ready_file"):
            open(opts["ready_file"], "w").close()

    def on_revoke(c, partitions):
        if closing:
            return
        events.append(["revoke", sorted(p.partition for p in partitions)])
        assignment.difference_update(p.partition for p in partitions)

    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    records = []
    start = time.time()
    last = time.time()
    idle_s = opts.get("idle_s", 3)
    min_records = opts.get("min_records", 1)
    max_records = opts.get("max_records")
    deadline = start + opts.get("deadline_s", 45)
    while time.time() < deadline:
        msg = consumer.poll(0.2)
        if msg is None:
            if len(records) >= min_records and time.time() - last > idle_s:
                break
            continue
        if msg.error():
            continue
        records.append([msg.partition(), msg.offset(), msg.value().decode() if msg.value() else None])
        last = time.time()
        if max_records is not None and len(records) >= max_records:
            break
    # The rebalance callbacks close() triggers are not part of the group's history.
    closing.append(True)
    final = sorted(assignment)
    # Commit what was consumed before leaving, so the next owner starts after it.
    try:
        consumer.commit(asynchronous=False)
    except KafkaException:
        pass
    consumer.close()
    return {"records": records, "events": events, "assignment": final}


def list_groups(bootstrap, group=None):
    admin = AdminClient({"bootstrap.servers": bootstrap})
    groups = admin.list_groups(group, timeout=15) if group else admin.list_groups(timeout=15)
    return [
        {
            "id": g.id,
            "error": None if g.error is None else str(g.error),
            "state": g.state,
            "protocol_type": g.protocol_type,
            "protocol": g.protocol,
            "members": [{"id": m.id, "client_id": m.client_id, "client_host": m.client_host} for m in g.members],
        }
        for g in groups
    ]


def main():
    bootstrap, command = sys.argv[1], sys.argv[2]
    if command == "consume":
        result = consume(bootstrap, sys.argv[3], sys.argv[4], sys.argv[5])
    elif command == "list":
        result = list_groups(bootstrap, sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
