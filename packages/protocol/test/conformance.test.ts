// protocol-specs/ against Kafka's own message definitions (../shared/reference/kafka-messages from the
// repository root). Without the reference only the self-consistency checks run, and the test says so.
import { resolve } from 'node:path';

interface CheckResult {
  checked: number;
  referenceFound: boolean;
  referenceDir: string;
  problems: string[];
}

// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const checkSpecsPath = resolve(__dirname, '../../../scripts/check-specs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkSpecs } = require(checkSpecsPath) as { checkSpecs: (referenceDir?: string) => CheckResult };

test('protocol-specs match the reference and are self-consistent', () => {
  const result = checkSpecs();
  if (!result.referenceFound) console.log(`${result.referenceDir} not found: only self-consistency was checked`);
  expect(result.problems).toEqual([]);
  expect(result.checked).toBeGreaterThanOrEqual(80);
});

test('a missing reference still runs the self-consistency checks', () => {
  const result = checkSpecs(resolve(__dirname, 'no-such-reference-dir'));
  expect(result.referenceFound).toBe(false);
  expect(result.problems).toEqual([]);
});
