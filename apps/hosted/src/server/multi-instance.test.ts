import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess } from "@guestlist/domain/access";
import { listenForTenantChanges, type TenantChangeListener } from "@guestlist/domain/database";
import { rotateClientSecret } from "@guestlist/domain/applications";
import { updateUserFlowSettings } from "@guestlist/domain/flows";
import { rotateSigningKey } from "@guestlist/domain/oidc";
import { renameTenant } from "@guestlist/domain/tenants";
import type { TenantProviders } from "./tenant-providers";
import {
  confidential,
  discover,
  postingClientId,
  signIn,
  startProtocolHarness,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

const SLUG = "multi-instance";
let h: ProtocolHarness;
let listeners: TenantChangeListener[] = [];

/** Each instance listens for changes, as server.ts sets it up. */
function listen(registries: TenantProviders[]) {
  listeners = registries.map((registry) =>
    listenForTenantChanges(
      process.env.DATABASE_URL!,
      (tenantId) => registry.invalidate(tenantId),
      () => registry.invalidateAll(),
    ),
  );
  // The LISTEN connections need a moment to be up.
  return new Promise((resolve) => setTimeout(resolve, 300));
}

async function closeListeners() {
  await Promise.all(listeners.map((listener) => listener.close()));
  listeners = [];
}

let owner: string | undefined;
/** An owner of the test tenant, as the admin portal acts for one. */
async function ownerAccess() {
  owner ??= (
    await h.prisma.operator.create({
      data: {
        email: "multi-owner@ops.test",
        displayName: "Owner",
        passwordHash: "x",
        memberships: { create: { tenantId: h.tenantId, role: "OWNER" } },
      },
    })
  ).id;
  return tenantAccess(h.prisma, owner, SLUG);
}

/** Whether the instance accepts the client's credentials (the revocation endpoint authenticates it). */
async function acceptsClient(config: client.Configuration, instance: number): Promise<boolean> {
  h.pin(instance);
  try {
    await client.tokenRevocation(config, "not-a-token");
    return true;
  } catch (error) {
    // A 401 with a Basic challenge: invalid_client, as RFC 6749 section 5.2 has it.
    if (error instanceof client.WWWAuthenticateChallengeError && error.status === 401) return false;
    throw error;
  } finally {
    h.pin(undefined);
  }
}

async function jwksOf(instance: number): Promise<JSONWebKeySet> {
  const response = await fetch(`${h.issuer}/jwks`, {
    headers: { "x-test-instance": String(instance) },
  });
  return (await response.json()) as JSONWebKeySet;
}

beforeAll(async () => {
  h = await startProtocolHarness(SLUG);
});
afterAll(async () => {
  await closeListeners();
  h?.close();
});

describe("two hosted instances on one database", () => {
  it("never sign a token the other instance's JWKS lacks, before, during and after a rotation, even with no notification", async () => {
    // No LISTEN here: the instances learn of the new key only by their periodic re-check
    // (2 s with a 4 s activation delay), the case a lost notification leaves.
    const policy = { rotationDays: 90, activationSeconds: 4 };
    h.remount(
      {
        GUESTLIST_SIGNING_KEY_ROTATION_DAYS: policy.rotationDays,
        GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS: policy.activationSeconds,
      },
      2,
    );
    const config = await discover(h, confidential.clientId, confidential.secret);
    // Instances start at different moments, so their re-checks are out of step, as in production.
    await jwksOf(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await jwksOf(1);
    const started = Date.now();
    let rotatedTo: string | null = null;
    const kidsSeen: string[] = [];
    let verified = 0;
    while (Date.now() - started < (policy.activationSeconds + 6) * 1000) {
      if (!rotatedTo && Date.now() - started > 1000)
        rotatedTo = (await rotateSigningKey(h.prisma, h.tenantId, h.encryptionKey, policy)).kid;
      // One instance issues the token; both must publish the key it was signed with.
      h.pin(kidsSeen.length % 2);
      const tokens = await signIn(h, config);
      h.pin(undefined);
      const idToken = tokens.id_token!;
      kidsSeen.push(decodeProtectedHeader(idToken).kid!);
      for (const instance of [0, 1]) {
        await jwtVerify(idToken, createLocalJWKSet(await jwksOf(instance)), {
          issuer: h.issuer,
          audience: confidential.clientId,
        });
        verified++;
      }
    }
    const first = kidsSeen[0];
    expect(rotatedTo).not.toBeNull();
    expect(first).not.toBe(rotatedTo);
    expect(kidsSeen.at(-1)).toBe(rotatedTo);
    expect(new Set(kidsSeen)).toEqual(new Set([first, rotatedTo]));
    expect(verified).toBe(kidsSeen.length * 2);
  });

  it("see an admin's change within a second, long before their periodic re-check", async () => {
    const registries = h.remount({}, 2);
    await listen(registries);
    await Promise.all(registries.map((registry) => registry.forSlug(SLUG)));
    const access = await ownerAccess();

    await renameTenant(h.prisma, access, { name: "Renamed everywhere" });
    const changedAt = Date.now();
    const names = async () =>
      Promise.all(registries.map(async (registry) => (await registry.forSlug(SLUG))!.tenant.name));
    while ((await names()).some((name) => name !== "Renamed everywhere")) {
      expect(Date.now() - changedAt).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await closeListeners();
  });

  it("stop accepting an application's rotated secret within a second, though both cache the application", async () => {
    const registries = h.remount({}, 2);
    await listen(registries);
    const config = await discover(h, confidential.clientId, confidential.secret);
    expect([await acceptsClient(config, 0), await acceptsClient(config, 1)]).toEqual([true, true]);
    const application = await h.prisma.application.findFirstOrThrow({
      where: { tenantId: h.tenantId, clientId: confidential.clientId },
    });

    const newSecret = await rotateClientSecret(h.prisma, await ownerAccess(), application.id);
    const rotatedAt = Date.now();
    while ((await acceptsClient(config, 0)) || (await acceptsClient(config, 1))) {
      expect(Date.now() - rotatedAt).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const rotated = await discover(h, confidential.clientId, newSecret);
    expect([await acceptsClient(rotated, 0), await acceptsClient(rotated, 1)]).toEqual([
      true,
      true,
    ]);
    await closeListeners();
  });

  it("issue tokens with a flow's new claims within a second, though both cache the claim settings", async () => {
    const registries = h.remount({}, 2);
    await listen(registries);
    // Another application of the same flow: the previous test rotated the first one's secret.
    const config = await discover(
      h,
      postingClientId,
      confidential.secret,
      client.ClientSecretPost(confidential.secret),
    );
    const carriesBusinessName = async (instance: number) => {
      h.pin(instance);
      try {
        const claims = (await signIn(h, config)).claims()!;
        return Object.keys(claims).some((name) => name.endsWith("_BusinessName"));
      } finally {
        h.pin(undefined);
      }
    };
    expect([await carriesBusinessName(0), await carriesBusinessName(1)]).toEqual([true, true]);

    const flow = await h.prisma.userFlow.findFirstOrThrow({ where: { tenantId: h.tenantId } });
    const providers = await h.prisma.identityProvider.findMany({ where: { tenantId: h.tenantId } });
    await updateUserFlowSettings(h.prisma, await ownerAccess(), flow.id, {
      name: flow.name,
      enabled: flow.enabled,
      identityProviderIds: providers.map((provider) => provider.id),
      returnClaims: ["displayName"],
    });
    const changedAt = Date.now();
    while ((await carriesBusinessName(0)) || (await carriesBusinessName(1))) {
      expect(Date.now() - changedAt).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await closeListeners();
  });
});
