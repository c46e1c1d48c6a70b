/**
 * @samsa/console: the web console. Its server side answers the page from any Kafka cluster through @samsa/client
 * and, inside a samsa process, adds broker states, metrics, the request log and the fault panel. It mounts on
 * samsa's admin endpoint (`attachConsole`, `startCluster({ console: true })`, `samsa start --console`) or runs on
 * a server of its own (`startConsoleServer`, `samsa console --brokers`). The page itself (web/) is built into
 * static assets by `npm run build`.
 */
export { attachConsole, startCluster, type AttachOptions, type ClusterOptions, type StartedCluster } from './attach';
export { ConsoleApp, CONSOLE_CLIENT_ID, type ConsoleLogger, type ConsoleOptions } from './console-app';
export { findAssetsDir } from './assets';
export {
  DEFAULT_CONSOLE_PORT,
  startConsoleServer,
  type ConsoleServer,
  type ConsoleServerOptions,
} from './standalone';
