/**
 * The hosted pages' and guest emails' texts in English: the reference every
 * other language translates, key for key (a missing key fails type checking).
 * ICU MessageFormat: {name} is a value, plural/select choose by it, and
 * <tag>…</tag> marks text a page renders in its own way (an email address).
 */
export const en = {
  common: {
    cancel: "Cancel",
    continue: "Continue",
    verify: "Verify",
    confirm: "Confirm",
    signIn: "Sign in",
    theApplication: "the application",
    yourAccount: "your account",
    problemTitle: "There is a problem",
    errorPrefix: "Error:",
    optional: "(optional)",
    choose: "Choose…",
    opensInNewTab: "(opens in a new tab)",
    email: "Email address",
    password: "Password",
    code: "Code",
  },
  language: {
    label: "Language",
    change: "Change language",
  },
  page: {
    expiredTitle: "This page has expired",
    expiredBody:
      "The sign-in you started is over. Nothing was lost: go back to the application and sign in again.",
    doneTitle: "All done",
    doneBody: "You can go back to {app}.",
    metadataExpired: "Page expired",
  },
  titles: {
    signIn: "Sign in",
    signUp: "Create your account",
    code: "Check your email",
    attributes: "About you",
    choosePassword: "Choose a password",
    chooseNewPassword: "Choose a new password",
    consent: "Allow access?",
    blocked: "We cannot continue",
    terms: "Updated terms",
    profile: "A few more details",
    approval: "Your request is with {tenant}",
    secondFactor: "Second step",
    enrolSecondFactor: "Set up a second step",
    recoveryCodes: "Save your recovery codes",
  },
  emailStep: {
    signUpIntro: "Create your account for {app}.",
    signInIntro: "Sign in to continue to {app}.",
    invitationOnly:
      "{app} is by invitation only. If you were invited, open the link in your invitation email. If you already have an account, sign in.",
    signUpClosed:
      "{app} does not accept new sign-ups at the moment. If you already have an account, sign in.",
    noWayIn: "{app} has no way to sign in set up yet. Contact the organisation that runs it.",
    codeHint: "We will email you a 6-digit code to check it is yours.",
    invitedCodeHint:
      "Your invitation was sent to this address. We will email you a 6-digit code there to check it is yours.",
    homeRealmHint: "If your organisation has its own sign-in here, we will take you to it.",
    homeRealmInsteadHint:
      "If your organisation has its own sign-in here, we will take you to it instead.",
    sendCode: "Send code",
    next: "Next",
    forgotPassword: "Forgot your password?",
    changePassword: "Change password",
    codeInstead: "Email me a code instead",
    passkey: "Sign in with a passkey",
    orContinueWith: "Or continue with",
    continueWith: "Continue with",
    haveAccount: "Already have an account?",
    noAccount: "No account?",
    createOne: "Create one",
  },
  codeStep: {
    sentTo: "We sent a code to <email>{address}</email>. It expires in {minutes} minutes.",
    label: "Verification code",
    hint: "The 6 digits from the email.",
    resend: "Send a new code",
    wrongAddress: "Wrong address?",
    useAnotherEmail: "Use another email",
  },
  attributesStep: {
    signingUpAs: "Signing up as <email>{address}</email>.",
    profileIntro: "{tenant} asks for something new since you signed up. Answer to continue.",
  },
  passwordStep: {
    forAccount: "Choose a password for <email>{address}</email>.",
    newForAccount: "Choose a new password for <email>{address}</email>.",
    newPassword: "New password",
    hint: "At least 8 characters; 15 or more is better. A few unrelated words are easy to remember. No special characters needed.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> would like to:",
    theApplication: "This application",
    openid: "Sign you in",
    profile: "See your name",
    email: "See your email address",
    offline_access: "Stay signed in when you are not using it",
    otherScope: 'Use "{scope}"',
    allow: "Allow",
    deny: "Do not allow",
  },
  approvalStep: {
    reviews: "{tenant} reviews new accounts for {app} before they can sign in.",
    willEmail:
      "We will email you at <email>{address}</email> as soon as your request is decided. You can close this page.",
    returnTo: "Return to {app}",
  },
  termsStep: {
    updated: "{tenant} updated the terms of {app}. Read them and accept them to continue.",
    acceptAndContinue: "Accept and continue",
    legend: "Terms",
    version: "version {version}",
    accept: "I have read and accept {count, plural, one {these terms} other {all of these terms}}.",
  },
  stopStep: {
    cannotContinue: "We cannot continue with this sign-in.",
    useAnotherEmail: "Use another email",
  },
  secondFactorStep: {
    intro: "Your account has a second step to keep it safe.",
    usePasskeyOrApp: "Use your passkey, or enter the code from your authenticator app.",
    usePasskeyOrRecovery: "Use your passkey, or enter one of your recovery codes.",
    enterAppCode: "Enter the code from your authenticator app.",
    usePasskey: "Use your passkey",
    appOrRecoveryHint:
      "The 6 digits your authenticator app shows, or a recovery code (like abcd-efgh-jkmn).",
    recoveryHint: "One of the recovery codes you saved (like abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} suggests a second step for signing in, so that your email alone is not enough to get into your account.",
    requiredIntro: "{tenant} asks for a second step when you sign in. Set one up to continue.",
    appHeading: "Authenticator app",
    appStep1:
      "Open an authenticator app (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Scan this QR code, or enter the key below.",
    appStep3: "Type the 6-digit code the app shows.",
    appCodeLabel: "Code from the app",
    appCodeHint: "The 6 digits it shows now.",
    usePasskey: "Use a passkey",
    useApp: "Use an authenticator app",
    notNow: "Not now",
    qrLabel: "QR code for your authenticator app",
    key: "Key:",
  },
  recoveryCodesStep: {
    intro:
      "If you lose your phone or passkey, each of these codes lets you in once instead. Keep them somewhere safe, such as a password manager. They are not shown again.",
    listLabel: "Recovery codes",
    saved: "I have saved these codes",
  },
  passkey: {
    unsupported: "This browser cannot use passkeys here. Use another way below.",
    needsJavaScript: "Passkeys need JavaScript. Turn it on to use one, or use another way.",
    notUsed: "The passkey was not used. Try again, or use another way.",
    failed: "The passkey did not work here. Try again, or use another way.",
  },
  samlPost: {
    pageTitle: "Continue to your organisation",
    title: "Continue to {provider}",
    body: "You will sign in with your organisation’s account there, then come back here.",
  },
  messages: {
    optionUnavailable: "This sign-in option is not available here.",
    optionGone: "That sign-in option is no longer available.",
    invitationFor: "This invitation is for {email}. To use another address, sign in instead.",
    noEmailSignIn: "This address cannot sign in here by email. Choose one of the options below.",
    domainNotAllowed: "Sign-up is not available for this email domain. Use another address.",
    newCodeSent: "We sent you a new code.",
    enterEmailCode: "Enter the 6-digit code from the email.",
    codeWrong:
      "That code is not right. You have {attemptsLeft, plural, one {# more try} other {# more tries}}.",
    codeExpired: "That code has expired or was already used. Ask for a new code.",
    tooManyWrongCodes: "Too many wrong codes. Ask for a new code.",
    codeCooldown: "A code was sent moments ago. You can ask for another in {seconds} seconds.",
    tooManyCodes: "Too many codes were requested. Wait 15 minutes, then try again.",
    noAccountYet: "There is no account for {email} yet. Create one to continue.",
    accountExists: "There is already an account for {email}. Sign in to continue.",
    wrongCredentials:
      "That email address and password do not match an account. Try again, or reset your password.",
    resetAdvice: "You can also use “Forgot your password?” to sign in with a code by email.",
    homeRealm: "People at {domain} sign in with {provider}. Choose {provider} below.",
    homeRealmNotOffered:
      "People at {domain} sign in with {provider}, which this application does not offer. Contact the organisation that runs it.",
    refusedInvitationOnly:
      "There is no account for {email}, and this application is by invitation only. If you were invited, use the address the invitation was sent to, or ask for a new invitation.",
    refusedDomain: "Sign-up is not available for {email}'s email domain. Use another address.",
    refusedClosed:
      "There is no account for {email}, and this application does not accept new sign-ups for it.",
    refusedAccountPage:
      "There is no account for {email}. To create one, sign up from the application you want to use.",
    invitationWithdrawn:
      "Your invitation was withdrawn or has expired, so the account was not created. Ask the person who invited you for a new invitation.",
    accountBlocked:
      "Your account is blocked. Contact the organisation that invited you to use this application.",
    accountDeclined:
      "Your request for an account was declined. Contact the organisation that runs this application if you think this is a mistake.",
    signUpFailedAnswersKept:
      "We could not complete your sign-up just now. Your answers are kept: please try again in a moment.",
    signUpFailed: "We could not complete your sign-up just now. Please try again in a moment.",
    termsNotAccepted: "Tick the box to accept the terms, or cancel.",
    termsChanged:
      "The terms were updated while you were reading them. Read the new version, then accept it.",
    termsRequired: "Accept the terms to create your account.",
    secondFactorWrong:
      "That code is not right. Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
    secondFactorCodeUsed:
      "That code was already used. Wait for the next one in your authenticator app.",
    passkeyCheckFailed: "That passkey could not be checked. Try again, or use another way.",
    passkeyUnknown:
      "That passkey was not recognised here. Sign in another way, then add a passkey on your account page.",
    enrolCodeWrong:
      "That code is not right. Enter the 6-digit code your authenticator app shows now.",
    passkeyEnrolFailed: "The passkey could not be set up. Try again, or use an authenticator app.",
    federationMismatch: "That sign-in could not be matched to this page. Please try again.",
    federationCancelled: "Signing in with {provider} was cancelled. Choose a way to continue.",
    federationFailed:
      "Signing in with {provider} did not work. Try again, or choose another way to continue.",
    providerUnreachable:
      "{provider} cannot be reached right now. Try again in a moment, or choose another way to continue.",
    linkWithCode:
      "You already have an account with {email}. Enter the code we sent there to use {provider} with it too.",
    confirmWithCode: "Enter the code we sent to {email} to confirm it is yours.",
    upstreamNoEmail:
      "{provider} did not share an email address, which this application needs. Choose another way to sign up.",
    federatedDomainRefused: "Sign-up is not available for your email domain.",
    federatedInvitationOnly:
      "There is no account for this {provider} identity, and this application is by invitation only.",
    federatedClosed:
      "There is no account for this {provider} identity, and this application does not accept new sign-ups.",
  },
  limits: {
    wrongCodesPerAddress: "Too many wrong codes were entered for this address.",
    failedSignIns: "Too many failed sign-ins.",
    failedSignInsFromNetwork: "Too many failed sign-ins from your network.",
    wrongSecondFactors: "Too many wrong codes were entered for this account.",
    signUpsFromNetwork: "Too many accounts were created from your network today.",
    retryIn:
      "Try again in {unit, select, seconds {{count, plural, one {# second} other {# seconds}}} minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# hour} other {# hours}}}}.",
  },
  validation: {
    required: "Enter {lowerLabel}.",
    tick: 'Tick "{label}" to continue.',
    fromList: "Choose {lowerLabel} from the list.",
    wholeNumber: "{label} must be a whole number.",
    tooLarge: "{label} is too large.",
    atLeast: "{label} must be at least {min}.",
    atMost: "{label} must be at most {max}.",
    date: "Enter {lowerLabel} as a date (YYYY-MM-DD).",
    controlCharacters: "{label} cannot contain control characters.",
    maxLength: "{label} must be at most {max} characters.",
    minLength: "{label} must be at least {min} characters.",
    format: "{label} is not in the expected format.",
    passwordTooShort: "Use at least {min} characters; 15 or more is better.",
    passwordTooLong: "Use at most {max} characters.",
    passwordCommon:
      "This password is one of the most common ones, so it is easy to guess. Choose another.",
    passwordIsEmail: "Do not use your email address as your password.",
    emailInvalid: "Enter an email address like name@example.com.",
    emailTooLong: "This email address is too long.",
  },
  attributes: {
    displayName: "Display name",
    givenName: "Given name",
    surname: "Surname",
    jobTitle: "Job title",
    streetAddress: "Street address",
    city: "City",
    state: "State/province",
    postalCode: "Postal code",
    country: "Country/region",
  },
  codeEmail: {
    subject: "Your {tenant} verification code",
    codeIs: "Your verification code is",
    enterIt:
      "Enter it on the {tenant} page to continue. It expires in {minutes} minutes and works once.",
    ignore: "If you did not ask for it, you can ignore this email.",
  },
} as const;
