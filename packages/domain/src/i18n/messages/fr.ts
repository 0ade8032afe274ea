import type { Messages } from "../catalogue";

/** French ("vous"; typographic apostrophes, which ICU never reads as quoting). */
export const fr: Messages = {
  common: {
    cancel: "Annuler",
    continue: "Continuer",
    verify: "Vérifier",
    confirm: "Confirmer",
    signIn: "Se connecter",
    theApplication: "l’application",
    yourAccount: "votre compte",
    problemTitle: "Un problème est survenu",
    errorPrefix: "Erreur :",
    optional: "(facultatif)",
    choose: "Choisir…",
    opensInNewTab: "(s’ouvre dans un nouvel onglet)",
    email: "Adresse e-mail",
    password: "Mot de passe",
    code: "Code",
  },
  language: {
    label: "Langue",
    change: "Changer de langue",
  },
  page: {
    expiredTitle: "Cette page a expiré",
    expiredBody:
      "La connexion que vous avez commencée est terminée. Rien n’est perdu : retournez dans l’application et connectez-vous de nouveau.",
    doneTitle: "C’est fait",
    doneBody: "Vous pouvez revenir à {app}.",
    metadataExpired: "Page expirée",
  },
  titles: {
    signIn: "Se connecter",
    signUp: "Créer votre compte",
    code: "Consultez vos e-mails",
    attributes: "À propos de vous",
    choosePassword: "Choisir un mot de passe",
    chooseNewPassword: "Choisir un nouveau mot de passe",
    consent: "Autoriser l’accès ?",
    blocked: "Impossible de continuer",
    terms: "Conditions mises à jour",
    profile: "Encore quelques informations",
    approval: "Votre demande est entre les mains de {tenant}",
    secondFactor: "Deuxième étape",
    enrolSecondFactor: "Configurer une deuxième étape",
    recoveryCodes: "Enregistrez vos codes de récupération",
  },
  emailStep: {
    signUpIntro: "Créez votre compte pour {app}.",
    signInIntro: "Connectez-vous pour accéder à {app}.",
    invitationOnly:
      "{app} est accessible sur invitation uniquement. Si vous avez été invité, ouvrez le lien de votre e-mail d’invitation. Si vous avez déjà un compte, connectez-vous.",
    signUpClosed:
      "{app} n’accepte pas de nouvelles inscriptions pour le moment. Si vous avez déjà un compte, connectez-vous.",
    noWayIn:
      "Aucun moyen de connexion n’est encore configuré pour {app}. Contactez l’organisation qui la gère.",
    codeHint:
      "Nous allons vous envoyer par e-mail un code à 6 chiffres pour vérifier que cette adresse est bien la vôtre.",
    invitedCodeHint:
      "Votre invitation a été envoyée à cette adresse. Nous allons y envoyer un code à 6 chiffres pour vérifier qu’elle est bien la vôtre.",
    homeRealmHint:
      "Si votre organisation dispose ici de sa propre connexion, nous vous y redirigerons.",
    homeRealmInsteadHint:
      "Si votre organisation dispose ici de sa propre connexion, nous vous y redirigerons à la place.",
    sendCode: "Envoyer le code",
    next: "Suivant",
    forgotPassword: "Mot de passe oublié ?",
    changePassword: "Changer le mot de passe",
    codeInstead: "M’envoyer plutôt un code par e-mail",
    passkey: "Se connecter avec une clé d’accès",
    orContinueWith: "Ou continuer avec",
    continueWith: "Continuer avec",
    haveAccount: "Vous avez déjà un compte ?",
    noAccount: "Pas de compte ?",
    createOne: "En créer un",
  },
  codeStep: {
    sentTo:
      "Nous avons envoyé un code à <email>{address}</email>. Il expire dans {minutes} minutes.",
    label: "Code de vérification",
    hint: "Les 6 chiffres de l’e-mail.",
    resend: "Envoyer un nouveau code",
    wrongAddress: "Mauvaise adresse ?",
    useAnotherEmail: "Utiliser une autre adresse e-mail",
  },
  attributesStep: {
    signingUpAs: "Inscription en tant que <email>{address}</email>.",
    profileIntro:
      "{tenant} demande une nouvelle information depuis votre inscription. Répondez pour continuer.",
  },
  passwordStep: {
    forAccount: "Choisissez un mot de passe pour <email>{address}</email>.",
    newForAccount: "Choisissez un nouveau mot de passe pour <email>{address}</email>.",
    newPassword: "Nouveau mot de passe",
    hint: "Au moins 8 caractères ; 15 ou plus, c’est mieux. Quelques mots sans rapport entre eux sont faciles à retenir. Aucun caractère spécial n’est nécessaire.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> souhaite :",
    theApplication: "Cette application",
    openid: "Vous connecter",
    profile: "Voir votre nom",
    email: "Voir votre adresse e-mail",
    offline_access: "Rester connectée lorsque vous ne l’utilisez pas",
    otherScope: "Utiliser « {scope} »",
    allow: "Autoriser",
    deny: "Ne pas autoriser",
  },
  approvalStep: {
    reviews: "{tenant} examine les nouveaux comptes de {app} avant qu’ils puissent se connecter.",
    willEmail:
      "Nous vous écrirons à <email>{address}</email> dès qu’une décision sera prise. Vous pouvez fermer cette page.",
    returnTo: "Revenir à {app}",
  },
  termsStep: {
    updated:
      "{tenant} a mis à jour les conditions de {app}. Lisez-les et acceptez-les pour continuer.",
    acceptAndContinue: "Accepter et continuer",
    legend: "Conditions",
    version: "version {version}",
    accept:
      "J’ai lu et j’accepte {count, plural, one {ces conditions} other {l’ensemble de ces conditions}}.",
  },
  stopStep: {
    cannotContinue: "Impossible de poursuivre cette connexion.",
    useAnotherEmail: "Utiliser une autre adresse e-mail",
  },
  secondFactorStep: {
    intro: "Votre compte est protégé par une deuxième étape.",
    usePasskeyOrApp:
      "Utilisez votre clé d’accès ou saisissez le code de votre application d’authentification.",
    usePasskeyOrRecovery:
      "Utilisez votre clé d’accès ou saisissez l’un de vos codes de récupération.",
    enterAppCode: "Saisissez le code de votre application d’authentification.",
    usePasskey: "Utiliser votre clé d’accès",
    appOrRecoveryHint:
      "Les 6 chiffres affichés par votre application d’authentification, ou un code de récupération (comme abcd-efgh-jkmn).",
    recoveryHint:
      "L’un des codes de récupération que vous avez enregistrés (comme abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} vous suggère une deuxième étape de connexion, pour que votre adresse e-mail ne suffise pas à elle seule à accéder à votre compte.",
    requiredIntro:
      "{tenant} demande une deuxième étape lors de la connexion. Configurez-en une pour continuer.",
    appHeading: "Application d’authentification",
    appStep1:
      "Ouvrez une application d’authentification (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Scannez ce code QR ou saisissez la clé ci-dessous.",
    appStep3: "Saisissez le code à 6 chiffres affiché par l’application.",
    appCodeLabel: "Code de l’application",
    appCodeHint: "Les 6 chiffres qu’elle affiche maintenant.",
    usePasskey: "Utiliser une clé d’accès",
    useApp: "Utiliser une application d’authentification",
    notNow: "Pas maintenant",
    qrLabel: "Code QR pour votre application d’authentification",
    key: "Clé :",
  },
  recoveryCodesStep: {
    intro:
      "Si vous perdez votre téléphone ou votre clé d’accès, chacun de ces codes vous permet d’entrer une fois à la place. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe. Ils ne seront plus affichés.",
    listLabel: "Codes de récupération",
    saved: "J’ai enregistré ces codes",
  },
  passkey: {
    unsupported:
      "Ce navigateur ne peut pas utiliser de clé d’accès ici. Utilisez un autre moyen ci-dessous.",
    needsJavaScript:
      "Les clés d’accès nécessitent JavaScript. Activez-le pour en utiliser une, ou utilisez un autre moyen.",
    notUsed: "La clé d’accès n’a pas été utilisée. Réessayez ou utilisez un autre moyen.",
    failed: "La clé d’accès n’a pas fonctionné ici. Réessayez ou utilisez un autre moyen.",
  },
  samlPost: {
    pageTitle: "Continuer vers votre organisation",
    title: "Continuer vers {provider}",
    body: "Vous vous y connecterez avec le compte de votre organisation, puis reviendrez ici.",
  },
  messages: {
    optionUnavailable: "Ce moyen de connexion n’est pas disponible ici.",
    botCheckNeeded:
      "Nous devons vérifier que vous n’êtes pas un robot. Patientez quelques secondes, puis envoyez de nouveau.",
    botCheckFailed: "Nous n’avons pas pu confirmer que vous n’êtes pas un robot. Réessayez.",
    botCheckLabel: "Vérification que vous n’êtes pas un robot",
    optionGone: "Ce moyen de connexion n’est plus disponible.",
    invitationFor:
      "Cette invitation est destinée à {email}. Pour utiliser une autre adresse, connectez-vous plutôt.",
    noEmailSignIn:
      "Cette adresse ne peut pas se connecter ici par e-mail. Choisissez l’une des options ci-dessous.",
    domainNotAllowed:
      "L’inscription n’est pas possible pour ce domaine de messagerie. Utilisez une autre adresse.",
    newCodeSent: "Nous vous avons envoyé un nouveau code.",
    enterEmailCode: "Saisissez le code à 6 chiffres reçu par e-mail.",
    codeWrong:
      "Ce code est incorrect. Il vous reste {attemptsLeft, plural, one {# essai} other {# essais}}.",
    codeExpired: "Ce code a expiré ou a déjà été utilisé. Demandez un nouveau code.",
    tooManyWrongCodes: "Trop de codes incorrects. Demandez un nouveau code.",
    codeCooldown:
      "Un code vient d’être envoyé. Vous pourrez en demander un autre dans {seconds} secondes.",
    tooManyCodes: "Trop de codes ont été demandés. Patientez 15 minutes, puis réessayez.",
    noAccountYet: "Il n’existe pas encore de compte pour {email}. Créez-en un pour continuer.",
    accountExists: "Un compte existe déjà pour {email}. Connectez-vous pour continuer.",
    wrongCredentials:
      "Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Réessayez ou réinitialisez votre mot de passe.",
    resetAdvice:
      "Vous pouvez aussi utiliser « Mot de passe oublié ? » pour vous connecter avec un code reçu par e-mail.",
    homeRealm:
      "Les personnes de {domain} se connectent avec {provider}. Choisissez {provider} ci-dessous.",
    homeRealmNotOffered:
      "Les personnes de {domain} se connectent avec {provider}, que cette application ne propose pas. Contactez l’organisation qui la gère.",
    refusedInvitationOnly:
      "Il n’existe pas de compte pour {email}, et cette application est accessible sur invitation uniquement. Si vous avez été invité, utilisez l’adresse à laquelle l’invitation a été envoyée, ou demandez une nouvelle invitation.",
    refusedDomain:
      "L’inscription n’est pas possible pour le domaine de messagerie de {email}. Utilisez une autre adresse.",
    refusedClosed:
      "Il n’existe pas de compte pour {email}, et cette application n’accepte pas de nouvelles inscriptions pour cette adresse.",
    refusedAccountPage:
      "Il n’existe pas de compte pour {email}. Pour en créer un, inscrivez-vous depuis l’application que vous souhaitez utiliser.",
    invitationWithdrawn:
      "Votre invitation a été retirée ou a expiré : le compte n’a donc pas été créé. Demandez une nouvelle invitation à la personne qui vous a invité.",
    accountBlocked:
      "Votre compte est bloqué. Contactez l’organisation qui vous a invité à utiliser cette application.",
    accountDeclined:
      "Votre demande de compte a été refusée. Contactez l’organisation qui gère cette application si vous pensez qu’il s’agit d’une erreur.",
    signUpFailedAnswersKept:
      "Nous n’avons pas pu finaliser votre inscription pour le moment. Vos réponses sont conservées : réessayez dans un instant.",
    signUpFailed:
      "Nous n’avons pas pu finaliser votre inscription pour le moment. Réessayez dans un instant.",
    termsNotAccepted: "Cochez la case pour accepter les conditions, ou annulez.",
    termsChanged:
      "Les conditions ont été mises à jour pendant votre lecture. Lisez la nouvelle version, puis acceptez-la.",
    termsRequired: "Acceptez les conditions pour créer votre compte.",
    secondFactorWrong:
      "Ce code est incorrect. Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.",
    secondFactorCodeUsed:
      "Ce code a déjà été utilisé. Attendez le suivant dans votre application d’authentification.",
    passkeyCheckFailed:
      "Cette clé d’accès n’a pas pu être vérifiée. Réessayez ou utilisez un autre moyen.",
    passkeyUnknown:
      "Cette clé d’accès n’est pas reconnue ici. Connectez-vous autrement, puis ajoutez une clé d’accès sur la page de votre compte.",
    enrolCodeWrong:
      "Ce code est incorrect. Saisissez le code à 6 chiffres que votre application d’authentification affiche maintenant.",
    passkeyEnrolFailed:
      "La clé d’accès n’a pas pu être configurée. Réessayez ou utilisez une application d’authentification.",
    federationMismatch: "Cette connexion n’a pas pu être associée à cette page. Réessayez.",
    federationCancelled:
      "La connexion avec {provider} a été annulée. Choisissez comment continuer.",
    federationFailed:
      "La connexion avec {provider} n’a pas fonctionné. Réessayez ou choisissez un autre moyen de continuer.",
    providerUnreachable:
      "{provider} est injoignable pour le moment. Réessayez dans un instant ou choisissez un autre moyen de continuer.",
    linkWithCode:
      "Vous avez déjà un compte avec {email}. Saisissez le code que nous y avons envoyé pour l’utiliser aussi avec {provider}.",
    confirmWithCode:
      "Saisissez le code que nous avons envoyé à {email} pour confirmer que cette adresse est la vôtre.",
    upstreamNoEmail:
      "{provider} n’a pas communiqué d’adresse e-mail, dont cette application a besoin. Choisissez un autre moyen de vous inscrire.",
    federatedDomainRefused: "L’inscription n’est pas possible pour votre domaine de messagerie.",
    federatedInvitationOnly:
      "Il n’existe pas de compte pour cette identité {provider}, et cette application est accessible sur invitation uniquement.",
    federatedClosed:
      "Il n’existe pas de compte pour cette identité {provider}, et cette application n’accepte pas de nouvelles inscriptions.",
  },
  limits: {
    wrongCodesPerAddress: "Trop de codes incorrects ont été saisis pour cette adresse.",
    failedSignIns: "Trop de tentatives de connexion ont échoué.",
    failedSignInsFromNetwork: "Trop de tentatives de connexion ont échoué depuis votre réseau.",
    wrongSecondFactors: "Trop de codes incorrects ont été saisis pour ce compte.",
    signUpsFromNetwork: "Trop de comptes ont été créés depuis votre réseau aujourd’hui.",
    botFallbackFromNetwork: "Trop de tentatives sans vérification anti-robot depuis votre réseau.",
    retryIn:
      "Réessayez dans {unit, select, seconds {{count, plural, one {# seconde} other {# secondes}}} minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# heure} other {# heures}}}}.",
  },
  validation: {
    required: "Renseignez le champ « {label} ».",
    tick: "Cochez « {label} » pour continuer.",
    fromList: "Choisissez « {label} » dans la liste.",
    wholeNumber: "« {label} » doit être un nombre entier.",
    tooLarge: "« {label} » est trop grand.",
    atLeast: "« {label} » doit être au moins égal à {min}.",
    atMost: "« {label} » doit être au plus égal à {max}.",
    date: "Saisissez « {label} » sous forme de date (AAAA-MM-JJ).",
    controlCharacters: "« {label} » ne peut pas contenir de caractères de contrôle.",
    maxLength: "« {label} » doit comporter au plus {max} caractères.",
    minLength: "« {label} » doit comporter au moins {min} caractères.",
    format: "« {label} » n’est pas au format attendu.",
    passwordTooShort: "Utilisez au moins {min} caractères ; 15 ou plus, c’est mieux.",
    passwordTooLong: "Utilisez au plus {max} caractères.",
    passwordCommon:
      "Ce mot de passe fait partie des plus courants : il est donc facile à deviner. Choisissez-en un autre.",
    passwordIsEmail: "N’utilisez pas votre adresse e-mail comme mot de passe.",
    emailInvalid: "Saisissez une adresse e-mail comme nom@exemple.com.",
    emailTooLong: "Cette adresse e-mail est trop longue.",
  },
  attributes: {
    displayName: "Nom d’affichage",
    givenName: "Prénom",
    surname: "Nom",
    jobTitle: "Fonction",
    streetAddress: "Adresse",
    city: "Ville",
    state: "État/province",
    postalCode: "Code postal",
    country: "Pays/région",
  },
  account: {
    navLabel: "Votre compte",
    signedInAs: "Connecté en tant que <email>{address}</email>",
    signOut: "Se déconnecter",
    detailsTitle: "Vos informations",
    securityTitle: "Connexion et sécurité",
    dataTitle: "Vos données",
    emailTitle: "Changer d’adresse e-mail",
    emailHeading: "Adresse e-mail",
    changeEmail: "Changer votre adresse e-mail",
    setBy: "Défini par {tenant}",
    setByHint:
      "Vous ne pouvez pas modifier ces informations ici. Contactez {tenant} si l’une d’elles est erronée.",
    aboutYou: "À propos de vous",
    nothingToChange: "Il n’y a rien d’autre à modifier ici.",
    notGiven: "Non renseigné",
    yes: "Oui",
    no: "Non",
    saveChanges: "Enregistrer les modifications",
    passwordHeading: "Mot de passe",
    changePassword: "Changer votre mot de passe",
    addPassword: "Ajouter un mot de passe",
    currentPassword: "Mot de passe actuel",
    newPassword: "Nouveau mot de passe",
    password: "Mot de passe",
    passwordHint: "Au moins 8 caractères ; 15 ou plus, c’est mieux. Pas un mot de passe courant.",
    removePassword: "Supprimer votre mot de passe",
    onlyPassword:
      "Votre mot de passe est votre seul moyen de connexion : il ne peut donc pas être supprimé.",
    waysHeading: "Vos moyens de connexion",
    yourEmail: "Votre adresse e-mail",
    linkedOn: "Associé le {date}",
    unlink: "Dissocier {provider}",
    onlyWay: "Votre seul moyen de connexion",
    secondStepHeading: "Deuxième étape",
    secondStepIntro:
      "Une clé d’accès ou une application d’authentification, demandée après votre code par e-mail, votre mot de passe ou la connexion de votre organisation, pour que ceux-ci ne suffisent pas à eux seuls à accéder à votre compte.",
    synced: "(synchronisée)",
    addedOn: "Ajoutée le {date}",
    lastUsed: "dernière utilisation {when}",
    removeFactor: "Supprimer {name} ajoutée le {date}",
    noSecondStep: "Vous n’avez pas configuré de deuxième étape.",
    recoveryCodesLeft:
      "{count, plural, one {Il vous reste # code de récupération.} other {Il vous reste # codes de récupération.}}",
    addPasskey: "Ajouter une clé d’accès",
    passkeyAdded: "La clé d’accès a été ajoutée.",
    addApp: "Ajouter une application d’authentification",
    addTheApp: "Ajouter l’application d’authentification",
    appAdded: "L’application d’authentification a été ajoutée.",
    scanOrType:
      "Scannez ce code QR avec une application d’authentification, ou saisissez la clé à la main.",
    renewCodes: "Obtenir de nouveaux codes de récupération",
    oldCodesGone: "Vos anciens codes de récupération ne fonctionnent plus.",
    newCodesIntro:
      "Vos codes de récupération : chacun vous permet d’entrer une fois si vous perdez votre deuxième étape. Conservez-les en lieu sûr ; ils ne seront plus affichés.",
    appsHeading: "Applications autorisées",
    noApps: "Vous n’avez autorisé aucune application à utiliser votre compte.",
    allowedOn: "Autorisée le {date} : {scopes}",
    removeAccess: "Retirer l’accès de {app}",
    sessionsHeading: "Où vous êtes connecté",
    sessionsCount:
      "{count, plural, one {Vous êtes connecté dans un navigateur : celui-ci.} other {Vous êtes connecté dans # navigateurs, celui-ci compris.}}",
    signOutEverywhereHint:
      "Se déconnecter partout les ferme tous, et chaque application vous demandera de vous reconnecter.",
    signedInAt: "Connecté {when}",
    signedIn: "Connecté",
    thisBrowser: "(ce navigateur)",
    usedWith: "Utilisé avec {apps}",
    usedWithAccountOnly: "Utilisé seulement avec cette page de compte",
    signOutEverywhere: "Se déconnecter partout",
    confirmNewAddress: "Confirmez votre nouvelle adresse",
    confirmTheNewAddress: "Confirmer la nouvelle adresse",
    newAddressCodeHint:
      "Le code à 6 chiffres que nous avons envoyé à {email}. Il expire dans 10 minutes.",
    useAnotherAddress: "Utiliser une autre adresse",
    yourNewAddress: "Votre nouvelle adresse",
    newAddressIntro:
      "Nous enverrons un code à la nouvelle adresse. Votre adresse reste {email} tant que vous ne l’avez pas saisi, et nous informerons cette adresse du changement.",
    sendACode: "Envoyer un code",
    newEmail: "Nouvelle adresse e-mail",
    backToDetails: "Retour à vos informations",
    downloadHeading: "Télécharger vos données",
    downloadIntro:
      "Un fichier (JSON) avec tout ce que {tenant} conserve sur vous : vos informations, vos moyens de connexion, les applications autorisées, les conditions acceptées et votre historique de connexion.",
    download: "Télécharger vos données",
    deleteHeading: "Supprimer votre compte",
    deleteIntro:
      "Cela supprime votre compte et tout ce que {tenant} conserve sur vous, et vous déconnecte de toutes les applications. C’est irréversible. Pour être sûrs que c’est bien vous, nous envoyons d’abord un code à {email}.",
    deleteMine: "Supprimer mon compte",
    deletionCodeHint: "Le code à 6 chiffres que nous vous avons envoyé. Il expire dans 10 minutes.",
    sendDeletionCode: "M’envoyer un code pour supprimer mon compte",
    signedOutTitle: "Déconnecté",
    deletedTitle: "Compte supprimé",
    signedOut: "Vous êtes déconnecté de votre compte.",
    deleted: "Votre compte a été supprimé. Tout ce que nous conservions sur vous a été effacé.",
    signedOutEverywhere:
      "Vous êtes déconnecté partout. Chaque application vous demandera de vous reconnecter.",
    notSignedIn:
      "Vous n’avez pas été connecté. La connexion a été annulée, a expiré ou a commencé dans un autre navigateur.",
    signInAgain: "Se connecter à votre compte",
  },
  accountNotices: {
    "profile-saved": "Vos informations ont été enregistrées.",
    "password-added":
      "Votre mot de passe a été ajouté. Vous pouvez maintenant vous connecter avec. Tous les autres navigateurs ont été déconnectés.",
    "password-changed":
      "Votre mot de passe a été changé. Tous les autres navigateurs ont été déconnectés.",
    "password-removed": "Votre mot de passe a été supprimé.",
    "identity-unlinked": "Ce moyen de connexion a été dissocié de votre compte.",
    "second-factor-removed": "Cette deuxième étape a été retirée de votre compte.",
    "consent-revoked": "L’application n’a plus accès. Elle vous le redemandera si vous l’utilisez.",
    "email-code-sent":
      "Nous avons envoyé un code à votre nouvelle adresse. Saisissez-le ci-dessous pour confirmer le changement.",
    "email-changed":
      "Votre adresse e-mail a été changée. Connectez-vous désormais avec la nouvelle adresse.",
    "deletion-code-sent":
      "Nous avons envoyé un code à votre adresse e-mail. Saisissez-le ci-dessous pour supprimer votre compte.",
    "language-changed": "Votre langue a été changée.",
  },
  accountMessages: {
    codeWrong:
      "Ce code est incorrect. Il reste {attemptsLeft, plural, one {# essai} other {# essais}}.",
    tooManyWrongCodes: "Trop de codes incorrects. Demandez un nouveau code.",
    codeExpired: "Ce code a expiré ou a déjà été utilisé. Demandez un nouveau code.",
    wrongCurrentPassword: "Ce n’est pas votre mot de passe actuel.",
    addressTaken: "Un autre compte utilise déjà cette adresse. Choisissez-en une autre.",
    sameAddress: "C’est déjà votre adresse e-mail.",
    domainRefused: "Les adresses de ce domaine ne peuvent pas être utilisées ici.",
    saveFailed:
      "Nous n’avons pas pu enregistrer vos modifications pour le moment. Réessayez dans un instant.",
    passkeyNotAdded: "La clé d’accès n’a pas pu être ajoutée. Réessayez.",
  },
  accountCodeEmail: {
    subject: "Votre code de vérification {tenant}",
    codeIs: "Votre code de vérification est",
    emailChange:
      "Saisissez-le sur la page de votre compte {tenant} pour confirmer votre nouvelle adresse e-mail. Il expire dans {minutes} minutes et ne fonctionne qu’une fois.",
    deletion:
      "Saisissez-le sur la page de votre compte {tenant} pour supprimer votre compte. Il expire dans {minutes} minutes et ne fonctionne qu’une fois.",
    ignore: "Si vous ne l’avez pas demandé, vous pouvez ignorer cet e-mail.",
  },
  invitationEmail: {
    subject: "{tenant} vous invite à {app}",
    invited: "<strong>{tenant}</strong> vous invite à <strong>{app}</strong>.",
    theirMessage: "Son message :",
    acceptBy: "<link>Acceptez l’invitation</link> avant le {date} (UTC).",
    signUpWith:
      "Inscrivez-vous avec cette adresse, {email}. Si vous n’attendiez pas cette invitation, ignorez cet e-mail.",
  },
  approvalEmail: {
    approvedSubject: "Votre compte pour {app} est approuvé",
    approved: "{tenant} a approuvé votre compte. Vous pouvez maintenant vous connecter à {app}.",
    signInLink: "Se connecter",
    declinedSubject: "Votre demande pour {app} a été refusée",
    declined: "{tenant} a refusé votre demande de compte pour {app}.",
    reason: "Motif : {reason}",
  },
  codeEmail: {
    subject: "Votre code de vérification {tenant}",
    codeIs: "Votre code de vérification est",
    enterIt:
      "Saisissez-le sur la page {tenant} pour continuer. Il expire dans {minutes} minutes et ne fonctionne qu’une fois.",
    ignore: "Si vous ne l’avez pas demandé, vous pouvez ignorer cet e-mail.",
  },
};
