import type { Messages } from "../catalogue";

/** Dutch ("je", as most Dutch sign-in pages address people). */
export const nl: Messages = {
  common: {
    cancel: "Annuleren",
    continue: "Doorgaan",
    verify: "Controleren",
    confirm: "Bevestigen",
    signIn: "Inloggen",
    theApplication: "de applicatie",
    yourAccount: "je account",
    problemTitle: "Er is een probleem",
    errorPrefix: "Fout:",
    optional: "(optioneel)",
    choose: "Kies…",
    opensInNewTab: "(opent in een nieuw tabblad)",
    email: "E-mailadres",
    password: "Wachtwoord",
    code: "Code",
  },
  language: {
    label: "Taal",
    change: "Taal wijzigen",
  },
  page: {
    expiredTitle: "Deze pagina is verlopen",
    expiredBody:
      "De inlogpoging die je begon is afgelopen. Er is niets verloren: ga terug naar de applicatie en log opnieuw in.",
    doneTitle: "Klaar",
    doneBody: "Je kunt teruggaan naar {app}.",
    metadataExpired: "Pagina verlopen",
  },
  titles: {
    signIn: "Inloggen",
    signUp: "Maak je account aan",
    code: "Bekijk je e-mail",
    attributes: "Over jou",
    choosePassword: "Kies een wachtwoord",
    chooseNewPassword: "Kies een nieuw wachtwoord",
    consent: "Toegang geven?",
    blocked: "We kunnen niet verder",
    terms: "Bijgewerkte voorwaarden",
    profile: "Nog een paar gegevens",
    approval: "Je aanvraag ligt bij {tenant}",
    secondFactor: "Tweede stap",
    enrolSecondFactor: "Stel een tweede stap in",
    recoveryCodes: "Bewaar je herstelcodes",
  },
  emailStep: {
    signUpIntro: "Maak je account aan voor {app}.",
    signInIntro: "Log in om verder te gaan naar {app}.",
    invitationOnly:
      "{app} is alleen op uitnodiging. Ben je uitgenodigd, open dan de link in je uitnodigingsmail. Heb je al een account, log dan in.",
    signUpClosed:
      "{app} neemt op dit moment geen nieuwe aanmeldingen aan. Heb je al een account, log dan in.",
    noWayIn:
      "Voor {app} is nog geen manier om in te loggen ingesteld. Neem contact op met de organisatie die de applicatie beheert.",
    codeHint: "We mailen je een code van 6 cijfers om te controleren dat het adres van jou is.",
    invitedCodeHint:
      "Je uitnodiging is naar dit adres gestuurd. We mailen je daar een code van 6 cijfers om te controleren dat het van jou is.",
    homeRealmHint:
      "Heeft je organisatie hier een eigen manier van inloggen, dan sturen we je daarheen.",
    homeRealmInsteadHint:
      "Heeft je organisatie hier een eigen manier van inloggen, dan sturen we je in plaats daarvan daarheen.",
    sendCode: "Code versturen",
    next: "Volgende",
    forgotPassword: "Wachtwoord vergeten?",
    changePassword: "Wachtwoord wijzigen",
    codeInstead: "Mail me liever een code",
    passkey: "Inloggen met een passkey",
    orContinueWith: "Of ga verder met",
    continueWith: "Ga verder met",
    haveAccount: "Heb je al een account?",
    noAccount: "Nog geen account?",
    createOne: "Maak er een aan",
  },
  codeStep: {
    sentTo:
      "We hebben een code gestuurd naar <email>{address}</email>. Die verloopt over {minutes} minuten.",
    label: "Verificatiecode",
    hint: "De 6 cijfers uit de e-mail.",
    resend: "Nieuwe code versturen",
    wrongAddress: "Verkeerd adres?",
    useAnotherEmail: "Ander e-mailadres gebruiken",
  },
  attributesStep: {
    signingUpAs: "Je meldt je aan als <email>{address}</email>.",
    profileIntro:
      "{tenant} vraagt iets nieuws sinds je je hebt aangemeld. Beantwoord het om verder te gaan.",
  },
  passwordStep: {
    forAccount: "Kies een wachtwoord voor <email>{address}</email>.",
    newForAccount: "Kies een nieuw wachtwoord voor <email>{address}</email>.",
    newPassword: "Nieuw wachtwoord",
    hint: "Minstens 8 tekens; 15 of meer is beter. Een paar losse woorden zijn makkelijk te onthouden. Speciale tekens zijn niet nodig.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> wil graag:",
    theApplication: "Deze applicatie",
    openid: "Je laten inloggen",
    profile: "Je naam zien",
    email: "Je e-mailadres zien",
    offline_access: "Ingelogd blijven als je de applicatie niet gebruikt",
    otherScope: "„{scope}” gebruiken",
    allow: "Toestaan",
    deny: "Niet toestaan",
  },
  approvalStep: {
    reviews: "{tenant} beoordeelt nieuwe accounts voor {app} voordat ze kunnen inloggen.",
    willEmail:
      "We mailen je op <email>{address}</email> zodra er over je aanvraag is beslist. Je kunt deze pagina sluiten.",
    returnTo: "Terug naar {app}",
  },
  termsStep: {
    updated:
      "{tenant} heeft de voorwaarden van {app} bijgewerkt. Lees en accepteer ze om verder te gaan.",
    acceptAndContinue: "Accepteren en doorgaan",
    legend: "Voorwaarden",
    version: "versie {version}",
    accept:
      "Ik heb {count, plural, one {deze voorwaarden} other {al deze voorwaarden}} gelezen en ga ermee akkoord.",
  },
  stopStep: {
    cannotContinue: "We kunnen niet verder met deze inlogpoging.",
    useAnotherEmail: "Ander e-mailadres gebruiken",
  },
  secondFactorStep: {
    intro: "Je account heeft een tweede stap om het veilig te houden.",
    usePasskeyOrApp: "Gebruik je passkey of voer de code uit je authenticator-app in.",
    usePasskeyOrRecovery: "Gebruik je passkey of voer een van je herstelcodes in.",
    enterAppCode: "Voer de code uit je authenticator-app in.",
    usePasskey: "Je passkey gebruiken",
    appOrRecoveryHint:
      "De 6 cijfers die je authenticator-app toont, of een herstelcode (zoals abcd-efgh-jkmn).",
    recoveryHint: "Een van de herstelcodes die je hebt bewaard (zoals abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} raadt een tweede stap bij het inloggen aan, zodat je e-mailadres alleen niet genoeg is om in je account te komen.",
    requiredIntro:
      "{tenant} vraagt om een tweede stap bij het inloggen. Stel er een in om verder te gaan.",
    appHeading: "Authenticator-app",
    appStep1:
      "Open een authenticator-app (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Scan deze QR-code of voer de sleutel hieronder in.",
    appStep3: "Typ de code van 6 cijfers die de app toont.",
    appCodeLabel: "Code uit de app",
    appCodeHint: "De 6 cijfers die de app nu toont.",
    usePasskey: "Een passkey gebruiken",
    useApp: "Een authenticator-app gebruiken",
    notNow: "Niet nu",
    qrLabel: "QR-code voor je authenticator-app",
    key: "Sleutel:",
  },
  recoveryCodesStep: {
    intro:
      "Ben je je telefoon of passkey kwijt, dan kom je met elk van deze codes één keer binnen. Bewaar ze op een veilige plek, zoals een wachtwoordmanager. Ze worden niet opnieuw getoond.",
    listLabel: "Herstelcodes",
    saved: "Ik heb deze codes bewaard",
  },
  passkey: {
    unsupported: "Deze browser kan hier geen passkeys gebruiken. Kies hieronder een andere manier.",
    needsJavaScript:
      "Passkeys hebben JavaScript nodig. Zet het aan om er een te gebruiken, of kies een andere manier.",
    notUsed: "De passkey is niet gebruikt. Probeer het opnieuw of kies een andere manier.",
    failed: "De passkey werkte hier niet. Probeer het opnieuw of kies een andere manier.",
  },
  samlPost: {
    pageTitle: "Verder naar je organisatie",
    title: "Verder naar {provider}",
    body: "Je logt daar in met het account van je organisatie en komt dan hier terug.",
  },
  messages: {
    optionUnavailable: "Deze manier van inloggen is hier niet beschikbaar.",
    optionGone: "Die manier van inloggen is niet meer beschikbaar.",
    invitationFor:
      "Deze uitnodiging is voor {email}. Wil je een ander adres gebruiken, log dan in plaats daarvan in.",
    noEmailSignIn:
      "Met dit adres kun je hier niet per e-mail inloggen. Kies een van de opties hieronder.",
    domainNotAllowed: "Aanmelden is niet mogelijk voor dit e-maildomein. Gebruik een ander adres.",
    newCodeSent: "We hebben je een nieuwe code gestuurd.",
    enterEmailCode: "Voer de code van 6 cijfers uit de e-mail in.",
    codeWrong:
      "Die code klopt niet. Je hebt nog {attemptsLeft, plural, one {# poging} other {# pogingen}}.",
    codeExpired: "Die code is verlopen of al gebruikt. Vraag een nieuwe code aan.",
    tooManyWrongCodes: "Te veel verkeerde codes. Vraag een nieuwe code aan.",
    codeCooldown:
      "Er is net een code verstuurd. Over {seconds} seconden kun je een nieuwe aanvragen.",
    tooManyCodes: "Er zijn te veel codes aangevraagd. Wacht 15 minuten en probeer het dan opnieuw.",
    noAccountYet: "Er is nog geen account voor {email}. Maak er een aan om verder te gaan.",
    accountExists: "Er is al een account voor {email}. Log in om verder te gaan.",
    wrongCredentials:
      "Dat e-mailadres en wachtwoord horen bij geen enkel account. Probeer het opnieuw of stel je wachtwoord opnieuw in.",
    resetAdvice:
      "Je kunt ook „Wachtwoord vergeten?” gebruiken om in te loggen met een code per e-mail.",
    homeRealm: "Mensen van {domain} loggen in met {provider}. Kies hieronder {provider}.",
    homeRealmNotOffered:
      "Mensen van {domain} loggen in met {provider}, en dat biedt deze applicatie niet aan. Neem contact op met de organisatie die haar beheert.",
    refusedInvitationOnly:
      "Er is geen account voor {email}, en deze applicatie is alleen op uitnodiging. Ben je uitgenodigd, gebruik dan het adres waarnaar de uitnodiging is gestuurd, of vraag een nieuwe uitnodiging aan.",
    refusedDomain:
      "Aanmelden is niet mogelijk voor het e-maildomein van {email}. Gebruik een ander adres.",
    refusedClosed:
      "Er is geen account voor {email}, en deze applicatie neemt daarvoor geen nieuwe aanmeldingen aan.",
    refusedAccountPage:
      "Er is geen account voor {email}. Meld je aan vanuit de applicatie die je wilt gebruiken om er een te maken.",
    invitationWithdrawn:
      "Je uitnodiging is ingetrokken of verlopen, dus het account is niet aangemaakt. Vraag de persoon die je uitnodigde om een nieuwe uitnodiging.",
    accountBlocked:
      "Je account is geblokkeerd. Neem contact op met de organisatie die je voor deze applicatie heeft uitgenodigd.",
    accountDeclined:
      "Je aanvraag voor een account is afgewezen. Neem contact op met de organisatie die deze applicatie beheert als je denkt dat dit een vergissing is.",
    signUpFailedAnswersKept:
      "We konden je aanmelding nu niet afronden. Je antwoorden zijn bewaard: probeer het zo opnieuw.",
    signUpFailed: "We konden je aanmelding nu niet afronden. Probeer het zo opnieuw.",
    termsNotAccepted: "Vink het vakje aan om de voorwaarden te accepteren, of annuleer.",
    termsChanged:
      "De voorwaarden zijn bijgewerkt terwijl je ze las. Lees de nieuwe versie en accepteer die.",
    termsRequired: "Accepteer de voorwaarden om je account aan te maken.",
    secondFactorWrong:
      "Die code klopt niet. Voer de code van 6 cijfers uit je authenticator-app in, of een van je herstelcodes.",
    secondFactorCodeUsed: "Die code is al gebruikt. Wacht op de volgende in je authenticator-app.",
    passkeyCheckFailed:
      "Die passkey kon niet worden gecontroleerd. Probeer het opnieuw of kies een andere manier.",
    passkeyUnknown:
      "Die passkey wordt hier niet herkend. Log op een andere manier in en voeg daarna een passkey toe op je accountpagina.",
    enrolCodeWrong:
      "Die code klopt niet. Voer de code van 6 cijfers in die je authenticator-app nu toont.",
    passkeyEnrolFailed:
      "De passkey kon niet worden ingesteld. Probeer het opnieuw of gebruik een authenticator-app.",
    federationMismatch: "Die inlogpoging hoort niet bij deze pagina. Probeer het opnieuw.",
    federationCancelled: "Inloggen met {provider} is geannuleerd. Kies hoe je verder wilt.",
    federationFailed:
      "Inloggen met {provider} is niet gelukt. Probeer het opnieuw of kies een andere manier om verder te gaan.",
    providerUnreachable:
      "{provider} is nu niet bereikbaar. Probeer het zo opnieuw of kies een andere manier om verder te gaan.",
    linkWithCode:
      "Je hebt al een account met {email}. Voer de code in die we daarheen hebben gestuurd om {provider} er ook mee te gebruiken.",
    confirmWithCode:
      "Voer de code in die we naar {email} hebben gestuurd om te bevestigen dat het adres van jou is.",
    upstreamNoEmail:
      "{provider} heeft geen e-mailadres gedeeld, en dat heeft deze applicatie nodig. Kies een andere manier om je aan te melden.",
    federatedDomainRefused: "Aanmelden is niet mogelijk voor jouw e-maildomein.",
    federatedInvitationOnly:
      "Er is geen account voor deze {provider}-identiteit, en deze applicatie is alleen op uitnodiging.",
    federatedClosed:
      "Er is geen account voor deze {provider}-identiteit, en deze applicatie neemt geen nieuwe aanmeldingen aan.",
  },
  limits: {
    wrongCodesPerAddress: "Er zijn te veel verkeerde codes ingevoerd voor dit adres.",
    failedSignIns: "Te veel mislukte inlogpogingen.",
    failedSignInsFromNetwork: "Te veel mislukte inlogpogingen vanaf je netwerk.",
    wrongSecondFactors: "Er zijn te veel verkeerde codes ingevoerd voor dit account.",
    signUpsFromNetwork: "Er zijn vandaag te veel accounts aangemaakt vanaf je netwerk.",
    retryIn:
      "Probeer het over {unit, select, seconds {{count, plural, one {# seconde} other {# seconden}}} minutes {{count, plural, one {# minuut} other {# minuten}}} other {{count, plural, one {# uur} other {# uur}}}} opnieuw.",
  },
  validation: {
    required: "Vul „{label}” in.",
    tick: "Vink „{label}” aan om verder te gaan.",
    fromList: "Kies „{label}” uit de lijst.",
    wholeNumber: "„{label}” moet een geheel getal zijn.",
    tooLarge: "„{label}” is te groot.",
    atLeast: "„{label}” moet minstens {min} zijn.",
    atMost: "„{label}” mag hoogstens {max} zijn.",
    date: "Vul „{label}” in als datum (JJJJ-MM-DD).",
    controlCharacters: "„{label}” mag geen stuurtekens bevatten.",
    maxLength: "„{label}” mag hoogstens {max} tekens lang zijn.",
    minLength: "„{label}” moet minstens {min} tekens lang zijn.",
    format: "„{label}” heeft niet de verwachte vorm.",
    passwordTooShort: "Gebruik minstens {min} tekens; 15 of meer is beter.",
    passwordTooLong: "Gebruik hoogstens {max} tekens.",
    passwordCommon:
      "Dit wachtwoord is een van de meest gebruikte en dus makkelijk te raden. Kies een ander.",
    passwordIsEmail: "Gebruik je e-mailadres niet als wachtwoord.",
    emailInvalid: "Voer een e-mailadres in zoals naam@voorbeeld.nl.",
    emailTooLong: "Dit e-mailadres is te lang.",
  },
  attributes: {
    displayName: "Weergavenaam",
    givenName: "Voornaam",
    surname: "Achternaam",
    jobTitle: "Functie",
    streetAddress: "Adres",
    city: "Plaats",
    state: "Provincie/regio",
    postalCode: "Postcode",
    country: "Land/regio",
  },
  codeEmail: {
    subject: "Je verificatiecode voor {tenant}",
    codeIs: "Je verificatiecode is",
    enterIt:
      "Voer hem in op de pagina van {tenant} om verder te gaan. Hij verloopt over {minutes} minuten en werkt één keer.",
    ignore: "Heb je hier niet om gevraagd, dan kun je deze e-mail negeren.",
  },
};
