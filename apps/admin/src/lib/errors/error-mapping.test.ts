import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@guestlist/domain/errors";
import { actionFailure } from "./action-failure";
import { errorResponse } from "./error-response";

const validationError = () => {
  const parsed = z.object({ name: z.string().min(1, "Enter a name.") }).safeParse({ name: "" });
  return parsed.error!;
};

describe("one mapping from errors to what admin callers see", () => {
  it("names each invalid field, in a form and in JSON alike", async () => {
    expect(actionFailure(validationError())).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter a name." },
    });
    const response = errorResponse(validationError());
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: "invalid_input", details: [{ path: "name", message: "Enter a name." }] },
    });
  });

  it("keeps a domain error's code, status and message, with the headers its code calls for", async () => {
    const limited = errorResponse(
      new AppError("rate_limited", "Slow down.", { retryAfterSeconds: 30 }),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(await limited.json()).toEqual({
      error: { code: "rate_limited", message: "Slow down." },
    });
    const unauthenticated = errorResponse(new AppError("unauthenticated", "Who are you?"));
    expect(unauthenticated.headers.get("www-authenticate")).toContain("Bearer");
    expect(actionFailure(new AppError("conflict", "Taken."))).toEqual({
      ok: false,
      message: "Taken.",
    });
  });

  it("tells nothing of an unexpected error but an incident id, which the log has too", async () => {
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const secret = new Error("connection string postgres://admin:hunter2@db");
    const response = errorResponse(secret);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(500);
    expect(body.error.code).toBe("internal");
    expect(body.error.message).not.toContain("hunter2");
    const incident = /incident ([0-9a-f-]{36})/.exec(body.error.message)![1]!;
    expect(logged.mock.calls.map(([line]) => String(line)).join("")).toContain(incident);
    expect(actionFailure(secret).message).not.toContain("hunter2");
    logged.mockRestore();
  });
});
