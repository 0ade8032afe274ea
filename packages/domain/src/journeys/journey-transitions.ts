import type { JourneyState } from "../generated/prisma/enums";

/**
 * The journey's state machine: for each event a person's request can cause,
 * the states it may happen in and the states it may lead to. A step reads its
 * journey for one event (refused in any other state) and writes it once,
 * conditionally on the state and version it read (journey-store.ts): of two
 * racing requests one wins and the other is sent to the journey's current
 * page. Staying in the same state (a message on the page) is always allowed.
 * The guards each transition needs (the flow offers the method, the address
 * is proven, the connector passed...) are checked by the step that causes it;
 * ARCHITECTURE.md draws the diagram.
 */
/** Where a proven sign-in goes: done, or one of the pages that come before the tokens. */
const SIGNED_IN = [
  "COMPLETED",
  "ACCEPTING_TERMS",
  "COMPLETING_PROFILE",
  "VERIFYING_SECOND_FACTOR",
  "ENROLLING_SECOND_FACTOR",
] as const satisfies JourneyState[];

export const JOURNEY_TRANSITIONS = {
  /** An address typed on the sign-in or sign-up page: a code is sent to it. */
  emailSubmitted: { from: ["STARTED", "AWAITING_FEDERATION"], to: ["AWAITING_OTP"] },
  codeResent: { from: ["AWAITING_OTP"], to: [] },
  /** The code proved the address: sign in, link, choose a password, or sign up. */
  codeVerified: {
    from: ["AWAITING_OTP"],
    to: [
      "COMPLETED",
      "CHOOSING_PASSWORD",
      "COLLECTING_ATTRIBUTES",
      "BLOCKED",
      "AWAITING_APPROVAL",
      "ACCEPTING_TERMS",
      "COMPLETING_PROFILE",
      "VERIFYING_SECOND_FACTOR",
      "ENROLLING_SECOND_FACTOR",
    ],
  },
  passwordSignIn: {
    from: ["STARTED", "AWAITING_FEDERATION"],
    to: [...SIGNED_IN, "BLOCKED", "AWAITING_APPROVAL"],
  },
  /** A passkey alone (passwordless): it is a second factor in itself. */
  passkeySignIn: {
    from: ["STARTED", "AWAITING_FEDERATION"],
    to: ["COMPLETED", "BLOCKED", "AWAITING_APPROVAL", "ACCEPTING_TERMS", "COMPLETING_PROFILE"],
  },
  /** A passkey ceremony's challenge was issued: the page waits for the browser's answer. */
  passkeyChallengeIssued: {
    from: ["STARTED", "VERIFYING_SECOND_FACTOR", "ENROLLING_SECOND_FACTOR"],
    to: [],
  },
  /** An authenticator app code, a passkey or a recovery code passed. */
  secondFactorVerified: {
    from: ["VERIFYING_SECOND_FACTOR"],
    to: ["COMPLETED", "ACCEPTING_TERMS", "COMPLETING_PROFILE"],
  },
  /** The secret of an authenticator app being set up was chosen: the page shows its QR code. */
  totpEnrolmentStarted: { from: ["ENROLLING_SECOND_FACTOR"], to: [] },
  /** A first second factor was set up: its recovery codes come next. */
  secondFactorEnrolled: { from: ["ENROLLING_SECOND_FACTOR"], to: ["SAVING_RECOVERY_CODES"] },
  /** Optional policy, at sign-up: "Not now". */
  secondFactorSkipped: {
    from: ["ENROLLING_SECOND_FACTOR"],
    to: ["COMPLETED", "ACCEPTING_TERMS", "COMPLETING_PROFILE"],
  },
  recoveryCodesSaved: {
    from: ["SAVING_RECOVERY_CODES"],
    to: ["COMPLETED", "ACCEPTING_TERMS", "COMPLETING_PROFILE"],
  },
  passwordChangeStarted: {
    from: ["STARTED", "AWAITING_FEDERATION"],
    to: ["CHOOSING_PASSWORD", "BLOCKED"],
  },
  passwordChosen: {
    from: ["CHOOSING_PASSWORD"],
    to: ["COLLECTING_ATTRIBUTES", ...SIGNED_IN],
  },
  /** A returning person accepted the flow's new terms: the sign-in completes, or asks what is missing. */
  termsAccepted: { from: ["ACCEPTING_TERMS"], to: ["COMPLETED", "COMPLETING_PROFILE"] },
  /** A returning person answered the required questions they never had: the sign-in completes. */
  profileCompleted: { from: ["COMPLETING_PROFILE"], to: ["COMPLETED"] },
  /** The account is created (and may wait for approval), or the journey ends on a block page or back at sign-in. */
  attributesSubmitted: {
    from: ["COLLECTING_ATTRIBUTES"],
    to: ["COMPLETED", "BLOCKED", "STARTED", "AWAITING_APPROVAL", "ENROLLING_SECOND_FACTOR"],
  },
  federationStarted: {
    from: ["STARTED", "AWAITING_FEDERATION"],
    to: ["AWAITING_FEDERATION", "STARTED"],
  },
  /** A SAML response was verified at the ACS; the browser that started the journey picks it up next. */
  samlResponseReceived: {
    from: ["AWAITING_FEDERATION"],
    to: ["AWAITING_FEDERATION", "STARTED"],
  },
  federationReturned: {
    from: ["AWAITING_FEDERATION"],
    to: [
      "COMPLETED",
      "BLOCKED",
      "AWAITING_OTP",
      "COLLECTING_ATTRIBUTES",
      "STARTED",
      "AWAITING_APPROVAL",
      "ACCEPTING_TERMS",
      "COMPLETING_PROFILE",
      "VERIFYING_SECOND_FACTOR",
      "ENROLLING_SECOND_FACTOR",
    ],
  },
  consentDecided: { from: ["AWAITING_CONSENT"], to: ["COMPLETED"] },
  /** "Create one", "Sign in instead", "Use another email". */
  switched: {
    from: [
      "STARTED",
      "AWAITING_OTP",
      "AWAITING_FEDERATION",
      "CHOOSING_PASSWORD",
      "BLOCKED",
      "AWAITING_APPROVAL",
      "ACCEPTING_TERMS",
      "COMPLETING_PROFILE",
      "VERIFYING_SECOND_FACTOR",
      "ENROLLING_SECOND_FACTOR",
    ],
    to: ["STARTED"],
  },
  cancelled: {
    from: [
      "STARTED",
      "AWAITING_OTP",
      "AWAITING_FEDERATION",
      "CHOOSING_PASSWORD",
      "COLLECTING_ATTRIBUTES",
      "AWAITING_CONSENT",
      "BLOCKED",
      "AWAITING_APPROVAL",
      "ACCEPTING_TERMS",
      "COMPLETING_PROFILE",
      "VERIFYING_SECOND_FACTOR",
      "ENROLLING_SECOND_FACTOR",
      "SAVING_RECOVERY_CODES",
    ],
    to: ["COMPLETED"],
  },
} as const satisfies Record<string, { from: JourneyState[]; to: JourneyState[] }>;

export type JourneyEvent = keyof typeof JOURNEY_TRANSITIONS;

export function eventAllowedIn(event: JourneyEvent, state: JourneyState): boolean {
  return (JOURNEY_TRANSITIONS[event].from as readonly JourneyState[]).includes(state);
}

/** Whether `event`, happening in state `from`, may leave the journey in state `to`. */
export function transitionAllowed(event: JourneyEvent, from: JourneyState, to: JourneyState) {
  return (
    eventAllowedIn(event, from) &&
    (from === to || (JOURNEY_TRANSITIONS[event].to as readonly JourneyState[]).includes(to))
  );
}
