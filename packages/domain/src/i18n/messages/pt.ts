import type { Messages } from "../catalogue";

/** Portuguese (Brazilian usage, "você", understood everywhere Portuguese is read). */
export const pt: Messages = {
  common: {
    cancel: "Cancelar",
    continue: "Continuar",
    verify: "Verificar",
    confirm: "Confirmar",
    signIn: "Entrar",
    theApplication: "o aplicativo",
    yourAccount: "sua conta",
    problemTitle: "Há um problema",
    errorPrefix: "Erro:",
    optional: "(opcional)",
    choose: "Escolha…",
    opensInNewTab: "(abre em uma nova guia)",
    email: "Endereço de e-mail",
    password: "Senha",
    code: "Código",
  },
  language: {
    label: "Idioma",
    change: "Mudar idioma",
  },
  page: {
    expiredTitle: "Esta página expirou",
    expiredBody:
      "O acesso que você começou terminou. Nada foi perdido: volte ao aplicativo e entre novamente.",
    doneTitle: "Tudo pronto",
    doneBody: "Você pode voltar para {app}.",
    metadataExpired: "Página expirada",
  },
  titles: {
    signIn: "Entrar",
    signUp: "Crie sua conta",
    code: "Confira seu e-mail",
    attributes: "Sobre você",
    choosePassword: "Escolha uma senha",
    chooseNewPassword: "Escolha uma nova senha",
    consent: "Permitir acesso?",
    blocked: "Não podemos continuar",
    terms: "Termos atualizados",
    profile: "Mais alguns dados",
    approval: "Sua solicitação está com {tenant}",
    secondFactor: "Segunda etapa",
    enrolSecondFactor: "Configure uma segunda etapa",
    recoveryCodes: "Guarde seus códigos de recuperação",
  },
  emailStep: {
    signUpIntro: "Crie sua conta para {app}.",
    signInIntro: "Entre para continuar em {app}.",
    invitationOnly:
      "{app} é somente para convidados. Se você foi convidado, abra o link do seu e-mail de convite. Se você já tem uma conta, entre.",
    signUpClosed:
      "{app} não está aceitando novos cadastros no momento. Se você já tem uma conta, entre.",
    noWayIn:
      "{app} ainda não tem nenhuma forma de entrar configurada. Fale com a organização responsável.",
    codeHint: "Vamos enviar um código de 6 dígitos por e-mail para confirmar que o endereço é seu.",
    invitedCodeHint:
      "Seu convite foi enviado para este endereço. Vamos enviar um código de 6 dígitos para ele para confirmar que é seu.",
    homeRealmHint: "Se a sua organização tem um acesso próprio aqui, levaremos você até ele.",
    homeRealmInsteadHint:
      "Se a sua organização tem um acesso próprio aqui, levaremos você até ele em vez disso.",
    sendCode: "Enviar código",
    next: "Avançar",
    forgotPassword: "Esqueceu a senha?",
    changePassword: "Alterar senha",
    codeInstead: "Enviar um código por e-mail em vez disso",
    passkey: "Entrar com uma chave de acesso",
    orContinueWith: "Ou continue com",
    continueWith: "Continue com",
    haveAccount: "Já tem uma conta?",
    noAccount: "Não tem conta?",
    createOne: "Crie uma",
  },
  codeStep: {
    sentTo: "Enviamos um código para <email>{address}</email>. Ele expira em {minutes} minutos.",
    label: "Código de verificação",
    hint: "Os 6 dígitos do e-mail.",
    resend: "Enviar um novo código",
    wrongAddress: "Endereço errado?",
    useAnotherEmail: "Usar outro e-mail",
  },
  attributesStep: {
    signingUpAs: "Cadastrando como <email>{address}</email>.",
    profileIntro: "{tenant} pede algo novo desde o seu cadastro. Responda para continuar.",
  },
  passwordStep: {
    forAccount: "Escolha uma senha para <email>{address}</email>.",
    newForAccount: "Escolha uma nova senha para <email>{address}</email>.",
    newPassword: "Nova senha",
    hint: "Pelo menos 8 caracteres; 15 ou mais é melhor. Algumas palavras sem relação entre si são fáceis de lembrar. Não precisa de caracteres especiais.",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> gostaria de:",
    theApplication: "Este aplicativo",
    openid: "Conectar você",
    profile: "Ver seu nome",
    email: "Ver seu endereço de e-mail",
    offline_access: "Manter você conectado quando não estiver usando",
    otherScope: "Usar “{scope}”",
    allow: "Permitir",
    deny: "Não permitir",
  },
  approvalStep: {
    reviews: "{tenant} analisa as novas contas de {app} antes que elas possam entrar.",
    willEmail:
      "Vamos escrever para <email>{address}</email> assim que sua solicitação for decidida. Você pode fechar esta página.",
    returnTo: "Voltar para {app}",
  },
  termsStep: {
    updated: "{tenant} atualizou os termos de {app}. Leia e aceite os termos para continuar.",
    acceptAndContinue: "Aceitar e continuar",
    legend: "Termos",
    version: "versão {version}",
    accept: "Li e aceito {count, plural, one {estes termos} other {todos estes termos}}.",
  },
  stopStep: {
    cannotContinue: "Não podemos continuar com este acesso.",
    useAnotherEmail: "Usar outro e-mail",
  },
  secondFactorStep: {
    intro: "Sua conta tem uma segunda etapa para mantê-la segura.",
    usePasskeyOrApp: "Use sua chave de acesso ou digite o código do seu aplicativo autenticador.",
    usePasskeyOrRecovery: "Use sua chave de acesso ou digite um dos seus códigos de recuperação.",
    enterAppCode: "Digite o código do seu aplicativo autenticador.",
    usePasskey: "Usar sua chave de acesso",
    appOrRecoveryHint:
      "Os 6 dígitos que seu aplicativo autenticador mostra, ou um código de recuperação (como abcd-efgh-jkmn).",
    recoveryHint: "Um dos códigos de recuperação que você guardou (como abcd-efgh-jkmn).",
  },
  enrolStep: {
    optionalIntro:
      "{tenant} sugere uma segunda etapa ao entrar, para que só o seu e-mail não baste para acessar sua conta.",
    requiredIntro: "{tenant} pede uma segunda etapa ao entrar. Configure uma para continuar.",
    appHeading: "Aplicativo autenticador",
    appStep1:
      "Abra um aplicativo autenticador (Microsoft Authenticator, Google Authenticator, 1Password…).",
    appStep2: "Leia este código QR ou digite a chave abaixo.",
    appStep3: "Digite o código de 6 dígitos que o aplicativo mostra.",
    appCodeLabel: "Código do aplicativo",
    appCodeHint: "Os 6 dígitos que ele mostra agora.",
    usePasskey: "Usar uma chave de acesso",
    useApp: "Usar um aplicativo autenticador",
    notNow: "Agora não",
    qrLabel: "Código QR para o seu aplicativo autenticador",
    key: "Chave:",
  },
  recoveryCodesStep: {
    intro:
      "Se você perder o celular ou a chave de acesso, cada um destes códigos permite entrar uma vez no lugar deles. Guarde-os em um lugar seguro, como um gerenciador de senhas. Eles não serão mostrados de novo.",
    listLabel: "Códigos de recuperação",
    saved: "Guardei estes códigos",
  },
  passkey: {
    unsupported: "Este navegador não consegue usar chaves de acesso aqui. Use outra forma abaixo.",
    needsJavaScript:
      "Chaves de acesso precisam de JavaScript. Ative-o para usar uma, ou use outra forma.",
    notUsed: "A chave de acesso não foi usada. Tente de novo ou use outra forma.",
    failed: "A chave de acesso não funcionou aqui. Tente de novo ou use outra forma.",
  },
  samlPost: {
    pageTitle: "Continue para a sua organização",
    title: "Continue para {provider}",
    body: "Você vai entrar com a conta da sua organização lá e depois voltar para cá.",
  },
  messages: {
    optionUnavailable: "Esta forma de entrar não está disponível aqui.",
    botCheckNeeded:
      "Precisamos verificar que você não é um robô. Aguarde alguns segundos e envie de novo.",
    botCheckFailed: "Não conseguimos confirmar que você não é um robô. Tente de novo.",
    botCheckLabel: "Verificando que você não é um robô",
    optionGone: "Essa forma de entrar não está mais disponível.",
    invitationFor: "Este convite é para {email}. Para usar outro endereço, entre em vez disso.",
    noEmailSignIn: "Este endereço não pode entrar aqui por e-mail. Escolha uma das opções abaixo.",
    domainNotAllowed:
      "O cadastro não está disponível para este domínio de e-mail. Use outro endereço.",
    newCodeSent: "Enviamos um novo código para você.",
    enterEmailCode: "Digite o código de 6 dígitos do e-mail.",
    codeWrong:
      "Esse código não está certo. Você tem mais {attemptsLeft, plural, one {# tentativa} other {# tentativas}}.",
    codeExpired: "Esse código expirou ou já foi usado. Peça um novo código.",
    tooManyWrongCodes: "Códigos errados demais. Peça um novo código.",
    codeCooldown: "Um código acabou de ser enviado. Você poderá pedir outro em {seconds} segundos.",
    tooManyCodes: "Foram pedidos códigos demais. Espere 15 minutos e tente de novo.",
    noAccountYet: "Ainda não há uma conta para {email}. Crie uma para continuar.",
    accountExists: "Já existe uma conta para {email}. Entre para continuar.",
    wrongCredentials:
      "Esse e-mail e essa senha não correspondem a nenhuma conta. Tente de novo ou redefina sua senha.",
    resetAdvice: "Você também pode usar “Esqueceu a senha?” para entrar com um código por e-mail.",
    homeRealm: "Pessoas de {domain} entram com {provider}. Escolha {provider} abaixo.",
    homeRealmNotOffered:
      "Pessoas de {domain} entram com {provider}, que este aplicativo não oferece. Fale com a organização responsável.",
    refusedInvitationOnly:
      "Não há conta para {email}, e este aplicativo é somente para convidados. Se você foi convidado, use o endereço para o qual o convite foi enviado ou peça um novo convite.",
    refusedDomain:
      "O cadastro não está disponível para o domínio de e-mail de {email}. Use outro endereço.",
    refusedClosed:
      "Não há conta para {email}, e este aplicativo não aceita novos cadastros para ele.",
    refusedAccountPage:
      "Não há conta para {email}. Para criar uma, cadastre-se pelo aplicativo que você quer usar.",
    invitationWithdrawn:
      "Seu convite foi retirado ou expirou, então a conta não foi criada. Peça um novo convite a quem convidou você.",
    accountBlocked:
      "Sua conta está bloqueada. Fale com a organização que convidou você para usar este aplicativo.",
    accountDeclined:
      "Sua solicitação de conta foi recusada. Fale com a organização responsável por este aplicativo se achar que é um engano.",
    signUpFailedAnswersKept:
      "Não conseguimos concluir seu cadastro agora. Suas respostas foram mantidas: tente de novo em instantes.",
    signUpFailed: "Não conseguimos concluir seu cadastro agora. Tente de novo em instantes.",
    termsNotAccepted: "Marque a caixa para aceitar os termos, ou cancele.",
    termsChanged:
      "Os termos foram atualizados enquanto você os lia. Leia a nova versão e depois aceite-a.",
    termsRequired: "Aceite os termos para criar sua conta.",
    secondFactorWrong:
      "Esse código não está certo. Digite o código de 6 dígitos do seu aplicativo autenticador ou um dos seus códigos de recuperação.",
    secondFactorCodeUsed:
      "Esse código já foi usado. Espere o próximo no seu aplicativo autenticador.",
    passkeyCheckFailed:
      "Não foi possível verificar essa chave de acesso. Tente de novo ou use outra forma.",
    passkeyUnknown:
      "Essa chave de acesso não é reconhecida aqui. Entre de outra forma e depois adicione uma chave de acesso na página da sua conta.",
    enrolCodeWrong:
      "Esse código não está certo. Digite o código de 6 dígitos que seu aplicativo autenticador mostra agora.",
    passkeyEnrolFailed:
      "Não foi possível configurar a chave de acesso. Tente de novo ou use um aplicativo autenticador.",
    federationMismatch: "Não foi possível associar esse acesso a esta página. Tente de novo.",
    federationCancelled: "O acesso com {provider} foi cancelado. Escolha como continuar.",
    federationFailed:
      "O acesso com {provider} não funcionou. Tente de novo ou escolha outra forma de continuar.",
    providerUnreachable:
      "Não é possível acessar {provider} agora. Tente de novo em instantes ou escolha outra forma de continuar.",
    linkWithCode:
      "Você já tem uma conta com {email}. Digite o código que enviamos para lá para usar {provider} com ela também.",
    confirmWithCode: "Digite o código que enviamos para {email} para confirmar que ele é seu.",
    upstreamNoEmail:
      "{provider} não compartilhou um endereço de e-mail, e este aplicativo precisa de um. Escolha outra forma de se cadastrar.",
    federatedDomainRefused: "O cadastro não está disponível para o seu domínio de e-mail.",
    federatedInvitationOnly:
      "Não há conta para esta identidade {provider}, e este aplicativo é somente para convidados.",
    federatedClosed:
      "Não há conta para esta identidade {provider}, e este aplicativo não aceita novos cadastros.",
  },
  limits: {
    wrongCodesPerAddress: "Foram digitados códigos errados demais para este endereço.",
    failedSignIns: "Tentativas de acesso com falha demais.",
    failedSignInsFromNetwork: "Tentativas de acesso com falha demais a partir da sua rede.",
    wrongSecondFactors: "Foram digitados códigos errados demais para esta conta.",
    signUpsFromNetwork: "Contas demais foram criadas a partir da sua rede hoje.",
    botFallbackFromNetwork:
      "Tentativas demais sem a verificação contra robôs a partir da sua rede.",
    retryIn:
      "Tente de novo em {unit, select, seconds {{count, plural, one {# segundo} other {# segundos}}} minutes {{count, plural, one {# minuto} other {# minutos}}} other {{count, plural, one {# hora} other {# horas}}}}.",
  },
  validation: {
    required: "Preencha “{label}”.",
    tick: "Marque “{label}” para continuar.",
    fromList: "Escolha “{label}” na lista.",
    wholeNumber: "“{label}” deve ser um número inteiro.",
    tooLarge: "“{label}” é grande demais.",
    atLeast: "“{label}” deve ser no mínimo {min}.",
    atMost: "“{label}” deve ser no máximo {max}.",
    date: "Digite “{label}” como data (AAAA-MM-DD).",
    controlCharacters: "“{label}” não pode conter caracteres de controle.",
    maxLength: "“{label}” deve ter no máximo {max} caracteres.",
    minLength: "“{label}” deve ter pelo menos {min} caracteres.",
    format: "“{label}” não está no formato esperado.",
    passwordTooShort: "Use pelo menos {min} caracteres; 15 ou mais é melhor.",
    passwordTooLong: "Use no máximo {max} caracteres.",
    passwordCommon: "Esta senha é uma das mais comuns, então é fácil de adivinhar. Escolha outra.",
    passwordIsEmail: "Não use seu endereço de e-mail como senha.",
    emailInvalid: "Digite um endereço de e-mail como nome@exemplo.com.",
    emailTooLong: "Este endereço de e-mail é longo demais.",
  },
  attributes: {
    displayName: "Nome de exibição",
    givenName: "Nome",
    surname: "Sobrenome",
    jobTitle: "Cargo",
    streetAddress: "Endereço",
    city: "Cidade",
    state: "Estado/província",
    postalCode: "CEP/código postal",
    country: "País/região",
  },
  account: {
    navLabel: "Sua conta",
    signedInAs: "Conectado como <email>{address}</email>",
    signOut: "Sair",
    detailsTitle: "Seus dados",
    securityTitle: "Acesso e segurança",
    dataTitle: "Suas informações",
    emailTitle: "Alterar seu e-mail",
    emailHeading: "Endereço de e-mail",
    changeEmail: "Alterar seu endereço de e-mail",
    setBy: "Definido por {tenant}",
    setByHint: "Você não pode alterar estes dados aqui. Peça a {tenant} se algum estiver errado.",
    aboutYou: "Sobre você",
    nothingToChange: "Não há mais nada para alterar aqui.",
    notGiven: "Não informado",
    yes: "Sim",
    no: "Não",
    saveChanges: "Salvar alterações",
    passwordHeading: "Senha",
    changePassword: "Alterar sua senha",
    addPassword: "Adicionar uma senha",
    currentPassword: "Senha atual",
    newPassword: "Nova senha",
    password: "Senha",
    passwordHint: "Pelo menos 8 caracteres; 15 ou mais é melhor. Não uma senha comum.",
    removePassword: "Remover sua senha",
    onlyPassword: "Sua senha é sua única forma de entrar, por isso não pode ser removida.",
    waysHeading: "Como você entra",
    yourEmail: "Seu endereço de e-mail",
    linkedOn: "Vinculado em {date}",
    unlink: "Desvincular {provider}",
    onlyWay: "Sua única forma de entrar",
    secondStepHeading: "Segunda etapa",
    secondStepIntro:
      "Uma chave de acesso ou um aplicativo autenticador, pedido depois do seu código por e-mail, da sua senha ou do acesso da sua organização, para que só eles não bastem para entrar na sua conta.",
    synced: "(sincronizada)",
    addedOn: "Adicionada em {date}",
    lastUsed: "último uso {when}",
    removeFactor: "Remover {name} adicionada em {date}",
    noSecondStep: "Você não configurou uma segunda etapa.",
    recoveryCodesLeft:
      "{count, plural, one {Você tem # código de recuperação restante.} other {Você tem # códigos de recuperação restantes.}}",
    addPasskey: "Adicionar uma chave de acesso",
    passkeyAdded: "A chave de acesso foi adicionada.",
    addApp: "Adicionar um aplicativo autenticador",
    addTheApp: "Adicionar o aplicativo autenticador",
    appAdded: "O aplicativo autenticador foi adicionado.",
    scanOrType: "Leia este código QR com um aplicativo autenticador, ou digite a chave à mão.",
    renewCodes: "Gerar novos códigos de recuperação",
    oldCodesGone: "Seus códigos de recuperação antigos não funcionam mais.",
    newCodesIntro:
      "Seus códigos de recuperação: cada um permite entrar uma vez se você perder sua segunda etapa. Guarde-os em um lugar seguro; eles não serão mostrados de novo.",
    appsHeading: "Aplicativos que você permitiu",
    noApps: "Você não permitiu que nenhum aplicativo use sua conta.",
    allowedOn: "Permitido em {date}: {scopes}",
    removeAccess: "Remover o acesso de {app}",
    sessionsHeading: "Onde você está conectado",
    sessionsCount:
      "{count, plural, one {Você está conectado em um navegador: este.} other {Você está conectado em # navegadores, incluindo este.}}",
    signOutEverywhereHint:
      "Sair de todos os lugares encerra todos eles, e cada aplicativo pedirá que você entre de novo.",
    signedInAt: "Conectado {when}",
    signedIn: "Conectado",
    thisBrowser: "(este navegador)",
    usedWith: "Usado com {apps}",
    usedWithAccountOnly: "Usado somente com esta página da conta",
    signOutEverywhere: "Sair de todos os lugares",
    confirmNewAddress: "Confirme seu novo endereço",
    confirmTheNewAddress: "Confirmar o novo endereço",
    newAddressCodeHint:
      "O código de 6 dígitos que enviamos para {email}. Ele expira em 10 minutos.",
    useAnotherAddress: "Usar outro endereço",
    yourNewAddress: "Seu novo endereço",
    newAddressIntro:
      "Vamos enviar um código para o novo endereço. Seu endereço continua sendo {email} até você digitá-lo, e avisaremos esse endereço sobre a mudança.",
    sendACode: "Enviar um código",
    newEmail: "Novo endereço de e-mail",
    backToDetails: "Voltar para seus dados",
    downloadHeading: "Baixar suas informações",
    downloadIntro:
      "Um arquivo (JSON) com tudo o que {tenant} guarda sobre você: seus dados, como você entra, os aplicativos que você permitiu, os termos que aceitou e seu histórico de acessos.",
    download: "Baixar suas informações",
    deleteHeading: "Excluir sua conta",
    deleteIntro:
      "Isso remove sua conta e tudo o que {tenant} guarda sobre você, e desconecta você de todos os aplicativos. Não pode ser desfeito. Para ter certeza de que é você, primeiro enviamos um código para {email}.",
    deleteMine: "Excluir minha conta",
    deletionCodeHint: "O código de 6 dígitos que enviamos para você. Ele expira em 10 minutos.",
    sendDeletionCode: "Enviar um código para excluir minha conta",
    signedOutTitle: "Desconectado",
    deletedTitle: "Conta excluída",
    signedOut: "Você saiu da sua conta.",
    deleted: "Sua conta foi excluída. Tudo o que guardávamos sobre você foi apagado.",
    signedOutEverywhere:
      "Você saiu de todos os lugares. Cada aplicativo pedirá que você entre de novo.",
    notSignedIn:
      "Você não foi conectado. O acesso foi cancelado, expirou ou começou em outro navegador.",
    signInAgain: "Entrar na sua conta",
  },
  accountNotices: {
    "profile-saved": "Seus dados foram salvos.",
    "password-added":
      "Sua senha foi adicionada. Agora você pode entrar com ela. Todos os outros navegadores foram desconectados.",
    "password-changed": "Sua senha foi alterada. Todos os outros navegadores foram desconectados.",
    "password-removed": "Sua senha foi removida.",
    "identity-unlinked": "Essa forma de entrar foi desvinculada da sua conta.",
    "second-factor-removed": "Essa segunda etapa foi removida da sua conta.",
    "consent-revoked": "O aplicativo não tem mais acesso. Ele pedirá de novo se você o usar.",
    "email-code-sent":
      "Enviamos um código para o seu novo endereço. Digite-o abaixo para confirmar a mudança.",
    "email-changed":
      "Seu endereço de e-mail foi alterado. A partir de agora, entre com o novo endereço.",
    "deletion-code-sent":
      "Enviamos um código para o seu endereço de e-mail. Digite-o abaixo para excluir sua conta.",
    "language-changed": "Seu idioma foi alterado.",
  },
  accountMessages: {
    codeWrong:
      "Esse código não está certo. {attemptsLeft, plural, one {Resta # tentativa} other {Restam # tentativas}}.",
    tooManyWrongCodes: "Códigos errados demais. Peça um novo código.",
    codeExpired: "Esse código expirou ou já foi usado. Peça um novo código.",
    wrongCurrentPassword: "Essa não é a sua senha atual.",
    addressTaken: "Outra conta já usa esse endereço. Escolha outro.",
    sameAddress: "Esse já é o seu endereço de e-mail.",
    domainRefused: "Endereços desse domínio não podem ser usados aqui.",
    saveFailed: "Não conseguimos salvar suas alterações agora. Tente de novo em instantes.",
    passkeyNotAdded: "Não foi possível adicionar a chave de acesso. Tente de novo.",
  },
  accountCodeEmail: {
    subject: "Seu código de verificação de {tenant}",
    codeIs: "Seu código de verificação é",
    emailChange:
      "Digite-o na página da sua conta de {tenant} para confirmar seu novo endereço de e-mail. Ele expira em {minutes} minutos e só funciona uma vez.",
    deletion:
      "Digite-o na página da sua conta de {tenant} para excluir sua conta. Ele expira em {minutes} minutos e só funciona uma vez.",
    ignore: "Se você não pediu este código, pode ignorar este e-mail.",
  },
  invitationEmail: {
    subject: "{tenant} convidou você para {app}",
    invited: "<strong>{tenant}</strong> convidou você para <strong>{app}</strong>.",
    theirMessage: "Mensagem:",
    acceptBy: "<link>Aceite o convite</link> até {date} (UTC).",
    signUpWith:
      "Cadastre-se com este endereço, {email}. Se você não esperava este convite, ignore este e-mail.",
  },
  approvalEmail: {
    approvedSubject: "Sua conta para {app} foi aprovada",
    approved: "{tenant} aprovou sua conta. Agora você pode entrar em {app}.",
    signInLink: "Entrar",
    declinedSubject: "Sua solicitação para {app} foi recusada",
    declined: "{tenant} recusou sua solicitação de conta para {app}.",
    reason: "Motivo: {reason}",
  },
  codeEmail: {
    subject: "Seu código de verificação de {tenant}",
    codeIs: "Seu código de verificação é",
    enterIt:
      "Digite-o na página de {tenant} para continuar. Ele expira em {minutes} minutos e só funciona uma vez.",
    ignore: "Se você não pediu este código, pode ignorar este e-mail.",
  },
};
