/**
 * A member of a classic group (Kafka's ClassicGroupMember): its ids, timeouts, the protocols it supports with their
 * metadata (passed through byte for byte), its assignment, and the JoinGroup / SyncGroup response it is waiting for
 * while the group rebalances.
 */
import type { JoinGroupResponse, SyncGroupResponse } from '@samsa/protocol';

export interface MemberProtocol {
  readonly name: string;
  readonly metadata: Buffer;
}

export type Respond<T> = (response: T) => void;

export const EMPTY_ASSIGNMENT: Buffer = Buffer.alloc(0);

export interface MemberInit {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly rebalanceTimeoutMs: number;
  readonly sessionTimeoutMs: number;
  readonly protocolType: string;
  readonly protocols: readonly MemberProtocol[];
  readonly assignment?: Buffer;
}

export class ClassicGroupMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly protocolType: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocols: readonly MemberProtocol[];
  assignment: Buffer;
  /** A member that joined in the current rebalance and has not received its JoinGroup response yet. */
  isNew = false;
  awaitingJoin: Respond<JoinGroupResponse> | null = null;
  awaitingSync: Respond<SyncGroupResponse> | null = null;

  constructor(init: MemberInit) {
    this.memberId = init.memberId;
    this.groupInstanceId = init.groupInstanceId;
    this.clientId = init.clientId;
    this.clientHost = init.clientHost;
    this.rebalanceTimeoutMs = init.rebalanceTimeoutMs;
    this.sessionTimeoutMs = init.sessionTimeoutMs;
    this.protocolType = init.protocolType;
    this.protocols = init.protocols;
    this.assignment = init.assignment ?? EMPTY_ASSIGNMENT;
  }

  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  get isAwaitingJoin(): boolean {
    return this.awaitingJoin !== null;
  }

  get isAwaitingSync(): boolean {
    return this.awaitingSync !== null;
  }

  /**
   * Whether a session timeout may pass without removing the member: new members never qualify (a parked first
   * JoinGroup may be abandoned), members parked in a rebalance always do, anyone else needed a heartbeat.
   */
  hasSatisfiedHeartbeat(): boolean {
    if (this.isNew) return false;
    return this.isAwaitingJoin || this.isAwaitingSync;
  }

  /** The member's metadata for a protocol (empty when it does not support it). */
  metadata(protocolName: string | null): Buffer {
    for (const p of this.protocols) if (p.name === protocolName) return p.metadata;
    return EMPTY_ASSIGNMENT;
  }

  /** The member's preferred protocol among the candidates: the first one it listed. */
  vote(candidates: ReadonlySet<string>): string {
    for (const p of this.protocols) if (candidates.has(p.name)) return p.name;
    throw new Error(`member ${this.memberId} does not support any of the candidate protocols`);
  }

  /** Same protocols, in the same order, with byte-identical metadata. */
  matches(protocols: readonly MemberProtocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    for (let i = 0; i < protocols.length; i++) {
      const a = protocols[i] as MemberProtocol;
      const b = this.protocols[i] as MemberProtocol;
      if (a.name !== b.name || !a.metadata.equals(b.metadata)) return false;
    }
    return true;
  }
}
