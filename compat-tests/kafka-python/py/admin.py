"""kafka-python KafkaAdminClient / KafkaConsumer against a broker; prints one JSON document.

usage: admin.py BOOTSTRAP create NAME PARTITIONS REPLICATION [KEY=VALUE ...]
       admin.py BOOTSTRAP list
       admin.py BOOTSTRAP consumer-topics
       admin.py BOOTSTRAP api-version
       admin.py BOOTSTRAP describe-topic NAME
       admin.py BOOTSTRAP alter-topic NAME KEY=VALUE [KEY=VALUE ...]
       admin.py BOOTSTRAP create-partitions NAME COUNT

create prints {"error": null} or {"error": "<exception class>", "errno": int};
list prints the sorted topic names; consumer-topics the sorted names from
KafkaConsumer().topics(); api-version the broker release kafka-python inferred
from ApiVersions, as a list. describe-topic prints {"error": int, "configs": {key: value}};
alter-topic {"error": int} (the resource's error code); create-partitions like create.
"""
import json
import sys

from kafka import KafkaConsumer
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic
from kafka.errors import KafkaError

COMMON = {"client_id": "compat-kafka-python", "request_timeout_ms": 10000}


def admin_client(bootstrap):
    return KafkaAdminClient(bootstrap_servers=[bootstrap], **COMMON)


def create(bootstrap, name, partitions, replication, *configs):
    admin = admin_client(bootstrap)
    try:
        config = dict(entry.split("=", 1) for entry in configs)
        admin.create_topics([NewTopic(name=name, num_partitions=int(partitions),
                                      replication_factor=int(replication), topic_configs=config)])
        return {"error": None}
    except KafkaError as exc:
        return {"error": type(exc).__name__, "errno": getattr(exc, "errno", None)}
    finally:
        admin.close()


def list_topics(bootstrap):
    admin = admin_client(bootstrap)
    try:
        return sorted(admin.list_topics())
    finally:
        admin.close()


def consumer_topics(bootstrap):
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], **COMMON)
    try:
        return sorted(consumer.topics())
    finally:
        consumer.close()


def api_version(bootstrap):
    admin = admin_client(bootstrap)
    try:
        return list(admin.config["api_version"])
    finally:
        admin.close()


def describe_topic(bootstrap, name):
    admin = admin_client(bootstrap)
    try:
        (response,) = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)])
        (error_code, _message, _type, _name, entries) = response.resources[0]
        return {"error": error_code, "configs": {entry[0]: entry[1] for entry in entries}}
    finally:
        admin.close()


def alter_topic(bootstrap, name, *configs):
    admin = admin_client(bootstrap)
    try:
        config = dict(entry.split("=", 1) for entry in configs)
        response = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs=config)])
        return {"error": response.resources[0][0]}
    finally:
        admin.close()


def create_partitions(bootstrap, name, count):
    admin = admin_client(bootstrap)
    try:
        admin.create_partitions({name: NewPartitions(total_count=int(count))})
        return {"error": None}
    except KafkaError as exc:
        return {"error": type(exc).__name__, "errno": getattr(exc, "errno", None)}
    finally:
        admin.close()


def main():
    bootstrap, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    commands = {
        "create": create,
        "list": list_topics,
        "consumer-topics": consumer_topics,
        "api-version": api_version,
        "describe-topic": describe_topic,
        "alter-topic": alter_topic,
        "create-partitions": create_partitions,
    }
    print(json.dumps(commands[command](bootstrap, *args)))


if __name__ == "__main__":
    main()
