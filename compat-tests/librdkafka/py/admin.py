"""confluent-kafka-python AdminClient against a broker; prints one JSON document.

usage: admin.py BOOTSTRAP create NAME PARTITIONS REPLICATION [KEY=VALUE ...]
       admin.py BOOTSTRAP delete NAME [NAME ...]
       admin.py BOOTSTRAP list
       admin.py BOOTSTRAP describe-topic NAME [KEY ...]
       admin.py BOOTSTRAP alter-topic NAME KEY=VALUE [KEY=VALUE ...]
       admin.py BOOTSTRAP create-partitions NAME COUNT

create/delete print {"<topic>": null | {"code": int, "name": str}} (null = success);
list prints cluster id, controller, brokers and every topic's partitions.
describe-topic prints {"error": ..., "configs": {key: {"value", "source", "is_default", "read_only"}}} (only KEYs
when given); alter-topic and create-partitions print {"error": null | {"code", "name"}}.
"""
import json
import sys

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic

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


def describe_topic(admin, name, *keys):
    futures = admin.describe_configs([ConfigResource(ConfigResource.Type.TOPIC, name)], request_timeout=TIMEOUT_S)
    (future,) = futures.values()
    try:
        entries = future.result(TIMEOUT_S)
    except KafkaException as exc:
        err = exc.args[0]
        return {"error": {"code": err.code(), "name": err.name()}, "configs": {}}
    return {
        "error": None,
        "configs": {
            key: {"value": e.value, "source": int(e.source), "is_default": e.is_default, "read_only": e.is_read_only}
            for key, e in entries.items()
            if not keys or key in keys
        },
    }


def alter_topic(admin, name, *configs):
    config = dict(entry.split("=", 1) for entry in configs)
    futures = admin.alter_configs([ConfigResource(ConfigResource.Type.TOPIC, name, set_config=config)], request_timeout=TIMEOUT_S)
    (future,) = futures.values()
    return {"error": error_of(future)}


def create_partitions(admin, name, count):
    futures = admin.create_partitions([NewPartitions(name, int(count))], operation_timeout=10, request_timeout=TIMEOUT_S)
    (future,) = futures.values()
    return {"error": error_of(future)}


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "compat-confluent-python"})
    commands = {
        "create": create,
        "delete": delete,
        "list": list_topics,
        "describe-topic": describe_topic,
        "alter-topic": alter_topic,
        "create-partitions": create_partitions,
    }
    print(json.dumps(commands[command](admin, *args)))


if __name__ == "__main__":
    main()
