/**
 * @samsa/client: a small Kafka client on samsa's generated codecs, for tools (the `samsa` CLI, the web console) that
 * talk to any Kafka-protocol broker. Connections (TLS, SASL PLAIN/SCRAM, version negotiation), metadata with leader
 * and coordinator routing and retries, produce, fetch, and the admin requests for topics, groups, configs, the
 * cluster and ACLs.
 */
export * from './acls';
export * from './client';
export * from './cluster-info';
export * from './configs';
export * from './connection';
export * from './consumer-groups';
export * from './consumer-protocol';
export * from './errors';
export * from './fetcher';
export * from './group-member';
export * from './groups';
export * from './offsets';
export * from './partitioner';
export * from './producer';
export * from './records';
export * from './sasl';
export * from './topics';
export * from './versions';
