/**
 * Replica placement for new partitions (topic creation, CreatePartitions). When every live broker has a rack, Kafka's
 * rack-aware assignment (AdminUtils.assignReplicasToBrokersRackAware): brokers ordered alternating between racks, the
 * leader striped over that list, each further replica on the next broker of a rack without a replica yet (once every
 * rack has one, any broker without one). Otherwise round robin over the brokers, as before (Kafka's RackAwareMode.Safe:
 * partial rack information falls back to rack-unaware placement). The start index and shift are fixed at 0 instead of
 * Kafka's random ones, so placements are reproducible in tests.
 */

export interface PlacementBroker {
  readonly nodeId: number;
  readonly rack: string | null;
}

/** Replica lists for partitions `firstPartition` .. `firstPartition + count - 1`; `brokers` ordered by node id. */
export function placeReplicas(
  brokers: readonly PlacementBroker[],
  firstPartition: number,
  count: number,
  replicationFactor: number,
): number[][] {
  const racked = brokers.length > 0 && brokers.every((b) => b.rack !== null);
  return racked
    ? rackAware(brokers, firstPartition, count, replicationFactor)
    : roundRobin(brokers, firstPartition, count, replicationFactor);
}

function roundRobin(brokers: readonly PlacementBroker[], first: number, count: number, rf: number): number[][] {
  const ids = brokers.map((b) => b.nodeId);
  const out: number[][] = [];
  for (let p = first; p < first + count; p++) {
    const replicas: number[] = [];
    for (let r = 0; r < rf; r++) replicas.push(ids[(p + r) % ids.length] as number);
    out.push(replicas);
  }
  return out;
}

function rackAware(brokers: readonly PlacementBroker[], first: number, count: number, rf: number): number[][] {
  const rackOf = new Map(brokers.map((b) => [b.nodeId, b.rack as string]));
  const arranged = rackAlternated(brokers);
  const numBrokers = arranged.length;
  const numRacks = new Set(rackOf.values()).size;
  let shift = 0;
  const out: number[][] = [];
  for (let p = first; p < first + count; p++) {
    if (p > 0 && p % numBrokers === 0) shift++;
    const firstIndex = p % numBrokers;
    const leader = arranged[firstIndex] as number;
    const replicas = [leader];
    const racks = new Set([rackOf.get(leader)]);
    const used = new Set([leader]);
    let k = 0;
    while (replicas.length < rf) {
      const broker = arranged[replicaIndex(firstIndex, shift * numRacks, k, numBrokers)] as number;
      const rack = rackOf.get(broker);
      k++;
      if ((racks.has(rack) && racks.size < numRacks) || (used.has(broker) && used.size < numBrokers)) continue;
      replicas.push(broker);
      racks.add(rack);
      used.add(broker);
    }
    out.push(replicas);
  }
  return out;
}

/** AdminUtils.replicaIndex. */
function replicaIndex(firstIndex: number, secondShift: number, index: number, numBrokers: number): number {
  const shift = 1 + ((secondShift + index) % (numBrokers - 1));
  return (firstIndex + shift) % numBrokers;
}

/** AdminUtils.getRackAlternatedBrokerList: racks in name order, taking their brokers (by id) in turn. */
function rackAlternated(brokers: readonly PlacementBroker[]): number[] {
  const byRack = new Map<string, number[]>();
  for (const b of brokers) {
    const list = byRack.get(b.rack as string) ?? [];
    list.push(b.nodeId);
    byRack.set(b.rack as string, list);
  }
  const racks = [...byRack.keys()].sort();
  for (const list of byRack.values()) list.sort((a, b) => a - b);
  const cursors = new Map(racks.map((r) => [r, 0]));
  const out: number[] = [];
  for (let i = 0; out.length < brokers.length; i = (i + 1) % racks.length) {
    const rack = racks[i] as string;
    const list = byRack.get(rack) as number[];
    const at = cursors.get(rack) as number;
    if (at < list.length) {
      out.push(list[at] as number);
      cursors.set(rack, at + 1);
    }
  }
  return out;
}
