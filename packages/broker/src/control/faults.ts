/**
 * Fault injection on the request path, shared by every broker identity of the process. The dispatcher asks
 * `active` (one boolean) for every request; only when something is injected, paused or logged does it hand the
 * request to `intercept`, which applies, in order:
 *   1. ApiVersions caps: ApiVersions lists at most the capped version; a request above its cap closes the
 *      connection, as an older broker does for a version it does not know (an API capped below its minimum is gone);
 *   2. error and drop rules (first match wins, decided on arrival): answer with the API's error response for a code,
 *      or close the connection (an errored acks=0 Produce closes too, as Kafka does);
 *   3. a paused broker holds the request until resumed; hold rules until released;
 *   4. latency rules (their delays add up), then the real handler.
 * A rule matches on broker, API key, principal, listener, and topic / partition named by the request (any of them,
 * when filtered); error
 * and drop rules fire for the next `count` matches, each with `probability`.
 */
import type { FrameOutcome } from '../network/frame-processor';
import type { ApiRange, InterceptedCall, RequestContext, RequestInterceptor } from '../request-interceptor';
import { RequestLog, type RequestLogEntry } from './request-log';
import { requestPartitions, type NamedPartition } from './request-partitions';

const API_VERSIONS_KEY = 18;
const PRODUCE_KEY = 0;

export interface RuleMatch {
  /** Only requests received by this broker (null: any). */
  readonly nodeId: number | null;
  /** Only this API (null: any). */
  readonly apiKey: number | null;
  /** Only requests naming this topic (null: any request). */
  readonly topic: string | null;
  /** Only requests naming this partition (of `topic` when set). */
  readonly partition: number | null;
  /** Only requests of this principal (`User:alice`; null: any). */
  readonly principal: string | null;
  /** Only requests that came in on this listener (null: any). */
  readonly listener: string | null;
}

interface CountedRule {
  readonly id: string;
  readonly match: RuleMatch;
  /** Matches left before the rule is spent (null: unlimited). */
  remaining: number | null;
  /** Chance that a match fires (null: always). */
  readonly probability: number | null;
  hits: number;
}

export interface ErrorRule extends CountedRule {
  readonly kind: 'error';
  readonly errorCode: number;
}
export interface DropRule extends CountedRule {
  readonly kind: 'drop';
}
export interface LatencyRule {
  readonly kind: 'latency';
  readonly id: string;
  readonly match: RuleMatch;
  readonly ms: number;
  hits: number;
}
export interface HoldRule {
  readonly kind: 'hold';
  readonly id: string;
  readonly match: RuleMatch;
  hits: number;
  readonly waiting: Set<Waiter>;
}
export interface VersionCapRule {
  readonly kind: 'api-version-cap';
  readonly id: string;
  readonly nodeId: number | null;
  readonly apiKey: number;
  /** Below the API's minimum version: the API is not advertised at all. */
  readonly maxVersion: number;
}
export type FaultRule = ErrorRule | DropRule | LatencyRule | HoldRule | VersionCapRule;
export type FaultKind = FaultRule['kind'];

export interface FaultInjectorOptions {
  /** Source of randomness for probabilistic rules (default Math.random); tests make it deterministic. */
  readonly random?: () => number;
  readonly now?: () => number;
}

/** A request waiting on a pause or a hold; `wake(false)` drops it (its broker stopped). */
interface Waiter {
  readonly nodeId: number;
  wake(proceed: boolean): void;
}

export class FaultInjector implements RequestInterceptor {
  readonly requestLog = new RequestLog();
  readonly #rules = new Map<string, FaultRule>();
  readonly #paused = new Map<number, Set<Waiter>>();
  readonly #random: () => number;
  readonly #now: () => number;
  /** Requests each kind of rule acted on since start, spent and removed rules included (for metrics). */
  readonly #hits: Record<FaultKind, number> = { error: 0, drop: 0, latency: 0, hold: 0, 'api-version-cap': 0 };
  #nextId = 1;
  #active = false;

  constructor(options: FaultInjectorOptions = {}) {
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
  }

  /** The dispatcher's one check: false while nothing is injected, paused or logged. */
  get active(): boolean {
    return this.#active;
  }

  get rules(): readonly FaultRule[] {
    return [...this.#rules.values()];
  }

  get hitsByKind(): Readonly<Record<FaultKind, number>> {
    return this.#hits;
  }

  get pausedNodes(): number[] {
    return [...this.#paused.keys()].sort((a, b) => a - b);
  }

  addError(match: RuleMatch, errorCode: number, count: number | null, probability: number | null): ErrorRule {
    return this.#add({
      kind: 'error',
      id: this.#id('error'),
      match,
      errorCode,
      remaining: count,
      probability,
      hits: 0,
    });
  }

  addDrop(match: RuleMatch, count: number | null, probability: number | null): DropRule {
    return this.#add({ kind: 'drop', id: this.#id('drop'), match, remaining: count, probability, hits: 0 });
  }

  addLatency(match: RuleMatch, ms: number): LatencyRule {
    return this.#add({ kind: 'latency', id: this.#id('latency'), match, ms, hits: 0 });
  }

  addHold(match: RuleMatch): HoldRule {
    return this.#add({ kind: 'hold', id: this.#id('hold'), match, hits: 0, waiting: new Set() });
  }

  addVersionCap(nodeId: number | null, apiKey: number, maxVersion: number): VersionCapRule {
    return this.#add({ kind: 'api-version-cap', id: this.#id('api-version-cap'), nodeId, apiKey, maxVersion });
  }

  /** Removes a rule; a hold's waiting requests proceed. False when no rule has that id. */
  remove(id: string): boolean {
    const rule = this.#rules.get(id);
    if (!rule) return false;
    this.#rules.delete(id);
    if (rule.kind === 'hold') wake(rule.waiting, true);
    this.#refresh();
    return true;
  }

  /** Requests held by a hold rule proceed and the rule goes; returns how many were waiting (null: no such hold). */
  release(id: string): number | null {
    const rule = this.#rules.get(id);
    if (rule?.kind !== 'hold') return null;
    const n = rule.waiting.size;
    this.remove(id);
    return n;
  }

  pause(nodeId: number): void {
    if (!this.#paused.has(nodeId)) this.#paused.set(nodeId, new Set());
    this.#refresh();
  }

  /** The paused broker answers what it held, in arrival order per connection. */
  resume(nodeId: number): void {
    const waiting = this.#paused.get(nodeId);
    if (!waiting) return;
    this.#paused.delete(nodeId);
    wake(waiting, true);
    this.#refresh();
  }

  /** A stopped broker: requests it holds (paused or held) are dropped instead of answered. */
  abandonNode(nodeId: number): void {
    const waiting = this.#paused.get(nodeId);
    if (waiting) wake(waiting, false);
    for (const rule of this.#rules.values()) if (rule.kind === 'hold') wake(rule.waiting, false, nodeId);
  }

  /** Removes every rule (holds proceed), resumes paused brokers; the request log keeps its state. */
  clear(): void {
    for (const id of [...this.#rules.keys()]) this.remove(id);
    for (const nodeId of this.pausedNodes) this.resume(nodeId);
    this.#refresh();
  }

  /** Starts / stops the request log (the active flag follows it). */
  setRequestLog(enabled: boolean, limit?: number): void {
    if (enabled) this.requestLog.start(limit);
    else this.requestLog.stop();
    this.#refresh();
  }

  intercept(call: InterceptedCall): FrameOutcome {
    const { ctx, apiKey } = call;
    const nodeId = ctx.node.nodeId;
    const entry = this.requestLog.enabled
      ? this.requestLog.add({
          nodeId,
          apiKey,
          api: call.handler.api.name,
          apiVersion: ctx.apiVersion,
          clientId: ctx.client.clientId,
          principal: ctx.auth.principal,
          listener: ctx.auth.listenerName,
          correlationId: ctx.correlationId,
          receivedAt: this.#now(),
        })
      : null;
    const started = performance.now();
    const finish = (): void => {
      if (entry) entry.durationMs = performance.now() - started;
    };

    let effective = ctx;
    let partitions: NamedPartition[] | null = null;
    const named = (): NamedPartition[] => (partitions ??= requestPartitions(call.request, ctx.cluster));
    const caps = this.#caps(nodeId);
    if (caps !== null) {
      const cap = caps.get(apiKey);
      if (cap !== undefined && ctx.apiVersion > cap.maxVersion && apiKey !== API_VERSIONS_KEY) {
        this.#hits['api-version-cap']++;
        if (entry) entry.fault = cap.id;
        finish();
        return {
          kind: 'close',
          reason: 'unsupported API version',
          details: { apiKey, api: call.handler.api.name, apiVersion: ctx.apiVersion, fault: cap.id },
        };
      }
      if (apiKey === API_VERSIONS_KEY) effective = { ...ctx, supportedApis: capApis(ctx.supportedApis, caps) };
    }

    for (const rule of this.#rules.values()) {
      if (rule.kind !== 'error' && rule.kind !== 'drop') continue;
      if (!matches(rule.match, ctx, apiKey, named)) continue;
      if (rule.probability !== null && this.#random() >= rule.probability) continue;
      rule.hits++;
      this.#hits[rule.kind]++;
      if (rule.remaining !== null && --rule.remaining <= 0) this.remove(rule.id);
      if (entry) entry.fault = rule.id;
      const acksZero = apiKey === PRODUCE_KEY && (call.request as { acks?: number }).acks === 0;
      if (rule.kind === 'drop' || acksZero) {
        finish();
        return { kind: 'close', reason: 'injected connection drop', details: { apiKey, fault: rule.id } };
      }
      const failed = call.fail(effective, rule.errorCode);
      return { kind: 'respond', response: failed.finally(finish) };
    }

    const response = this.#delayed(call, effective, nodeId, named, entry).finally(finish);
    return { kind: 'respond', response };
  }

  async #delayed(
    call: InterceptedCall,
    ctx: RequestContext,
    nodeId: number,
    named: () => NamedPartition[],
    entry: RequestLogEntry | null,
  ): Promise<readonly Buffer[] | null> {
    const paused = this.#paused.get(nodeId);
    if (paused) {
      if (entry) entry.fault = 'paused';
      if (!(await waitOn(paused, nodeId))) return null;
    }
    for (const rule of this.#rules.values()) {
      if (rule.kind !== 'hold' || !matches(rule.match, ctx, call.apiKey, named)) continue;
      rule.hits++;
      this.#hits.hold++;
      if (entry) entry.fault = rule.id;
      if (!(await waitOn(rule.waiting, nodeId))) return null;
    }
    let delay = 0;
    for (const rule of this.#rules.values()) {
      if (rule.kind !== 'latency' || !matches(rule.match, ctx, call.apiKey, named)) continue;
      rule.hits++;
      this.#hits.latency++;
      delay += rule.ms;
      if (entry) entry.fault ??= rule.id;
    }
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return call.run(ctx);
  }

  #caps(nodeId: number): Map<number, VersionCapRule> | null {
    let caps: Map<number, VersionCapRule> | null = null;
    for (const rule of this.#rules.values()) {
      if (rule.kind !== 'api-version-cap' || (rule.nodeId !== null && rule.nodeId !== nodeId)) continue;
      caps ??= new Map();
      const prev = caps.get(rule.apiKey);
      if (!prev || rule.maxVersion < prev.maxVersion) caps.set(rule.apiKey, rule);
    }
    return caps;
  }

  #add<R extends FaultRule>(rule: R): R {
    this.#rules.set(rule.id, rule);
    this.#refresh();
    return rule;
  }

  #id(kind: string): string {
    return `${kind}-${this.#nextId++}`;
  }

  #refresh(): void {
    this.#active = this.#rules.size > 0 || this.#paused.size > 0 || this.requestLog.enabled;
  }
}

function matches(match: RuleMatch, ctx: RequestContext, apiKey: number, named: () => NamedPartition[]): boolean {
  if (match.nodeId !== null && match.nodeId !== ctx.node.nodeId) return false;
  if (match.apiKey !== null && match.apiKey !== apiKey) return false;
  if (match.principal !== null && match.principal !== ctx.auth.principal) return false;
  if (match.listener !== null && match.listener !== ctx.auth.listenerName) return false;
  if (match.topic === null && match.partition === null) return true;
  return named().some(
    (p) =>
      (match.topic === null || p.topic === match.topic) &&
      (match.partition === null || p.partition === match.partition),
  );
}

function capApis(apis: readonly ApiRange[], caps: ReadonlyMap<number, VersionCapRule>): ApiRange[] {
  const out: ApiRange[] = [];
  for (const api of apis) {
    const cap = caps.get(api.apiKey);
    if (cap === undefined || cap.maxVersion >= api.maxVersion) out.push(api);
    else if (cap.maxVersion >= api.minVersion) out.push({ ...api, maxVersion: cap.maxVersion });
  }
  return out;
}

function waitOn(waiters: Set<Waiter>, nodeId: number): Promise<boolean> {
  return new Promise((resolve) => {
    const waiter: Waiter = {
      nodeId,
      wake(proceed) {
        waiters.delete(waiter);
        resolve(proceed);
      },
    };
    waiters.add(waiter);
  });
}

/** Wakes every waiter, or only those of `nodeId`. */
function wake(waiters: Set<Waiter>, proceed: boolean, nodeId?: number): void {
  for (const w of [...waiters]) if (nodeId === undefined || w.nodeId === nodeId) w.wake(proceed);
}
