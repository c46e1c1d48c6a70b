/**
 * The one bundle the package ships (`dist/bundle.js`): the public API of `./index` plus the command-line runner the
 * `samsa` binary calls. `dist/index.js` and `dist/index.mjs` expose only the public API from it.
 */
export * from './index';
export { runCli } from '@samsa/cli';
