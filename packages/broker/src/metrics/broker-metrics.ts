/**
 * Process-level broker metrics, read when scraped:
 *   samsa_connections{broker}                 gauge     open client connections per broker identity
 *   samsa_fault_rules{kind}                   gauge     injected fault rules in place, by kind
 *   samsa_fault_hits_total{kind}              counter   requests fault rules acted on, spent and removed rules included
 *   samsa_storage_backend_info{backend}       gauge     1, labelled native, fallback or memory
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { FaultInjector, FaultKind } from '../control/faults';
import type { Listener } from '../network/listener';

const FAULT_KINDS: readonly FaultKind[] = ['error', 'drop', 'latency', 'hold', 'api-version-cap'];

export interface BrokerSources {
  readonly listeners: readonly Listener[];
  readonly faults: FaultInjector;
  readonly storageBackend: string;
}

export function registerBrokerMetrics(registry: Registry, sources: BrokerSources): void {
  new Gauge({
    name: 'samsa_connections',
    help: 'Open client connections, by broker identity',
    labelNames: ['broker'],
    registers: [registry],
    collect() {
      this.reset();
      for (const l of sources.listeners) this.set({ broker: String(l.node.nodeId) }, l.connectionCount);
    },
  });
  new Gauge({
    name: 'samsa_fault_rules',
    help: 'Injected fault rules in place (control API), by kind',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const counts = new Map<string, number>(FAULT_KINDS.map((k) => [k, 0]));
      for (const rule of sources.faults.rules) counts.set(rule.kind, (counts.get(rule.kind) ?? 0) + 1);
      this.reset();
      for (const [kind, n] of counts) this.set({ kind }, n);
    },
  });
  new Counter({
    name: 'samsa_fault_hits_total',
    help: 'Requests injected fault rules acted on, by kind (rules spent or removed since included)',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      this.reset();
      const hits = sources.faults.hitsByKind;
      for (const kind of FAULT_KINDS) this.inc({ kind }, hits[kind]);
    },
  });
  new Gauge({
    name: 'samsa_storage_backend_info',
    help: 'The storage backend partition logs live on (native, fallback or memory); always 1',
    labelNames: ['backend'],
    registers: [registry],
    collect() {
      this.reset();
      this.set({ backend: sources.storageBackend }, 1);
    },
  });
}
