/**
 * Coordinator and consumer group metrics, read from the coordinators when scraped:
 *   samsa_coordinator_partitions{coordinator,state}   gauge   internal-topic partitions active / loading / failed
 *   samsa_consumer_groups{state}                      gauge   groups by state (every state listed, 0 when none);
 *                                                              KIP-848 groups count under their own states
 *                                                              (Assigning, Reconciling) and the shared ones
 *   samsa_consumer_group_members{group}               gauge
 *   samsa_consumer_group_lag{group,topic,partition}   gauge   high watermark - committed offset (never below 0)
 * Groups of partitions still loading are not listed; lag is left out for partitions not hosted here (deleted).
 */
import { ConsumerGroupState, GroupState, type GroupSummary } from '@samsa/coordinator';
import { Gauge, type Registry } from 'prom-client';
import type { CoordinatorLoad } from '../coordinator-load';
import type { BrokerGroups } from '../groups';
import type { ReplicaManager } from '../replica-manager';
import type { BrokerTransactions } from '../transactions';

const LISTED_STATES = [
  GroupState.Empty,
  GroupState.PreparingRebalance,
  GroupState.CompletingRebalance,
  GroupState.Stable,
  ConsumerGroupState.Assigning,
  ConsumerGroupState.Reconciling,
];

export interface CoordinatorSources {
  readonly groups: BrokerGroups;
  readonly transactions: BrokerTransactions;
  readonly replicas: ReplicaManager;
}

export function registerCoordinatorMetrics(registry: Registry, sources: CoordinatorSources): void {
  const summaries = (): GroupSummary[] => sources.groups.service.summaries();

  new Gauge({
    name: 'samsa_coordinator_partitions',
    help: "Partitions of the coordinators' internal topics by load state (loading and failed ones make /readyz answer 503)",
    labelNames: ['coordinator', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      const set = (coordinator: string, load: CoordinatorLoad | null): void => {
        this.set({ coordinator, state: 'active' }, load?.active ?? 0);
        this.set({ coordinator, state: 'loading' }, load?.loading.length ?? 0);
        this.set({ coordinator, state: 'failed' }, load?.failed.length ?? 0);
      };
      set('group', sources.groups.loadState());
      set('transaction', sources.transactions.loadState());
    },
  });
  new Gauge({
    name: 'samsa_consumer_groups',
    help: 'Consumer groups by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const counts = new Map<string, number>(LISTED_STATES.map((s) => [s, 0]));
      for (const g of summaries()) counts.set(g.state, (counts.get(g.state) ?? 0) + 1);
      this.reset();
      for (const [state, n] of counts) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'samsa_consumer_group_members',
    help: 'Members of each consumer group',
    labelNames: ['group'],
    registers: [registry],
    collect() {
      this.reset();
      for (const g of summaries()) this.set({ group: g.groupId }, g.members);
    },
  });
  new Gauge({
    name: 'samsa_consumer_group_lag',
    help: "Records between a group's committed offset and the partition's high watermark",
    labelNames: ['group', 'topic', 'partition'],
    registers: [registry],
    collect() {
      this.reset();
      for (const g of summaries()) {
        for (const o of g.offsets) {
          const p = sources.replicas.partition(o.topic, o.partition);
          if (!p || p.deleted) continue;
          this.set(
            { group: g.groupId, topic: o.topic, partition: String(o.partition) },
            Math.max(0, p.log.highWatermark - o.offset),
          );
        }
      }
    },
  });
}
