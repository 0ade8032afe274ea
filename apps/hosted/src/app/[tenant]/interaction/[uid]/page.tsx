import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import {
  loadJourney,
  recoveryCodesToSave,
  totpEnrolmentView,
  type JourneyView,
} from "@guestlist/domain/journeys";
import { TenantFrame } from "@/components/tenant-frame";
import { LinkButton, Notice } from "@/components/form-controls";
import { AttributesForm } from "@/components/steps/attributes-form";
import { CodeStep } from "@/components/steps/code-step";
import { ConsentStep } from "@/components/steps/consent-step";
import { EmailStep } from "@/components/steps/email-step";
import { PasswordStep } from "@/components/steps/password-step";
import { StopStep } from "@/components/steps/stop-step";
import { ApprovalStep } from "@/components/steps/approval-step";
import { TermsStep } from "@/components/steps/terms-step";
import { SecondFactorStep } from "@/components/steps/second-factor-step";
import { EnrolSecondFactorStep } from "@/components/steps/enrol-second-factor-step";
import { RecoveryCodesStep } from "@/components/steps/recovery-codes-step";
import { journeySettings } from "@/config";
import * as actions from "./actions";
import { EmailAddress } from "@/components/email-address";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ tenant: string; uid: string }>;
}

/** The metadata and the page of one render read the journey once. */
const journeyView = cache((tenant: string, uid: string) =>
  loadJourney(database(), tenant, uid).catch((error: unknown) => {
    // Only a journey that does not exist is "expired"; anything else (the database down) is said as such.
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }),
);

function titleOf(view: JourneyView): string {
  switch (view.state) {
    case "AWAITING_OTP":
      return "Check your email";
    case "COLLECTING_ATTRIBUTES":
      return "About you";
    case "CHOOSING_PASSWORD":
      return view.data.passwordPurpose === "SIGN_UP"
        ? "Choose a password"
        : "Choose a new password";
    case "AWAITING_CONSENT":
      return "Allow access?";
    case "BLOCKED":
      return "We cannot continue";
    case "ACCEPTING_TERMS":
      return "Updated terms";
    case "COMPLETING_PROFILE":
      return "A few more details";
    case "AWAITING_APPROVAL":
      return "Your request is with " + view.tenant.name;
    case "VERIFYING_SECOND_FACTOR":
      return "Second step";
    case "ENROLLING_SECOND_FACTOR":
      return "Set up a second step";
    case "SAVING_RECOVERY_CODES":
      return "Save your recovery codes";
    default:
      return view.kind === "SIGN_UP" ? "Create your account" : "Sign in";
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tenant, uid } = await params;
  const view = await journeyView(tenant, uid);
  return { title: view ? `${titleOf(view)} · ${view.tenant.name}` : "Page expired" };
}

/**
 * One address for the whole journey: what it shows follows the journey's
 * state, so a reload, the back button or a second tab shows where the user is.
 */
export default async function JourneyPage({ params }: Params) {
  const { tenant, uid } = await params;
  const view = await journeyView(tenant, uid);
  if (!view || view.expired) {
    return (
      <TenantFrame
        tenant={{
          name: view?.tenant.name ?? "Sign in",
          logoUrl: view?.tenant.logoUrl ?? null,
          primaryColor: view?.tenant.primaryColor ?? null,
        }}
        title="This page has expired"
      >
        <p>
          The sign-in you started is over. Nothing was lost: go back to the application and sign in
          again.
        </p>
      </TenantFrame>
    );
  }
  if (view.state === "COMPLETED") {
    if (view.data.outcome) redirect(`/${tenant}/interaction/${uid}/complete`);
    return (
      <TenantFrame tenant={view.tenant} title="All done">
        <p>You can go back to {view.application?.name ?? "the application"}.</p>
      </TenantFrame>
    );
  }

  const bound = <Args extends unknown[]>(
    action: (tenant: string, uid: string, ...args: Args) => Promise<never>,
  ) => action.bind(null, tenant, uid) as (...args: Args) => Promise<void>;
  const passkeyActions = (purpose: actions.PasskeyPurpose) => ({
    options: actions.passkeyOptionsAction.bind(null, tenant, uid, purpose),
    answer: actions.passkeyAnswerAction.bind(null, tenant, uid, purpose) as (
      response: unknown,
    ) => Promise<void>,
  });
  const switchTo =
    view.kind === "SIGN_UP"
      ? bound(actions.switchToSignInAction)
      : bound(actions.switchToSignUpAction);

  return (
    <TenantFrame tenant={view.tenant} title={titleOf(view)}>
      {view.state === "STARTED" || view.state === "AWAITING_FEDERATION" ? (
        <EmailStep
          view={view}
          submit={bound(actions.submitEmailAction)}
          switchTo={switchTo}
          cancel={bound(actions.cancelAction)}
          passkey={view.passkeySignIn ? passkeyActions("sign-in") : undefined}
          password={
            view.providers.some((provider) => provider.type === "EMAIL_PASSWORD")
              ? {
                  signIn: bound(actions.signInWithPasswordAction),
                  reset: bound(actions.startPasswordResetAction),
                  change: bound(actions.startPasswordChangeAction),
                }
              : undefined
          }
          federated={view.providers
            .filter(
              (provider) => provider.type !== "EMAIL_OTP" && provider.type !== "EMAIL_PASSWORD",
            )
            .map((provider) => ({
              id: provider.id,
              displayName: provider.displayName,
              start: actions.startFederationAction.bind(null, tenant, uid, provider.id),
            }))}
        />
      ) : null}
      {view.state === "AWAITING_OTP" ? (
        <CodeStep
          view={view}
          verify={bound(actions.verifyCodeAction)}
          resend={bound(actions.resendCodeAction)}
          useAnotherEmail={
            view.kind === "SIGN_UP"
              ? bound(actions.switchToSignUpAction)
              : bound(actions.switchToSignInAction)
          }
        />
      ) : null}
      {view.state === "COLLECTING_ATTRIBUTES" ? (
        <>
          {view.data.flash?.message ? <Notice>{view.data.flash.message}</Notice> : null}
          <p className="mb-6 text-slate-700">
            Signing up as <EmailAddress value={view.email ?? ""} />.
          </p>
          <AttributesForm
            fields={view.fields}
            terms={{ tenantSlug: view.tenant.slug, current: view.terms }}
            defaultValues={
              view.data.flash?.values ?? { ...view.data.upstream?.prefill, ...view.data.presets }
            }
            serverErrors={view.data.flash?.fieldErrors ?? {}}
            submit={bound(actions.submitAttributesAction)}
          />
        </>
      ) : null}
      {view.state === "CHOOSING_PASSWORD" ? (
        <PasswordStep view={view} choose={bound(actions.choosePasswordAction)} />
      ) : null}
      {view.state === "AWAITING_CONSENT" ? (
        <ConsentStep view={view} decide={bound(actions.consentAction)} />
      ) : null}
      {view.state === "COMPLETING_PROFILE" ? (
        <>
          <p className="mb-6 text-slate-700">
            {view.tenant.name} asks for something new since you signed up. Answer to continue.
          </p>
          <AttributesForm
            fields={view.fields}
            terms={{ tenantSlug: view.tenant.slug, current: [] }}
            defaultValues={view.data.flash?.values ?? {}}
            serverErrors={view.data.flash?.fieldErrors ?? {}}
            submit={bound(actions.submitProfileAction)}
          />
        </>
      ) : null}
      {view.state === "ACCEPTING_TERMS" ? (
        <TermsStep
          view={view}
          accept={bound(actions.acceptTermsAction)}
          cancel={bound(actions.cancelAction)}
        />
      ) : null}
      {view.state === "VERIFYING_SECOND_FACTOR" ? (
        <SecondFactorStep
          view={view}
          verify={bound(actions.verifySecondFactorAction)}
          passkey={passkeyActions("check")}
          cancel={bound(actions.cancelAction)}
        />
      ) : null}
      {view.state === "ENROLLING_SECOND_FACTOR" ? (
        <EnrolSecondFactorStep
          view={view}
          authenticatorApp={await totpEnrolmentView(journeySettings(), view, view.tenant.name)}
          chooseAuthenticatorApp={bound(actions.beginTotpEnrolmentAction)}
          confirm={bound(actions.confirmTotpEnrolmentAction)}
          passkey={passkeyActions("enrol")}
          skip={bound(actions.skipSecondFactorAction)}
          cancel={bound(actions.cancelAction)}
        />
      ) : null}
      {view.state === "SAVING_RECOVERY_CODES" ? (
        <RecoveryCodesStep
          codes={recoveryCodesToSave(journeySettings(), view)}
          saved={bound(actions.saveRecoveryCodesAction)}
        />
      ) : null}
      {view.state === "AWAITING_APPROVAL" ? (
        <ApprovalStep view={view} leave={bound(actions.cancelAction)} />
      ) : null}
      {view.state === "BLOCKED" ? (
        <StopStep message={view.data.stopMessage ?? "We cannot continue with this sign-in."}>
          <div className="text-sm">
            <LinkButton action={bound(actions.switchToSignInAction)}>Use another email</LinkButton>
          </div>
        </StopStep>
      ) : null}
    </TenantFrame>
  );
}
