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
  codeEmail: {
    subject: "Tu código de verificación de {tenant}",
    codeIs: "Tu código de verificación es",
    enterIt:
      "Introdúcelo en la página de {tenant} para continuar. Caduca en {minutes} minutos y solo sirve una vez.",
    ignore: "Si no lo has pedido, puedes ignorar este correo.",
  },
};
