import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { createTenantAsOperator } from "../tenants";
import { makeTestPki } from "../../testing/test-certificates";
import { connectorRequestBody } from "./connector-contract";
import { invokeApiConnector } from "./invoke-api-connector";
import { createApiConnector } from ".";
import { isBlockedAddress } from "../network/private-addresses";

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
const pki = makeTestPki("pfx-pass");
let owner: TenantAccess;
let httpUrl: string;
let httpsUrl: string;
const seen: {
  path: string;
  authorization?: string;
  body: Record<string, unknown>;
  clientCn?: string;
}[] = [];
let flaky = 0;

/** One local endpoint per behaviour, by path. */
function respond(path: string, res: http.ServerResponse) {
  const json = (status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  switch (path) {
    case "/continue":
      return json(200, {
        version: "1.0.0",
        action: "Continue",
        extension_Region: "emea",
        postalCode: "12349",
      });
    case "/block":
      return json(200, {
        version: "1.0.0",
        action: "ShowBlockPage",
        userMessage: "You are not able to sign up at this time.",
      });
    case "/validation":
      return json(400, {
        version: "1.0.0",
        status: "400",
        action: "ValidationError",
        userMessage: "Please enter a valid Postal Code.",
      });
    case "/flaky":
      flaky += 1;
      return flaky === 1
        ? json(503, { error: "busy" })
        : json(200, { version: "1.0.0", action: "Continue" });
    case "/down":
      return json(500, { error: "down" });
    case "/slow":
      return void setTimeout(() => json(200, { version: "1.0.0", action: "Continue" }), 3000);
    case "/html":
      return res.writeHead(200, { "content-type": "text/html" }).end("<html>not json</html>");
    case "/redirect":
      return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    case "/huge":
      return json(200, { version: "1.0.0", action: "Continue", padding: "x".repeat(100_000) });
    default:
      return json(404, {});
  }
}

function record(req: http.IncomingMessage, res: http.ServerResponse) {
  let text = "";
  req.on("data", (chunk) => (text += chunk));
  req.on("end", () => {
    const socket = req.socket as TLSSocket;
    const peer =
      typeof socket.getPeerCertificate === "function" ? socket.getPeerCertificate() : undefined;
    seen.push({
      path: req.url ?? "",
      authorization: req.headers.authorization,
      body: JSON.parse(text || "{}"),
      clientCn: peer?.subject?.CN ? String(peer.subject.CN) : undefined,
    });
    respond(req.url ?? "", res);
  });
}

const servers: http.Server[] = [];
beforeAll(async () => {
  const plain = http.createServer(record);
  const secure = https.createServer(
    {
      cert: pki.serverCertPem,
      key: pki.serverKeyPem,
      ca: pki.caPem,
      requestCert: true,
      rejectUnauthorized: true,
    },
    record,
  );
  for (const server of [plain, secure]) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
  }
  httpUrl = `http://localhost:${(plain.address() as AddressInfo).port}`;
  httpsUrl = `https://localhost:${(secure.address() as AddressInfo).port}`;
  const ownerId = (
    await prisma.operator.create({
      data: { email: "invoke@ops.test", displayName: "o", passwordHash: "x" },
    })
  ).id;
  await createTenantAsOperator(prisma, ownerId, { slug: "invoke-tests", name: "Invoke" });
  owner = await tenantAccess(prisma, ownerId, "invoke-tests");
});
afterAll(async () => {
  for (const server of servers) server.close();
  await prisma.$disconnect();
});

const context = (overrides: object = {}) => ({
  encryptionKey: key,
  allowPrivateNetworks: true,
  trustedCa: pki.caPem,
  extensionAppId: owner.tenant.extensionAppId,
  attributes: [
    { name: "Region", dataType: "STRING" as const },
    { name: "postalCode", dataType: "STRING" as const },
  ],
  userFlowId: null,
  journeyId: null,
  ...overrides,
});
const body = () =>
  connectorRequestBody({
    step: "POST_ATTRIBUTE_COLLECTION",
    clientId: "app",
    uiLocales: "en-GB",
    email: "ada@supplier.test",
    identities: [
      { signInType: "emailAddress", issuer: "invoke-tests", issuerAssignedId: "ada@supplier.test" },
    ],
    values: { displayName: "Ada", Region: "amer" },
    extensionAppId: owner.tenant.extensionAppId,
  });

async function basicConnector(path: string, extra: object = {}) {
  return createApiConnector(prisma, owner, key, {
    displayName: `basic ${path} ${randomBytes(3).toString("hex")}`,
    endpointUrl: `${httpUrl}${path}`,
    authType: "BASIC",
    basicUsername: "guestlist",
    basicPassword: "connector-password",
    ...extra,
  });
}
const call = async (
  connector: Awaited<ReturnType<typeof basicConnector>>,
  overrides: object = {},
) => invokeApiConnector(prisma, connector, "POST_ATTRIBUTE_COLLECTION", body(), context(overrides));
const logOf = (id: string) =>
  prisma.apiConnectorCall.findMany({ where: { apiConnectorId: id }, orderBy: { attempt: "asc" } });

describe("calling an API connector", () => {
  it("sends the contract body with Basic authentication and reads Continue", async () => {
    const connector = await basicConnector("/continue");
    expect(await call(connector)).toEqual({
      action: "Continue",
      claims: { Region: "emea", postalCode: "12349" },
    });
    const request = seen.at(-1)!;
    expect(request.authorization).toBe(
      `Basic ${Buffer.from("guestlist:connector-password").toString("base64")}`,
    );
    expect(request.body).toMatchObject({
      email: "ada@supplier.test",
      step: "PostAttributeCollection",
      [`extension_${owner.tenant.extensionAppId}_Region`]: "amer",
    });
    const [entry] = await logOf(connector.id);
    expect(entry).toMatchObject({
      outcome: "CONTINUE",
      httpStatus: 200,
      attempt: 1,
      requestBodyMasked: { email: "***", step: "PostAttributeCollection" },
    });
  });

  it("reads ShowBlockPage and ValidationError and logs their messages", async () => {
    const block = await basicConnector("/block");
    expect(await call(block)).toEqual({
      action: "ShowBlockPage",
      userMessage: "You are not able to sign up at this time.",
    });
    const validation = await basicConnector("/validation");
    expect(await call(validation)).toEqual({
      action: "ValidationError",
      userMessage: "Please enter a valid Postal Code.",
    });
    expect((await logOf(validation.id))[0]).toMatchObject({
      outcome: "VALIDATION_ERROR",
      httpStatus: 400,
      userMessage: "Please enter a valid Postal Code.",
    });
  });

  it("authenticates with the uploaded client certificate over mutual TLS", async () => {
    const connector = await createApiConnector(prisma, owner, key, {
      displayName: "mtls",
      endpointUrl: `${httpsUrl}/continue`,
      authType: "CLIENT_CERTIFICATE",
      certificateBase64: pki.clientPfxBase64,
      certificatePassword: "pfx-pass",
    });
    expect(await call(connector)).toMatchObject({ action: "Continue" });
    expect(seen.at(-1)).toMatchObject({
      path: "/continue",
      clientCn: "guestlist-connector",
      authorization: undefined,
    });
    // Without trusting the endpoint's CA the TLS handshake fails and nothing is retried forever.
    expect(await call(connector, { trustedCa: undefined })).toMatchObject({ action: "Failure" });
  }, 30_000);

  it("retries once after a 5xx, and gives up after a second one", async () => {
    const flakyConnector = await basicConnector("/flaky");
    expect(await call(flakyConnector)).toMatchObject({ action: "Continue" });
    expect(
      (await logOf(flakyConnector.id)).map((c) => [c.attempt, c.outcome, c.httpStatus]),
    ).toEqual([
      [1, "FAILURE", 503],
      [2, "CONTINUE", 200],
    ]);
    const down = await basicConnector("/down");
    expect(await call(down)).toEqual({ action: "Failure", reason: "HTTP 500" });
    expect(await logOf(down.id)).toHaveLength(2);
    const noRetry = await basicConnector("/down", { retries: 0 });
    await call(noRetry);
    expect(await logOf(noRetry.id)).toHaveLength(1);
  });

  it("times out, and treats HTML, redirects and huge answers as failures", async () => {
    const slow = await basicConnector("/slow", { timeoutMs: 1000, retries: 1 });
    expect(await call(slow)).toEqual({ action: "Failure", reason: "no answer within 1 s" });
    expect(await logOf(slow.id)).toHaveLength(2);
    expect(await call(await basicConnector("/html"))).toMatchObject({
      action: "Failure",
      reason: expect.stringContaining("not JSON"),
    });
    expect(await call(await basicConnector("/redirect"))).toEqual({
      action: "Failure",
      reason: "HTTP 302",
    });
    expect(await call(await basicConnector("/huge"))).toMatchObject({
      action: "Failure",
      reason: expect.stringContaining("larger than 64 KB"),
    });
  }, 30_000);

  it("refuses loopback, private and link-local addresses unless allowed", async () => {
    const connector = await basicConnector("/continue");
    expect(await call(connector, { allowPrivateNetworks: false })).toMatchObject({
      action: "Failure",
      reason: expect.stringMatching(
        /localhost resolves to (127\.0\.0\.1|::1), a private, loopback or link-local address/,
      ),
    });
    expect((await logOf(connector.id)).length).toBe(1);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "0.0.0.0",
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "20.190.128.1", "2606:4700::1111"])
      expect(isBlockedAddress(address), address).toBe(false);
  });
});
