// protocol-specs/ against Kafka's own message definitions (../shared/reference/kafka-messages from the
// repository root). Without the reference only the self-consistency checks can run: the test then says so loudly, and
// under CI (where the reference must be present) it fails.
import { resolve } from 'node:path';

interface CheckResult {
  checked: number;
  referenceFound: boolean;
  referenceDir: string;
  problems: string[];
}

// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const checkSpecsPath = resolve(__dirname, '../../../scripts/check-specs');
const { checkSpecs } = require(checkSpecsPath) as { checkSpecs: (referenceDir?: string) => CheckResult };

test('protocol-specs match the reference and are self-consistent', () => {
  const result = checkSpecs();
  if (!result.referenceFound) {
    const message = `Kafka's message definitions were not found at ${result.referenceDir}: protocol-specs/ was checked for self-consistency only, NOT against Kafka`;
    if (process.env['CI']) throw new Error(`${message}; CI must have them`);
    console.warn(`\n*** ${message} ***\n`);
  }
  expect(result.problems).toEqual([]);
  expect(result.checked).toBeGreaterThanOrEqual(80);
});

test('a missing reference still runs the self-consistency checks', () => {
  const result = checkSpecs(resolve(__dirname, 'no-such-reference-dir'));
  expect(result.referenceFound).toBe(false);
  expect(result.problems).toEqual([]);
});
