import { describe, expect, it } from "vitest";
import {
  connectorRequestBody,
  maskedRequestBody,
  parseConnectorResponse,
} from "./connector-contract";

const APP = "0123456789abcdef0123456789abcdef";
const attributes = [
  { name: "postalCode", dataType: "STRING" as const },
  { name: "displayName", dataType: "STRING" as const },
  { name: "BusinessRegistrationCode", dataType: "INTEGER" as const },
  { name: "AcceptsTerms", dataType: "BOOLEAN" as const },
];
const parse = (
  status: number,
  body: unknown,
  step: "POST_ATTRIBUTE_COLLECTION" | "POST_FEDERATION_SIGNUP" = "POST_ATTRIBUTE_COLLECTION",
) =>
  parseConnectorResponse(
    status,
    typeof body === "string" ? body : JSON.stringify(body),
    attributes,
    APP,
    step,
  );

describe("API connector contract", () => {
  it("sends the body Entra sends: built-ins, identities, extension_<appId>_ custom attributes, step, client_id; nothing empty", () => {
    const body = connectorRequestBody({
      step: "POST_ATTRIBUTE_COLLECTION",
      clientId: "woodgrove-supplier-portal",
      uiLocales: "en-US",
      email: "johnsmith@fabrikam.test",
      identities: [
        {
          signInType: "emailAddress",
          issuer: "woodgrove",
          issuerAssignedId: "johnsmith@fabrikam.test",
        },
      ],
      values: {
        displayName: "John Smith",
        city: "Seattle",
        surname: "",
        jobTitle: undefined,
        BusinessRegistrationCode: 4512,
        Phone: null,
      },
      extensionAppId: APP,
    });
    expect(body).toEqual({
      email: "johnsmith@fabrikam.test",
      identities: [
        {
          signInType: "emailAddress",
          issuer: "woodgrove",
          issuerAssignedId: "johnsmith@fabrikam.test",
        },
      ],
      displayName: "John Smith",
      city: "Seattle",
      [`extension_${APP}_BusinessRegistrationCode`]: 4512,
      ui_locales: "en-US",
      step: "PostAttributeCollection",
      client_id: "woodgrove-supplier-portal",
    });
    expect(maskedRequestBody(body)).toMatchObject({
      email: "***",
      displayName: "***",
      identities: [{ issuer: "***" }],
      step: "PostAttributeCollection",
    });
  });

  it("reads Continue, with claims with or without the extension prefix, typed, unknown keys ignored", () => {
    expect(
      parse(200, {
        version: "1.0.0",
        action: "Continue",
        postalCode: "12349",
        [`extension_${APP}_BusinessRegistrationCode`]: "778",
        extension_AcceptsTerms: true,
        somethingElse: "ignored",
      }),
    ).toEqual({
      action: "Continue",
      claims: { postalCode: "12349", BusinessRegistrationCode: 778, AcceptsTerms: true },
    });
    expect(parse(200, { version: "1.0.0", action: "Continue" })).toEqual({
      action: "Continue",
      claims: {},
    });
    expect(parse(200, { version: "1.0.0", action: "Continue", approval: "pending" })).toEqual({
      action: "Continue",
      claims: {},
      approvalPending: true,
    });
  });

  it("reads ShowBlockPage and ValidationError, with status 400 as a number or a string", () => {
    expect(
      parse(200, {
        version: "1.0.0",
        action: "ShowBlockPage",
        userMessage: "You are not able to sign up at this time.",
      }),
    ).toEqual({
      action: "ShowBlockPage",
      userMessage: "You are not able to sign up at this time.",
    });
    for (const status of [400, "400"]) {
      expect(
        parse(400, {
          version: "1.0.0",
          status,
          action: "ValidationError",
          userMessage: "Please enter a valid Postal Code.",
        }),
      ).toEqual({
        action: "ValidationError",
        userMessage: "Please enter a valid Postal Code.",
      });
    }
  });

  it("treats everything else as a failure with its reason", () => {
    expect(parse(500, { error: "boom" })).toEqual({ action: "Failure", reason: "HTTP 500" });
    expect(parse(200, "<html>gateway</html>")).toMatchObject({
      action: "Failure",
      reason: expect.stringContaining("not JSON"),
    });
    expect(parse(200, [1, 2])).toMatchObject({
      action: "Failure",
      reason: "the response is not a JSON object",
    });
    expect(parse(200, { version: "1.0.0", action: "Proceed" })).toMatchObject({
      action: "Failure",
      reason: 'unknown action "Proceed"',
    });
    expect(parse(200, { version: "1.0.0", action: "ShowBlockPage" })).toMatchObject({
      action: "Failure",
    });
    expect(parse(400, { action: "ValidationError", userMessage: "x" })).toMatchObject({
      action: "Failure",
    });
    expect(
      parse(200, { version: "1.0.0", action: "Continue", BusinessRegistrationCode: "12ab" }),
    ).toMatchObject({
      action: "Failure",
      reason: "claim BusinessRegistrationCode is not a valid integer",
    });
    expect(
      parse(
        400,
        { version: "1.0.0", status: 400, action: "ValidationError", userMessage: "x" },
        "POST_FEDERATION_SIGNUP",
      ),
    ).toMatchObject({
      action: "Failure",
    });
  });
});
