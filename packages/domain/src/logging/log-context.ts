import { AsyncLocalStorage } from "node:async_hooks";

export interface LogContext {
  /** The request's id: the incoming X-Request-Id from a trusted proxy, or one of our own. */
  requestId: string;
  /** The sign-in the request belongs to (its oidc-provider interaction), when it has one. */
  interaction?: string;
}

// On globalThis: the custom server and Next.js's bundles may each load this module,
// and a line logged from a page must still find the context the server opened.
const holder = globalThis as unknown as { guestlistLogContext?: AsyncLocalStorage<LogContext> };
const storage = (holder.guestlistLogContext ??= new AsyncLocalStorage<LogContext>());

/** Runs `handle` with `context` attached to every log line written while it runs. */
export function withLogContext<T>(context: LogContext, handle: () => T): T {
  return storage.run(context, handle);
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

/** Runs `handle` with no request context: for events of shared resources that no request caused. */
export function outsideLogContext<T>(handle: () => T): T {
  return storage.exit(handle);
}
