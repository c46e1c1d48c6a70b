// Generated from protocol-specs/77-share-group-describe.json by scripts/gen-protocol.ts. Do not edit.
// ShareGroupDescribe (key 77), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ShareGroupDescribeRequest {
  groupIds: string[];
  includeAuthorizedOperations: boolean;
}

export interface ShareGroupDescribeResponse {
  throttleTimeMs: number;
  groups: DescribedGroup[];
}

export interface DescribedGroup {
  errorCode: number;
  errorMessage: string | null;
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: Member[];
  authorizedOperations: number;
}

export interface Member {
  memberId: string;
  rackId: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  assignment: Assignment;
}

export interface Assignment {
  topicPartitions: TopicPartitions[];
}

export interface TopicPartitions {
  topicId: Uuid;
  topicName: string;
  partitions: number[];
}

function defaultShareGroupDescribeRequest(): ShareGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false };
}

function defaultShareGroupDescribeResponse(): ShareGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function decodeShareGroupDescribeRequestV0(r: Reader): ShareGroupDescribeRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array GroupIds');
  const groupIds: string[] = [];
  for (let i = 0; i < n0; i++) groupIds.push(r.compactString());
  const includeAuthorizedOperations = r.bool();
  const m: ShareGroupDescribeRequest = { groupIds, includeAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeShareGroupDescribeRequestV0(w: Writer, m: ShareGroupDescribeRequest): void {
  {
    const a = m.groupIds;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.bool(m.includeAuthorizedOperations);
  w.uvarint(0);
}

function decodeTopicPartitionsV0(r: Reader): TopicPartitions {
  const topicId = r.uuid();
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicPartitions = { topicId, topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAssignmentV0(r: Reader): Assignment {
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicPartitions');
  const topicPartitions: TopicPartitions[] = [];
  for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionsV0(r));
  const m: Assignment = { topicPartitions };
  r.skipTaggedFields();
  return m;
}

function decodeMemberV0(r: Reader): Member {
  const memberId = r.compactString();
  const rackId = r.compactNullableString();
  const memberEpoch = r.int32();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array SubscribedTopicNames');
  const subscribedTopicNames: string[] = [];
  for (let i = 0; i < n0; i++) subscribedTopicNames.push(r.compactString());
  const assignment = decodeAssignmentV0(r);
  const m: Member = { memberId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, assignment };
  r.skipTaggedFields();
  return m;
}

function decodeDescribedGroupV0(r: Reader): DescribedGroup {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const groupId = r.compactString();
  const groupState = r.compactString();
  const groupEpoch = r.int32();
  const assignmentEpoch = r.int32();
  const assignorName = r.compactString();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: Member[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberV0(r));
  const authorizedOperations = r.int32();
  const m: DescribedGroup = {
    errorCode,
    errorMessage,
    groupId,
    groupState,
    groupEpoch,
    assignmentEpoch,
    assignorName,
    members,
    authorizedOperations,
  };
  r.skipTaggedFields();
  return m;
}

function decodeShareGroupDescribeResponseV0(r: Reader): ShareGroupDescribeResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV0(r));
  const m: ShareGroupDescribeResponse = { throttleTimeMs, groups };
  r.skipTaggedFields();
  return m;
}

function encodeTopicPartitionsV0(w: Writer, m: TopicPartitions): void {
  w.uuid(m.topicId);
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeAssignmentV0(w: Writer, m: Assignment): void {
  {
    const a = m.topicPartitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeMemberV0(w: Writer, m: Member): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.rackId);
  w.int32(m.memberEpoch);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  {
    const a = m.subscribedTopicNames;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  encodeAssignmentV0(w, m.assignment);
  w.uvarint(0);
}

function encodeDescribedGroupV0(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.compactString(m.groupId);
  w.compactString(m.groupState);
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  w.compactString(m.assignorName);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberV0(w, a[i]);
  }
  w.int32(m.authorizedOperations);
  w.uvarint(0);
}

function encodeShareGroupDescribeResponseV0(w: Writer, m: ShareGroupDescribeResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ShareGroupDescribeRequest) | undefined> = [
  decodeShareGroupDescribeRequestV0, decodeShareGroupDescribeRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ShareGroupDescribeRequest) => void) | undefined> = [
  encodeShareGroupDescribeRequestV0, encodeShareGroupDescribeRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ShareGroupDescribeResponse) | undefined> = [
  decodeShareGroupDescribeResponseV0, decodeShareGroupDescribeResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ShareGroupDescribeResponse) => void) | undefined> = [
  encodeShareGroupDescribeResponseV0, encodeShareGroupDescribeResponseV0,
];

export const ShareGroupDescribeApi: ApiCodec<ShareGroupDescribeRequest, ShareGroupDescribeResponse> = {
  apiKey: 77,
  name: 'ShareGroupDescribe',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ShareGroupDescribeRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareGroupDescribe', 77, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ShareGroupDescribeRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareGroupDescribe', 77, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ShareGroupDescribeResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareGroupDescribe', 77, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ShareGroupDescribeResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareGroupDescribe', 77, version);
    encode(writer, message);
  },
  defaultRequest: defaultShareGroupDescribeRequest,
  defaultResponse: defaultShareGroupDescribeResponse,
};
