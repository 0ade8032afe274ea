import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConnectorResponse } from "./connector-contract";

const ATTRIBUTES = [
  { name: "BusinessName", dataType: "STRING" as const },
  { name: "Employees", dataType: "INTEGER" as const },
  { name: "Approved", dataType: "BOOLEAN" as const },
];
const APP_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

const claimKey = fc.constantFrom(
  "BusinessName",
  `extension_${APP_ID}_Employees`,
  "extension_Approved",
  "version",
  "action",
  "userMessage",
  "status",
  "__proto__",
  "constructor",
  "unknown",
);
const jsonValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("Continue", "ShowBlockPage", "ValidationError", "1.0.0", "400", 400),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const answer = fc.oneof(
  fc.dictionary(claimKey, jsonValue).map((o) => JSON.stringify(o)),
  fc.json(),
  fc.string({ maxLength: 200 }),
  fc.constant(""),
);

describe("reading an API connector's answer, under any response", () => {
  it("gives one of the four outcomes, never an exception", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(200, 400, 401, 403, 404, 409, 500, 502, 504, 0, 999),
        answer,
        fc.constantFrom<"POST_ATTRIBUTE_COLLECTION" | "POST_FEDERATION_SIGNUP">(
          "POST_ATTRIBUTE_COLLECTION",
          "POST_FEDERATION_SIGNUP",
        ),
        (status, text, step) => {
          const outcome = parseConnectorResponse(status, text, ATTRIBUTES, APP_ID, step);
          expect(["Continue", "ShowBlockPage", "ValidationError", "Failure"]).toContain(
            outcome.action,
          );
          if (outcome.action === "Continue") {
            expect(status).toBe(200);
            for (const [name, value] of Object.entries(outcome.claims)) {
              const attribute = ATTRIBUTES.find((a) => a.name === name);
              expect(attribute, name).toBeDefined();
              const expected = { STRING: "string", INTEGER: "number", BOOLEAN: "boolean" }[
                attribute!.dataType
              ];
              expect(typeof value).toBe(expected);
            }
          }
          if (outcome.action === "ShowBlockPage" || outcome.action === "ValidationError")
            expect(typeof outcome.userMessage).toBe("string");
          if (outcome.action === "Failure") expect(outcome.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
