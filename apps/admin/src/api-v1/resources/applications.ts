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
