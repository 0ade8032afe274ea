import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TenantFrame } from "@/components/tenant-frame";
import { LanguagePicker } from "@/components/language-picker";
import { AttributesForm } from "@/components/steps/attributes-form";
import { ApprovalStep } from "@/components/steps/approval-step";
import { CodeStep } from "@/components/steps/code-step";
import { ConsentStep } from "@/components/steps/consent-step";
import { EmailStep } from "@/components/steps/email-step";
import { PasswordStep } from "@/components/steps/password-step";
import { SecondFactorStep } from "@/components/steps/second-factor-step";
import { EmailAddress } from "@/components/email-address";
import { previewView } from "@/server/journey-view";
import { previewDoesNothing, previewPasskeyOptions } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

interface Props {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const param = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * A page of a user flow as people see it, with the tenant's branding and the
 * flow's language and wording, for the portal's preview (which frames it).
 * Nothing on it can be used: it is inert, and its forms act on no journey.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { tenant } = await params;
  const query = await searchParams;
  const step = param(query.step);
  const view = await previewView(tenant, param(query.flow), step, param(query.locale));
  if (!view) notFound();
  const titles = await getTranslations("titles");
  const t = await getTranslations();
  const nothing = previewDoesNothing;
  const passkey = { options: previewPasskeyOptions, answer: nothing };
  const title = {
    "sign-up": titles("signUp"),
    "sign-in": titles("signIn"),
    code: titles("code"),
    questions: titles("attributes"),
    password: titles("choosePassword"),
    consent: titles("consent"),
    "second-step": titles("secondFactor"),
    approval: titles("approval", { tenant: view.tenant.name }),
  }[step as "code"];
  return (
    <div inert>
      <TenantFrame
        tenant={view.tenant}
        title={title}
        picker={<LanguagePicker current={view.locale} offered={view.languages} change={nothing} />}
      >
        {step === "sign-up" || step === "sign-in" ? (
          <EmailStep
            view={view}
            submit={nothing}
            switchTo={nothing}
            cancel={nothing}
            passkey={view.passkeySignIn ? passkey : undefined}
            password={
              view.providers.some((provider) => provider.type === "EMAIL_PASSWORD")
                ? { signIn: nothing, reset: nothing, change: nothing }
                : undefined
            }
            federated={view.providers
              .filter((p) => p.type !== "EMAIL_OTP" && p.type !== "EMAIL_PASSWORD")
              .map((p) => ({ id: p.id, displayName: p.displayName, start: nothing }))}
          />
        ) : null}
        {step === "code" ? (
          <CodeStep view={view} verify={nothing} resend={nothing} useAnotherEmail={nothing} />
        ) : null}
        {step === "questions" ? (
          <>
            <p className="mb-6 text-slate-700">
              {t.rich("attributesStep.signingUpAs", {
                address: view.email ?? "",
                email: () => <EmailAddress value={view.email ?? ""} />,
              })}
            </p>
            <AttributesForm
              fields={view.fields}
              terms={{ tenantSlug: view.tenant.slug, current: [] }}
              defaultValues={{}}
              serverErrors={{}}
              submit={nothing}
            />
          </>
        ) : null}
        {step === "password" ? <PasswordStep view={view} choose={nothing} /> : null}
        {step === "consent" ? <ConsentStep view={view} decide={nothing} /> : null}
        {step === "second-step" ? (
          <SecondFactorStep view={view} verify={nothing} passkey={passkey} cancel={nothing} />
        ) : null}
        {step === "approval" ? <ApprovalStep view={view} leave={nothing} /> : null}
      </TenantFrame>
    </div>
  );
}
