import { z } from "zod";
import {
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  rotateClientSecret,
  updateApplication,
} from "@guestlist/domain/applications";
import { ZApplicationInput, type TApplicationInput } from "@guestlist/domain/applications/schemas";
import { setApplicationLogo, updateApplicationBranding } from "@guestlist/domain/branding";
import {
  ZApplicationBranding,
  type TApplicationBranding,
} from "@guestlist/domain/branding/schemas";
import type { TenantAccess } from "@guestlist/domain/access";
import type { PrismaClient } from "@guestlist/domain/database";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { ZId, ZTimestamps } from "./common";

const ZApplication = z
  .object({
    id: ZId,
    name: z.string(),
    clientId: z.string(),
    type: ZApplicationInput.shape.type,
    tokenEndpointAuthMethod: z.string(),
    redirectUris: z.array(z.string()),
    postLogoutRedirectUris: z.array(z.string()),
    initiateLoginUri: z
      .string()
      .nullable()
      .describe("Where the app starts a sign-in (initiate_login_uri); invitation links go there."),
    userFlowId: ZId.nullable(),
    ...ZTimestamps,
  })
  .meta({ title: "Application" });

const ZNewClientSecret = z.object({
  clientSecret: z
    .string()
    .nullable()
    .describe("Shown this once; only a hash is stored. Null for public clients."),
});

const ZApplicationBrandingOut = z
  .object({
    displayName: z.string().nullable(),
    primaryColor: z.string().nullable(),
    backgroundColor: z.string().nullable(),
    logoSha: z
      .string()
      .nullable()
      .describe("SHA-256 of the application's own logo; null: the tenant's."),
  })
  .meta({ title: "ApplicationBranding" });

const brandingOf = (prisma: PrismaClient, access: TenantAccess, applicationId: string) =>
  prisma.applicationBranding.findFirstOrThrow({
    where: { applicationId, tenantId: access.tenant.id },
  });

const tag = "Applications";
const show = (value: unknown) => present(ZApplication, value);

export const applicationOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/applications",
    operationId: "listApplications",
    tag,
    summary: "List applications",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZApplication) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listApplications(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TApplicationInput>({
    method: "POST",
    path: "/applications",
    operationId: "createApplication",
    tag,
    summary: "Register an application (a confidential one gets its client secret, once)",
    permission: "applications.manage",
    body: ZApplicationInput,
    response: { status: 201, schema: ZApplication.extend(ZNewClientSecret.shape) },
    async handle({ prisma, access, body }) {
      const { application, clientSecret } = await createApplication(prisma, access, body);
      return { status: 201, json: { ...show(application), clientSecret: clientSecret ?? null } };
    },
  }),
  operation({
    method: "GET",
    path: "/applications/{id}",
    operationId: "getApplication",
    tag,
    summary: "Get an application",
    response: { status: 200, schema: ZApplication },
    async handle({ prisma, access, params }) {
      return { json: show(await getApplication(prisma, access, params.id!)) };
    },
  }),
  operation<undefined, TApplicationInput>({
    method: "PUT",
    path: "/applications/{id}",
    operationId: "updateApplication",
    tag,
    summary: "Replace an application's settings; userFlowId moves it to another flow",
    permission: "applications.manage",
    body: ZApplicationInput,
    response: {
      status: 200,
      schema: ZApplication.extend({
        movedFrom: z.string().nullable().describe("The user flow it left, when it moved."),
      }),
    },
    async handle({ prisma, access, params, body }) {
      const { application, movedFrom } = await updateApplication(prisma, access, params.id!, body);
      return { json: { ...show(application), movedFrom: movedFrom ?? null } };
    },
  }),
  operation({
    method: "POST",
    path: "/applications/{id}/client-secret",
    operationId: "rotateClientSecret",
    tag,
    summary: "Issue a new client secret; the old one stops working at once",
    permission: "applications.manage",
    response: { status: 201, schema: ZNewClientSecret },
    async handle({ prisma, access, params }) {
      return {
        status: 201,
        json: { clientSecret: await rotateClientSecret(prisma, access, params.id!) },
      };
    },
  }),
  operation<undefined, TApplicationBranding>({
    method: "PUT",
    path: "/applications/{id}/branding",
    operationId: "updateApplicationBranding",
    tag,
    summary:
      "Set this application's name and colours on the hosted pages, over the tenant's (empty keeps the tenant's); unreadable colours are refused",
    permission: "applications.manage",
    body: ZApplicationBranding,
    response: { status: 200, schema: ZApplicationBrandingOut },
    async handle({ prisma, access, params, body }) {
      return {
        json: present(
          ZApplicationBrandingOut,
          await updateApplicationBranding(prisma, access, params.id!, body),
        ),
      };
    },
  }),
  operation<undefined, { image: string }>({
    method: "PUT",
    path: "/applications/{id}/branding/logo",
    operationId: "uploadApplicationLogo",
    tag,
    summary:
      "Upload this application's own logo (PNG, JPEG, GIF, WebP or SVG; 200 KB at most), base64-encoded",
    permission: "applications.manage",
    body: z.object({ image: z.base64().describe("The file's bytes, base64-encoded.") }),
    response: { status: 200, schema: ZApplicationBrandingOut },
    async handle({ prisma, access, params, body }) {
      await setApplicationLogo(prisma, access, params.id!, Buffer.from(body.image, "base64"));
      return {
        json: present(ZApplicationBrandingOut, await brandingOf(prisma, access, params.id!)),
      };
    },
  }),
  operation({
    method: "DELETE",
    path: "/applications/{id}/branding/logo",
    operationId: "removeApplicationLogo",
    tag,
    summary: "Remove this application's own logo: the tenant's is shown",
    permission: "applications.manage",
    response: { status: 200, schema: ZApplicationBrandingOut },
    async handle({ prisma, access, params }) {
      await setApplicationLogo(prisma, access, params.id!, null);
      return {
        json: present(ZApplicationBrandingOut, await brandingOf(prisma, access, params.id!)),
      };
    },
  }),
  operation({
    method: "DELETE",
    path: "/applications/{id}",
    operationId: "deleteApplication",
    tag,
    summary: "Delete an application; its tokens stop working",
    permission: "applications.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteApplication(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
];
