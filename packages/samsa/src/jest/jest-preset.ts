/** The jest preset `preset: 'samsa/jest'` names: the global setup and teardown pair, by absolute path. */
import { join } from 'node:path';

export = {
  globalSetup: join(__dirname, 'setup.js'),
  globalTeardown: join(__dirname, 'teardown.js'),
};
