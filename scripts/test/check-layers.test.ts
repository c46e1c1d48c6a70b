// The layering check against planted violations: each is reported with its file, its line and the rule it breaks,
// and the tree as it is has none.
import { checkLayers, type Violation } from '../check-layers';

function planted(path: string, text: string): Violation[] {
  return checkLayers({ overlay: { [path]: text } }).filter((v) => v.file === path);
}

describe('layering check', () => {
  test('the workspace as it is breaks no rule and has no import cycle', () => {
    expect(checkLayers()).toEqual([]);
  });

  test.each([
    [
      'packages/protocol/src/planted.ts',
      "// a comment\nimport { startBroker } from '@samsa/broker';\n",
      2,
      'packages/protocol may import only nothing of ours',
    ],
    [
      'packages/storage/src/planted.ts',
      "import type { Cluster } from '@samsa/broker';\n",
      1,
      'packages/storage may import only @samsa/protocol, @samsa/native',
    ],
    [
      'packages/coordinator/src/planted.ts',
      "import { Dispatcher } from '@samsa/broker';\n",
      1,
      'packages/coordinator may import only @samsa/protocol, @samsa/storage',
    ],
    [
      'packages/cli/src/planted.ts',
      "import { LogSegment } from '@samsa/storage';\n",
      1,
      'packages/cli may import only @samsa/broker, @samsa/client, @samsa/console',
    ],
    [
      'packages/broker/src/planted.ts',
      "import { LogSegment } from '@samsa/storage/dist/src/log-segment';\n",
      1,
      "deep import of @samsa/storage: import its entry (the package's exports) only",
    ],
    [
      'packages/broker/src/network/planted.ts',
      "import type { RequestContext } from '../handlers/handler';\n",
      1,
      'network/ moves frames: it imports no handler, service or control module',
    ],
    [
      'packages/broker/src/network/planted2.ts',
      "import { ReplicaManager } from '../replica-manager';\n",
      1,
      'network/ moves frames: it imports no handler, service or control module',
    ],
    [
      'packages/broker/src/handlers/planted.ts',
      "\n\nimport { Listener } from '../network/listener';\n",
      3,
      'handlers/ never import network/, control/ or dispatch',
    ],
    [
      'packages/broker/src/control/planted.ts',
      "import { produceHandler } from '../handlers/00-produce';\n",
      1,
      "control/ reaches handlers only through dispatch's interface (request-interceptor.ts)",
    ],
    [
      'packages/broker/src/planted-console.ts',
      "import { attachConsole } from '@samsa/console';\n",
      1,
      'packages/broker may import only @samsa/protocol, @samsa/storage, @samsa/coordinator, @samsa/native',
    ],
    [
      'packages/console/src/planted.ts',
      "import { main } from '@samsa/cli';\n",
      1,
      'packages/console may import only @samsa/protocol, @samsa/client, @samsa/broker',
    ],
    [
      'packages/console/web/src/planted.tsx',
      "import { KafkaClient } from '@samsa/client';\n",
      1,
      'the console page (packages/console/web) runs in a browser: it imports no package of ours, only HTTP',
    ],
    [
      'packages/console/web/src/planted2.tsx',
      "import { CONSOLE_CLIENT_ID } from '../../src/console-app';\n",
      1,
      'the console page (packages/console/web) runs in a browser: it imports no package of ours, only HTTP',
    ],
    [
      'compat-tests/kafkajs/planted.test.ts',
      "import { startCluster } from 'samsa';\n",
      1,
      'compat-tests import no package: they speak the wire protocol only',
    ],
    [
      'compat-tests/kafkajs/planted2.test.ts',
      "const p = require('@samsa/protocol');\n",
      1,
      'compat-tests import no package: they speak the wire protocol only',
    ],
    [
      'compat-tests/helpers/planted.ts',
      "import { KafkaError } from '../../packages/protocol/src/kafka-error';\n",
      1,
      'compat-tests import no package: they speak the wire protocol only',
    ],
  ])('%s: %j reported at line %d', (path, text, line, rule) => {
    expect(planted(path, text)).toContainEqual(expect.objectContaining({ file: path, line, rule }));
  });

  test('an import cycle is reported with its files, type-only imports included', () => {
    const violations = checkLayers({
      overlay: {
        'packages/storage/src/planted-a.ts': "import type { B } from './planted-b';\nexport type A = B;\n",
        'packages/storage/src/planted-b.ts':
          "import { a } from './planted-c';\nexport type B = string;\nexport const b = a;\n",
        'packages/storage/src/planted-c.ts':
          "export const a = 1;\nimport type { A } from './planted-a';\nexport type C = A;\n",
      },
    });
    const cycles = violations.filter((v) => v.rule.startsWith('import cycle'));
    expect(cycles).toEqual([
      {
        file: 'packages/storage/src/planted-a.ts',
        line: 1,
        rule: 'import cycle: packages/storage/src/planted-a.ts -> packages/storage/src/planted-b.ts -> packages/storage/src/planted-c.ts -> packages/storage/src/planted-a.ts',
        specifier: './planted-b',
      },
    ]);
  });

  test('the presets the samsa package exports are not deep imports', () => {
    expect(
      planted('packages/samsa/test/planted.test.ts', "import { createGlobalSetup } from 'samsa/vitest';\n"),
    ).toEqual([]);
  });
});
