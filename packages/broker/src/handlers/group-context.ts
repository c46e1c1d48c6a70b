/** What the group handlers share: the context's group coordinator, and the request as the coordinator sees it. */
import type { RequestInfo } from '@samsa/coordinator';
import { KafkaError } from '../errors';
import type { BrokerGroups } from '../groups';
import type { RequestContext } from './handler';

/** The context's group coordinator; a broker embedded without one answers COORDINATOR_NOT_AVAILABLE. */
export function groupsOf(ctx: RequestContext): BrokerGroups {
  if (!ctx.groups) throw new KafkaError('COORDINATOR_NOT_AVAILABLE', 'this broker runs no group coordinator');
  return ctx.groups;
}

/** The request's sender for the group coordinator. */
export function groupRequestInfo(groups: BrokerGroups, ctx: RequestContext): RequestInfo {
  return groups.requestInfo({
    nodeId: ctx.node.nodeId,
    clientId: ctx.client.clientId,
    remoteAddress: ctx.client.remoteAddress,
    apiVersion: ctx.apiVersion,
  });
}
