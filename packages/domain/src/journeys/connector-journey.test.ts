import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tenantAccess } from "../access/tenant-access";
import { createApiConnector, setUserFlowConnectors } from "../connectors";
import { getPrisma } from "../database/prisma-client";
import { seedDemo } from "../seed/seed-demo";
import { submitAttributes } from "./attributes-step";
import { updateMyProfile } from "../my-account/update-my-profile";
import { journeyHarness } from "../../testing/journey-test-harness";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, encryptionKey, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let endpoint: http.Server;
let received: Record<string, unknown>[] = [];

/** An Entra-style PostAttributeCollection endpoint, deciding by the business registration code. */
function connectorEndpoint(req: http.IncomingMessage, res: http.ServerResponse) {
  let text = "";
  req.on("data", (chunk) => (text += chunk));
  req.on("end", () => {
    const body = JSON.parse(text) as Record<string, unknown>;
    received.push(body);
    const code = Object.entries(body).find(([key]) =>
      key.endsWith("_BusinessRegistrationCode"),
    )?.[1];
    const reply = (status: number, json: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    if (code === 1)
      return reply(400, {
        version: "1.0.0",
        status: 400,
        action: "ValidationError",
        userMessage: "That business registration code is not registered.",
      });
    if (code === 666)
      return reply(200, {
        version: "1.0.0",
        action: "ShowBlockPage",
        userMessage: "Woodgrove cannot work with this business.",
      });
    if (code === 500) return reply(500, { error: "database down" });
    if (code === 777)
      return reply(200, { version: "1.0.0", action: "Continue", approval: "pending" });
    reply(200, {
      version: "1.0.0",
      action: "Continue",
      extension_BusinessName: "Ada's Apples Ltd (verified)",
    });
  });
}

beforeAll(async () => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  await seedDemo(prisma, {
    adminEmail: "admin@woodgrove.test",
    adminPassword: "irrelevant here",
    demoUrl: "http://localhost:3002",
    demoClientSecret: "s",
  });
  endpoint = http.createServer(connectorEndpoint);
  await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
  const admin = await prisma.operator.findUniqueOrThrow({
    where: { email: "admin@woodgrove.test" },
  });
  const access = await tenantAccess(prisma, admin.id, tenantSlug);
  const connector = await createApiConnector(prisma, access, encryptionKey, {
    displayName: "Registry check",
    endpointUrl: `http://localhost:${(endpoint.address() as AddressInfo).port}/check`,
    authType: "BASIC",
    basicUsername: "guestlist",
    basicPassword: "p",
    retries: 0,
  });
  const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: access.tenant.id } });
  await setUserFlowConnectors(prisma, access, flow.id, {
    POST_FEDERATION_SIGNUP: null,
    POST_ATTRIBUTE_COLLECTION: connector.id,
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  endpoint.close();
  await prisma.$disconnect();
});

async function signUpWithCode(code: string) {
  const email = freshEmail();
  const uid = await start("create");
  await proveEmail(uid, email);
  received = [];
  await submitAttributes(prisma, settings, {
    tenantSlug,
    uid,
    values: {
      displayName: "Ada",
      BusinessName: "Ada's Apples",
      BusinessRegistrationCode: code,
      Phone: "",
    },
  });
  return { email, uid, journey: await journeyOf(uid) };
}

describe("the PostAttributeCollection connector in the journey", () => {
  it("sends the answers as Entra does, and its Continue claims override them in the new account", async () => {
    const { email, journey } = await signUpWithCode("4512");
    expect(received[0]).toMatchObject({
      email,
      displayName: "Ada",
      step: "PostAttributeCollection",
      client_id: "woodgrove-supplier-portal",
      // The language the pages are shown in, so a connector can answer in it.
      ui_locales: "en",
    });
    expect(journey.state).toBe("COMPLETED");
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: journey.guestUserId! } });
    expect(guest.attributes).toEqual({
      BusinessName: "Ada's Apples Ltd (verified)",
      BusinessRegistrationCode: 4512,
    });
  });

  it("keeps the person on the form with the endpoint's message on ValidationError", async () => {
    const { email, journey } = await signUpWithCode("1");
    expect(journey.state).toBe("COLLECTING_ATTRIBUTES");
    expect(journey.data.flash).toMatchObject({
      message: "That business registration code is not registered.",
      values: { BusinessName: "Ada's Apples" },
    });
    expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
  });

  it("ends on a block page with the endpoint's message on ShowBlockPage", async () => {
    const { email, journey } = await signUpWithCode("666");
    expect(journey).toMatchObject({
      state: "BLOCKED",
      data: { stopMessage: "Woodgrove cannot work with this business." },
    });
    expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
  });

  it("creates nothing when the connector fails, keeps the answers, and logs why", async () => {
    const { email, journey } = await signUpWithCode("500");
    expect(journey.state).toBe("COLLECTING_ATTRIBUTES");
    expect(journey.data.flash?.message).toContain("We could not complete your sign-up just now");
    expect(journey.data.flash?.values).toMatchObject({ BusinessRegistrationCode: "500" });
    expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
    const call = await prisma.apiConnectorCall.findFirstOrThrow({
      where: { journeyId: journey.id },
    });
    expect(call).toMatchObject({
      outcome: "FAILURE",
      httpStatus: 500,
      failureReason: "HTTP 500",
      step: "POST_ATTRIBUTE_COLLECTION",
    });
  });

  it("sends the new account to an approver when the connector answers approval pending", async () => {
    const { email, journey } = await signUpWithCode("777");
    expect(journey.state).toBe("AWAITING_APPROVAL");
    expect(journey.data.outcome).toBeUndefined();
    expect(await prisma.guestUser.findFirstOrThrow({ where: { email } })).toMatchObject({
      status: "PENDING_APPROVAL",
      attributes: { BusinessRegistrationCode: 777 },
    });
  });
});

describe("the PostAttributeCollection connector on the account page", () => {
  it("is called with step ProfileUpdate; its ValidationError keeps the old answers, its Continue claims win", async () => {
    const { email, journey } = await signUpWithCode("4512");
    const holder = {
      tenantId: journey.tenantId,
      guestUserId: journey.guestUserId!,
      requestIp: null,
    };
    const answers = { displayName: "Ada", BusinessName: "Ada's Apples", Phone: "" };
    received = [];
    expect(
      await updateMyProfile(prisma, settings, holder, {
        ...answers,
        BusinessRegistrationCode: "1",
      }),
    ).toEqual({
      status: "invalid",
      fieldErrors: {},
      message: "That business registration code is not registered.",
    });
    expect(received[0]).toMatchObject({
      email,
      step: "ProfileUpdate",
      client_id: "guestlist-account",
    });
    const unchanged = await prisma.guestUser.findUniqueOrThrow({
      where: { id: holder.guestUserId },
    });
    expect(unchanged.attributes).toMatchObject({ BusinessRegistrationCode: 4512 });

    expect(
      await updateMyProfile(prisma, settings, holder, {
        ...answers,
        BusinessRegistrationCode: "9",
      }),
    ).toEqual({ status: "saved", changed: ["BusinessRegistrationCode"] });
    const changed = await prisma.guestUser.findUniqueOrThrow({ where: { id: holder.guestUserId } });
    // BusinessName came back from the endpoint as it was already stored: only the code changed.
    expect(changed.attributes).toEqual({
      BusinessName: "Ada's Apples Ltd (verified)",
      BusinessRegistrationCode: 9,
    });
  });
});
