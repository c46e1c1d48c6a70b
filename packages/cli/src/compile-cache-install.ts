// main.ts imports this first, so the compile cache is in place before the broker's modules load (only when this
// process runs the `samsa` binary; see compile-cache.ts).
import { enableForBinary } from './compile-cache';

enableForBinary();
