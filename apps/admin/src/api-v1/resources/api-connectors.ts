import { z } from "zod";
import type { TenantAccess } from "@guestlist/domain/access";
import {
  createApiConnector,
  deleteApiConnector,
  listApiConnectors,
  updateApiConnector,
} from "@guestlist/domain/connectors";
import { ZApiConnectorInput, type TApiConnectorInput } from "@guestlist/domain/connectors/schemas";
import type { PrismaClient } from "@guestlist/domain/database";
import { adminConfig } from "@/config";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { byId, ZId, ZTimestamp, ZTimestamps } from "./common";

const ZConnectorStep = z.enum([
  "POST_FEDERATION_SIGNUP",
  "POST_ATTRIBUTE_COLLECTION",
  "ON_TOKEN_ISSUANCE_START",
]);

const ZApiConnector = z
  .object({
    id: ZId,
    displayName: z.string(),
    endpointUrl: z.string(),
    authType: ZApiConnectorInput.shape.authType,
    basicUsername: z.string().nullable(),
    hasBasicPassword: z.boolean().describe("Secrets are write-only: only whether one is set."),
    hasCertificate: z.boolean(),
    certificateThumbprint: z.string().nullable(),
    certificateExpiresAt: ZTimestamp.nullable(),
    timeoutMs: z.number().int(),
    retries: z.number().int(),
    usedBy: z.array(z.object({ flow: z.string(), step: ZConnectorStep })),
    ...ZTimestamps,
  })
  .meta({ title: "ApiConnector" });

const tag = "API connectors";
const show = (value: unknown) => present(ZApiConnector, value);
const secretKey = () => adminConfig().GUESTLIST_ENCRYPTION_KEY;
async function current(prisma: PrismaClient, access: TenantAccess, id: string) {
  return show(byId(await listApiConnectors(prisma, access), id, "API connector"));
}

export const apiConnectorOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/api-connectors",
    operationId: "listApiConnectors",
    tag,
    summary: "List API connectors",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZApiConnector) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listApiConnectors(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TApiConnectorInput>({
    method: "POST",
    path: "/api-connectors",
    operationId: "createApiConnector",
    tag,
    summary: "Add an API connector (Basic credentials, or a base64 .pfx client certificate)",
    permission: "apiConnectors.manage",
    body: ZApiConnectorInput,
    response: { status: 201, schema: ZApiConnector },
    async handle({ prisma, access, body }) {
      const created = await createApiConnector(prisma, access, secretKey(), body);
      return { status: 201, json: await current(prisma, access, created.id) };
    },
  }),
  operation({
    method: "GET",
    path: "/api-connectors/{id}",
    operationId: "getApiConnector",
    tag,
    summary: "Get an API connector",
    response: { status: 200, schema: ZApiConnector },
    async handle({ prisma, access, params }) {
      return { json: await current(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TApiConnectorInput>({
    method: "PUT",
    path: "/api-connectors/{id}",
    operationId: "updateApiConnector",
    tag,
    summary: "Replace an API connector's settings (empty secrets keep the stored ones)",
    permission: "apiConnectors.manage",
    body: ZApiConnectorInput,
    response: { status: 200, schema: ZApiConnector },
    async handle({ prisma, access, params, body }) {
      await updateApiConnector(prisma, access, secretKey(), params.id!, body);
      return { json: await current(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "DELETE",
    path: "/api-connectors/{id}",
    operationId: "deleteApiConnector",
    tag,
    summary: "Delete an API connector no user flow calls",
    permission: "apiConnectors.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteApiConnector(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
];
