import type { Messages } from "../catalogue";

/** Spanish (neutral, "tú", as most consumer sign-in pages in Spanish address people). */
export const es: Messages = {
  common: {
    cancel: "Cancelar",
    continue: "Continuar",
    verify: "Verificar",
    confirm: "Confirmar",
    signIn: "Iniciar sesión",
    theApplication: "la aplicación",
    yourAccount: "tu cuenta",
    problemTitle: "Hay un problema",
    errorPrefix: "Error:",
    optional: "(opcional)",
    choose: "Elige…",
    opensInNewTab: "(se abre en una pestaña nueva)",
    email: "Correo electrónico",
    password: "Contraseña",
    code: "Código",
  },
  language: {
    label: "Idioma",
    change: "Cambiar idioma",
  },
  page: {
    expiredTitle: "Esta página ha caducado",
    expiredBody:
      "El inicio de sesión que empezaste ha terminado. No se ha perdido nada: vuelve a la aplicación e inicia sesión de nuevo.",
    doneTitle: "Listo",
    doneBody: "Puedes volver a {app}.",
    metadataExpired: "Página caducada",
  },
  titles: {
    signIn: "Iniciar sesión",
    signUp: "Crea tu cuenta",
    code: "Revisa tu correo",
    attributes: "Sobre ti",
    choosePassword: "Elige una contraseña",
    chooseNewPassword: "Elige una contraseña nueva",
    consent: "¿Permitir el acceso?",
    blocked: "No podemos continuar",
    terms: "Condiciones actualizadas",
    profile: "Algunos datos más",
    approval: "Tu solicitud está en manos de {tenant}",
    secondFactor: "Segundo paso",
    enrolSecondFactor: "Configura un segundo paso",
    recoveryCodes: "Guarda tus códigos de recuperación",
  },
  emailStep: {
    signUpIntro: "Crea tu cuenta para {app}.",
    signInIntro: "Inicia sesión para continuar a {app}.",
    invitationOnly:
      "{app} es solo por invitación. Si te invitaron, abre el enlace de tu correo de invitación. Si ya tienes una cuenta, inicia sesión.",
    signUpClosed:
      "{app} no admite registros nuevos en este momento. Si ya tienes una cuenta, inicia sesión.",
    noWayIn:
      "{app} aún no tiene ninguna forma de iniciar sesión configurada. Ponte en contacto con la organización que la gestiona.",
    codeHint:
      "Te enviaremos un código de 6 dígitos por correo para comprobar que la dirección es tuya.",
    invitedCodeHint:
      "Tu invitación se envió a esta dirección. Te enviaremos allí un código de 6 dígitos para comprobar que es tuya.",
    homeRealmHint: "Si tu organización tiene aquí su propio inicio de sesión, te llevaremos a él.",
    homeRealmInsteadHint:
      "Si tu organización tiene aquí su propio inicio de sesión, te llevaremos a él en su lugar.",
    sendCode: "Enviar código",
    next: "Siguiente",
    forgotPassword: "¿Olvidaste tu contraseña?",
    changePassword: "Cambiar contraseña",
    codeInstead: "Enviarme un código por correo",
    passkey: "Iniciar sesión con una llave de acceso",
    orContinueWith: "O continúa con",
    continueWith: "Continúa con",
    haveAccount: "¿Ya tienes una cuenta?",
    noAccount: "¿No tienes cuenta?",
    createOne: "Crea una",
  },
  codeStep: {
    sentTo: "Hemos enviado un código a <email>{address}</email>. Caduca en {minutes} minutos.",
    label: "Código de verificación",
    hint: "Los 6 dígitos del correo.",
    resend: "Enviar un código nuevo",
    wrongAddress: "¿Dirección incorrecta?",
    useAnotherEmail: "Usar otro correo",
  },
  attributesStep: {
    signingUpAs: "Te estás registrando como <email>{address}</email>.",
    profileIntro: "{tenant} pide algo nuevo desde que te registraste. Responde para continuar.",
  },
  passwordStep: {
    forAccount: "Elige una contraseña para <email>{address}</email>.",
    newForAccount: "Elige una contraseña nueva para <email>{address}</email>.",
    newPassword: "Contraseña nueva",
    hint: "Al menos 8 caracteres; 15 o más es mejor. Unas cuantas palabras sin relación entre sí son fáciles de recordar. No hacen falta caracteres especiales.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> quiere:",
    theApplication: "Esta aplicación",
    openid: "Iniciar tu sesión",
    profile: "Ver tu nombre",
    email: "Ver tu dirección de correo",
    offline_access: "Mantener la sesión iniciada cuando no la uses",
    otherScope: "Usar «{scope}»",
    allow: "Permitir",
    deny: "No permitir",
  },
  approvalStep: {
    reviews: "{tenant} revisa las cuentas nuevas de {app} antes de que puedan iniciar sesión.",
    willEmail:
      "Te escribiremos a <email>{address}</email> en cuanto se resuelva tu solicitud. Puedes cerrar esta página.",
    returnTo: "Volver a {app}",
  },
  termsStep: {
    updated: "{tenant} ha actualizado las condiciones de {app}. Léelas y acéptalas para continuar.",
    acceptAndContinue: "Aceptar y continuar",
    legend: "Condiciones",
    version: "versión {version}",
    accept:
      "He leído y acepto {count, plural, one {estas condiciones} other {todas estas condiciones}}.",
  },
  stopStep: {
    cannotContinue: "No podemos continuar con este inicio de sesión.",
    useAnotherEmail: "Usar otro correo",
  },
  secondFactorStep: {
    intro: "Tu cuenta tiene un segundo paso para mantenerla segura.",
    usePasskeyOrApp:
      "Usa tu llave de acceso o introduce el código de tu aplicación de autenticación.",
    usePasskeyOrRecovery: "Usa tu llave de acceso o introduce uno de tus códigos de recuperación.",
    enterAppCode: "Introduce el código de tu aplicación de autenticación.",
    usePasskey: "Usar tu llave de acceso",
    appOrRecoveryHint:
      "Los 6 dígitos que muestra tu aplicación de autenticación, o un código de recuperación (como abcd-efgh-jkmn).",
    recoveryHint: "Uno de los códigos de recuperación que guardaste (como abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} te sugiere un segundo paso al iniciar sesión, para que tu correo por sí solo no baste para entrar en tu cuenta.",
    requiredIntro: "{tenant} pide un segundo paso al iniciar sesión. Configura uno para continuar.",
    appHeading: "Aplicación de autenticación",
    appStep1:
      "Abre una aplicación de autenticación (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Escanea este código QR o introduce la clave de abajo.",
    appStep3: "Escribe el código de 6 dígitos que muestra la aplicación.",
    appCodeLabel: "Código de la aplicación",
    appCodeHint: "Los 6 dígitos que muestra ahora.",
    usePasskey: "Usar una llave de acceso",
    useApp: "Usar una aplicación de autenticación",
    notNow: "Ahora no",
    qrLabel: "Código QR para tu aplicación de autenticación",
    key: "Clave:",
  },
  recoveryCodesStep: {
    intro:
      "Si pierdes el teléfono o la llave de acceso, cada uno de estos códigos te permite entrar una vez en su lugar. Guárdalos en un lugar seguro, como un gestor de contraseñas. No se volverán a mostrar.",
    listLabel: "Códigos de recuperación",
    saved: "He guardado estos códigos",
  },
  passkey: {
    unsupported:
      "Este navegador no puede usar llaves de acceso aquí. Usa otra forma de las de abajo.",
    needsJavaScript:
      "Las llaves de acceso necesitan JavaScript. Actívalo para usar una, o usa otra forma.",
    notUsed: "No se usó la llave de acceso. Vuelve a intentarlo o usa otra forma.",
    failed: "La llave de acceso no funcionó aquí. Vuelve a intentarlo o usa otra forma.",
  },
  samlPost: {
    pageTitle: "Continúa a tu organización",
    title: "Continúa a {provider}",
    body: "Allí iniciarás sesión con la cuenta de tu organización y después volverás aquí.",
  },
  messages: {
    optionUnavailable: "Esta forma de iniciar sesión no está disponible aquí.",
    botCheckNeeded:
      "Tenemos que comprobar que no eres un robot. Espera unos segundos y vuelve a enviar.",
    botCheckFailed: "No hemos podido confirmar que no eres un robot. Inténtalo de nuevo.",
    botCheckLabel: "Comprobando que no eres un robot",
    optionGone: "Esa forma de iniciar sesión ya no está disponible.",
    invitationFor:
      "Esta invitación es para {email}. Para usar otra dirección, inicia sesión en su lugar.",
    noEmailSignIn:
      "Esta dirección no puede iniciar sesión aquí por correo. Elige una de las opciones de abajo.",
    domainNotAllowed:
      "El registro no está disponible para este dominio de correo. Usa otra dirección.",
    newCodeSent: "Te hemos enviado un código nuevo.",
    enterEmailCode: "Introduce el código de 6 dígitos del correo.",
    codeWrong:
      "Ese código no es correcto. Te {attemptsLeft, plural, one {queda # intento} other {quedan # intentos}}.",
    codeExpired: "Ese código ha caducado o ya se usó. Pide un código nuevo.",
    tooManyWrongCodes: "Demasiados códigos incorrectos. Pide un código nuevo.",
    codeCooldown: "Se acaba de enviar un código. Podrás pedir otro dentro de {seconds} segundos.",
    tooManyCodes: "Se han pedido demasiados códigos. Espera 15 minutos y vuelve a intentarlo.",
    noAccountYet: "Todavía no hay ninguna cuenta para {email}. Crea una para continuar.",
    accountExists: "Ya existe una cuenta para {email}. Inicia sesión para continuar.",
    wrongCredentials:
      "Ese correo y esa contraseña no coinciden con ninguna cuenta. Vuelve a intentarlo o restablece tu contraseña.",
    resetAdvice:
      "También puedes usar «¿Olvidaste tu contraseña?» para iniciar sesión con un código por correo.",
    homeRealm:
      "Las personas de {domain} inician sesión con {provider}. Elige {provider} más abajo.",
    homeRealmNotOffered:
      "Las personas de {domain} inician sesión con {provider}, que esta aplicación no ofrece. Ponte en contacto con la organización que la gestiona.",
    refusedInvitationOnly:
      "No hay ninguna cuenta para {email} y esta aplicación es solo por invitación. Si te invitaron, usa la dirección a la que se envió la invitación o pide una nueva.",
    refusedDomain:
      "El registro no está disponible para el dominio de correo de {email}. Usa otra dirección.",
    refusedClosed:
      "No hay ninguna cuenta para {email} y esta aplicación no admite registros nuevos para ella.",
    refusedAccountPage:
      "No hay ninguna cuenta para {email}. Para crear una, regístrate desde la aplicación que quieras usar.",
    invitationWithdrawn:
      "Tu invitación se retiró o caducó, así que no se creó la cuenta. Pide una nueva invitación a la persona que te invitó.",
    accountBlocked:
      "Tu cuenta está bloqueada. Ponte en contacto con la organización que te invitó a usar esta aplicación.",
    accountDeclined:
      "Se rechazó tu solicitud de cuenta. Ponte en contacto con la organización que gestiona esta aplicación si crees que es un error.",
    signUpFailedAnswersKept:
      "No hemos podido completar tu registro en este momento. Tus respuestas se conservan: vuelve a intentarlo en un momento.",
    signUpFailed:
      "No hemos podido completar tu registro en este momento. Vuelve a intentarlo en un momento.",
    termsNotAccepted: "Marca la casilla para aceptar las condiciones, o cancela.",
    termsChanged:
      "Las condiciones se actualizaron mientras las leías. Lee la nueva versión y acéptala.",
    termsRequired: "Acepta las condiciones para crear tu cuenta.",
    secondFactorWrong:
      "Ese código no es correcto. Introduce el código de 6 dígitos de tu aplicación de autenticación o uno de tus códigos de recuperación.",
    secondFactorCodeUsed:
      "Ese código ya se usó. Espera al siguiente en tu aplicación de autenticación.",
    passkeyCheckFailed:
      "No se pudo comprobar esa llave de acceso. Vuelve a intentarlo o usa otra forma.",
    passkeyUnknown:
      "Esa llave de acceso no se reconoce aquí. Inicia sesión de otra forma y añade una llave de acceso en la página de tu cuenta.",
    enrolCodeWrong:
      "Ese código no es correcto. Introduce el código de 6 dígitos que muestra ahora tu aplicación de autenticación.",
    passkeyEnrolFailed:
      "No se pudo configurar la llave de acceso. Vuelve a intentarlo o usa una aplicación de autenticación.",
    federationMismatch:
      "No se pudo asociar ese inicio de sesión con esta página. Vuelve a intentarlo.",
    federationCancelled:
      "Se canceló el inicio de sesión con {provider}. Elige cómo quieres continuar.",
    federationFailed:
      "El inicio de sesión con {provider} no funcionó. Vuelve a intentarlo o elige otra forma de continuar.",
    providerUnreachable:
      "No se puede acceder a {provider} en este momento. Vuelve a intentarlo en un momento o elige otra forma de continuar.",
    linkWithCode:
      "Ya tienes una cuenta con {email}. Introduce el código que te enviamos allí para usar también {provider} con ella.",
    confirmWithCode: "Introduce el código que enviamos a {email} para confirmar que es tuya.",
    upstreamNoEmail:
      "{provider} no compartió una dirección de correo, y esta aplicación la necesita. Elige otra forma de registrarte.",
    federatedDomainRefused: "El registro no está disponible para tu dominio de correo.",
    federatedInvitationOnly:
      "No hay ninguna cuenta para esta identidad de {provider} y esta aplicación es solo por invitación.",
    federatedClosed:
      "No hay ninguna cuenta para esta identidad de {provider} y esta aplicación no admite registros nuevos.",
  },
  limits: {
    wrongCodesPerAddress: "Se han introducido demasiados códigos incorrectos para esta dirección.",
    failedSignIns: "Demasiados inicios de sesión fallidos.",
    failedSignInsFromNetwork: "Demasiados inicios de sesión fallidos desde tu red.",
    wrongSecondFactors: "Se han introducido demasiados códigos incorrectos para esta cuenta.",
    signUpsFromNetwork: "Hoy se han creado demasiadas cuentas desde tu red.",
    botFallbackFromNetwork: "Demasiados intentos sin la comprobación antirrobots desde tu red.",
    retryIn:
      "Vuelve a intentarlo dentro de {unit, select, seconds {{count, plural, one {# segundo} other {# segundos}}} minutes {{count, plural, one {# minuto} other {# minutos}}} other {{count, plural, one {# hora} other {# horas}}}}.",
  },
  validation: {
    required: "Completa «{label}».",
    tick: "Marca «{label}» para continuar.",
    fromList: "Elige «{label}» de la lista.",
    wholeNumber: "«{label}» debe ser un número entero.",
    tooLarge: "«{label}» es demasiado grande.",
    atLeast: "«{label}» debe ser como mínimo {min}.",
    atMost: "«{label}» debe ser como máximo {max}.",
    date: "Introduce «{label}» como fecha (AAAA-MM-DD).",
    controlCharacters: "«{label}» no puede contener caracteres de control.",
    maxLength: "«{label}» debe tener como máximo {max} caracteres.",
    minLength: "«{label}» debe tener al menos {min} caracteres.",
    format: "«{label}» no tiene el formato esperado.",
    passwordTooShort: "Usa al menos {min} caracteres; 15 o más es mejor.",
    passwordTooLong: "Usa como máximo {max} caracteres.",
    passwordCommon:
      "Esta contraseña es una de las más comunes, así que es fácil de adivinar. Elige otra.",
    passwordIsEmail: "No uses tu dirección de correo como contraseña.",
    emailInvalid: "Introduce una dirección de correo como nombre@ejemplo.com.",
    emailTooLong: "Esta dirección de correo es demasiado larga.",
  },
  attributes: {
    displayName: "Nombre para mostrar",
    givenName: "Nombre",
    surname: "Apellidos",
    jobTitle: "Puesto",
    streetAddress: "Dirección",
    city: "Ciudad",
    state: "Estado/provincia",
    postalCode: "Código postal",
    country: "País/región",
  },
  account: {
    navLabel: "Tu cuenta",
    signedInAs: "Sesión iniciada como <email>{address}</email>",
    signOut: "Cerrar sesión",
    detailsTitle: "Tus datos",
    securityTitle: "Inicio de sesión y seguridad",
    dataTitle: "Tu información",
    emailTitle: "Cambiar tu correo",
    emailHeading: "Correo electrónico",
    changeEmail: "Cambiar tu dirección de correo",
    setBy: "Establecido por {tenant}",
    setByHint: "No puedes cambiar esto aquí. Pídeselo a {tenant} si algo no es correcto.",
    aboutYou: "Sobre ti",
    nothingToChange: "No hay nada más que cambiar aquí.",
    notGiven: "Sin indicar",
    yes: "Sí",
    no: "No",
    saveChanges: "Guardar cambios",
    passwordHeading: "Contraseña",
    changePassword: "Cambiar tu contraseña",
    addPassword: "Añadir una contraseña",
    currentPassword: "Contraseña actual",
    newPassword: "Contraseña nueva",
    password: "Contraseña",
    passwordHint: "Al menos 8 caracteres; 15 o más es mejor. Que no sea una contraseña común.",
    removePassword: "Quitar tu contraseña",
    onlyPassword: "Tu contraseña es tu única forma de iniciar sesión, así que no se puede quitar.",
    waysHeading: "Cómo inicias sesión",
    yourEmail: "Tu dirección de correo",
    linkedOn: "Vinculado el {date}",
    unlink: "Desvincular {provider}",
    onlyWay: "Tu única forma de iniciar sesión",
    secondStepHeading: "Segundo paso",
    secondStepIntro:
      "Una llave de acceso o una aplicación de autenticación, que se pide después de tu código por correo, tu contraseña o el inicio de sesión de tu organización, para que estos por sí solos no basten para entrar en tu cuenta.",
    synced: "(sincronizada)",
    addedOn: "Añadida el {date}",
    lastUsed: "último uso {when}",
    removeFactor: "Quitar {name} añadida el {date}",
    noSecondStep: "No has configurado un segundo paso.",
    recoveryCodesLeft:
      "{count, plural, one {Te queda # código de recuperación.} other {Te quedan # códigos de recuperación.}}",
    addPasskey: "Añadir una llave de acceso",
    passkeyAdded: "Se añadió la llave de acceso.",
    addApp: "Añadir una aplicación de autenticación",
    addTheApp: "Añadir la aplicación de autenticación",
    appAdded: "Se añadió la aplicación de autenticación.",
    scanOrType:
      "Escanea este código QR con una aplicación de autenticación, o introduce la clave a mano.",
    renewCodes: "Obtener códigos de recuperación nuevos",
    oldCodesGone: "Tus códigos de recuperación anteriores ya no funcionan.",
    newCodesIntro:
      "Tus códigos de recuperación: cada uno te permite entrar una vez si pierdes tu segundo paso. Guárdalos en un lugar seguro; no se volverán a mostrar.",
    appsHeading: "Aplicaciones que has permitido",
    noApps: "No has permitido que ninguna aplicación use tu cuenta.",
    allowedOn: "Permitida el {date}: {scopes}",
    removeAccess: "Quitar el acceso de {app}",
    sessionsHeading: "Dónde tienes la sesión iniciada",
    sessionsCount:
      "{count, plural, one {Tienes la sesión iniciada en un navegador: este.} other {Tienes la sesión iniciada en # navegadores, incluido este.}}",
    signOutEverywhereHint:
      "Cerrar sesión en todas partes las termina todas, y cada aplicación te pedirá que vuelvas a iniciar sesión.",
    signedInAt: "Sesión iniciada {when}",
    signedIn: "Sesión iniciada",
    thisBrowser: "(este navegador)",
    usedWith: "Usada con {apps}",
    usedWithAccountOnly: "Usada solo con esta página de cuenta",
    signOutEverywhere: "Cerrar sesión en todas partes",
    confirmNewAddress: "Confirma tu nueva dirección",
    confirmTheNewAddress: "Confirmar la nueva dirección",
    newAddressCodeHint: "El código de 6 dígitos que enviamos a {email}. Caduca en 10 minutos.",
    useAnotherAddress: "Usar otra dirección",
    yourNewAddress: "Tu nueva dirección",
    newAddressIntro:
      "Enviaremos un código a la nueva dirección. Tu dirección seguirá siendo {email} hasta que lo introduzcas, y avisaremos a esa dirección del cambio.",
    sendACode: "Enviar un código",
    newEmail: "Nueva dirección de correo",
    backToDetails: "Volver a tus datos",
    downloadHeading: "Descargar tu información",
    downloadIntro:
      "Un archivo (JSON) con todo lo que {tenant} guarda sobre ti: tus datos, cómo inicias sesión, las aplicaciones que has permitido, las condiciones que aceptaste y tu historial de inicios de sesión.",
    download: "Descargar tu información",
    deleteHeading: "Eliminar tu cuenta",
    deleteIntro:
      "Esto elimina tu cuenta y todo lo que {tenant} guarda sobre ti, y cierra tu sesión en todas las aplicaciones. No se puede deshacer. Para asegurarnos de que eres tú, primero enviamos un código a {email}.",
    deleteMine: "Eliminar mi cuenta",
    deletionCodeHint: "El código de 6 dígitos que te enviamos. Caduca en 10 minutos.",
    sendDeletionCode: "Enviarme un código para eliminar mi cuenta",
    signedOutTitle: "Sesión cerrada",
    deletedTitle: "Cuenta eliminada",
    signedOut: "Has cerrado la sesión de tu cuenta.",
    deleted: "Se eliminó tu cuenta. Todo lo que guardábamos sobre ti ha desaparecido.",
    signedOutEverywhere:
      "Has cerrado la sesión en todas partes. Cada aplicación te pedirá que vuelvas a iniciar sesión.",
    notSignedIn:
      "No se inició tu sesión. El inicio de sesión se canceló, caducó o empezó en otro navegador.",
    signInAgain: "Iniciar sesión en tu cuenta",
  },
  accountNotices: {
    "profile-saved": "Se guardaron tus datos.",
    "password-added":
      "Se añadió tu contraseña. Ya puedes iniciar sesión con ella. Se cerró la sesión en todos los demás navegadores.",
    "password-changed":
      "Se cambió tu contraseña. Se cerró la sesión en todos los demás navegadores.",
    "password-removed": "Se quitó tu contraseña.",
    "identity-unlinked": "Esa forma de iniciar sesión se desvinculó de tu cuenta.",
    "second-factor-removed": "Ese segundo paso se quitó de tu cuenta.",
    "consent-revoked": "La aplicación ya no tiene acceso. Te lo volverá a pedir si la usas.",
    "email-code-sent":
      "Hemos enviado un código a tu nueva dirección. Introdúcelo abajo para confirmar el cambio.",
    "email-changed":
      "Se cambió tu dirección de correo. A partir de ahora, inicia sesión con la nueva dirección.",
    "deletion-code-sent":
      "Hemos enviado un código a tu dirección de correo. Introdúcelo abajo para eliminar tu cuenta.",
    "language-changed": "Se cambió tu idioma.",
  },
  accountMessages: {
    codeWrong:
      "Ese código no es correcto. {attemptsLeft, plural, one {Queda # intento} other {Quedan # intentos}}.",
    tooManyWrongCodes: "Demasiados códigos incorrectos. Pide un código nuevo.",
    codeExpired: "Ese código ha caducado o ya se usó. Pide un código nuevo.",
    wrongCurrentPassword: "Esa no es tu contraseña actual.",
    addressTaken: "Otra cuenta ya usa esa dirección. Elige otra.",
    sameAddress: "Esa ya es tu dirección de correo.",
    domainRefused: "Las direcciones de ese dominio no se pueden usar aquí.",
    saveFailed:
      "No hemos podido guardar tus cambios en este momento. Vuelve a intentarlo en un momento.",
    passkeyNotAdded: "No se pudo añadir la llave de acceso. Vuelve a intentarlo.",
  },
  accountCodeEmail: {
    subject: "Tu código de verificación de {tenant}",
    codeIs: "Tu código de verificación es",
    emailChange:
      "Introdúcelo en la página de tu cuenta de {tenant} para confirmar tu nueva dirección de correo. Caduca en {minutes} minutos y solo sirve una vez.",
    deletion:
      "Introdúcelo en la página de tu cuenta de {tenant} para eliminar tu cuenta. Caduca en {minutes} minutos y solo sirve una vez.",
    ignore: "Si no lo has pedido, puedes ignorar este correo.",
  },
  invitationEmail: {
    subject: "{tenant} te ha invitado a {app}",
    invited: "<strong>{tenant}</strong> te ha invitado a <strong>{app}</strong>.",
    theirMessage: "Su mensaje:",
    acceptBy: "<link>Acepta la invitación</link> antes del {date} (UTC).",
    signUpWith:
      "Regístrate con esta dirección, {email}. Si no esperabas esta invitación, ignora este correo.",
  },
  approvalEmail: {
    approvedSubject: "Se aprobó tu cuenta para {app}",
    approved: "{tenant} aprobó tu cuenta. Ya puedes iniciar sesión en {app}.",
    signInLink: "Iniciar sesión",
    declinedSubject: "Se rechazó tu solicitud para {app}",
    declined: "{tenant} rechazó tu solicitud de cuenta para {app}.",
    reason: "Motivo: {reason}",
  },
  codeEmail: {
    subject: "Tu código de verificación de {tenant}",
    codeIs: "Tu código de verificación es",
    enterIt:
      "Introdúcelo en la página de {tenant} para continuar. Caduca en {minutes} minutos y solo sirve una vez.",
    ignore: "Si no lo has pedido, puedes ignorar este correo.",
  },
};
