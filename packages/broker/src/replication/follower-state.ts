/**
 * What the leader knows of one follower from its fetches (Kafka's Replica / ReplicaState): where it fetched last, the
 * leader's log end offset at that moment, and when it was last caught up. A follower is caught up when it has the
 * leader's whole log, or when it reached, within replica.lag.time.max.ms, the leader's end as of one of its fetches;
 * one that is not drops out of the high watermark and, at the next ISR check, out of the ISR.
 */

export interface FollowerFetchState {
  /** The follower's log end offset as of its last fetch (-1 before the first). */
  fetchOffset: number;
  /** The leader's log end offset when the follower last fetched. */
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
  /** When the follower last had everything the leader had at one of its fetches (0: never). */
  lastCaughtUpTimeMs: number;
}

export function newFetchState(caughtUpAt: number): FollowerFetchState {
  return { fetchOffset: -1, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: 0, lastCaughtUpTimeMs: caughtUpAt };
}

/** Replica.updateFetchStateOrThrow: a fetch at `fetchOffset` while the leader's log ends at `leaderEndOffset`. */
export function recordFetch(s: FollowerFetchState, fetchOffset: number, leaderEndOffset: number, nowMs: number): void {
  if (fetchOffset >= leaderEndOffset) s.lastCaughtUpTimeMs = Math.max(s.lastCaughtUpTimeMs, nowMs);
  else if (fetchOffset >= s.lastFetchLeaderLogEndOffset)
    s.lastCaughtUpTimeMs = Math.max(s.lastCaughtUpTimeMs, s.lastFetchTimeMs);
  s.fetchOffset = fetchOffset;
  s.lastFetchLeaderLogEndOffset = leaderEndOffset;
  s.lastFetchTimeMs = nowMs;
}

/** Replica.isCaughtUp. */
export function isCaughtUp(
  s: FollowerFetchState,
  logEndOffset: number,
  leaderEndOffset: number,
  nowMs: number,
  lagMaxMs: number,
): boolean {
  return logEndOffset === leaderEndOffset || nowMs - s.lastCaughtUpTimeMs <= lagMaxMs;
}

/** Partition.resetReplicaState on becoming leader: ISR members count as caught up now, the others never were. */
export function resetFetchState(s: FollowerFetchState, inIsr: boolean, nowMs: number): void {
  s.fetchOffset = -1;
  s.lastFetchLeaderLogEndOffset = -1;
  s.lastFetchTimeMs = 0;
  s.lastCaughtUpTimeMs = inIsr ? nowMs : 0;
}
