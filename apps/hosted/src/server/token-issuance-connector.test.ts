import http from "node:http";
import type { AddressInfo } from "node:net";
import * as client from "openid-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiConnector, setUserFlowConnectors } from "@guestlist/domain/connectors";
import type { TenantAccess } from "@guestlist/domain/access";
import {
  confidential,
  discover,
  signIn,
  startProtocolHarness,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

/*
 * The token issuance connector (Entra's OnTokenIssuanceStart custom claims
 * provider), driven by openid-client through the real token endpoint against
 * an endpoint that answers as Microsoft's documentation shows.
 */

let h: ProtocolHarness;
let config: client.Configuration;
let owner: TenantAccess;
let flowId: string;
let connectorId: string;

interface Call {
  authorization: string | undefined;
  body: {
    type: string;
    data: {
      authenticationContext: {
        user: { id: string; mail: string };
        clientServicePrincipal: { appId: string };
      };
    };
  };
}
const calls: Call[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };

const provideClaims = (claims: Record<string, unknown>) => ({
  data: {
    "@odata.type": "microsoft.graph.onTokenIssuanceStartResponseData",
    actions: [
      { "@odata.type": "microsoft.graph.tokenIssuanceStart.provideClaimsForToken", claims },
    ],
  },
});

const endpoint = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    calls.push({
      authorization: request.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Call["body"],
    });
    response
      .writeHead(answer.status, { "content-type": "application/json" })
      .end(JSON.stringify(answer.body));
  });
});

async function useConnector(
  policy: "CONTINUE" | "FAIL",
  declared = ["CustomRoles", "DateOfBirth"],
) {
  await setUserFlowConnectors(h.prisma, owner, flowId, {
    POST_FEDERATION_SIGNUP: null,
    POST_ATTRIBUTE_COLLECTION: null,
    ON_TOKEN_ISSUANCE_START: connectorId,
    tokenConnectorFailurePolicy: policy,
    tokenConnectorClaims: declared,
  });
  // As a running instance does when told the tenant changed: the claims it can issue are rebuilt.
  h.remount({ GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS: true });
}

beforeAll(async () => {
  h = await startProtocolHarness("token-connector");
  h.remount({ GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS: true });
  await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
  const tenant = await h.prisma.tenant.findUniqueOrThrow({ where: { id: h.tenantId } });
  owner = {
    tenant,
    role: "OWNER",
    actor: { type: "API_KEY", id: "00000000-0000-7000-8000-000000000001" },
  };
  flowId = (await h.prisma.userFlow.findFirstOrThrow({ where: { tenantId: h.tenantId } })).id;
  const connector = await createApiConnector(h.prisma, owner, h.encryptionKey, {
    displayName: "Roles API",
    endpointUrl: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/claims`,
    authType: "BASIC",
    basicUsername: "guestlist",
    basicPassword: "s3cret",
    timeoutMs: 2000,
    retries: 0,
  });
  connectorId = connector.id;
  config = await discover(h, confidential.clientId, confidential.secret);
});
beforeEach(() => {
  calls.length = 0;
});
afterAll(() => {
  endpoint.close();
  h?.close();
});

describe("the token issuance connector", () => {
  it("adds the declared claims it returns to the ID token and userinfo, and keeps them on refresh without calling again", async () => {
    await useConnector("CONTINUE");
    answer = {
      status: 200,
      body: provideClaims({
        DateOfBirth: "01/01/2000",
        CustomRoles: ["Writer", "Editor"],
        Undeclared: "dropped",
        sub: "someone-else",
        email: "forged@evil.test",
      }),
    };
    const tokens = await signIn(h, config, { scope: "openid email offline_access" });
    expect(tokens.claims()).toMatchObject({
      sub: h.guestId,
      email: "ada@supplier.test",
      DateOfBirth: "01/01/2000",
      CustomRoles: ["Writer", "Editor"],
    });
    expect(tokens.claims()).not.toHaveProperty("Undeclared");

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.authorization).toBe(`Basic ${Buffer.from("guestlist:s3cret").toString("base64")}`);
    expect(call!.body.type).toBe("microsoft.graph.authenticationEvent.tokenIssuanceStart");
    expect(call!.body.data.authenticationContext.user).toMatchObject({
      id: h.guestId,
      mail: "ada@supplier.test",
    });
    expect(call!.body.data.authenticationContext.clientServicePrincipal.appId).toBe(
      confidential.clientId,
    );

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, h.guestId);
    expect(userinfo).toMatchObject({ CustomRoles: ["Writer", "Editor"] });
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.claims()).toMatchObject({ DateOfBirth: "01/01/2000" });
    expect(calls).toHaveLength(1);

    const logged = await h.prisma.apiConnectorCall.findMany({
      where: { apiConnectorId: connectorId, step: "ON_TOKEN_ISSUANCE_START" },
    });
    expect(logged.at(-1)).toMatchObject({ outcome: "CONTINUE", httpStatus: 200 });
  });

  it("issues the tokens without its claims when it fails and the flow continues", async () => {
    await useConnector("CONTINUE");
    answer = { status: 500, body: { error: "down" } };
    const tokens = await signIn(h, config);
    expect(tokens.claims()).toMatchObject({ sub: h.guestId });
    expect(tokens.claims()).not.toHaveProperty("CustomRoles");
    answer = { status: 200, body: { data: { actions: [] } } };
    const again = await signIn(h, config);
    expect(again.claims()).not.toHaveProperty("CustomRoles");
    const failures = await h.prisma.apiConnectorCall.findMany({
      where: { apiConnectorId: connectorId, outcome: "FAILURE" },
      orderBy: { createdAt: "asc" },
    });
    expect(failures.map((f) => f.failureReason)).toEqual([
      "HTTP 500",
      "no microsoft.graph.tokenIssuanceStart.provideClaimsForToken action",
    ]);
  });

  it("refuses the tokens when it fails and the flow says so", async () => {
    await useConnector("FAIL");
    answer = { status: 200, body: "not the contract" };
    await expect(signIn(h, config)).rejects.toMatchObject({ error: "invalid_grant" });
    answer = { status: 200, body: provideClaims({ CustomRoles: ["Reader"] }) };
    const tokens = await signIn(h, config);
    expect(tokens.claims()).toMatchObject({ CustomRoles: ["Reader"] });
  });

  it("refuses to declare a claim Guestlist sets itself", async () => {
    await expect(useConnector("CONTINUE", ["sub"])).rejects.toThrow(/sets this claim itself/);
    await expect(useConnector("CONTINUE", ["extension_x_Roles"])).rejects.toThrow(
      /sets this claim itself/,
    );
  });
});
