import type { Messages } from "../catalogue";

/** German (formal "Sie", as German business software addresses people). */
export const de: Messages = {
  common: {
    cancel: "Abbrechen",
    continue: "Weiter",
    verify: "Bestätigen",
    confirm: "Bestätigen",
    signIn: "Anmelden",
    theApplication: "die Anwendung",
    yourAccount: "Ihr Konto",
    problemTitle: "Es gibt ein Problem",
    errorPrefix: "Fehler:",
    optional: "(optional)",
    choose: "Bitte wählen…",
    opensInNewTab: "(öffnet in einem neuen Tab)",
    email: "E-Mail-Adresse",
    password: "Passwort",
    code: "Code",
  },
  language: {
    label: "Sprache",
    change: "Sprache wechseln",
  },
  page: {
    expiredTitle: "Diese Seite ist abgelaufen",
    expiredBody:
      "Die begonnene Anmeldung ist beendet. Es ist nichts verloren: Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.",
    doneTitle: "Fertig",
    doneBody: "Sie können zu {app} zurückkehren.",
    metadataExpired: "Seite abgelaufen",
  },
  titles: {
    signIn: "Anmelden",
    signUp: "Konto erstellen",
    code: "Prüfen Sie Ihre E-Mails",
    attributes: "Über Sie",
    choosePassword: "Passwort wählen",
    chooseNewPassword: "Neues Passwort wählen",
    consent: "Zugriff erlauben?",
    blocked: "Wir können nicht fortfahren",
    terms: "Aktualisierte Bedingungen",
    profile: "Noch ein paar Angaben",
    approval: "Ihre Anfrage liegt bei {tenant}",
    secondFactor: "Zweiter Schritt",
    enrolSecondFactor: "Zweiten Schritt einrichten",
    recoveryCodes: "Wiederherstellungscodes speichern",
  },
  emailStep: {
    signUpIntro: "Erstellen Sie Ihr Konto für {app}.",
    signInIntro: "Melden Sie sich an, um zu {app} zu gelangen.",
    invitationOnly:
      "{app} ist nur auf Einladung zugänglich. Wenn Sie eingeladen wurden, öffnen Sie den Link in Ihrer Einladungs-E-Mail. Wenn Sie bereits ein Konto haben, melden Sie sich an.",
    signUpClosed:
      "{app} nimmt derzeit keine neuen Registrierungen an. Wenn Sie bereits ein Konto haben, melden Sie sich an.",
    noWayIn:
      "Für {app} ist noch keine Anmeldemöglichkeit eingerichtet. Wenden Sie sich an die Organisation, die die Anwendung betreibt.",
    codeHint:
      "Wir senden Ihnen einen 6-stelligen Code per E-Mail, um zu prüfen, dass die Adresse Ihnen gehört.",
    invitedCodeHint:
      "Ihre Einladung wurde an diese Adresse gesendet. Wir senden Ihnen dorthin einen 6-stelligen Code, um zu prüfen, dass sie Ihnen gehört.",
    homeRealmHint:
      "Wenn Ihre Organisation hier eine eigene Anmeldung hat, leiten wir Sie dorthin weiter.",
    homeRealmInsteadHint:
      "Wenn Ihre Organisation hier eine eigene Anmeldung hat, leiten wir Sie stattdessen dorthin weiter.",
    sendCode: "Code senden",
    next: "Weiter",
    forgotPassword: "Passwort vergessen?",
    changePassword: "Passwort ändern",
    codeInstead: "Stattdessen einen Code per E-Mail senden",
    passkey: "Mit einem Passkey anmelden",
    orContinueWith: "Oder weiter mit",
    continueWith: "Weiter mit",
    haveAccount: "Sie haben bereits ein Konto?",
    noAccount: "Noch kein Konto?",
    createOne: "Konto erstellen",
  },
  codeStep: {
    sentTo:
      "Wir haben einen Code an <email>{address}</email> gesendet. Er läuft in {minutes} Minuten ab.",
    label: "Bestätigungscode",
    hint: "Die 6 Ziffern aus der E-Mail.",
    resend: "Neuen Code senden",
    wrongAddress: "Falsche Adresse?",
    useAnotherEmail: "Andere E-Mail-Adresse verwenden",
  },
  attributesStep: {
    signingUpAs: "Registrierung als <email>{address}</email>.",
    profileIntro:
      "{tenant} fragt seit Ihrer Registrierung nach etwas Neuem. Antworten Sie, um fortzufahren.",
  },
  passwordStep: {
    forAccount: "Wählen Sie ein Passwort für <email>{address}</email>.",
    newForAccount: "Wählen Sie ein neues Passwort für <email>{address}</email>.",
    newPassword: "Neues Passwort",
    hint: "Mindestens 8 Zeichen; 15 oder mehr sind besser. Ein paar Wörter ohne Zusammenhang lassen sich leicht merken. Sonderzeichen sind nicht nötig.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> möchte:",
    theApplication: "Diese Anwendung",
    openid: "Sie anmelden",
    profile: "Ihren Namen sehen",
    email: "Ihre E-Mail-Adresse sehen",
    offline_access: "Angemeldet bleiben, während Sie sie nicht nutzen",
    otherScope: "„{scope}“ verwenden",
    allow: "Erlauben",
    deny: "Nicht erlauben",
  },
  approvalStep: {
    reviews: "{tenant} prüft neue Konten für {app}, bevor man sich anmelden kann.",
    willEmail:
      "Wir schreiben Ihnen an <email>{address}</email>, sobald über Ihre Anfrage entschieden ist. Sie können diese Seite schließen.",
    returnTo: "Zurück zu {app}",
  },
  termsStep: {
    updated:
      "{tenant} hat die Bedingungen von {app} aktualisiert. Lesen und akzeptieren Sie sie, um fortzufahren.",
    acceptAndContinue: "Akzeptieren und weiter",
    legend: "Bedingungen",
    version: "Version {version}",
    accept:
      "Ich habe {count, plural, one {diese Bedingungen} other {alle diese Bedingungen}} gelesen und akzeptiere sie.",
  },
  stopStep: {
    cannotContinue: "Wir können mit dieser Anmeldung nicht fortfahren.",
    useAnotherEmail: "Andere E-Mail-Adresse verwenden",
  },
  secondFactorStep: {
    intro: "Ihr Konto hat zum Schutz einen zweiten Schritt.",
    usePasskeyOrApp:
      "Verwenden Sie Ihren Passkey oder geben Sie den Code aus Ihrer Authenticator-App ein.",
    usePasskeyOrRecovery:
      "Verwenden Sie Ihren Passkey oder geben Sie einen Ihrer Wiederherstellungscodes ein.",
    enterAppCode: "Geben Sie den Code aus Ihrer Authenticator-App ein.",
    usePasskey: "Passkey verwenden",
    appOrRecoveryHint:
      "Die 6 Ziffern, die Ihre Authenticator-App anzeigt, oder ein Wiederherstellungscode (wie abcd-efgh-jkmn).",
    recoveryHint: "Einer Ihrer gespeicherten Wiederherstellungscodes (wie abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} empfiehlt einen zweiten Schritt bei der Anmeldung, damit Ihre E-Mail-Adresse allein nicht für den Zugang zu Ihrem Konto reicht.",
    requiredIntro:
      "{tenant} verlangt bei der Anmeldung einen zweiten Schritt. Richten Sie ihn ein, um fortzufahren.",
    appHeading: "Authenticator-App",
    appStep1:
      "Öffnen Sie eine Authenticator-App (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Scannen Sie diesen QR-Code oder geben Sie den Schlüssel unten ein.",
    appStep3: "Geben Sie den 6-stelligen Code ein, den die App anzeigt.",
    appCodeLabel: "Code aus der App",
    appCodeHint: "Die 6 Ziffern, die sie gerade anzeigt.",
    usePasskey: "Passkey verwenden",
    useApp: "Authenticator-App verwenden",
    notNow: "Jetzt nicht",
    qrLabel: "QR-Code für Ihre Authenticator-App",
    key: "Schlüssel:",
  },
  recoveryCodesStep: {
    intro:
      "Wenn Sie Ihr Telefon oder Ihren Passkey verlieren, lässt Sie jeder dieser Codes einmal stattdessen hinein. Bewahren Sie sie sicher auf, etwa in einem Passwort-Manager. Sie werden nicht noch einmal angezeigt.",
    listLabel: "Wiederherstellungscodes",
    saved: "Ich habe diese Codes gespeichert",
  },
  passkey: {
    unsupported:
      "Dieser Browser kann hier keine Passkeys verwenden. Nutzen Sie eine andere Möglichkeit unten.",
    needsJavaScript:
      "Passkeys benötigen JavaScript. Schalten Sie es ein, um einen zu verwenden, oder nutzen Sie eine andere Möglichkeit.",
    notUsed:
      "Der Passkey wurde nicht verwendet. Versuchen Sie es erneut oder nutzen Sie eine andere Möglichkeit.",
    failed:
      "Der Passkey hat hier nicht funktioniert. Versuchen Sie es erneut oder nutzen Sie eine andere Möglichkeit.",
  },
  samlPost: {
    pageTitle: "Weiter zu Ihrer Organisation",
    title: "Weiter zu {provider}",
    body: "Sie melden sich dort mit dem Konto Ihrer Organisation an und kommen dann hierher zurück.",
  },
  messages: {
    optionUnavailable: "Diese Anmeldemöglichkeit ist hier nicht verfügbar.",
    botCheckNeeded:
      "Wir müssen prüfen, dass Sie kein Roboter sind. Warten Sie einige Sekunden und senden Sie dann erneut.",
    botCheckFailed:
      "Wir konnten nicht bestätigen, dass Sie kein Roboter sind. Versuchen Sie es erneut.",
    botCheckLabel: "Prüfung, dass Sie kein Roboter sind",
    optionGone: "Diese Anmeldemöglichkeit ist nicht mehr verfügbar.",
    invitationFor:
      "Diese Einladung gilt für {email}. Um eine andere Adresse zu verwenden, melden Sie sich stattdessen an.",
    noEmailSignIn:
      "Mit dieser Adresse ist hier keine Anmeldung per E-Mail möglich. Wählen Sie eine der Möglichkeiten unten.",
    domainNotAllowed:
      "Für diese E-Mail-Domain ist keine Registrierung möglich. Verwenden Sie eine andere Adresse.",
    newCodeSent: "Wir haben Ihnen einen neuen Code gesendet.",
    enterEmailCode: "Geben Sie den 6-stelligen Code aus der E-Mail ein.",
    codeWrong:
      "Dieser Code ist nicht richtig. Sie haben noch {attemptsLeft, plural, one {# Versuch} other {# Versuche}}.",
    codeExpired:
      "Dieser Code ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen Code an.",
    tooManyWrongCodes: "Zu viele falsche Codes. Fordern Sie einen neuen Code an.",
    codeCooldown:
      "Gerade eben wurde ein Code gesendet. In {seconds} Sekunden können Sie einen weiteren anfordern.",
    tooManyCodes:
      "Es wurden zu viele Codes angefordert. Warten Sie 15 Minuten und versuchen Sie es dann erneut.",
    noAccountYet: "Für {email} gibt es noch kein Konto. Erstellen Sie eines, um fortzufahren.",
    accountExists: "Für {email} gibt es bereits ein Konto. Melden Sie sich an, um fortzufahren.",
    wrongCredentials:
      "E-Mail-Adresse und Passwort passen zu keinem Konto. Versuchen Sie es erneut oder setzen Sie Ihr Passwort zurück.",
    resetAdvice:
      "Über „Passwort vergessen?“ können Sie sich auch mit einem Code per E-Mail anmelden.",
    homeRealm: "Personen bei {domain} melden sich mit {provider} an. Wählen Sie unten {provider}.",
    homeRealmNotOffered:
      "Personen bei {domain} melden sich mit {provider} an, das diese Anwendung nicht anbietet. Wenden Sie sich an die Organisation, die sie betreibt.",
    refusedInvitationOnly:
      "Für {email} gibt es kein Konto, und diese Anwendung ist nur auf Einladung zugänglich. Wenn Sie eingeladen wurden, verwenden Sie die Adresse, an die die Einladung ging, oder bitten Sie um eine neue Einladung.",
    refusedDomain:
      "Für die E-Mail-Domain von {email} ist keine Registrierung möglich. Verwenden Sie eine andere Adresse.",
    refusedClosed:
      "Für {email} gibt es kein Konto, und diese Anwendung nimmt dafür keine neuen Registrierungen an.",
    refusedAccountPage:
      "Für {email} gibt es kein Konto. Um eines zu erstellen, registrieren Sie sich in der Anwendung, die Sie nutzen möchten.",
    invitationWithdrawn:
      "Ihre Einladung wurde zurückgezogen oder ist abgelaufen, daher wurde das Konto nicht erstellt. Bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.",
    accountBlocked:
      "Ihr Konto ist gesperrt. Wenden Sie sich an die Organisation, die Sie zu dieser Anwendung eingeladen hat.",
    accountDeclined:
      "Ihre Anfrage nach einem Konto wurde abgelehnt. Wenden Sie sich an die Organisation, die diese Anwendung betreibt, wenn Sie das für einen Irrtum halten.",
    signUpFailedAnswersKept:
      "Ihre Registrierung konnte gerade nicht abgeschlossen werden. Ihre Antworten bleiben erhalten: Bitte versuchen Sie es gleich noch einmal.",
    signUpFailed:
      "Ihre Registrierung konnte gerade nicht abgeschlossen werden. Bitte versuchen Sie es gleich noch einmal.",
    termsNotAccepted:
      "Setzen Sie das Häkchen, um die Bedingungen zu akzeptieren, oder brechen Sie ab.",
    termsChanged:
      "Die Bedingungen wurden geändert, während Sie sie gelesen haben. Lesen Sie die neue Version und akzeptieren Sie sie dann.",
    termsRequired: "Akzeptieren Sie die Bedingungen, um Ihr Konto zu erstellen.",
    secondFactorWrong:
      "Dieser Code ist nicht richtig. Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.",
    secondFactorCodeUsed:
      "Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten in Ihrer Authenticator-App.",
    passkeyCheckFailed:
      "Dieser Passkey konnte nicht geprüft werden. Versuchen Sie es erneut oder nutzen Sie eine andere Möglichkeit.",
    passkeyUnknown:
      "Dieser Passkey ist hier nicht bekannt. Melden Sie sich anders an und fügen Sie dann auf Ihrer Kontoseite einen Passkey hinzu.",
    enrolCodeWrong:
      "Dieser Code ist nicht richtig. Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt.",
    passkeyEnrolFailed:
      "Der Passkey konnte nicht eingerichtet werden. Versuchen Sie es erneut oder verwenden Sie eine Authenticator-App.",
    federationMismatch:
      "Diese Anmeldung konnte dieser Seite nicht zugeordnet werden. Bitte versuchen Sie es erneut.",
    federationCancelled:
      "Die Anmeldung mit {provider} wurde abgebrochen. Wählen Sie, wie Sie fortfahren möchten.",
    federationFailed:
      "Die Anmeldung mit {provider} hat nicht funktioniert. Versuchen Sie es erneut oder wählen Sie eine andere Möglichkeit.",
    providerUnreachable:
      "{provider} ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal oder wählen Sie eine andere Möglichkeit.",
    linkWithCode:
      "Sie haben bereits ein Konto mit {email}. Geben Sie den Code ein, den wir dorthin gesendet haben, um {provider} auch damit zu verwenden.",
    confirmWithCode:
      "Geben Sie den Code ein, den wir an {email} gesendet haben, um zu bestätigen, dass die Adresse Ihnen gehört.",
    upstreamNoEmail:
      "{provider} hat keine E-Mail-Adresse übermittelt, die diese Anwendung aber benötigt. Wählen Sie eine andere Art der Registrierung.",
    federatedDomainRefused: "Für Ihre E-Mail-Domain ist keine Registrierung möglich.",
    federatedInvitationOnly:
      "Für diese {provider}-Identität gibt es kein Konto, und diese Anwendung ist nur auf Einladung zugänglich.",
    federatedClosed:
      "Für diese {provider}-Identität gibt es kein Konto, und diese Anwendung nimmt keine neuen Registrierungen an.",
  },
  limits: {
    wrongCodesPerAddress: "Für diese Adresse wurden zu viele falsche Codes eingegeben.",
    failedSignIns: "Zu viele fehlgeschlagene Anmeldungen.",
    failedSignInsFromNetwork: "Zu viele fehlgeschlagene Anmeldungen aus Ihrem Netzwerk.",
    wrongSecondFactors: "Für dieses Konto wurden zu viele falsche Codes eingegeben.",
    signUpsFromNetwork: "Aus Ihrem Netzwerk wurden heute zu viele Konten erstellt.",
    botFallbackFromNetwork: "Zu viele Versuche ohne Roboterprüfung aus Ihrem Netzwerk.",
    retryIn:
      "Versuchen Sie es in {unit, select, seconds {{count, plural, one {# Sekunde} other {# Sekunden}}} minutes {{count, plural, one {# Minute} other {# Minuten}}} other {{count, plural, one {# Stunde} other {# Stunden}}}} erneut.",
  },
  validation: {
    required: "Geben Sie „{label}“ an.",
    tick: "Setzen Sie das Häkchen bei „{label}“, um fortzufahren.",
    fromList: "Wählen Sie „{label}“ aus der Liste.",
    wholeNumber: "„{label}“ muss eine ganze Zahl sein.",
    tooLarge: "„{label}“ ist zu groß.",
    atLeast: "„{label}“ muss mindestens {min} sein.",
    atMost: "„{label}“ darf höchstens {max} sein.",
    date: "Geben Sie „{label}“ als Datum ein (JJJJ-MM-TT).",
    controlCharacters: "„{label}“ darf keine Steuerzeichen enthalten.",
    maxLength: "„{label}“ darf höchstens {max} Zeichen lang sein.",
    minLength: "„{label}“ muss mindestens {min} Zeichen lang sein.",
    format: "„{label}“ hat nicht das erwartete Format.",
    passwordTooShort: "Verwenden Sie mindestens {min} Zeichen; 15 oder mehr sind besser.",
    passwordTooLong: "Verwenden Sie höchstens {max} Zeichen.",
    passwordCommon:
      "Dieses Passwort gehört zu den häufigsten und ist daher leicht zu erraten. Wählen Sie ein anderes.",
    passwordIsEmail: "Verwenden Sie nicht Ihre E-Mail-Adresse als Passwort.",
    emailInvalid: "Geben Sie eine E-Mail-Adresse wie name@example.com ein.",
    emailTooLong: "Diese E-Mail-Adresse ist zu lang.",
  },
  attributes: {
    displayName: "Anzeigename",
    givenName: "Vorname",
    surname: "Nachname",
    jobTitle: "Position",
    streetAddress: "Straße und Hausnummer",
    city: "Ort",
    state: "Bundesland/Region",
    postalCode: "Postleitzahl",
    country: "Land/Region",
  },
  account: {
    navLabel: "Ihr Konto",
    signedInAs: "Angemeldet als <email>{address}</email>",
    signOut: "Abmelden",
    detailsTitle: "Ihre Angaben",
    securityTitle: "Anmeldung und Sicherheit",
    dataTitle: "Ihre Daten",
    emailTitle: "E-Mail-Adresse ändern",
    emailHeading: "E-Mail-Adresse",
    changeEmail: "E-Mail-Adresse ändern",
    setBy: "Festgelegt von {tenant}",
    setByHint:
      "Diese Angaben können Sie hier nicht ändern. Wenden Sie sich an {tenant}, wenn etwas nicht stimmt.",
    aboutYou: "Über Sie",
    nothingToChange: "Hier gibt es sonst nichts zu ändern.",
    notGiven: "Nicht angegeben",
    yes: "Ja",
    no: "Nein",
    saveChanges: "Änderungen speichern",
    passwordHeading: "Passwort",
    changePassword: "Passwort ändern",
    addPassword: "Passwort hinzufügen",
    currentPassword: "Aktuelles Passwort",
    newPassword: "Neues Passwort",
    password: "Passwort",
    passwordHint: "Mindestens 8 Zeichen; 15 oder mehr sind besser. Kein häufiges Passwort.",
    removePassword: "Passwort entfernen",
    onlyPassword:
      "Ihr Passwort ist Ihre einzige Möglichkeit, sich anzumelden. Es kann daher nicht entfernt werden.",
    waysHeading: "So melden Sie sich an",
    yourEmail: "Ihre E-Mail-Adresse",
    linkedOn: "Verknüpft am {date}",
    unlink: "Verknüpfung mit {provider} lösen",
    onlyWay: "Ihre einzige Möglichkeit, sich anzumelden",
    secondStepHeading: "Zweiter Schritt",
    secondStepIntro:
      "Ein Passkey oder eine Authenticator-App, abgefragt nach Ihrem E-Mail-Code, Passwort oder der Anmeldung Ihrer Organisation, damit diese allein nicht für den Zugang zu Ihrem Konto reichen.",
    synced: "(synchronisiert)",
    addedOn: "Hinzugefügt am {date}",
    lastUsed: "zuletzt verwendet {when}",
    removeFactor: "{name} vom {date} entfernen",
    noSecondStep: "Sie haben keinen zweiten Schritt eingerichtet.",
    recoveryCodesLeft:
      "{count, plural, one {Sie haben noch # Wiederherstellungscode.} other {Sie haben noch # Wiederherstellungscodes.}}",
    addPasskey: "Passkey hinzufügen",
    passkeyAdded: "Der Passkey wurde hinzugefügt.",
    addApp: "Authenticator-App hinzufügen",
    addTheApp: "Authenticator-App hinzufügen",
    appAdded: "Die Authenticator-App wurde hinzugefügt.",
    scanOrType:
      "Scannen Sie diesen QR-Code mit einer Authenticator-App oder geben Sie den Schlüssel von Hand ein.",
    renewCodes: "Neue Wiederherstellungscodes erzeugen",
    oldCodesGone: "Ihre alten Wiederherstellungscodes funktionieren nicht mehr.",
    newCodesIntro:
      "Ihre Wiederherstellungscodes: Jeder lässt Sie einmal hinein, wenn Sie Ihren zweiten Schritt verlieren. Bewahren Sie sie sicher auf; sie werden nicht noch einmal angezeigt.",
    appsHeading: "Anwendungen, denen Sie Zugriff erlaubt haben",
    noApps: "Sie haben keiner Anwendung erlaubt, Ihr Konto zu verwenden.",
    allowedOn: "Erlaubt am {date}: {scopes}",
    removeAccess: "Zugriff für {app} entfernen",
    sessionsHeading: "Wo Sie angemeldet sind",
    sessionsCount:
      "{count, plural, one {Sie sind in einem Browser angemeldet: diesem.} other {Sie sind in # Browsern angemeldet, diesen eingeschlossen.}}",
    signOutEverywhereHint:
      "„Überall abmelden“ beendet alle, und jede Anwendung fragt Sie erneut nach der Anmeldung.",
    signedInAt: "Angemeldet {when}",
    signedIn: "Angemeldet",
    thisBrowser: "(dieser Browser)",
    usedWith: "Verwendet mit {apps}",
    usedWithAccountOnly: "Nur mit dieser Kontoseite verwendet",
    signOutEverywhere: "Überall abmelden",
    confirmNewAddress: "Neue Adresse bestätigen",
    confirmTheNewAddress: "Neue Adresse bestätigen",
    newAddressCodeHint:
      "Der 6-stellige Code, den wir an {email} gesendet haben. Er läuft in 10 Minuten ab.",
    useAnotherAddress: "Andere Adresse verwenden",
    yourNewAddress: "Ihre neue Adresse",
    newAddressIntro:
      "Wir senden einen Code an die neue Adresse. Bis Sie ihn eingeben, bleibt Ihre Adresse {email}, und wir informieren diese Adresse über die Änderung.",
    sendACode: "Code senden",
    newEmail: "Neue E-Mail-Adresse",
    backToDetails: "Zurück zu Ihren Angaben",
    downloadHeading: "Ihre Daten herunterladen",
    downloadIntro:
      "Eine Datei (JSON) mit allem, was {tenant} über Sie speichert: Ihre Angaben, wie Sie sich anmelden, die Anwendungen, denen Sie Zugriff erlaubt haben, die akzeptierten Bedingungen und Ihren Anmeldeverlauf.",
    download: "Ihre Daten herunterladen",
    deleteHeading: "Ihr Konto löschen",
    deleteIntro:
      "Damit werden Ihr Konto und alles, was {tenant} über Sie speichert, entfernt, und Sie werden von allen Anwendungen abgemeldet. Das lässt sich nicht rückgängig machen. Um sicherzugehen, dass Sie es sind, senden wir zuerst einen Code an {email}.",
    deleteMine: "Mein Konto löschen",
    deletionCodeHint:
      "Der 6-stellige Code, den wir Ihnen gesendet haben. Er läuft in 10 Minuten ab.",
    sendDeletionCode: "Code zum Löschen meines Kontos senden",
    signedOutTitle: "Abgemeldet",
    deletedTitle: "Konto gelöscht",
    signedOut: "Sie sind von Ihrem Konto abgemeldet.",
    deleted: "Ihr Konto wurde gelöscht. Alles, was wir über Sie gespeichert hatten, ist entfernt.",
    signedOutEverywhere:
      "Sie sind überall abgemeldet. Jede Anwendung fragt Sie erneut nach der Anmeldung.",
    notSignedIn:
      "Sie wurden nicht angemeldet. Die Anmeldung wurde abgebrochen, ist abgelaufen oder wurde in einem anderen Browser begonnen.",
    signInAgain: "Bei Ihrem Konto anmelden",
  },
  accountNotices: {
    "profile-saved": "Ihre Angaben wurden gespeichert.",
    "password-added":
      "Ihr Passwort wurde hinzugefügt. Sie können sich jetzt damit anmelden. Alle anderen Browser wurden abgemeldet.",
    "password-changed": "Ihr Passwort wurde geändert. Alle anderen Browser wurden abgemeldet.",
    "password-removed": "Ihr Passwort wurde entfernt.",
    "identity-unlinked": "Diese Anmeldemöglichkeit wurde von Ihrem Konto getrennt.",
    "second-factor-removed": "Dieser zweite Schritt wurde aus Ihrem Konto entfernt.",
    "consent-revoked":
      "Die Anwendung hat keinen Zugriff mehr. Sie fragt Sie erneut, wenn Sie sie verwenden.",
    "email-code-sent":
      "Wir haben einen Code an Ihre neue Adresse gesendet. Geben Sie ihn unten ein, um die Änderung zu bestätigen.",
    "email-changed":
      "Ihre E-Mail-Adresse wurde geändert. Melden Sie sich ab jetzt mit der neuen Adresse an.",
    "deletion-code-sent":
      "Wir haben einen Code an Ihre E-Mail-Adresse gesendet. Geben Sie ihn unten ein, um Ihr Konto zu löschen.",
    "language-changed": "Ihre Sprache wurde geändert.",
  },
  accountMessages: {
    codeWrong:
      "Dieser Code ist nicht richtig. Noch {attemptsLeft, plural, one {# Versuch} other {# Versuche}}.",
    tooManyWrongCodes: "Zu viele falsche Codes. Fordern Sie einen neuen Code an.",
    codeExpired:
      "Dieser Code ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen Code an.",
    wrongCurrentPassword: "Das ist nicht Ihr aktuelles Passwort.",
    addressTaken: "Ein anderes Konto verwendet diese Adresse bereits. Wählen Sie eine andere.",
    sameAddress: "Das ist bereits Ihre E-Mail-Adresse.",
    domainRefused: "Adressen dieser Domain können hier nicht verwendet werden.",
    saveFailed:
      "Ihre Änderungen konnten gerade nicht gespeichert werden. Bitte versuchen Sie es gleich noch einmal.",
    passkeyNotAdded: "Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut.",
  },
  accountCodeEmail: {
    subject: "Ihr Bestätigungscode für {tenant}",
    codeIs: "Ihr Bestätigungscode lautet",
    emailChange:
      "Geben Sie ihn auf Ihrer Kontoseite bei {tenant} ein, um Ihre neue E-Mail-Adresse zu bestätigen. Er läuft in {minutes} Minuten ab und gilt nur einmal.",
    deletion:
      "Geben Sie ihn auf Ihrer Kontoseite bei {tenant} ein, um Ihr Konto zu löschen. Er läuft in {minutes} Minuten ab und gilt nur einmal.",
    ignore: "Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren.",
  },
  invitationEmail: {
    subject: "{tenant} hat Sie zu {app} eingeladen",
    invited: "<strong>{tenant}</strong> hat Sie zu <strong>{app}</strong> eingeladen.",
    theirMessage: "Ihre Nachricht:",
    acceptBy: "<link>Nehmen Sie die Einladung an</link> bis zum {date} (UTC).",
    signUpWith:
      "Registrieren Sie sich mit dieser Adresse, {email}. Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail.",
  },
  approvalEmail: {
    approvedSubject: "Ihr Konto für {app} wurde freigegeben",
    approved: "{tenant} hat Ihr Konto freigegeben. Sie können sich jetzt bei {app} anmelden.",
    signInLink: "Anmelden",
    declinedSubject: "Ihre Anfrage für {app} wurde abgelehnt",
    declined: "{tenant} hat Ihre Anfrage nach einem Konto für {app} abgelehnt.",
    reason: "Begründung: {reason}",
  },
  codeEmail: {
    subject: "Ihr Bestätigungscode für {tenant}",
    codeIs: "Ihr Bestätigungscode lautet",
    enterIt:
      "Geben Sie ihn auf der Seite von {tenant} ein, um fortzufahren. Er läuft in {minutes} Minuten ab und gilt nur einmal.",
    ignore: "Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren.",
  },
};
