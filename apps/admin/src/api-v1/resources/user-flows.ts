import { z } from "zod";
import type { TenantAccess } from "@guestlist/domain/access";
import { assignApplicationToFlow } from "@guestlist/domain/applications";
import { setUserFlowConnectors } from "@guestlist/domain/connectors";
import {
  ZFlowConnectorsInput,
  type TFlowConnectorsInput,
} from "@guestlist/domain/connectors/schemas";
import type { PrismaClient } from "@guestlist/domain/database";
import {
  createUserFlow,
  deleteUserFlow,
  listUserFlows,
  updatePageLayout,
  updateUserFlowSettings,
  updateFlowLanguages,
  replaceFlowTexts,
  flowTextOverrides,
  userFlowEditor,
} from "@guestlist/domain/flows";
import {
  ZFlowLanguagesInput,
  ZFlowTexts,
  type TFlowLanguagesInput,
  type TFlowTexts,
  ZCreateUserFlowInput,
  ZFlowSettingsInput,
  ZPageLayoutInput,
  type TCreateUserFlowInput,
  type TFlowSettingsInput,
  type TPageLayoutInput,
} from "@guestlist/domain/flows/schemas";
import { SUPPORTED_LOCALES } from "@guestlist/domain/i18n/locales";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { ZId, ZTimestamps } from "./common";

const ZUserFlowSummary = z
  .object({
    id: ZId,
    name: z.string(),
    enabled: z.boolean(),
    invitationOnly: z.boolean().describe("Only invited addresses may sign up."),
    requiresApproval: z.boolean().describe("New accounts wait for an approver."),
    approvalExemptDomains: z.array(z.string()).describe("Domains whose addresses skip approval."),
    askMissingAttributes: z
      .boolean()
      .describe("Returning people answer required questions added since they signed up."),
    secondFactorPolicy: z
      .enum(["OFF", "OPTIONAL", "REQUIRED"])
      .describe(
        "A second factor (passkey or authenticator app): not asked for, offered at sign-up, or required before any token. People who set one up are always asked for it.",
      ),
    trustUpstreamMfa: z
      .boolean()
      .describe(
        "A federated sign-in whose upstream says it did MFA (amr mfa) needs no second factor.",
      ),
    passkeySignIn: z.boolean().describe("People may sign in with a passkey alone."),
    botProtection: z
      .enum(["OFF", "ALWAYS", "ON_RISK"])
      .describe(
        "A proof of work (ALTCHA) before a code is sent: never, always, or when risk signals appear (many codes from one network or to one domain). Browsers without JavaScript wait a few seconds instead, under stricter limits.",
      ),
    botProtectionDifficulty: z
      .number()
      .int()
      .describe("The proof of work's cost: the highest number a browser may have to try."),
    languages: z
      .array(z.enum(SUPPORTED_LOCALES))
      .describe("The languages the hosted pages and emails are offered in."),
    defaultLocale: z
      .enum(SUPPORTED_LOCALES)
      .describe("The language used when none of the person's languages is offered."),
    returnClaims: z.array(z.string()),
    ...ZTimestamps,
  })
  .meta({ title: "UserFlowSummary" });

const ZLayoutEntryOut = z.object({
  userAttributeId: ZId,
  attributeName: z.string(),
  dataType: z.enum(["STRING", "INTEGER", "BOOLEAN"]),
  label: z.string(),
  helpText: z.string().nullable(),
  required: z.boolean(),
  inputType: z.enum(["TEXTBOX", "DROPDOWN", "RADIO", "CHECKBOX", "MULTISELECT", "DATE"]),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

const ZUserFlow = ZUserFlowSummary.extend({
  identityProviderIds: z.array(ZId).describe("In the order the sign-in page offers them."),
  pageLayout: z.array(ZLayoutEntryOut).describe("The attribute page's questions, in order."),
  apiConnectors: ZFlowConnectorsInput.describe("The API connector called at each step, or null."),
  applicationIds: z.array(ZId),
  termsDocumentIds: z.array(ZId).describe("The terms documents people accept, in order."),
}).meta({ title: "UserFlow" });

const ZFlowTextsOut = z
  .record(z.string(), z.record(z.string(), z.string()))
  .describe(
    'By language, the flow\'s texts that differ from the built-in ones: { "de": { "emailStep.sendCode": "Code anfordern", "attribute.displayName.label": "Ihr Name" } }.',
  )
  .meta({ title: "UserFlowTexts" });

const tag = "User flows";

async function fullFlow(prisma: PrismaClient, access: TenantAccess, id: string) {
  const { flow, connectors } = await userFlowEditor(prisma, access, id);
  return present(ZUserFlow, {
    ...flow,
    identityProviderIds: flow.identityProviders.map((entry) => entry.identityProviderId),
    pageLayout: flow.attributes.map((entry) => ({
      ...entry,
      attributeName: entry.userAttribute.name,
      dataType: entry.userAttribute.dataType,
    })),
    apiConnectors: connectors,
    applicationIds: flow.applications.map((application) => application.id),
    termsDocumentIds: flow.terms.map((entry) => entry.termsDocumentId),
  });
}

export const userFlowOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/user-flows",
    operationId: "listUserFlows",
    tag,
    summary: "List user flows",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZUserFlowSummary) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listUserFlows(prisma, access), query);
      return {
        json: { ...page, items: page.items.map((flow) => present(ZUserFlowSummary, flow)) },
      };
    },
  }),
  operation<undefined, TCreateUserFlowInput>({
    method: "POST",
    path: "/user-flows",
    operationId: "createUserFlow",
    tag,
    summary:
      "Create a user flow: identity providers, and attributes to collect (as text boxes at first)",
    permission: "userFlows.manage",
    body: ZCreateUserFlowInput,
    response: { status: 201, schema: ZUserFlow },
    async handle({ prisma, access, body }) {
      const created = await createUserFlow(prisma, access, body);
      return { status: 201, json: await fullFlow(prisma, access, created.id) };
    },
  }),
  operation({
    method: "GET",
    path: "/user-flows/{id}",
    operationId: "getUserFlow",
    tag,
    summary: "Get a user flow with its providers, page layout, connectors and applications",
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params }) {
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TFlowSettingsInput>({
    method: "PUT",
    path: "/user-flows/{id}",
    operationId: "updateUserFlow",
    tag,
    summary:
      "Replace a flow's name, switch, who may sign up, identity providers, terms and claims to return",
    permission: "userFlows.manage",
    body: ZFlowSettingsInput,
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params, body }) {
      await updateUserFlowSettings(prisma, access, params.id!, body);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TFlowLanguagesInput>({
    method: "PUT",
    path: "/user-flows/{id}/languages",
    operationId: "updateUserFlowLanguages",
    tag,
    summary: "Choose the languages the flow's pages and emails are offered in, and the default",
    permission: "userFlows.manage",
    body: ZFlowLanguagesInput,
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params, body }) {
      await updateFlowLanguages(prisma, access, params.id!, body);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "GET",
    path: "/user-flows/{id}/texts",
    operationId: "getUserFlowTexts",
    tag,
    summary: "The flow's own wording of built-in texts and its attribute texts, by language",
    response: { status: 200, schema: ZFlowTextsOut },
    async handle({ prisma, access, params }) {
      return { json: await flowTextOverrides(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TFlowTexts>({
    method: "PUT",
    path: "/user-flows/{id}/texts",
    operationId: "replaceUserFlowTexts",
    tag,
    summary:
      "Replace the flow's wording in each language given (other languages keep theirs); an empty object for a language removes its wording",
    permission: "userFlows.manage",
    body: ZFlowTexts,
    response: { status: 200, schema: ZFlowTextsOut },
    async handle({ prisma, access, params, body }) {
      await replaceFlowTexts(prisma, access, params.id!, body);
      return { json: await flowTextOverrides(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TPageLayoutInput>({
    method: "PUT",
    path: "/user-flows/{id}/page-layout",
    operationId: "updateUserFlowPageLayout",
    tag,
    summary: "Replace the attribute page: which attributes, in which order, asked how",
    permission: "userFlows.manage",
    body: ZPageLayoutInput,
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params, body }) {
      await updatePageLayout(prisma, access, params.id!, body);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation<undefined, TFlowConnectorsInput>({
    method: "PUT",
    path: "/user-flows/{id}/api-connectors",
    operationId: "updateUserFlowApiConnectors",
    tag,
    summary: "Choose the API connector of each step (null for none)",
    permission: "userFlows.manage",
    body: ZFlowConnectorsInput,
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params, body }) {
      await setUserFlowConnectors(prisma, access, params.id!, body);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation<undefined, { applicationId: string }>({
    method: "POST",
    path: "/user-flows/{id}/applications",
    operationId: "addApplicationToUserFlow",
    tag,
    summary: "Make an application sign users up with this flow (it leaves its previous flow)",
    permission: "applications.manage",
    body: z.object({ applicationId: ZId }),
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params, body }) {
      await fullFlow(prisma, access, params.id!);
      await assignApplicationToFlow(prisma, access, body.applicationId, params.id!);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "DELETE",
    path: "/user-flows/{id}/applications/{applicationId}",
    operationId: "removeApplicationFromUserFlow",
    tag,
    summary: "Stop an application using this flow",
    permission: "applications.manage",
    response: { status: 200, schema: ZUserFlow },
    async handle({ prisma, access, params }) {
      const flow = await fullFlow(prisma, access, params.id!);
      if (flow.applicationIds.includes(params.applicationId!))
        await assignApplicationToFlow(prisma, access, params.applicationId!, null);
      return { json: await fullFlow(prisma, access, params.id!) };
    },
  }),
  operation({
    method: "DELETE",
    path: "/user-flows/{id}",
    operationId: "deleteUserFlow",
    tag,
    summary: "Delete a user flow; its applications are left without one",
    permission: "userFlows.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteUserFlow(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
];
