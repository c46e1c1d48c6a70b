import { ErrorCode, errorInfo } from '../src';

test("Kafka's codes and names", () => {
  expect(ErrorCode.NONE).toBe(0);
  expect(ErrorCode.UNKNOWN_SERVER_ERROR).toBe(-1);
  expect(ErrorCode.OFFSET_OUT_OF_RANGE).toBe(1);
  expect(ErrorCode.CORRUPT_MESSAGE).toBe(2);
  expect(ErrorCode.NOT_LEADER_OR_FOLLOWER).toBe(6);
  expect(ErrorCode.UNSUPPORTED_VERSION).toBe(35);
  expect(ErrorCode.INVALID_REQUEST).toBe(42);
  expect(ErrorCode.MEMBER_ID_REQUIRED).toBe(79);
  expect(ErrorCode.UNKNOWN_TOPIC_ID).toBe(100);
  expect(ErrorCode.SHARE_SESSION_LIMIT_REACHED).toBe(133);
});

test('errorInfo gives name, retriability and a message', () => {
  expect(errorInfo(3)).toMatchObject({ code: 3, name: 'UNKNOWN_TOPIC_OR_PARTITION', retriable: true });
  expect(errorInfo(35)).toMatchObject({ name: 'UNSUPPORTED_VERSION', retriable: false });
  expect(errorInfo(-1)?.message.length).toBeGreaterThan(0);
  expect(errorInfo(9999)).toBeUndefined();
  const codes = Object.values(ErrorCode);
  expect(new Set(codes).size).toBe(codes.length);
  for (let c = -1; c <= 133; c++) expect(errorInfo(c)?.code).toBe(c);
});
