/**
 * DeleteTopics. Deletes topics by name (v0-5 TopicNames; v6 Topics with a name) or by id (v6, KIP-516).
 * - Unknown name → UNKNOWN_TOPIC_OR_PARTITION; unknown id → UNKNOWN_TOPIC_ID; both name and id, or a name/id given
 *   twice → INVALID_REQUEST.
 * - `delete.topic.enable=false` fails the request: TOPIC_DELETION_DISABLED from v3 (KIP-322), INVALID_REQUEST before.
 * - v1 adds throttle_time_ms; v4 is flexible; v5 adds ErrorMessage.
 * - DELETE on each topic (TOPIC_AUTHORIZATION_FAILED); a topic named by id needs DESCRIBE too (UNKNOWN_TOPIC_ID).
 */
import {
  DeleteTopicsApi,
  ErrorCode,
  ZERO_UUID,
  type DeletableTopicResult,
  type DeleteTopicsRequest,
  type DeleteTopicsResponse,
} from '@samsa/protocol';
import type { Cluster } from '../cluster';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

interface Target {
  readonly name: string | null;
  readonly topicId: string;
}

export const deleteTopicsHandler = defineHandler<DeleteTopicsRequest, DeleteTopicsResponse>({
  api: DeleteTopicsApi,
  versions: { min: 0, max: 6 },
  handle(ctx, request) {
    if (!ctx.cluster.config.deleteTopicEnable) {
      if (ctx.apiVersion < 3) throw new KafkaError('INVALID_REQUEST', 'Topic deletion is disabled.');
      throw new KafkaError('TOPIC_DELETION_DISABLED', 'Topic deletion is disabled.');
    }
    const targets = targetsOf(request, ctx.apiVersion);
    const nameCounts = new Map<string, number>();
    const idCounts = new Map<string, number>();
    for (const t of targets) {
      if (t.name !== null) nameCounts.set(t.name, (nameCounts.get(t.name) ?? 0) + 1);
      else idCounts.set(t.topicId, (idCounts.get(t.topicId) ?? 0) + 1);
    }
    const responses: DeletableTopicResult[] = [];
    for (const target of targets) {
      if (target.name !== null && target.topicId !== ZERO_UUID) {
        responses.push(result(target, ErrorCode.INVALID_REQUEST, 'You may not specify both topic name and topic id.'));
      } else if (target.name !== null && (nameCounts.get(target.name) ?? 0) > 1) {
        responses.push(result(target, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      } else if (target.name === null && (idCounts.get(target.topicId) ?? 0) > 1) {
        responses.push(result(target, ErrorCode.INVALID_REQUEST, 'Duplicate topic id.'));
      } else {
        responses.push(denied(ctx, target) ?? remove(ctx.cluster, target, ctx.logger));
      }
    }
    return { throttleTimeMs: 0, responses: dedupe(responses) };
  },
  errorResponse(request, code, message) {
    // The version is not known here: decoders fill the field a version lacks with an empty list, so take whichever
    // list has entries. Before v6 the name cannot be null on the wire, so an empty name stands in for an id-only target.
    const targets = (request.topics ?? []).length > 0 ? targetsOf(request, 6) : targetsOf(request, 0);
    return {
      throttleTimeMs: 0,
      responses: targets.map((t) => result({ name: t.name ?? '', topicId: t.topicId }, code, message)),
    };
  },
});

function targetsOf(request: DeleteTopicsRequest, version: number): Target[] {
  if (version >= 6) return (request.topics ?? []).map((t) => ({ name: t.name, topicId: t.topicId }));
  return (request.topicNames ?? []).map((name) => ({ name, topicId: ZERO_UUID }));
}

function remove(cluster: Cluster, target: Target, logger: { info(o: object, m: string): void }): DeletableTopicResult {
  try {
    const topic = target.name !== null ? cluster.topicByName(target.name) : cluster.topicById(target.topicId);
    if (!topic) {
      throw target.name !== null
        ? new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.')
        : new KafkaError('UNKNOWN_TOPIC_ID', `No such topic id ${target.topicId}`);
    }
    cluster.deleteTopic(topic);
    logger.info({ topic: topic.name, topicId: topic.id }, 'topic deleted');
    return { name: topic.name, topicId: topic.id, errorCode: ErrorCode.NONE, errorMessage: null };
  } catch (err) {
    return result(target, toErrorCode(err), toErrorMessage(err));
  }
}

function result(target: Target, code: number, message: string | null): DeletableTopicResult {
  return { name: target.name, topicId: target.topicId, errorCode: code, errorMessage: message };
}

/** One entry per name (or id), as Kafka's keyed response collection holds. */
function dedupe(responses: DeletableTopicResult[]): DeletableTopicResult[] {
  const seen = new Set<string>();
  return responses.filter((r) => {
    const key = r.name !== null ? `n:${r.name}` : `i:${r.topicId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * KafkaApis.handleDeleteTopicsRequest's authorization: a topic named by id the client may not DESCRIBE is
 * UNKNOWN_TOPIC_ID (ids reveal nothing), one it may not DELETE TOPIC_AUTHORIZATION_FAILED.
 */
function denied(ctx: RequestContext, target: { name: string | null; topicId: string }): DeletableTopicResult | null {
  const name = target.name ?? ctx.cluster.topicById(target.topicId)?.name ?? null;
  if (name === null) return null;
  if (target.name === null && !allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, name))
    return result(target, ErrorCode.UNKNOWN_TOPIC_ID, null);
  if (!allows(ctx, Op.DELETE, ResourceType.TOPIC, name))
    return result({ name, topicId: target.topicId }, ErrorCode.TOPIC_AUTHORIZATION_FAILED, null);
  return null;
}
