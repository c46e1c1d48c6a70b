/**
 * SaslHandshake. Reaches this handler only where no SASL exchange is going on: on PLAINTEXT and SSL listeners, and
 * on an authenticated SASL connection that cannot re-authenticate (no session expiry, or within a second of the last
 * one); as Kafka's KafkaApis does, it answers ILLEGAL_SASL_STATE. The exchange itself (mechanism choice, v0 raw
 * tokens, re-authentication) is the request path's SASL stage (`security/sasl/authenticator.ts`).
 */
import { ErrorCode, SaslHandshakeApi, type SaslHandshakeRequest, type SaslHandshakeResponse } from '@samsa/protocol';
import { defineHandler } from './handler';

export const saslHandshakeHandler = defineHandler<SaslHandshakeRequest, SaslHandshakeResponse>({
  api: SaslHandshakeApi,
  versions: { min: 0, max: 1 },
  handle() {
    return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] };
  },
  errorResponse(_request, code) {
    return { errorCode: code, mechanisms: [] };
  },
});
