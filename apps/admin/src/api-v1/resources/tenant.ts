import { z } from "zod";
import { operation } from "../operation";
import { present } from "../present";
import { ZId, ZTimestamps } from "./common";

const ZTenant = z
  .object({
    id: ZId,
    slug: z.string(),
    name: z.string(),
    extensionAppId: z
      .string()
      .describe("Custom attributes are returned as extension_<extensionAppId>_<Name> claims."),
    selfServiceSignUpEnabled: z.boolean(),
    signUpDomainPolicy: z.enum(["ANY", "ALLOW_LIST", "BLOCK_LIST"]),
    signUpDomains: z.array(z.string()),
    ...ZTimestamps,
  })
  .meta({ title: "Tenant" });

export const tenantOperations = [
  operation({
    method: "GET",
    path: "/tenant",
    operationId: "getTenant",
    tag: "Tenant",
    summary: "The tenant this API key belongs to, and the role it acts with",
    response: { status: 200, schema: ZTenant.extend({ role: z.string() }) },
    async handle({ access }) {
      return { json: { ...present(ZTenant, access.tenant), role: access.role } };
    },
  }),
];
