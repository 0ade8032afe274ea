import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { createTenant } from "./create-tenant";
import { accountUserFlowId } from "../my-account/account-user-flow";
import { demoTenantOwner, seedJourneyTenant } from "../../testing/journey-test-harness";
import { updateAccountPageSettings } from "./update-account-page-settings";

const prisma = getPrisma();

beforeAll(() => seedJourneyTenant(prisma));
afterAll(() => prisma.$disconnect());

describe("the account page's user flow", () => {
  it("defaults to the flow applications use, follows the admin's choice, and refuses another tenant's flow", async () => {
    const owner = await demoTenantOwner(prisma);
    const tenantId = owner.tenant.id;
    const used = await prisma.userFlow.findFirstOrThrow({ where: { tenantId } });
    const unused = await prisma.userFlow.create({ data: { tenantId, name: "Unused flow" } });
    expect(await accountUserFlowId(tenantId)).toBe(used.id);

    await updateAccountPageSettings(prisma, owner, { userFlowId: unused.id });
    expect(await accountUserFlowId(tenantId)).toBe(unused.id);
    // A disabled choice is passed over rather than leaving people without a way in.
    await prisma.userFlow.update({ where: { id: unused.id }, data: { enabled: false } });
    expect(await accountUserFlowId(tenantId)).toBe(used.id);

    const other = await createTenant(prisma, { slug: "fabrikam-account", name: "Fabrikam" });
    const foreign = await prisma.userFlow.create({ data: { tenantId: other.id, name: "Theirs" } });
    await expect(
      updateAccountPageSettings(prisma, owner, { userFlowId: foreign.id }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const events = await prisma.auditEvent.count({
      where: { tenantId, action: "accountPage.updated" },
    });
    expect(events).toBe(1);
  });
});
