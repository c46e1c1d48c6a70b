/**
 * KIP-219: from these versions on, a broker sends a throttled response at once and the client holds back its next
 * request for throttle_time_ms itself; the broker still mutes the connection for that time. Below them the broker
 * throttles before it answers: the response is held for the throttle time. Taken from the "Starting in version N, on
 * quota violation, brokers send out responses before throttling" notes of Kafka's response definitions (and
 * ProduceResponse.shouldClientThrottle for Produce). APIs not listed postdate KIP-219 or have no throttle field
 * below it: their responses are never held.
 */
const CLIENT_THROTTLES_FROM: Readonly<Record<number, number>> = {
  0: 6, // Produce
  1: 8, // Fetch
  2: 3, // ListOffsets
  3: 6, // Metadata
  8: 4, // OffsetCommit
  9: 4, // OffsetFetch
  10: 2, // FindCoordinator
  11: 3, // JoinGroup
  12: 2, // Heartbeat
  13: 2, // LeaveGroup
  14: 2, // SyncGroup
  15: 2, // DescribeGroups
  16: 2, // ListGroups
  18: 2, // ApiVersions
  19: 3, // CreateTopics
  20: 2, // DeleteTopics
  21: 1, // DeleteRecords
  22: 1, // InitProducerId
  24: 1, // AddPartitionsToTxn
  25: 1, // AddOffsetsToTxn
  26: 1, // EndTxn
  28: 1, // TxnOffsetCommit
  29: 1, // DescribeAcls
  30: 1, // CreateAcls
  31: 1, // DeleteAcls
  32: 2, // DescribeConfigs
  33: 1, // AlterConfigs
  34: 1, // AlterReplicaLogDirs
  35: 1, // DescribeLogDirs
  37: 1, // CreatePartitions
  38: 1, // CreateDelegationToken
  39: 1, // RenewDelegationToken
  40: 1, // ExpireDelegationToken
  41: 1, // DescribeDelegationToken
  42: 1, // DeleteGroups
};

/** Whether the client throttles itself on this API version's response (else the broker holds the response). */
export function clientThrottles(apiKey: number, apiVersion: number): boolean {
  const from = CLIENT_THROTTLES_FROM[apiKey];
  return from === undefined || apiVersion >= from;
}
