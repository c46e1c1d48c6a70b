// Seeded property runs. Each property runs over a few fixed seeds (the same coverage every time)
// and a few fresh ones drawn per run (new cases every time). The seed is in the test name and in
// the failure message; SAMSA_TEST_SEED=<n> runs exactly that seed, to replay a failure, and
// SAMSA_TEST_FRESH_SEEDS=<n> draws n fresh seeds per property instead of the default, to hunt for one.
import { randomInt } from 'node:crypto';
import { prng } from './batches';

/** Seeds for one property: the fixed ones plus `fresh` random ones, or only SAMSA_TEST_SEED. */
export function propertySeeds(fixed: readonly number[], fresh = 2): number[] {
  const replay = process.env.SAMSA_TEST_SEED;
  if (replay !== undefined && replay !== '') return [Number(replay)];
  const count = process.env.SAMSA_TEST_FRESH_SEEDS;
  if (count !== undefined && count !== '') fresh = Number(count);
  const out = [...fixed];
  for (let i = 0; i < fresh; i++) out.push(randomInt(1, 2 ** 31 - 1));
  return out;
}

/** Runs `body` with a PRNG for `seed`; a failure is reported with the seed and how to replay it. */
export async function withSeed(seed: number, body: (rng: () => number) => void | Promise<void>): Promise<void> {
  try {
    await body(prng(seed));
  } catch (err) {
    if (err instanceof Error) err.message = `[seed ${seed}; replay with SAMSA_TEST_SEED=${seed}]\n${err.message}`;
    throw err;
  }
}

/** One of `items`, uniformly. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}
