import { z } from "zod";
import {
  createIdentityProvider,
  deleteIdentityProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from "@guestlist/domain/identity-providers";
import {
  IDENTITY_PROVIDER_PRESETS,
  ZIdentityProviderInput,
  type IdentityProviderKind,
  type TIdentityProviderInput,
} from "@guestlist/domain/identity-providers/schemas";
import {
  createSamlIdentityProvider,
  refreshSamlMetadata,
  updateSamlIdentityProvider,
} from "@guestlist/domain/saml";
import {
  ZSamlIdentityProviderInput,
  ZSamlIdentityProviderUpdate,
  type TSamlIdentityProviderInput,
  type TSamlIdentityProviderUpdate,
} from "@guestlist/domain/saml/schemas";
import { adminConfig, adminConnectorSettings } from "@/config";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { byId, ZId, ZTimestamps } from "./common";

const ZIdentityProvider = z
  .object({
    id: ZId,
    type: z.enum(Object.keys(IDENTITY_PROVIDER_PRESETS) as [IdentityProviderKind]),
    displayName: z.string(),
    enabled: z.boolean(),
    issuer: z.string().nullable(),
    clientId: z.string().nullable(),
    scopes: z.array(z.string()),
    claimMapping: z.record(z.string(), z.string()),
    trustsEmailVerified: z
      .boolean()
      .describe(
        "Whether an address this provider marks verified (email_verified) needs no code from Guestlist.",
      ),
    hasClientSecret: z.boolean().describe("Secrets are write-only: only whether one is set."),
    samlSsoUrl: z.string().nullable().describe("SAML: the partner's single sign-on endpoint."),
    samlSsoBinding: z.enum(["HTTP-Redirect", "HTTP-POST"]).nullable(),
    samlCertificates: z
      .array(z.string())
      .describe("SAML: base64 DER certificates the partner signs with."),
    samlNameIdFormat: z.string().nullable(),
    samlCertificateExpiries: z
      .array(z.iso.datetime().nullable())
      .describe("SAML: when each certificate expires, in the same order."),
    samlClockSkewSeconds: z.number().int(),
    discoveryUrl: z
      .string()
      .nullable()
      .describe("OIDC: the discovery document. SAML: the metadata URL read again daily."),
    emailDomains: z
      .array(z.string())
      .describe(
        "Home realm: addresses at these domains (and below) sign in with this provider only.",
      ),
    usedBy: z.array(z.string()).describe("Names of the user flows that offer it."),
    ...ZTimestamps,
  })
  .meta({ title: "IdentityProvider" });

const tag = "Identity providers";
const show = (value: unknown) => present(ZIdentityProvider, value);
const secretKey = () => adminConfig().GUESTLIST_ENCRYPTION_KEY;
// Partners' metadata URLs are fetched under the connectors' network rules.
const networkRules = () => ({
  allowPrivateNetworks: adminConnectorSettings().allowPrivateNetworks,
});

export const identityProviderOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/identity-providers",
    operationId: "listIdentityProviders",
    tag,
    summary: "List identity providers",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZIdentityProvider) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listIdentityProviders(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TIdentityProviderInput>({
    method: "POST",
    path: "/identity-providers",
    operationId: "createIdentityProvider",
    tag,
    summary: "Add an identity provider",
    permission: "identityProviders.manage",
    body: ZIdentityProviderInput,
    response: { status: 201, schema: ZIdentityProvider },
    async handle({ prisma, access, body }) {
      const created = await createIdentityProvider(prisma, access, secretKey(), body);
      return {
        status: 201,
        json: show(
          byId(await listIdentityProviders(prisma, access), created.id, "identity provider"),
        ),
      };
    },
  }),
  operation<undefined, TSamlIdentityProviderInput>({
    method: "POST",
    path: "/identity-providers/saml",
    operationId: "createSamlIdentityProvider",
    tag,
    summary:
      "Add a SAML 2.0 identity provider from its metadata (metadataUrl, https, or metadataXml)",
    permission: "identityProviders.manage",
    body: ZSamlIdentityProviderInput,
    response: { status: 201, schema: ZIdentityProvider },
    async handle({ prisma, access, body }) {
      const created = await createSamlIdentityProvider(prisma, access, body, networkRules());
      return {
        status: 201,
        json: show(
          byId(await listIdentityProviders(prisma, access), created.id, "identity provider"),
        ),
      };
    },
  }),
  operation<undefined, TSamlIdentityProviderUpdate>({
    method: "PUT",
    path: "/identity-providers/{id}/saml",
    operationId: "updateSamlIdentityProvider",
    tag,
    summary:
      "Replace a SAML identity provider's settings; newer metadata (metadataXml, or a new metadataUrl) must keep its entity id",
    permission: "identityProviders.manage",
    body: ZSamlIdentityProviderUpdate,
    response: { status: 200, schema: ZIdentityProvider },
    async handle({ prisma, access, params, body }) {
      await updateSamlIdentityProvider(prisma, access, params.id!, body, networkRules());
      return {
        json: show(
          byId(await listIdentityProviders(prisma, access), params.id!, "identity provider"),
        ),
      };
    },
  }),
  operation({
    method: "POST",
    path: "/identity-providers/{id}/saml/refresh-metadata",
    operationId: "refreshSamlMetadata",
    tag,
    summary:
      "Read a SAML identity provider's metadata again from its URL (as the daily job does), taking new certificates and endpoints",
    permission: "identityProviders.manage",
    response: {
      status: 200,
      schema: z.object({
        outcome: z.enum(["updated", "unchanged"]),
        identityProvider: ZIdentityProvider,
      }),
    },
    async handle({ prisma, access, params }) {
      const outcome = await refreshSamlMetadata(prisma, access, params.id!, networkRules());
      return {
        json: {
          outcome,
          identityProvider: show(
            byId(await listIdentityProviders(prisma, access), params.id!, "identity provider"),
          ),
        },
      };
    },
  }),
  operation({
    method: "GET",
    path: "/identity-providers/{id}",
    operationId: "getIdentityProvider",
    tag,
    summary: "Get an identity provider",
    response: { status: 200, schema: ZIdentityProvider },
    async handle({ prisma, access, params }) {
      return {
        json: show(
          byId(await listIdentityProviders(prisma, access), params.id!, "identity provider"),
        ),
      };
    },
  }),
  operation<undefined, TIdentityProviderInput>({
    method: "PUT",
    path: "/identity-providers/{id}",
    operationId: "updateIdentityProvider",
    tag,
    summary: "Replace an identity provider's settings (an empty clientSecret keeps the stored one)",
    permission: "identityProviders.manage",
    body: ZIdentityProviderInput,
    response: { status: 200, schema: ZIdentityProvider },
    async handle({ prisma, access, params, body }) {
      await updateIdentityProvider(prisma, access, secretKey(), params.id!, body);
      return {
        json: show(
          byId(await listIdentityProviders(prisma, access), params.id!, "identity provider"),
        ),
      };
    },
  }),
  operation({
    method: "DELETE",
    path: "/identity-providers/{id}",
    operationId: "deleteIdentityProvider",
    tag,
    summary: "Delete an identity provider no user flow offers",
    permission: "identityProviders.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteIdentityProvider(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
];
