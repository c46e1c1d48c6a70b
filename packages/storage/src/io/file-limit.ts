// The process's open-file limit (RLIMIT_NOFILE) and the budget of storage descriptors derived from it. At start-up
// the soft limit is raised to the hard one through the native module (as Kafka's packaging asks operators to raise
// ulimit -n; Node itself raises it too on most platforms, so this is usually already so), then storage takes 3/4 of it
// less a reserve, leaving the rest to client sockets, Node's own descriptors and the short-lived ones storage opens
// outside its cache (an index being mapped, a checkpoint being written).

import { readFileSync } from 'node:fs';
import type { NativeBinding } from '@samsa/native';

export interface FileLimit {
  /** The limit enforced now (Infinity: none). */
  readonly soft: number;
  /** How far the soft limit may be raised (Infinity: no limit). */
  readonly hard: number;
  /** The soft limit before raiseFileLimit moved it; null when it did not. */
  readonly raisedFrom: number | null;
  /** Where the figures come from. */
  readonly source: 'getrlimit' | '/proc/self/limits' | 'assumed';
}

/** Assumed when no source can tell: the smallest common default (macOS shells). */
const ASSUMED_LIMIT = 256;
/** A limit read as unlimited still needs a finite budget. */
const UNLIMITED_AS = 1 << 20;
/** Smallest budget handed out, whatever the limit (the cache needs a few handles to make progress). */
export const MIN_MAX_OPEN_FILES = 16;
/** Largest reserve kept for sockets and short-lived descriptors. */
const MAX_RESERVE = 1024;

/** Raises the soft limit to the hard one when the native module is there; returns the limits then in force. */
export function raiseFileLimit(binding: NativeBinding | null): FileLimit {
  if (binding === null)
    return readProcLimit() ?? { soft: ASSUMED_LIMIT, hard: ASSUMED_LIMIT, raisedFrom: null, source: 'assumed' };
  const before = binding.getFileLimit();
  if (before.soft >= before.hard) return { ...before, raisedFrom: null, source: 'getrlimit' };
  try {
    binding.setFileLimit(before.hard);
  } catch {
    // An unlimited hard limit cannot always be taken literally (Linux caps it at fs.nr_open): keep what there is.
    return { ...before, raisedFrom: null, source: 'getrlimit' };
  }
  const after = binding.getFileLimit();
  return { ...after, raisedFrom: after.soft !== before.soft ? before.soft : null, source: 'getrlimit' };
}

function readProcLimit(): FileLimit | null {
  let text: string;
  try {
    text = readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
  const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(text);
  if (!m) return null;
  const num = (v: string): number => (v === 'unlimited' ? Infinity : Number(v));
  const soft = num(m[1] as string);
  const hard = num(m[2] as string);
  return Number.isNaN(soft) || Number.isNaN(hard)
    ? null
    : { soft, hard, raisedFrom: null, source: '/proc/self/limits' };
}

/**
 * The default samsa.max.open.files for a soft limit: 3/4 of it, less a reserve of 1/8 of it (at least 32, at most
 * 1,024) for sockets and short-lived descriptors. 256 gives 160, 1,024 gives 640, 4,096 gives 2,560.
 */
export function defaultMaxOpenFiles(softLimit: number): number {
  const soft = Number.isFinite(softLimit) ? softLimit : UNLIMITED_AS;
  const reserve = Math.min(MAX_RESERVE, Math.max(32, Math.floor(soft / 8)));
  return Math.max(MIN_MAX_OPEN_FILES, Math.floor((soft * 3) / 4) - reserve);
}
