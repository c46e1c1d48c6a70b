/** `samsa/jest/setup`: jest's `globalSetup`, starting the cluster (see `samsa/jest`). */
import { globalSetup } from './index';

export default globalSetup;
