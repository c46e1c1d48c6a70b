/** `samsa/jest/teardown`: jest's `globalTeardown`, stopping the cluster (see `samsa/jest`). */
import { globalTeardown } from './index';

export default globalTeardown;
