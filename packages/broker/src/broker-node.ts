/**
 * One broker identity as clients see it: its node id, its rack and the address it advertises on each listener
 * (Kafka's broker registration endpoints). `host` and `port` are the first listener's, the address a harness
 * reports; every answer that names brokers (Metadata, FindCoordinator, DescribeCluster, KIP-951 leader endpoints)
 * uses the endpoint of the listener the request came in on, as Kafka does.
 */

/** Kafka's SecurityProtocol: what a listener speaks. */
export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';

export const SECURITY_PROTOCOLS: readonly SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];

export interface BrokerEndpoint {
  /** Listener name (`PLAINTEXT`, `SASL_SSL`, `EXTERNAL`, ...). */
  readonly listener: string;
  readonly securityProtocol: SecurityProtocol;
  readonly host: string;
  readonly port: number;
}

export interface BrokerNode {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
  /** Every client listener of this identity, in `listeners` order. */
  readonly endpoints: readonly BrokerEndpoint[];
}

/** A broker as answered on one listener: the node with that listener's address. */
export interface BrokerAddress {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

/** The node's address on `listener`, or null when it has no such listener (Kafka then leaves the broker out). */
export function addressOn(node: BrokerNode, listener: string): BrokerAddress | null {
  const endpoint = node.endpoints.find((e) => e.listener === listener);
  if (!endpoint) return null;
  return { nodeId: node.nodeId, host: endpoint.host, port: endpoint.port, rack: node.rack };
}

/** A node with one PLAINTEXT listener (embedding code and tests that register brokers by hand). */
export function plaintextNode(nodeId: number, host: string, port: number, rack: string | null = null): BrokerNode {
  return {
    nodeId,
    host,
    port,
    rack,
    endpoints: [{ listener: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host, port }],
  };
}
