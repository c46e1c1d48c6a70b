// Generated from protocol-specs/06-update-metadata.json by scripts/gen-protocol.ts. Do not edit.
// UpdateMetadata (key 6), versions 0-8, flexible from v6.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface UpdateMetadataRequest {
  controllerId: number;
  isKRaftController?: boolean;
  type?: number;
  controllerEpoch: number;
  brokerEpoch?: number;
  ungroupedPartitionStates?: UpdateMetadataPartitionState[];
  topicStates?: UpdateMetadataTopicState[];
  liveBrokers: UpdateMetadataBroker[];
}

export interface UpdateMetadataPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
  offlineReplicas?: number[];
}

export interface UpdateMetadataTopicState {
  topicName: string;
  topicId?: Uuid;
  partitionStates: UpdateMetadataPartitionState[];
}

export interface UpdateMetadataBroker {
  id: number;
  v0Host?: string;
  v0Port?: number;
  endpoints?: UpdateMetadataEndpoint[];
  rack?: string | null;
}

export interface UpdateMetadataEndpoint {
  port: number;
  host: string;
  listener?: string;
  securityProtocol: number;
}

export interface UpdateMetadataResponse {
  errorCode: number;
}

function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
  };
}

function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return { errorCode: 0 };
}

function decodeUpdateMetadataPartitionStateV0(r: Reader): UpdateMetadataPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const zkVersion = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  return { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, zkVersion, replicas, offlineReplicas: [] };
}

function decodeUpdateMetadataBrokerV0(r: Reader): UpdateMetadataBroker {
  const id = r.int32();
  const v0Host = r.string();
  const v0Port = r.int32();
  return { id, v0Host, v0Port, endpoints: [], rack: '' };
}

function decodeUpdateMetadataRequestV0(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeUpdateMetadataPartitionStateV0(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV0(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

function encodeUpdateMetadataPartitionStateV0(w: Writer, m: UpdateMetadataPartitionState): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.zkVersion);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeUpdateMetadataBrokerV0(w: Writer, m: UpdateMetadataBroker): void {
  w.int32(m.id);
  w.string(m.v0Host === undefined ? '' : m.v0Host);
  w.int32(m.v0Port === undefined ? 0 : m.v0Port);
}

function encodeUpdateMetadataRequestV0(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 0);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 0);
  w.int32(m.controllerEpoch);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV0(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.TopicStates', 0);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV0(w, a[i]);
  }
}

function decodeUpdateMetadataEndpointV1(r: Reader): UpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.string();
  const securityProtocol = r.int16();
  return { port, host, listener: '', securityProtocol };
}

function decodeUpdateMetadataBrokerV1(r: Reader): UpdateMetadataBroker {
  const id = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Endpoints');
  const endpoints: UpdateMetadataEndpoint[] = [];
  for (let i = 0; i < n0; i++) endpoints.push(decodeUpdateMetadataEndpointV1(r));
  return { id, v0Host: '', v0Port: 0, endpoints, rack: '' };
}

function decodeUpdateMetadataRequestV1(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeUpdateMetadataPartitionStateV0(r));
  const n1 = r.arrayLength(8);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV1(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

function encodeUpdateMetadataEndpointV1(w: Writer, m: UpdateMetadataEndpoint): void {
  w.int32(m.port);
  w.string(m.host);
  w.int16(m.securityProtocol);
}

function encodeUpdateMetadataBrokerV1(w: Writer, m: UpdateMetadataBroker): void {
  w.int32(m.id);
  {
    const a = m.endpoints === undefined ? [] : m.endpoints;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataEndpointV1(w, a[i]);
  }
}

function encodeUpdateMetadataRequestV1(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 1);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 1);
  w.int32(m.controllerEpoch);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV0(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.TopicStates', 1);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV1(w, a[i]);
  }
}

function decodeUpdateMetadataBrokerV2(r: Reader): UpdateMetadataBroker {
  const id = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Endpoints');
  const endpoints: UpdateMetadataEndpoint[] = [];
  for (let i = 0; i < n0; i++) endpoints.push(decodeUpdateMetadataEndpointV1(r));
  const rack = r.nullableString();
  return { id, v0Host: '', v0Port: 0, endpoints, rack };
}

function decodeUpdateMetadataRequestV2(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeUpdateMetadataPartitionStateV0(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV2(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

function encodeUpdateMetadataBrokerV2(w: Writer, m: UpdateMetadataBroker): void {
  w.int32(m.id);
  {
    const a = m.endpoints === undefined ? [] : m.endpoints;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataEndpointV1(w, a[i]);
  }
  w.nullableString(m.rack === undefined ? '' : m.rack);
}

function encodeUpdateMetadataRequestV2(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 2);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 2);
  w.int32(m.controllerEpoch);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV0(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.TopicStates', 2);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV2(w, a[i]);
  }
}

function decodeUpdateMetadataEndpointV3(r: Reader): UpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.string();
  const listener = r.string();
  const securityProtocol = r.int16();
  return { port, host, listener, securityProtocol };
}

function decodeUpdateMetadataBrokerV3(r: Reader): UpdateMetadataBroker {
  const id = r.int32();
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Endpoints');
  const endpoints: UpdateMetadataEndpoint[] = [];
  for (let i = 0; i < n0; i++) endpoints.push(decodeUpdateMetadataEndpointV3(r));
  const rack = r.nullableString();
  return { id, v0Host: '', v0Port: 0, endpoints, rack };
}

function decodeUpdateMetadataRequestV3(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeUpdateMetadataPartitionStateV0(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV3(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

function encodeUpdateMetadataEndpointV3(w: Writer, m: UpdateMetadataEndpoint): void {
  w.int32(m.port);
  w.string(m.host);
  w.string(m.listener === undefined ? '' : m.listener);
  w.int16(m.securityProtocol);
}

function encodeUpdateMetadataBrokerV3(w: Writer, m: UpdateMetadataBroker): void {
  w.int32(m.id);
  {
    const a = m.endpoints === undefined ? [] : m.endpoints;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataEndpointV3(w, a[i]);
  }
  w.nullableString(m.rack === undefined ? '' : m.rack);
}

function encodeUpdateMetadataRequestV3(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 3);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 3);
  w.int32(m.controllerEpoch);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV0(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.TopicStates', 3);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV3(w, a[i]);
  }
}

function decodeUpdateMetadataPartitionStateV4(r: Reader): UpdateMetadataPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const zkVersion = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.arrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  return { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, zkVersion, replicas, offlineReplicas };
}

function decodeUpdateMetadataRequestV4(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(34);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeUpdateMetadataPartitionStateV4(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV3(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

function encodeUpdateMetadataPartitionStateV4(w: Writer, m: UpdateMetadataPartitionState): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.zkVersion);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeUpdateMetadataRequestV4(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 4);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 4);
  w.int32(m.controllerEpoch);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV4(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.TopicStates', 4);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV3(w, a[i]);
  }
}

function decodeUpdateMetadataPartitionStateV5(r: Reader): UpdateMetadataPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const zkVersion = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.arrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  return { topicName: '', partitionIndex, controllerEpoch, leader, leaderEpoch, isr, zkVersion, replicas, offlineReplicas };
}

function decodeUpdateMetadataTopicStateV5(r: Reader): UpdateMetadataTopicState {
  const topicName = r.string();
  const n0 = r.arrayLength(32);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeUpdateMetadataPartitionStateV5(r));
  return { topicName, topicId: ZERO_UUID, partitionStates };
}

function decodeUpdateMetadataRequestV5(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: UpdateMetadataTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeUpdateMetadataTopicStateV5(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV3(r));
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
}

function encodeUpdateMetadataPartitionStateV5(w: Writer, m: UpdateMetadataPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.zkVersion);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeUpdateMetadataTopicStateV5(w: Writer, m: UpdateMetadataTopicState): void {
  w.string(m.topicName);
  {
    const a = m.partitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV5(w, a[i]);
  }
}

function encodeUpdateMetadataRequestV5(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 5);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 5);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.UngroupedPartitionStates', 5);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataTopicStateV5(w, a[i]);
  }
  {
    const a = m.liveBrokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV3(w, a[i]);
  }
}

function decodeUpdateMetadataPartitionStateV6(r: Reader): UpdateMetadataPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const zkVersion = r.int32();
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.compactArrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  const m: UpdateMetadataPartitionState = {
    topicName: '',
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    zkVersion,
    replicas,
    offlineReplicas,
  };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateMetadataTopicStateV6(r: Reader): UpdateMetadataTopicState {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(24);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeUpdateMetadataPartitionStateV6(r));
  const m: UpdateMetadataTopicState = { topicName, topicId: ZERO_UUID, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateMetadataEndpointV6(r: Reader): UpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.compactString();
  const listener = r.compactString();
  const securityProtocol = r.int16();
  const m: UpdateMetadataEndpoint = { port, host, listener, securityProtocol };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateMetadataBrokerV6(r: Reader): UpdateMetadataBroker {
  const id = r.int32();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Endpoints');
  const endpoints: UpdateMetadataEndpoint[] = [];
  for (let i = 0; i < n0; i++) endpoints.push(decodeUpdateMetadataEndpointV6(r));
  const rack = r.compactNullableString();
  const m: UpdateMetadataBroker = { id, v0Host: '', v0Port: 0, endpoints, rack };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateMetadataRequestV6(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: UpdateMetadataTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeUpdateMetadataTopicStateV6(r));
  const n1 = r.compactArrayLength(7);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV6(r));
  const m: UpdateMetadataRequest = {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
  r.skipTaggedFields();
  return m;
}

function encodeUpdateMetadataPartitionStateV6(w: Writer, m: UpdateMetadataPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.zkVersion);
  {
    const a = m.replicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeUpdateMetadataTopicStateV6(w: Writer, m: UpdateMetadataTopicState): void {
  w.compactString(m.topicName);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeUpdateMetadataEndpointV6(w: Writer, m: UpdateMetadataEndpoint): void {
  w.int32(m.port);
  w.compactString(m.host);
  w.compactString(m.listener === undefined ? '' : m.listener);
  w.int16(m.securityProtocol);
  w.uvarint(0);
}

function encodeUpdateMetadataBrokerV6(w: Writer, m: UpdateMetadataBroker): void {
  w.int32(m.id);
  {
    const a = m.endpoints === undefined ? [] : m.endpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataEndpointV6(w, a[i]);
  }
  w.compactNullableString(m.rack === undefined ? '' : m.rack);
  w.uvarint(0);
}

function encodeUpdateMetadataRequestV6(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 6);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 6);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.UngroupedPartitionStates', 6);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataTopicStateV6(w, a[i]);
  }
  {
    const a = m.liveBrokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV6(w, a[i]);
  }
  w.uvarint(0);
}

function decodeUpdateMetadataTopicStateV7(r: Reader): UpdateMetadataTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(24);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: UpdateMetadataPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeUpdateMetadataPartitionStateV6(r));
  const m: UpdateMetadataTopicState = { topicName, topicId, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateMetadataRequestV7(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: UpdateMetadataTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeUpdateMetadataTopicStateV7(r));
  const n1 = r.compactArrayLength(7);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV6(r));
  const m: UpdateMetadataRequest = {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
  r.skipTaggedFields();
  return m;
}

function encodeUpdateMetadataTopicStateV7(w: Writer, m: UpdateMetadataTopicState): void {
  w.compactString(m.topicName);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataPartitionStateV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeUpdateMetadataRequestV7(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.isKRaftController', 7);
  }
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('UpdateMetadataRequest.Type', 7);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.UngroupedPartitionStates', 7);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataTopicStateV7(w, a[i]);
  }
  {
    const a = m.liveBrokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV6(w, a[i]);
  }
  w.uvarint(0);
}

function decodeUpdateMetadataRequestV8(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: UpdateMetadataTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeUpdateMetadataTopicStateV7(r));
  const n1 = r.compactArrayLength(7);
  if (n1 < 0) r.fail('null in non-nullable array LiveBrokers');
  const liveBrokers: UpdateMetadataBroker[] = [];
  for (let i = 0; i < n1; i++) liveBrokers.push(decodeUpdateMetadataBrokerV6(r));
  const m: UpdateMetadataRequest = {
    controllerId,
    isKRaftController,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int8();
        m.type = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function encodeUpdateMetadataRequestV8(w: Writer, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  w.bool(m.isKRaftController === undefined ? false : m.isKRaftController);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('UpdateMetadataRequest.UngroupedPartitionStates', 8);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataTopicStateV7(w, a[i]);
  }
  {
    const a = m.liveBrokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdateMetadataBrokerV6(w, a[i]);
  }
  let tagCount = 0;
  const tagged0 = m.type !== undefined && m.type !== 0;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.int8(m.type!);
    });
  }
}

function decodeUpdateMetadataResponseV0(r: Reader): UpdateMetadataResponse {
  const errorCode = r.int16();
  return { errorCode };
}

function encodeUpdateMetadataResponseV0(w: Writer, m: UpdateMetadataResponse): void {
  w.int16(m.errorCode);
}

function decodeUpdateMetadataResponseV6(r: Reader): UpdateMetadataResponse {
  const errorCode = r.int16();
  const m: UpdateMetadataResponse = { errorCode };
  r.skipTaggedFields();
  return m;
}

function encodeUpdateMetadataResponseV6(w: Writer, m: UpdateMetadataResponse): void {
  w.int16(m.errorCode);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => UpdateMetadataRequest) | undefined> = [
  decodeUpdateMetadataRequestV0, decodeUpdateMetadataRequestV1, decodeUpdateMetadataRequestV2, decodeUpdateMetadataRequestV3,
  decodeUpdateMetadataRequestV4, decodeUpdateMetadataRequestV5, decodeUpdateMetadataRequestV6, decodeUpdateMetadataRequestV7,
  decodeUpdateMetadataRequestV8,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: UpdateMetadataRequest) => void) | undefined> = [
  encodeUpdateMetadataRequestV0, encodeUpdateMetadataRequestV1, encodeUpdateMetadataRequestV2, encodeUpdateMetadataRequestV3,
  encodeUpdateMetadataRequestV4, encodeUpdateMetadataRequestV5, encodeUpdateMetadataRequestV6, encodeUpdateMetadataRequestV7,
  encodeUpdateMetadataRequestV8,
];
const responseDecoders: ReadonlyArray<((r: Reader) => UpdateMetadataResponse) | undefined> = [
  decodeUpdateMetadataResponseV0, decodeUpdateMetadataResponseV0, decodeUpdateMetadataResponseV0, decodeUpdateMetadataResponseV0,
  decodeUpdateMetadataResponseV0, decodeUpdateMetadataResponseV0, decodeUpdateMetadataResponseV6, decodeUpdateMetadataResponseV6,
  decodeUpdateMetadataResponseV6,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: UpdateMetadataResponse) => void) | undefined> = [
  encodeUpdateMetadataResponseV0, encodeUpdateMetadataResponseV0, encodeUpdateMetadataResponseV0, encodeUpdateMetadataResponseV0,
  encodeUpdateMetadataResponseV0, encodeUpdateMetadataResponseV0, encodeUpdateMetadataResponseV6, encodeUpdateMetadataResponseV6,
  encodeUpdateMetadataResponseV6,
];

export const UpdateMetadataApi: ApiCodec<UpdateMetadataRequest, UpdateMetadataResponse> = {
  apiKey: 6,
  name: 'UpdateMetadata',
  validVersions: { min: 0, max: 8 },
  firstFlexibleVersion: 6,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): UpdateMetadataRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateMetadata', 6, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: UpdateMetadataRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateMetadata', 6, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): UpdateMetadataResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateMetadata', 6, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: UpdateMetadataResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateMetadata', 6, version);
    encode(writer, message);
  },
  defaultRequest: defaultUpdateMetadataRequest,
  defaultResponse: defaultUpdateMetadataResponse,
};
