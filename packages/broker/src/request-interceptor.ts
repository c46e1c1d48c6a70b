/**
 * The hook the request path offers the control plane: once a request is decoded and its context built, an active
 * interceptor decides what happens to it — run it, answer it with an error, delay, hold or drop it (the fault
 * injector, `control/faults.ts`, is the one implementation). The request path owns this contract, so the control
 * plane reaches handlers only through it.
 */
import type { AnyHandler, RequestContext } from './handlers/handler';
import type { FrameOutcome } from './network/frame-processor';

export type { ApiRange, RequestContext } from './handlers/handler';

/** Everything the dispatcher knows about a request at the hook; `run` is the normal path, `fail` an error response. */
export interface InterceptedCall {
  readonly handler: AnyHandler;
  readonly apiKey: number;
  readonly ctx: RequestContext;
  readonly request: unknown;
  run(ctx: RequestContext): Promise<readonly Buffer[] | null>;
  fail(ctx: RequestContext, code: number): Promise<readonly Buffer[] | null>;
}

export interface RequestInterceptor {
  /** False while there is nothing to intercept: a request then costs the path one boolean check. */
  readonly active: boolean;
  intercept(call: InterceptedCall): FrameOutcome;
}
