/**
 * SaslAuthenticate. Reaches this handler only outside a SASL exchange (PLAINTEXT and SSL listeners, or after
 * authentication completed); as Kafka's KafkaApis does, it answers ILLEGAL_SASL_STATE ("SaslAuthenticate request
 * received after successful authentication"). Tokens of an exchange are evaluated by the request path's SASL stage.
 */
import {
  ErrorCode,
  SaslAuthenticateApi,
  type SaslAuthenticateRequest,
  type SaslAuthenticateResponse,
} from '@samsa/protocol';
import { defineHandler } from './handler';

export const saslAuthenticateHandler = defineHandler<SaslAuthenticateRequest, SaslAuthenticateResponse>({
  api: SaslAuthenticateApi,
  versions: { min: 0, max: 2 },
  handle() {
    return {
      errorCode: ErrorCode.ILLEGAL_SASL_STATE,
      errorMessage: 'SaslAuthenticate request received after successful authentication',
      authBytes: Buffer.alloc(0),
      sessionLifetimeMs: 0,
    };
  },
  errorResponse(_request, code, message) {
    return { errorCode: code, errorMessage: message, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 };
  },
});
