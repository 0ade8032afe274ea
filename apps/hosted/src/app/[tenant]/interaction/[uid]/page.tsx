import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { issueBotChallenge } from "@guestlist/domain/bot-protection";
import { getTranslations } from "next-intl/server";
import {
  recoveryCodesToSave,
  totpEnrolmentView,
  type JourneyView,
} from "@guestlist/domain/journeys";
import { journeyView } from "@/server/journey-view";
import { LanguagePicker } from "@/components/language-picker";
import { TenantFrame, UNBRANDED } from "@/components/tenant-frame";
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

type Titles = Awaited<ReturnType<typeof getTranslations<"titles">>>;

function titleOf(view: JourneyView, t: Titles): string {
  switch (view.state) {
    case "AWAITING_OTP":
      return t("code");
    case "COLLECTING_ATTRIBUTES":
      return t("attributes");
    case "CHOOSING_PASSWORD":
      return view.data.passwordPurpose === "SIGN_UP" ? t("choosePassword") : t("chooseNewPassword");
    case "AWAITING_CONSENT":
      return t("consent");
    case "BLOCKED":
      return t("blocked");
    case "ACCEPTING_TERMS":
      return t("terms");
    case "COMPLETING_PROFILE":
      return t("profile");
    case "AWAITING_APPROVAL":
      return t("approval", { tenant: view.tenant.name });
    case "VERIFYING_SECOND_FACTOR":
      return t("secondFactor");
    case "ENROLLING_SECOND_FACTOR":
      return t("enrolSecondFactor");
    case "SAVING_RECOVERY_CODES":
      return t("recoveryCodes");
    default:
      return view.kind === "SIGN_UP" ? t("signUp") : t("signIn");
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tenant, uid } = await params;
  const view = await journeyView(tenant, uid);
  if (!view) return { title: (await getTranslations("page"))("metadataExpired") };
  return { title: `${titleOf(view, await getTranslations("titles"))} · ${view.tenant.name}` };
}

/**
 * One address for the whole journey: what it shows follows the journey's
 * state, so a reload, the back button or a second tab shows where the user is.
 */
export default async function JourneyPage({ params }: Params) {
  const { tenant, uid } = await params;
  const view = await journeyView(tenant, uid);
  const t = await getTranslations();
  if (!view || view.expired) {
    return (
      <TenantFrame
        tenant={view?.tenant ?? { ...UNBRANDED, name: t("titles.signIn") }}
        title={t("page.expiredTitle")}
      >
        <p>{t("page.expiredBody")}</p>
      </TenantFrame>
    );
  }
  if (view.state === "COMPLETED") {
    if (view.data.outcome) redirect(`/${tenant}/interaction/${uid}/complete`);
    return (
      <TenantFrame tenant={view.tenant} title={t("page.doneTitle")}>
        <p>{t("page.doneBody", { app: view.application?.name ?? t("common.theApplication") })}</p>
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
  const sendsCode = view.state === "STARTED" || view.state === "AWAITING_OTP";
  const botCheck =
    sendsCode && view.botCheckDifficulty !== null
      ? {
          challenge: await issueBotChallenge(
            journeySettings().encryptionKey,
            view.botCheckDifficulty,
            view.id,
          ),
          locale: view.locale,
          label: t("messages.botCheckLabel"),
        }
      : undefined;
  const switchTo =
    view.kind === "SIGN_UP"
      ? bound(actions.switchToSignInAction)
      : bound(actions.switchToSignUpAction);

  const emailAddress = () => <EmailAddress value={view.email ?? ""} />;
  return (
    <TenantFrame
      tenant={view.tenant}
      title={titleOf(view, await getTranslations("titles"))}
      picker={
        <LanguagePicker
          current={view.locale}
          offered={view.languages}
          change={bound(actions.changeLanguageAction)}
        />
      }
    >
      {view.state === "STARTED" || view.state === "AWAITING_FEDERATION" ? (
        <EmailStep
          view={view}
          submit={bound(actions.submitEmailAction)}
          switchTo={switchTo}
          cancel={bound(actions.cancelAction)}
          botCheck={botCheck}
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
          botCheck={botCheck}
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
            {t.rich("attributesStep.signingUpAs", {
              address: view.email ?? "",
              email: emailAddress,
            })}
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
            {t("attributesStep.profileIntro", { tenant: view.tenant.name })}
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
        <StopStep message={view.data.stopMessage ?? t("stopStep.cannotContinue")}>
          <div className="text-sm">
            <LinkButton action={bound(actions.switchToSignInAction)}>
              {t("stopStep.useAnotherEmail")}
            </LinkButton>
          </div>
        </StopStep>
      ) : null}
    </TenantFrame>
  );
}
