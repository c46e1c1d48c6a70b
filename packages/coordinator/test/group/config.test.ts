import { partitionFor } from '../../src/group/config';

describe("partitionFor (Kafka's abs(String.hashCode) % partitions)", () => {
  it('matches Java String.hashCode, including overflow and Integer.MIN_VALUE', () => {
    expect(partitionFor('abc', 1_000_000)).toBe(96354); // "abc".hashCode() == 96354
    expect(partitionFor('', 50)).toBe(0);
    // "polygenelubricants".hashCode() == Integer.MIN_VALUE; Utils.abs(MIN_VALUE) == 0.
    expect(partitionFor('polygenelubricants', 50)).toBe(0);
    // "Aa" and "BB" collide in Java (2112).
    expect(partitionFor('Aa', 1000)).toBe(112);
    expect(partitionFor('BB', 1000)).toBe(112);
    // UTF-16 code units: "é" is 233, "😀" is the surrogate pair 0xD83D 0xDE00 -> 55357 * 31 + 56832 = 1772899.
    expect(partitionFor('é', 1000)).toBe(233);
    expect(partitionFor('😀', 10_000_000)).toBe(1772899);
  });
});
