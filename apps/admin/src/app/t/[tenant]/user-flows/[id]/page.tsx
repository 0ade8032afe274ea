import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, LANGUAGE_NAMES_IN_ENGLISH } from "@guestlist/domain/i18n/locales";
import { can } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import { userFlowEditor } from "@guestlist/domain/flows";
import type { AttributeOption } from "@guestlist/domain/flows/attribute-form";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { FlowApplications } from "./flow-applications";
import { FlowConnectors } from "./flow-connectors";
import { FlowSettingsForm } from "./flow-settings-form";
import { TERMS_ACCEPTED_CLAIM } from "@guestlist/domain/terms/schemas";
import { PageLayoutEditor } from "./page-layout-editor";

export const metadata: Metadata = { title: "User flow" };
export const dynamic = "force-dynamic";

export default async function UserFlowPage({
  params,
}: {
  params: Promise<{ tenant: string; id: string }>;
}) {
  const { tenant: slug, id } = await params;
  const access = await requireTenant(slug);
  const editor = await userFlowEditor(database(), access, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const {
    flow,
    identityProviders: providers,
    attributes,
    applications,
    apiConnectors: connectors,
    termsDocuments,
  } = editor;
  const editable = can(access.role, "userFlows.manage");
  return (
    <>
      <PageHeader
        title={flow.name}
        description={
          flow.enabled
            ? "Enabled: applications that use it offer sign-up."
            : "Disabled: applications that use it offer sign-in only."
        }
      />
      <Card title="Settings">
        <FlowSettingsForm
          tenant={slug}
          flowId={flow.id}
          readOnly={!editable}
          providers={providers.map((p) => ({ id: p.id, label: p.displayName }))}
          attributes={[
            ...attributes.map((a) => ({ id: a.name, label: a.name })),
            { id: TERMS_ACCEPTED_CLAIM, label: "Accepted terms versions (terms_accepted)" },
          ]}
          termsDocuments={termsDocuments.map((d) => ({ id: d.id, label: d.name }))}
          initial={{
            name: flow.name,
            enabled: flow.enabled,
            invitationOnly: flow.invitationOnly,
            requiresApproval: flow.requiresApproval,
            approvalExemptDomains: flow.approvalExemptDomains.join("\n"),
            termsDocumentIds: flow.terms.map((entry) => entry.termsDocumentId),
            askMissingAttributes: flow.askMissingAttributes,
            secondFactorPolicy: flow.secondFactorPolicy,
            trustUpstreamMfa: flow.trustUpstreamMfa,
            passkeySignIn: flow.passkeySignIn,
            botProtection: flow.botProtection,
            botProtectionDifficulty: flow.botProtectionDifficulty,
            identityProviderIds: flow.identityProviders.map((e) => e.identityProviderId),
            returnClaims: flow.returnClaims,
          }}
        />
      </Card>
      <Card title="Page layout">
        <PageLayoutEditor
          tenant={slug}
          flowId={flow.id}
          readOnly={!editable}
          attributes={attributes.map((a) => ({ id: a.id, name: a.name, dataType: a.dataType }))}
          initial={flow.attributes.map((entry) => ({
            userAttributeId: entry.userAttributeId,
            name: entry.userAttribute.name,
            dataType: entry.userAttribute.dataType,
            label: entry.label,
            helpText: entry.helpText ?? "",
            required: entry.required,
            editable: entry.editable,
            inputType: entry.inputType,
            options: (entry.options as unknown as AttributeOption[])
              .map((o) => `${o.value}|${o.label}`)
              .join("\n"),
          }))}
        />
      </Card>
      <Card title="Languages and texts">
        <p className="text-sm">
          Offered in{" "}
          {flow.languages
            .filter(isLocale)
            .map((code) => LANGUAGE_NAMES_IN_ENGLISH[code])
            .join(", ")}
          ; default{" "}
          {isLocale(flow.defaultLocale) ? LANGUAGE_NAMES_IN_ENGLISH[flow.defaultLocale] : "English"}
          .{" "}
          <Link
            href={`/t/${slug}/user-flows/${flow.id}/languages`}
            className="text-blue-800 underline"
          >
            Languages and texts
          </Link>
        </p>
      </Card>
      <Card title="API connectors">
        <FlowConnectors
          tenant={slug}
          flowId={flow.id}
          readOnly={!editable}
          connectors={connectors.map((c) => ({ id: c.id, name: c.displayName }))}
          initial={{
            POST_FEDERATION_SIGNUP: editor.connectors.POST_FEDERATION_SIGNUP ?? "",
            POST_ATTRIBUTE_COLLECTION: editor.connectors.POST_ATTRIBUTE_COLLECTION ?? "",
            ON_TOKEN_ISSUANCE_START: editor.connectors.ON_TOKEN_ISSUANCE_START ?? "",
            tokenConnectorFailurePolicy: editor.connectors.tokenConnectorFailurePolicy,
            tokenConnectorClaims: editor.connectors.tokenConnectorClaims.join(" "),
          }}
        />
      </Card>
      <Card title="Applications">
        <FlowApplications
          tenant={slug}
          flowId={flow.id}
          readOnly={!can(access.role, "applications.manage")}
          applications={applications.map((a) => ({
            id: a.id,
            name: a.name,
            flowId: a.userFlowId,
            flowName: a.userFlow?.name ?? null,
          }))}
        />
      </Card>
    </>
  );
}
