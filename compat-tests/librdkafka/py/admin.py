"""confluent-kafka-python AdminClient against a broker; prints one JSON document.

usage: admin.py BOOTSTRAP create NAME PARTITIONS REPLICATION [KEY=VALUE ...]
       admin.py BOOTSTRAP delete NAME [NAME ...]
       admin.py BOOTSTRAP list

create/delete print {"<topic>": null | {"code": int, "name": str}} (null = success);
list prints cluster id, controller, brokers and every topic's partitions.
"""
import json
import sys

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic

TIMEOUT_S = 15


def error_of(future):
    try:
        future.result(TIMEOUT_S)
        return None
    except KafkaException as exc:
        err = exc.args[0]
        if isinstance(err, KafkaError):
            return {"code": err.code(), "name": err.name()}
        return {"code": None, "name": str(err)}


def create(admin, name, partitions, replication, *configs):
    config = dict(entry.split("=", 1) for entry in configs)
    topic = NewTopic(name, num_partitions=int(partitions), replication_factor=int(replication), config=config)
    futures = admin.create_topics([topic], operation_timeout=10, request_timeout=TIMEOUT_S)
    return {name: error_of(future) for name, future in futures.items()}


def delete(admin, *names):
    futures = admin.delete_topics(list(names), operation_timeout=10, request_timeout=TIMEOUT_S)
    return {name: error_of(future) for name, future in futures.items()}


def list_topics(admin):
    metadata = admin.list_topics(timeout=TIMEOUT_S)
    return {
        "cluster_id": metadata.cluster_id,
        "controller_id": metadata.controller_id,
        "brokers": sorted(
            ({"id": b.id, "host": b.host, "port": b.port} for b in metadata.brokers.values()), key=lambda b: b["id"]
        ),
        "topics": {
            name: {
                "error": None if topic.error is None else topic.error.name(),
                "partitions": sorted(
                    (
                        {"id": p.id, "leader": p.leader, "replicas": list(p.replicas), "isrs": list(p.isrs),
                         "error": None if p.error is None else p.error.name()}
                        for p in topic.partitions.values()
                    ),
                    key=lambda p: p["id"],
                ),
            }
            for name, topic in metadata.topics.items()
        },
    }


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python"})
    commands = {"create": create, "delete": delete, "list": list_topics}
    print(json.dumps(commands[command](admin, *args)))


if __name__ == "__main__":
    main()
