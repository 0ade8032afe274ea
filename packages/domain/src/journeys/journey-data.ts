/** How the person proved who they are, first. */
export type SignInMethod =
  "email_code" | "password" | "federated" | "account_link" | "password_reset" | "passkey";

/** The result handed to oidc-provider when the journey's interaction finishes. */
export type InteractionOutcome =
  | { login: { accountId: string; amr?: string[]; acr?: string }; create?: Record<string, never> }
  | { consent: Record<string, never> }
  | { error: "access_denied"; error_description: string };

/** What the journey remembers besides its state columns (Journey.data). */
export interface JourneyData {
  prompt: string;
  clientId: string;
  requestedScopes: string[];
  missingScopes: string[];
  createRequested: boolean;
  /** The sign-in of the built-in account page: it signs people in, never up. */
  accountPage?: boolean;
  /** Shown once on the next page: a problem with what was just submitted. */
  flash?: {
    message?: string;
    fieldErrors?: Record<string, string>;
    values?: Record<string, unknown>;
  };
  /** Why the journey ended on a stop page. */
  stopMessage?: string;
  outcome?: InteractionOutcome;
  /** The consent Grant handed to the provider, claimed by the first request that finished the journey. */
  grantId?: string;
  /**
   * The address this journey proved: a code sent to it was entered, or an upstream
   * the admin trusts for email said it is verified. Only it may get an account.
   */
  provenEmail?: string;
  /** Why the person is choosing a password: a new password account, a reset, or a change. */
  passwordPurpose?: "SIGN_UP" | "RESET" | "CHANGE";
  /** The chosen password's argon2id hash, until the account is created. */
  passwordHash?: string;
  /** An upstream sign-in in progress: what the callback must see again. */
  federation?: {
    identityProviderId: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    /** A SAML sign-in: the AuthnRequest's id, its form for the HTTP-POST binding, and the verified answer until this browser picks it up. */
    saml?: {
      requestId: string;
      post?: { url: string; fields: Record<string, string> };
      received?: { handoff: string; claims: Record<string, string> & { iss: string; sub: string } };
    };
  };
  /** The invitation whose link started this journey: its address is the one a sign-up uses. */
  invitation?: { id: string; email: string };
  /** The open invitation that admitted this sign-up: accepted by the account it creates. */
  signUpInvitationId?: string;
  /** Attribute values the invitation pre-sets: shown on the attribute page, stored with the account. */
  presets?: Record<string, string | number | boolean>;
  /** A sign-in waiting for the person to accept new terms: how they proved who they are. */
  pendingSignIn?: {
    method: SignInMethod;
  };
  /** When the flow's bot check started asking this journey for a proof of work (epoch ms). */
  botCheckSince?: number;
  /** The relying party asked for multi-factor authentication (acr_values): the acr it asked for. */
  requestedMfaAcr?: string;
  /** The upstream provider said it did multi-factor authentication (its amr has "mfa"). */
  upstreamMfa?: boolean;
  /** The second factor this sign-in passed (RFC 8176 amr values), kept until it completes. */
  secondFactorAmr?: string[];
  /** Sign-up under an optional policy: setting up a second factor may be skipped. */
  secondFactorOptional?: boolean;
  /** A WebAuthn ceremony in progress: the challenge the answer must sign. */
  passkeyChallenge?: string;
  /** An authenticator app being set up: its secret (sealed) until a code confirms it. */
  totpSecretSealed?: string;
  /** The recovery codes of a first second factor (sealed), shown once. */
  recoveryCodesSealed?: string;
  /** The upstream identity a federated sign-up creates the account for, and what it told us. */
  upstream?: {
    identityProviderId: string;
    issuer: string;
    subject: string;
    emailVerified: boolean;
    prefill: Record<string, string | number | boolean>;
  };
}

export function journeyData(raw: unknown): JourneyData {
  return raw as JourneyData;
}
