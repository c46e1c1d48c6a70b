// Generated from protocol-specs/internal/consumer-group-member-metadata.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupMemberMetadata record (type 5): key v0-0, value v0-0, flexible from v0.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import { writeTaggedField } from '../../primitives/tagged-fields';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupMemberMetadataKey {
  groupId: string;
  memberId: string;
}

export interface ConsumerGroupMemberMetadataValue {
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  rebalanceTimeoutMs: number;
  serverAssignor: string | null;
  classicMemberMetadata: ClassicMemberMetadata | null;
}

export interface ClassicMemberMetadata {
  sessionTimeoutMs: number;
  supportedProtocols: ClassicProtocol[];
}

export interface ClassicProtocol {
  name: string;
  metadata: Buffer;
}

function defaultConsumerGroupMemberMetadataKey(): ConsumerGroupMemberMetadataKey {
  return { groupId: '', memberId: '' };
}

function defaultConsumerGroupMemberMetadataValue(): ConsumerGroupMemberMetadataValue {
  return {
    instanceId: '',
    rackId: '',
    clientId: '',
    clientHost: '',
    subscribedTopicNames: [],
    subscribedTopicRegex: '',
    rebalanceTimeoutMs: -1,
    serverAssignor: '',
    classicMemberMetadata: null,
  };
}

function decodeConsumerGroupMemberMetadataKeyV0(r: Reader): ConsumerGroupMemberMetadataKey {
  const groupId = r.string();
  const memberId = r.string();
  return { groupId, memberId };
}

function encodeConsumerGroupMemberMetadataKeyV0(w: Writer, m: ConsumerGroupMemberMetadataKey): void {
  w.string(m.groupId);
  w.string(m.memberId);
}

function decodeClassicProtocolV0(r: Reader): ClassicProtocol {
  const name = r.compactString();
  const metadata = r.compactBytes();
  const m: ClassicProtocol = { name, metadata };
  r.skipTaggedFields();
  return m;
}

function decodeClassicMemberMetadataV0(r: Reader): ClassicMemberMetadata {
  const sessionTimeoutMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array SupportedProtocols');
  const supportedProtocols: ClassicProtocol[] = [];
  for (let i = 0; i < n0; i++) supportedProtocols.push(decodeClassicProtocolV0(r));
  const m: ClassicMemberMetadata = { sessionTimeoutMs, supportedProtocols };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupMemberMetadataValueV0(r: Reader): ConsumerGroupMemberMetadataValue {
  const instanceId = r.compactNullableString();
  const rackId = r.compactNullableString();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array SubscribedTopicNames');
  const subscribedTopicNames: string[] = [];
  for (let i = 0; i < n0; i++) subscribedTopicNames.push(r.compactString());
  const subscribedTopicRegex = r.compactNullableString();
  const rebalanceTimeoutMs = r.int32();
  const serverAssignor = r.compactNullableString();
  const m: ConsumerGroupMemberMetadataValue = {
    instanceId,
    rackId,
    clientId,
    clientHost,
    subscribedTopicNames,
    subscribedTopicRegex,
    rebalanceTimeoutMs,
    serverAssignor,
    classicMemberMetadata: null,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int8() < 0 ? null : decodeClassicMemberMetadataV0(r);
        m.classicMemberMetadata = value;
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

function encodeClassicProtocolV0(w: Writer, m: ClassicProtocol): void {
  w.compactString(m.name);
  w.compactBytes(m.metadata);
  w.uvarint(0);
}

function encodeClassicMemberMetadataV0(w: Writer, m: ClassicMemberMetadata): void {
  w.int32(m.sessionTimeoutMs);
  {
    const a = m.supportedProtocols;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeClassicProtocolV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupMemberMetadataValueV0(w: Writer, m: ConsumerGroupMemberMetadataValue): void {
  w.compactNullableString(m.instanceId);
  w.compactNullableString(m.rackId);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  {
    const a = m.subscribedTopicNames;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.compactNullableString(m.subscribedTopicRegex);
  w.int32(m.rebalanceTimeoutMs);
  w.compactNullableString(m.serverAssignor);
  let tagCount = 0;
  const tagged0 = m.classicMemberMetadata !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const s = m.classicMemberMetadata;
        if (s === null) tw.int8(-1);
        else {
          tw.int8(1);
          encodeClassicMemberMetadataV0(tw, s);
        }
      }
    });
  }
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupMemberMetadataKey) | undefined> = [decodeConsumerGroupMemberMetadataKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupMemberMetadataKey) => void) | undefined> = [
  encodeConsumerGroupMemberMetadataKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupMemberMetadataValue) | undefined> = [
  decodeConsumerGroupMemberMetadataValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupMemberMetadataValue) => void) | undefined> = [
  encodeConsumerGroupMemberMetadataValueV0,
];

export const ConsumerGroupMemberMetadataRecord: InternalRecordCodec<
  ConsumerGroupMemberMetadataKey,
  ConsumerGroupMemberMetadataValue
> = {
  name: 'ConsumerGroupMemberMetadata',
  recordType: 5,
  readRecordTypes: [5],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupMemberMetadataKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupMemberMetadataKey', 5, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupMemberMetadataKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupMemberMetadataKey', 5, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupMemberMetadataValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupMemberMetadataValue', 5, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupMemberMetadataValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupMemberMetadataValue', 5, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupMemberMetadataKey,
  defaultValue: defaultConsumerGroupMemberMetadataValue,
};
