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
import { createSamlIdentityProvider } from "@guestlist/domain/saml";
import {
  ZSamlIdentityProviderInput,
  type TSamlIdentityProviderInput,
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
    usedBy: z.array(z.string()).describe("Names of the user flows that offer it."),
    ...ZTimestamps,
  })
  .meta({ title: "IdentityProvider" });

const tag = "Identity providers";
const show = (value: unknown) => present(ZIdentityProvider, value);
const secretKey = () => adminConfig().GUESTLIST_ENCRYPTION_KEY;

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
      const created = await createSamlIdentityProvider(prisma, access, body, {
        allowPrivateNetworks: adminConnectorSettings().allowPrivateNetworks,
      });
      return {
        status: 201,
        json: show(
          byId(await listIdentityProviders(prisma, access), created.id, "identity provider"),
        ),
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
