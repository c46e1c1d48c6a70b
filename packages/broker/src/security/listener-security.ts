/**
 * What each listener applies to its connections, from the broker config: TLS (SSL and SASL_SSL listeners, with the
 * listener's `listener.name.<l>.ssl.*` settings) and the processor its frames go to: the dispatcher, behind the SASL
 * stage on SASL_PLAINTEXT and SASL_SSL listeners. Settings are built once per listener (so a bad one stops
 * start-up) and shared by every broker identity.
 */
import { isIP } from 'node:net';
import type { Logger } from 'pino';
import type { BrokerConfig, ListenerConfig } from '../config';
import type { Dispatcher } from '../dispatch';
import type { HandlerRegistry } from '../handlers/index';
import type { FrameProcessor } from '../network/frame-processor';
import { SaslAuthenticator } from './sasl/authenticator';
import { saslListenerConfig } from './sasl/sasl-config';
import type { ScramCredentialStore } from './scram-credentials';
import type { TlsEndpoint } from '../network/listener';
import { tlsSettings, type TlsSettings } from './tls/tls-endpoint';

export interface ListenerSecurity {
  readonly tls: TlsEndpoint | null;
  readonly processor: FrameProcessor;
}

export interface ListenerSecurityOptions {
  readonly config: BrokerConfig;
  readonly dispatcher: Dispatcher;
  readonly registry: HandlerRegistry;
  /** The SCRAM credentials SCRAM mechanisms authenticate against. */
  readonly scram: ScramCredentialStore;
  readonly logger: Logger;
  readonly clock?: () => number;
}

export function listenerSecurity(options: ListenerSecurityOptions): (listener: ListenerConfig) => ListenerSecurity {
  const { config, dispatcher, logger } = options;
  const built = new Map<string, ListenerSecurity>();
  for (const listener of config.listeners) {
    const read = config.forListener(listener.name);
    const protocol = listener.securityProtocol;
    const tls = protocol === 'SSL' || protocol === 'SASL_SSL' ? tlsSettings(read, listener.name) : null;
    if (tls) warnUncoveredHost(tls, listener, read.string('ssl.endpoint.identification.algorithm'), logger);
    let processor: FrameProcessor = dispatcher;
    if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
      const sasl = saslListenerConfig(config, listener.name, options.scram, options.clock ?? Date.now);
      processor = new SaslAuthenticator({
        config: sasl,
        dispatcher,
        registry: options.registry,
        ...(options.clock ? { now: options.clock } : {}),
      });
      logger.debug({ listener: listener.name, mechanisms: sasl.mechanisms }, 'SASL mechanisms');
    }
    built.set(listener.name, { tls: tls?.endpoint ?? null, processor });
  }
  return (listener) => built.get(listener.name) as ListenerSecurity;
}

/**
 * With `ssl.endpoint.identification.algorithm=https` (Kafka's default, and every client's) a client checks that the
 * broker's certificate names the host it connected to: a certificate that does not cover the advertised host fails
 * every handshake, so say so at start.
 */
function warnUncoveredHost(tls: TlsSettings, listener: ListenerConfig, algorithm: string, logger: Logger): void {
  const cert = tls.certificate;
  if (algorithm.toLowerCase() !== 'https' || cert === null) return;
  const host = listener.advertisedHost;
  const covered = isIP(host) !== 0 ? cert.checkIP(host) !== undefined : cert.checkHost(host) !== undefined;
  if (!covered) {
    logger.warn(
      { listener: listener.name, host, subject: cert.subject.replace(/\n/g, ', ') },
      'the TLS certificate does not name the advertised host: clients that verify host names (ssl.endpoint.identification.algorithm=https) will refuse it',
    );
  }
}
