// Generated from protocol-specs/04-leader-and-isr.json by scripts/gen-protocol.ts. Do not edit.
// LeaderAndIsr (key 4), versions 0-7, flexible from v4.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface LeaderAndIsrRequest {
  controllerId: number;
  isKRaftController?: boolean;
  controllerEpoch: number;
  brokerEpoch?: number;
  type?: number;
  ungroupedPartitionStates?: LeaderAndIsrPartitionState[];
  topicStates?: LeaderAndIsrTopicState[];
  liveLeaders: LeaderAndIsrLiveLeader[];
}

export interface LeaderAndIsrPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  partitionEpoch: number;
  replicas: number[];
  addingReplicas?: number[];
  removingReplicas?: number[];
  isNew?: boolean;
  leaderRecoveryState?: number;
}

export interface LeaderAndIsrTopicState {
  topicName: string;
  topicId?: Uuid;
  partitionStates: LeaderAndIsrPartitionState[];
}

export interface LeaderAndIsrLiveLeader {
  brokerId: number;
  hostName: string;
  port: number;
}

export interface LeaderAndIsrResponse {
  errorCode: number;
  partitionErrors?: LeaderAndIsrPartitionError[];
  topics?: LeaderAndIsrTopicError[];
}

export interface LeaderAndIsrPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: number;
}

export interface LeaderAndIsrTopicError {
  topicId: Uuid;
  partitionErrors: LeaderAndIsrPartitionError[];
}

function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
  };
}

function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return { errorCode: 0, partitionErrors: [], topics: [] };
}

function decodeLeaderAndIsrPartitionStateV0(r: Reader): LeaderAndIsrPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

function decodeLeaderAndIsrLiveLeaderV0(r: Reader): LeaderAndIsrLiveLeader {
  const brokerId = r.int32();
  const hostName = r.string();
  const port = r.int32();
  return { brokerId, hostName, port };
}

function decodeLeaderAndIsrRequestV0(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeLeaderAndIsrPartitionStateV0(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV0(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1,
    type: 0,
    ungroupedPartitionStates,
    topicStates: [],
    liveLeaders,
  };
}

function encodeLeaderAndIsrPartitionStateV0(w: Writer, m: LeaderAndIsrPartitionState): void {
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
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 0);
  }
}

function encodeLeaderAndIsrLiveLeaderV0(w: Writer, m: LeaderAndIsrLiveLeader): void {
  w.int32(m.brokerId);
  w.string(m.hostName);
  w.int32(m.port);
}

function encodeLeaderAndIsrRequestV0(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 0);
  }
  w.int32(m.controllerEpoch);
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('LeaderAndIsrRequest.Type', 0);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV0(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.TopicStates', 0);
  }
  {
    const a = m.liveLeaders;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV0(w, a[i]);
  }
}

function decodeLeaderAndIsrPartitionStateV1(r: Reader): LeaderAndIsrPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const isNew = r.bool();
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew,
    leaderRecoveryState: 0,
  };
}

function decodeLeaderAndIsrRequestV1(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const n0 = r.arrayLength(31);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitionStates');
  const ungroupedPartitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitionStates.push(decodeLeaderAndIsrPartitionStateV1(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV0(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1,
    type: 0,
    ungroupedPartitionStates,
    topicStates: [],
    liveLeaders,
  };
}

function encodeLeaderAndIsrPartitionStateV1(w: Writer, m: LeaderAndIsrPartitionState): void {
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
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 1);
  }
}

function encodeLeaderAndIsrRequestV1(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 1);
  }
  w.int32(m.controllerEpoch);
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('LeaderAndIsrRequest.Type', 1);
  {
    const a = m.ungroupedPartitionStates === undefined ? [] : m.ungroupedPartitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV1(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.TopicStates', 1);
  }
  {
    const a = m.liveLeaders;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV0(w, a[i]);
  }
}

function decodeLeaderAndIsrPartitionStateV2(r: Reader): LeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const isNew = r.bool();
  return {
    topicName: '',
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew,
    leaderRecoveryState: 0,
  };
}

function decodeLeaderAndIsrTopicStateV2(r: Reader): LeaderAndIsrTopicState {
  const topicName = r.string();
  const n0 = r.arrayLength(29);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeLeaderAndIsrPartitionStateV2(r));
  return { topicName, topicId: ZERO_UUID, partitionStates };
}

function decodeLeaderAndIsrRequestV2(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV2(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV0(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

function encodeLeaderAndIsrPartitionStateV2(w: Writer, m: LeaderAndIsrPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 2);
  }
}

function encodeLeaderAndIsrTopicStateV2(w: Writer, m: LeaderAndIsrTopicState): void {
  w.string(m.topicName);
  {
    const a = m.partitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV2(w, a[i]);
  }
}

function encodeLeaderAndIsrRequestV2(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 2);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('LeaderAndIsrRequest.Type', 2);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 2);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV2(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV0(w, a[i]);
  }
}

function decodeLeaderAndIsrPartitionStateV3(r: Reader): LeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.arrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array AddingReplicas');
  const addingReplicas: number[] = [];
  for (let i = 0; i < n2; i++) addingReplicas.push(r.int32());
  const n3 = r.arrayLength(4);
  if (n3 < 0) r.fail('null in non-nullable array RemovingReplicas');
  const removingReplicas: number[] = [];
  for (let i = 0; i < n3; i++) removingReplicas.push(r.int32());
  const isNew = r.bool();
  return {
    topicName: '',
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState: 0,
  };
}

function decodeLeaderAndIsrTopicStateV3(r: Reader): LeaderAndIsrTopicState {
  const topicName = r.string();
  const n0 = r.arrayLength(37);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeLeaderAndIsrPartitionStateV3(r));
  return { topicName, topicId: ZERO_UUID, partitionStates };
}

function decodeLeaderAndIsrRequestV3(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV3(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV0(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

function encodeLeaderAndIsrPartitionStateV3(w: Writer, m: LeaderAndIsrPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.addingReplicas === undefined ? [] : m.addingReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.removingReplicas === undefined ? [] : m.removingReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 3);
  }
}

function encodeLeaderAndIsrTopicStateV3(w: Writer, m: LeaderAndIsrTopicState): void {
  w.string(m.topicName);
  {
    const a = m.partitionStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV3(w, a[i]);
  }
}

function encodeLeaderAndIsrRequestV3(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 3);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('LeaderAndIsrRequest.Type', 3);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 3);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV3(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV0(w, a[i]);
  }
}

function decodeLeaderAndIsrPartitionStateV4(r: Reader): LeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.compactArrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array AddingReplicas');
  const addingReplicas: number[] = [];
  for (let i = 0; i < n2; i++) addingReplicas.push(r.int32());
  const n3 = r.compactArrayLength(4);
  if (n3 < 0) r.fail('null in non-nullable array RemovingReplicas');
  const removingReplicas: number[] = [];
  for (let i = 0; i < n3; i++) removingReplicas.push(r.int32());
  const isNew = r.bool();
  const m: LeaderAndIsrPartitionState = {
    topicName: '',
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState: 0,
  };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrTopicStateV4(r: Reader): LeaderAndIsrTopicState {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeLeaderAndIsrPartitionStateV4(r));
  const m: LeaderAndIsrTopicState = { topicName, topicId: ZERO_UUID, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrLiveLeaderV4(r: Reader): LeaderAndIsrLiveLeader {
  const brokerId = r.int32();
  const hostName = r.compactString();
  const port = r.int32();
  const m: LeaderAndIsrLiveLeader = { brokerId, hostName, port };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrRequestV4(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV4(r));
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV4(r));
  const m: LeaderAndIsrRequest = {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrPartitionStateV4(w: Writer, m: LeaderAndIsrPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.addingReplicas === undefined ? [] : m.addingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.removingReplicas === undefined ? [] : m.removingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 4);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrTopicStateV4(w: Writer, m: LeaderAndIsrTopicState): void {
  w.compactString(m.topicName);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrLiveLeaderV4(w: Writer, m: LeaderAndIsrLiveLeader): void {
  w.int32(m.brokerId);
  w.compactString(m.hostName);
  w.int32(m.port);
  w.uvarint(0);
}

function encodeLeaderAndIsrRequestV4(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 4);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.type !== undefined && m.type !== 0) throw new UnsupportedFieldError('LeaderAndIsrRequest.Type', 4);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 4);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV4(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaderAndIsrTopicStateV5(r: Reader): LeaderAndIsrTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeLeaderAndIsrPartitionStateV4(r));
  const m: LeaderAndIsrTopicState = { topicName, topicId, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrRequestV5(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV5(r));
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV4(r));
  const m: LeaderAndIsrRequest = {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrPartitionStateV5(w: Writer, m: LeaderAndIsrPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.addingReplicas === undefined ? [] : m.addingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.removingReplicas === undefined ? [] : m.removingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('LeaderAndIsrPartitionState.LeaderRecoveryState', 5);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrTopicStateV5(w: Writer, m: LeaderAndIsrTopicState): void {
  w.compactString(m.topicName);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV5(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrRequestV5(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 5);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.int8(m.type === undefined ? 0 : m.type);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 5);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV5(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaderAndIsrPartitionStateV6(r: Reader): LeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n1; i++) replicas.push(r.int32());
  const n2 = r.compactArrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array AddingReplicas');
  const addingReplicas: number[] = [];
  for (let i = 0; i < n2; i++) addingReplicas.push(r.int32());
  const n3 = r.compactArrayLength(4);
  if (n3 < 0) r.fail('null in non-nullable array RemovingReplicas');
  const removingReplicas: number[] = [];
  for (let i = 0; i < n3; i++) removingReplicas.push(r.int32());
  const isNew = r.bool();
  const leaderRecoveryState = r.int8();
  const m: LeaderAndIsrPartitionState = {
    topicName: '',
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState,
  };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrTopicStateV6(r: Reader): LeaderAndIsrTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(27);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: LeaderAndIsrPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeLeaderAndIsrPartitionStateV6(r));
  const m: LeaderAndIsrTopicState = { topicName, topicId, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrRequestV6(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV6(r));
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV4(r));
  const m: LeaderAndIsrRequest = {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrPartitionStateV6(w: Writer, m: LeaderAndIsrPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  {
    const a = m.replicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.addingReplicas === undefined ? [] : m.addingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.removingReplicas === undefined ? [] : m.removingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.bool(m.isNew === undefined ? false : m.isNew);
  w.int8(m.leaderRecoveryState === undefined ? 0 : m.leaderRecoveryState);
  w.uvarint(0);
}

function encodeLeaderAndIsrTopicStateV6(w: Writer, m: LeaderAndIsrTopicState): void {
  w.compactString(m.topicName);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionStateV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrRequestV6(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.isKRaftController', 6);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.int8(m.type === undefined ? 0 : m.type);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 6);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV6(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaderAndIsrRequestV7(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: LeaderAndIsrTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeLeaderAndIsrTopicStateV6(r));
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array LiveLeaders');
  const liveLeaders: LeaderAndIsrLiveLeader[] = [];
  for (let i = 0; i < n1; i++) liveLeaders.push(decodeLeaderAndIsrLiveLeaderV4(r));
  const m: LeaderAndIsrRequest = {
    controllerId,
    isKRaftController,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrRequestV7(w: Writer, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  w.bool(m.isKRaftController === undefined ? false : m.isKRaftController);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.int8(m.type === undefined ? 0 : m.type);
  if (m.ungroupedPartitionStates !== undefined && (m.ungroupedPartitionStates === null || m.ungroupedPartitionStates.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrRequest.UngroupedPartitionStates', 7);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicStateV6(w, a[i]);
  }
  {
    const a = m.liveLeaders;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrLiveLeaderV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaderAndIsrPartitionErrorV0(r: Reader): LeaderAndIsrPartitionError {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { topicName, partitionIndex, errorCode };
}

function decodeLeaderAndIsrResponseV0(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionErrors');
  const partitionErrors: LeaderAndIsrPartitionError[] = [];
  for (let i = 0; i < n0; i++) partitionErrors.push(decodeLeaderAndIsrPartitionErrorV0(r));
  return { errorCode, partitionErrors, topics: [] };
}

function encodeLeaderAndIsrPartitionErrorV0(w: Writer, m: LeaderAndIsrPartitionError): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeLeaderAndIsrResponseV0(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors === undefined ? [] : m.partitionErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV0(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.Topics', 0);
  }
}

function encodeLeaderAndIsrResponseV1(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors === undefined ? [] : m.partitionErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV0(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.Topics', 1);
  }
}

function encodeLeaderAndIsrResponseV2(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors === undefined ? [] : m.partitionErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV0(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.Topics', 2);
  }
}

function encodeLeaderAndIsrResponseV3(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors === undefined ? [] : m.partitionErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV0(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.Topics', 3);
  }
}

function decodeLeaderAndIsrPartitionErrorV4(r: Reader): LeaderAndIsrPartitionError {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: LeaderAndIsrPartitionError = { topicName, partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrResponseV4(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionErrors');
  const partitionErrors: LeaderAndIsrPartitionError[] = [];
  for (let i = 0; i < n0; i++) partitionErrors.push(decodeLeaderAndIsrPartitionErrorV4(r));
  const m: LeaderAndIsrResponse = { errorCode, partitionErrors, topics: [] };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrPartitionErrorV4(w: Writer, m: LeaderAndIsrPartitionError): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeLeaderAndIsrResponseV4(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors === undefined ? [] : m.partitionErrors;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV4(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.Topics', 4);
  }
  w.uvarint(0);
}

function decodeLeaderAndIsrPartitionErrorV5(r: Reader): LeaderAndIsrPartitionError {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: LeaderAndIsrPartitionError = { topicName: '', partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrTopicErrorV5(r: Reader): LeaderAndIsrTopicError {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array PartitionErrors');
  const partitionErrors: LeaderAndIsrPartitionError[] = [];
  for (let i = 0; i < n0; i++) partitionErrors.push(decodeLeaderAndIsrPartitionErrorV5(r));
  const m: LeaderAndIsrTopicError = { topicId, partitionErrors };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderAndIsrResponseV5(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: LeaderAndIsrTopicError[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeLeaderAndIsrTopicErrorV5(r));
  const m: LeaderAndIsrResponse = { errorCode, partitionErrors: [], topics };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderAndIsrPartitionErrorV5(w: Writer, m: LeaderAndIsrPartitionError): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeLeaderAndIsrTopicErrorV5(w: Writer, m: LeaderAndIsrTopicError): void {
  w.uuid(m.topicId);
  {
    const a = m.partitionErrors;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrPartitionErrorV5(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrResponseV5(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  if (m.partitionErrors !== undefined && (m.partitionErrors === null || m.partitionErrors.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.PartitionErrors', 5);
  }
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicErrorV5(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrResponseV6(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  if (m.partitionErrors !== undefined && (m.partitionErrors === null || m.partitionErrors.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.PartitionErrors', 6);
  }
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicErrorV5(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderAndIsrResponseV7(w: Writer, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  if (m.partitionErrors !== undefined && (m.partitionErrors === null || m.partitionErrors.length !== 0)) {
    throw new UnsupportedFieldError('LeaderAndIsrResponse.PartitionErrors', 7);
  }
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderAndIsrTopicErrorV5(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => LeaderAndIsrRequest) | undefined> = [
  decodeLeaderAndIsrRequestV0, decodeLeaderAndIsrRequestV1, decodeLeaderAndIsrRequestV2, decodeLeaderAndIsrRequestV3,
  decodeLeaderAndIsrRequestV4, decodeLeaderAndIsrRequestV5, decodeLeaderAndIsrRequestV6, decodeLeaderAndIsrRequestV7,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: LeaderAndIsrRequest) => void) | undefined> = [
  encodeLeaderAndIsrRequestV0, encodeLeaderAndIsrRequestV1, encodeLeaderAndIsrRequestV2, encodeLeaderAndIsrRequestV3,
  encodeLeaderAndIsrRequestV4, encodeLeaderAndIsrRequestV5, encodeLeaderAndIsrRequestV6, encodeLeaderAndIsrRequestV7,
];
const responseDecoders: ReadonlyArray<((r: Reader) => LeaderAndIsrResponse) | undefined> = [
  decodeLeaderAndIsrResponseV0, decodeLeaderAndIsrResponseV0, decodeLeaderAndIsrResponseV0, decodeLeaderAndIsrResponseV0,
  decodeLeaderAndIsrResponseV4, decodeLeaderAndIsrResponseV5, decodeLeaderAndIsrResponseV5, decodeLeaderAndIsrResponseV5,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: LeaderAndIsrResponse) => void) | undefined> = [
  encodeLeaderAndIsrResponseV0, encodeLeaderAndIsrResponseV1, encodeLeaderAndIsrResponseV2, encodeLeaderAndIsrResponseV3,
  encodeLeaderAndIsrResponseV4, encodeLeaderAndIsrResponseV5, encodeLeaderAndIsrResponseV6, encodeLeaderAndIsrResponseV7,
];

export const LeaderAndIsrApi: ApiCodec<LeaderAndIsrRequest, LeaderAndIsrResponse> = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  validVersions: { min: 0, max: 7 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): LeaderAndIsrRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('LeaderAndIsr', 4, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: LeaderAndIsrRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('LeaderAndIsr', 4, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): LeaderAndIsrResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('LeaderAndIsr', 4, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: LeaderAndIsrResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('LeaderAndIsr', 4, version);
    encode(writer, message);
  },
  defaultRequest: defaultLeaderAndIsrRequest,
  defaultResponse: defaultLeaderAndIsrResponse,
};
