import {
  ApiVersionsApi,
  ConsumerGroupHeartbeatApi,
  ErrorCode,
  randomUuid,
  UpdateFeaturesApi,
  type ConsumerGroupHeartbeatRequest,
} from '@samsa/protocol';
import { findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

const join = (groupId: string): ConsumerGroupHeartbeatRequest => ({
  groupId,
  memberId: randomUuid(),
  memberEpoch: 0,
  instanceId: null,
  rackId: null,
  rebalanceTimeoutMs: 30_000,
  subscribedTopicNames: ['t'],
  subscribedTopicRegex: null,
  serverAssignor: null,
  topicPartitions: [],
});

describe('UpdateFeatures v0-2', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({ 'offsets.topic.num.partitions': 1 });
    c = await gb.connect();
    await findCoordinator(c, 'x');
  });
  afterAll(() => gb.dispose());

  const levels = async () => {
    const res = await c.request(ApiVersionsApi, 4, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    return { epoch: res.finalizedFeaturesEpoch, group: res.finalizedFeatures?.find((f) => f.name === 'group.version') };
  };

  it('group.version 0 turns KIP-848 off (UNSUPPORTED_VERSION), 1 turns it back on; the epoch grows; it persists', async () => {
    const before = await levels();
    expect(before.group).toMatchObject({ maxVersionLevel: 1 });
    // A downgrade without saying so is refused, and nothing changes.
    const refused = await c.request(UpdateFeaturesApi, 1, {
      timeoutMs: 1000,
      featureUpdates: [{ feature: 'group.version', maxVersionLevel: 0, upgradeType: 1 }],
      validateOnly: false,
    });
    expect(refused.errorCode).toBe(ErrorCode.INVALID_UPDATE_VERSION);
    expect(refused.results).toEqual([
      { feature: 'group.version', errorCode: ErrorCode.INVALID_UPDATE_VERSION, errorMessage: refused.errorMessage },
    ]);
    const down = await c.request(UpdateFeaturesApi, 2, {
      timeoutMs: 1000,
      featureUpdates: [{ feature: 'group.version', maxVersionLevel: 0, upgradeType: 2 }],
      validateOnly: false,
    });
    expect(down).toMatchObject({ errorCode: 0, errorMessage: null });
    const off = await levels();
    expect(off.group).toBeUndefined();
    expect(off.epoch).toBe((before.epoch ?? 0) + 1);
    expect((await c.request(ConsumerGroupHeartbeatApi, 1, join('g'))).errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    // The level survives a restart.
    await gb.stop();
    gb = await gb.restart();
    c = await gb.connect();
    expect((await levels()).group).toBeUndefined();
    const up = await c.request(UpdateFeaturesApi, 0, {
      timeoutMs: 1000,
      featureUpdates: [{ feature: 'group.version', maxVersionLevel: 1, allowDowngrade: false }],
    });
    expect(up.errorCode).toBe(0);
    await findCoordinator(c, 'g');
    let res = await c.request(ConsumerGroupHeartbeatApi, 1, join('g'));
    for (let i = 0; i < 50 && res.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS; i++) {
      await new Promise((r) => setTimeout(r, 20));
      res = await c.request(ConsumerGroupHeartbeatApi, 1, join('g'));
    }
    expect(res.errorCode).toBe(0);
  });

  it.each([
    ['an unknown feature', 'no.such.version', 1, 1, ErrorCode.INVALID_UPDATE_VERSION],
    ['a level above the supported range', 'group.version', 2, 1, ErrorCode.INVALID_UPDATE_VERSION],
    ['a metadata.version downgrade', 'metadata.version', 22, 3, ErrorCode.INVALID_UPDATE_VERSION],
  ])('refuses %s', async (_name, feature, level, upgradeType, code) => {
    const { epoch } = await levels();
    const res = await c.request(UpdateFeaturesApi, 2, {
      timeoutMs: 1000,
      featureUpdates: [{ feature, maxVersionLevel: level, upgradeType }],
      validateOnly: false,
    });
    expect(res.errorCode).toBe(code);
    expect(res.errorMessage).toContain(feature);
    expect((await levels()).epoch).toBe(epoch);
  });

  it('ValidateOnly changes nothing; a feature named twice is INVALID_REQUEST', async () => {
    const { epoch } = await levels();
    const checked = await c.request(UpdateFeaturesApi, 1, {
      timeoutMs: 1000,
      featureUpdates: [{ feature: 'transaction.version', maxVersionLevel: 0, upgradeType: 2 }],
      validateOnly: true,
    });
    expect(checked.errorCode).toBe(0);
    expect((await levels()).epoch).toBe(epoch);
    const twice = await c.request(UpdateFeaturesApi, 1, {
      timeoutMs: 1000,
      featureUpdates: [
        { feature: 'group.version', maxVersionLevel: 1, upgradeType: 1 },
        { feature: 'group.version', maxVersionLevel: 1, upgradeType: 1 },
      ],
      validateOnly: false,
    });
    expect(twice.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});
