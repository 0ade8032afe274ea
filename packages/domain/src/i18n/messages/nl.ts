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
    botCheckNeeded:
      "We moeten controleren dat je geen robot bent. Wacht een paar seconden en verstuur opnieuw.",
    botCheckFailed: "We konden niet bevestigen dat je geen robot bent. Probeer het opnieuw.",
    botCheckLabel: "Controle dat je geen robot bent",
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
    botFallbackFromNetwork: "Te veel pogingen zonder robotcontrole vanaf je netwerk.",
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
  account: {
    navLabel: "Je account",
    signedInAs: "Ingelogd als <email>{address}</email>",
    signOut: "Uitloggen",
    detailsTitle: "Je gegevens",
    securityTitle: "Inloggen en beveiliging",
    dataTitle: "Je data",
    emailTitle: "Je e-mailadres wijzigen",
    emailHeading: "E-mailadres",
    changeEmail: "Je e-mailadres wijzigen",
    setBy: "Vastgelegd door {tenant}",
    setByHint: "Deze kun je hier niet wijzigen. Vraag het {tenant} als er iets niet klopt.",
    aboutYou: "Over jou",
    nothingToChange: "Er valt hier verder niets te wijzigen.",
    notGiven: "Niet ingevuld",
    yes: "Ja",
    no: "Nee",
    saveChanges: "Wijzigingen opslaan",
    passwordHeading: "Wachtwoord",
    changePassword: "Je wachtwoord wijzigen",
    addPassword: "Een wachtwoord toevoegen",
    currentPassword: "Huidig wachtwoord",
    newPassword: "Nieuw wachtwoord",
    password: "Wachtwoord",
    passwordHint: "Minstens 8 tekens; 15 of meer is beter. Geen veelgebruikt wachtwoord.",
    removePassword: "Je wachtwoord verwijderen",
    onlyPassword:
      "Je wachtwoord is je enige manier om in te loggen, dus het kan niet worden verwijderd.",
    waysHeading: "Hoe je inlogt",
    yourEmail: "Je e-mailadres",
    linkedOn: "Gekoppeld op {date}",
    unlink: "{provider} ontkoppelen",
    onlyWay: "Je enige manier om in te loggen",
    secondStepHeading: "Tweede stap",
    secondStepIntro:
      "Een passkey of een authenticator-app, gevraagd na je e-mailcode, wachtwoord of het inloggen via je organisatie, zodat die alleen niet genoeg zijn om in je account te komen.",
    synced: "(gesynchroniseerd)",
    addedOn: "Toegevoegd op {date}",
    lastUsed: "laatst gebruikt {when}",
    removeFactor: "{name} van {date} verwijderen",
    noSecondStep: "Je hebt geen tweede stap ingesteld.",
    recoveryCodesLeft:
      "{count, plural, one {Je hebt nog # herstelcode.} other {Je hebt nog # herstelcodes.}}",
    addPasskey: "Een passkey toevoegen",
    passkeyAdded: "De passkey is toegevoegd.",
    addApp: "Een authenticator-app toevoegen",
    addTheApp: "De authenticator-app toevoegen",
    appAdded: "De authenticator-app is toegevoegd.",
    scanOrType: "Scan deze QR-code met een authenticator-app, of voer de sleutel met de hand in.",
    renewCodes: "Nieuwe herstelcodes maken",
    oldCodesGone: "Je oude herstelcodes werken niet meer.",
    newCodesIntro:
      "Je herstelcodes: met elk ervan kom je één keer binnen als je je tweede stap kwijt bent. Bewaar ze op een veilige plek; ze worden niet opnieuw getoond.",
    appsHeading: "Applicaties die je toegang hebt gegeven",
    noApps: "Je hebt geen enkele applicatie toegang tot je account gegeven.",
    allowedOn: "Toegestaan op {date}: {scopes}",
    removeAccess: "Toegang van {app} intrekken",
    sessionsHeading: "Waar je bent ingelogd",
    sessionsCount:
      "{count, plural, one {Je bent in één browser ingelogd: deze.} other {Je bent in # browsers ingelogd, deze meegerekend.}}",
    signOutEverywhereHint:
      "Overal uitloggen beëindigt ze allemaal, en elke applicatie vraagt je opnieuw in te loggen.",
    signedInAt: "Ingelogd {when}",
    signedIn: "Ingelogd",
    thisBrowser: "(deze browser)",
    usedWith: "Gebruikt met {apps}",
    usedWithAccountOnly: "Alleen gebruikt met deze accountpagina",
    signOutEverywhere: "Overal uitloggen",
    confirmNewAddress: "Bevestig je nieuwe adres",
    confirmTheNewAddress: "Het nieuwe adres bevestigen",
    newAddressCodeHint:
      "De code van 6 cijfers die we naar {email} hebben gestuurd. Die verloopt over 10 minuten.",
    useAnotherAddress: "Een ander adres gebruiken",
    yourNewAddress: "Je nieuwe adres",
    newAddressIntro:
      "We sturen een code naar het nieuwe adres. Je adres blijft {email} tot je die invoert, en we laten dat adres weten dat het is gewijzigd.",
    sendACode: "Een code sturen",
    newEmail: "Nieuw e-mailadres",
    backToDetails: "Terug naar je gegevens",
    downloadHeading: "Je data downloaden",
    downloadIntro:
      "Eén bestand (JSON) met alles wat {tenant} over je bewaart: je gegevens, hoe je inlogt, de applicaties die je toegang hebt gegeven, de voorwaarden die je hebt geaccepteerd en je inloggeschiedenis.",
    download: "Je data downloaden",
    deleteHeading: "Je account verwijderen",
    deleteIntro:
      "Hiermee verwijder je je account en alles wat {tenant} over je bewaart, en word je bij elke applicatie uitgelogd. Dit kan niet ongedaan worden gemaakt. Om zeker te weten dat jij het bent, sturen we eerst een code naar {email}.",
    deleteMine: "Mijn account verwijderen",
    deletionCodeHint:
      "De code van 6 cijfers die we je hebben gestuurd. Die verloopt over 10 minuten.",
    sendDeletionCode: "Stuur me een code om mijn account te verwijderen",
    signedOutTitle: "Uitgelogd",
    deletedTitle: "Account verwijderd",
    signedOut: "Je bent uitgelogd van je account.",
    deleted: "Je account is verwijderd. Alles wat we over je bewaarden, is weg.",
    signedOutEverywhere:
      "Je bent overal uitgelogd. Elke applicatie vraagt je opnieuw in te loggen.",
    notSignedIn:
      "Je bent niet ingelogd. Het inloggen is geannuleerd, verlopen of in een andere browser begonnen.",
    signInAgain: "Inloggen op je account",
  },
  accountNotices: {
    "profile-saved": "Je gegevens zijn opgeslagen.",
    "password-added":
      "Je wachtwoord is toegevoegd. Je kunt er nu mee inloggen. Alle andere browsers zijn uitgelogd.",
    "password-changed": "Je wachtwoord is gewijzigd. Alle andere browsers zijn uitgelogd.",
    "password-removed": "Je wachtwoord is verwijderd.",
    "identity-unlinked": "Die manier van inloggen is van je account ontkoppeld.",
    "second-factor-removed": "Die tweede stap is van je account verwijderd.",
    "consent-revoked":
      "De applicatie heeft geen toegang meer. Ze vraagt het je opnieuw als je haar gebruikt.",
    "email-code-sent":
      "We hebben een code naar je nieuwe adres gestuurd. Voer die hieronder in om de wijziging te bevestigen.",
    "email-changed": "Je e-mailadres is gewijzigd. Log voortaan in met het nieuwe adres.",
    "deletion-code-sent":
      "We hebben een code naar je e-mailadres gestuurd. Voer die hieronder in om je account te verwijderen.",
    "language-changed": "Je taal is gewijzigd.",
  },
  accountMessages: {
    codeWrong:
      "Die code klopt niet. Nog {attemptsLeft, plural, one {# poging} other {# pogingen}}.",
    tooManyWrongCodes: "Te veel verkeerde codes. Vraag een nieuwe code aan.",
    codeExpired: "Die code is verlopen of al gebruikt. Vraag een nieuwe code aan.",
    wrongCurrentPassword: "Dat is niet je huidige wachtwoord.",
    addressTaken: "Een ander account gebruikt dat adres al. Kies een ander.",
    sameAddress: "Dat is al je e-mailadres.",
    domainRefused: "Adressen van dat domein kunnen hier niet worden gebruikt.",
    saveFailed: "We konden je wijzigingen nu niet opslaan. Probeer het zo opnieuw.",
    passkeyNotAdded: "De passkey kon niet worden toegevoegd. Probeer het opnieuw.",
  },
  accountCodeEmail: {
    subject: "Je verificatiecode voor {tenant}",
    codeIs: "Je verificatiecode is",
    emailChange:
      "Voer hem in op je accountpagina van {tenant} om je nieuwe e-mailadres te bevestigen. Hij verloopt over {minutes} minuten en werkt één keer.",
    deletion:
      "Voer hem in op je accountpagina van {tenant} om je account te verwijderen. Hij verloopt over {minutes} minuten en werkt één keer.",
    ignore: "Heb je hier niet om gevraagd, dan kun je deze e-mail negeren.",
  },
  invitationEmail: {
    subject: "{tenant} heeft je uitgenodigd voor {app}",
    invited: "<strong>{tenant}</strong> heeft je uitgenodigd voor <strong>{app}</strong>.",
    theirMessage: "Hun bericht:",
    acceptBy: "<link>Accepteer de uitnodiging</link> vóór {date} (UTC).",
    signUpWith:
      "Meld je aan met dit adres, {email}. Verwachtte je deze uitnodiging niet, negeer deze e-mail dan.",
  },
  approvalEmail: {
    approvedSubject: "Je account voor {app} is goedgekeurd",
    approved: "{tenant} heeft je account goedgekeurd. Je kunt nu inloggen bij {app}.",
    signInLink: "Inloggen",
    declinedSubject: "Je aanvraag voor {app} is afgewezen",
    declined: "{tenant} heeft je aanvraag voor een account voor {app} afgewezen.",
    reason: "Hun reden: {reason}",
  },
  codeEmail: {
    subject: "Je verificatiecode voor {tenant}",
    codeIs: "Je verificatiecode is",
    enterIt:
      "Voer hem in op de pagina van {tenant} om verder te gaan. Hij verloopt over {minutes} minuten en werkt één keer.",
    ignore: "Heb je hier niet om gevraagd, dan kun je deze e-mail negeren.",
  },
};
