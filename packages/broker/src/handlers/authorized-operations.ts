/**
 * Authorized-operations bitfields (KIP-430). Without an authorizer every operation a resource type supports is
 * allowed, so the bitfield sets the bit of each such AclOperation code. When a client does not ask, Kafka sends
 * INT32_MIN ("not requested").
 */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

// AclOperation codes: READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8, CLUSTER_ACTION 9,
// DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12.
const bits = (...ops: number[]): number => ops.reduce((acc, op) => acc | (1 << op), 0);

export const TOPIC_OPERATIONS = bits(3, 4, 5, 6, 7, 8, 10, 11);
export const CLUSTER_OPERATIONS = bits(5, 7, 8, 9, 10, 11, 12);
/** What a group resource supports: READ, DELETE and DESCRIBE (group configs are not served). */
export const GROUP_OPERATIONS = bits(3, 6, 8);
