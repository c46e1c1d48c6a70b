// A ClientSession without a socket, for driving the request path (Dispatcher.process) directly.
import pino from 'pino';
import type { BrokerNode } from '../../src/broker-node';
import { ANONYMOUS, type AuthState, type ClientSession } from '../../src/client-session';

export function testSession(node: BrokerNode, remoteAddress = 'test'): ClientSession & { closedWith: string[] } {
  const closedWith: string[] = [];
  const session = {
    connectionId: 0,
    node,
    client: {
      clientId: null as string | null,
      softwareName: null,
      softwareVersion: null,
      remoteAddress,
      remoteHost: remoteAddress,
    },
    auth: ANONYMOUS as AuthState,
    logger: pino({ level: 'silent' }),
    closedWith,
    noteClientId(clientId: string | null): void {
      session.client.clientId = clientId;
    },
    authenticated(auth: AuthState): void {
      session.auth = auth;
    },
    closeAfterResponses: (reason: string): void => {
      closedWith.push(reason);
    },
    pauseReadsFor: (): void => undefined,
    holdReads: () => (): void => undefined,
  };
  return session;
}
