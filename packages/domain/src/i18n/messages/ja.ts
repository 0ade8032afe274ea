import type { Messages } from "../catalogue";

/** Japanese (polite です/ます; Japanese has no plural forms, so every plural is "other"). */
export const ja: Messages = {
  common: {
    cancel: "キャンセル",
    continue: "続行",
    verify: "確認",
    confirm: "確定",
    signIn: "サインイン",
    theApplication: "アプリケーション",
    yourAccount: "あなたのアカウント",
    problemTitle: "問題があります",
    errorPrefix: "エラー:",
    optional: "(任意)",
    choose: "選択してください…",
    opensInNewTab: "(新しいタブで開きます)",
    email: "メールアドレス",
    password: "パスワード",
    code: "コード",
  },
  language: {
    label: "言語",
    change: "言語を変更",
  },
  page: {
    expiredTitle: "このページの有効期限が切れました",
    expiredBody:
      "開始したサインインは終了しました。失われたものはありません。アプリケーションに戻って、もう一度サインインしてください。",
    doneTitle: "完了しました",
    doneBody: "{app} に戻ることができます。",
    metadataExpired: "ページの有効期限切れ",
  },
  titles: {
    signIn: "サインイン",
    signUp: "アカウントの作成",
    code: "メールを確認してください",
    attributes: "あなたについて",
    choosePassword: "パスワードの設定",
    chooseNewPassword: "新しいパスワードの設定",
    consent: "アクセスを許可しますか?",
    blocked: "続行できません",
    terms: "規約が更新されました",
    profile: "追加の情報",
    approval: "リクエストは {tenant} で確認中です",
    secondFactor: "2 段階目の確認",
    enrolSecondFactor: "2 段階目の確認を設定",
    recoveryCodes: "回復コードを保存してください",
  },
  emailStep: {
    signUpIntro: "{app} のアカウントを作成します。",
    signInIntro: "{app} を続けるにはサインインしてください。",
    invitationOnly:
      "{app} は招待制です。招待された方は、招待メールのリンクを開いてください。すでにアカウントをお持ちの方はサインインしてください。",
    signUpClosed:
      "{app} は現在、新規登録を受け付けていません。すでにアカウントをお持ちの方はサインインしてください。",
    noWayIn:
      "{app} にはまだサインイン方法が設定されていません。運営している組織にお問い合わせください。",
    codeHint: "ご本人のアドレスであることを確認するため、6 桁のコードをメールでお送りします。",
    invitedCodeHint:
      "招待はこのアドレスに送信されました。ご本人のアドレスであることを確認するため、ここに 6 桁のコードをお送りします。",
    homeRealmHint: "所属する組織がここに独自のサインインを持っている場合は、そちらにご案内します。",
    homeRealmInsteadHint:
      "所属する組織がここに独自のサインインを持っている場合は、代わりにそちらにご案内します。",
    sendCode: "コードを送信",
    next: "次へ",
    forgotPassword: "パスワードをお忘れですか?",
    changePassword: "パスワードを変更",
    codeInstead: "代わりにコードをメールで受け取る",
    passkey: "パスキーでサインイン",
    orContinueWith: "または次の方法で続行",
    continueWith: "次の方法で続行",
    haveAccount: "すでにアカウントをお持ちですか?",
    noAccount: "アカウントをお持ちでないですか?",
    createOne: "作成する",
  },
  codeStep: {
    sentTo: "<email>{address}</email> にコードを送信しました。有効期限は {minutes} 分です。",
    label: "確認コード",
    hint: "メールに記載された 6 桁の数字です。",
    resend: "新しいコードを送信",
    wrongAddress: "アドレスが違いますか?",
    useAnotherEmail: "別のメールアドレスを使う",
  },
  attributesStep: {
    signingUpAs: "<email>{address}</email> として登録しています。",
    profileIntro:
      "ご登録後に、{tenant} が新しい項目の回答をお願いしています。続行するには回答してください。",
  },
  passwordStep: {
    forAccount: "<email>{address}</email> のパスワードを設定してください。",
    newForAccount: "<email>{address}</email> の新しいパスワードを設定してください。",
    newPassword: "新しいパスワード",
    hint: "8 文字以上、できれば 15 文字以上にしてください。関係のない単語をいくつか並べると覚えやすくなります。記号は必要ありません。",
  },
  consentStep: {
    wouldLike: "<strong>{app}</strong> が次のことを求めています:",
    theApplication: "このアプリケーション",
    openid: "あなたをサインインさせる",
    profile: "あなたの名前を見る",
    email: "あなたのメールアドレスを見る",
    offline_access: "使用していないときもサインインしたままにする",
    otherScope: "「{scope}」を使用する",
    allow: "許可",
    deny: "許可しない",
  },
  approvalStep: {
    reviews:
      "{tenant} は、{app} の新しいアカウントをサインインできるようになる前に確認しています。",
    willEmail:
      "リクエストの結果が決まり次第、<email>{address}</email> にご連絡します。このページは閉じてかまいません。",
    returnTo: "{app} に戻る",
  },
  termsStep: {
    updated: "{tenant} が {app} の規約を更新しました。続行するには、内容を読んで同意してください。",
    acceptAndContinue: "同意して続行",
    legend: "規約",
    version: "バージョン {version}",
    accept: "{count, plural, other {これらの規約}}を読み、同意します。",
  },
  stopStep: {
    cannotContinue: "このサインインを続行できません。",
    useAnotherEmail: "別のメールアドレスを使う",
  },
  secondFactorStep: {
    intro: "アカウントを守るため、2 段階目の確認が設定されています。",
    usePasskeyOrApp: "パスキーを使うか、認証アプリのコードを入力してください。",
    usePasskeyOrRecovery: "パスキーを使うか、回復コードのいずれかを入力してください。",
    enterAppCode: "認証アプリのコードを入力してください。",
    usePasskey: "パスキーを使う",
    appOrRecoveryHint:
      "認証アプリに表示される 6 桁の数字、または回復コード (abcd-efgh-jkmn のような形式) です。",
    recoveryHint: "保存した回復コードのいずれか (abcd-efgh-jkmn のような形式) です。",
  },
  enrolStep: {
    optionalIntro:
      "メールアドレスだけでアカウントに入れないよう、{tenant} はサインイン時の 2 段階目の確認をおすすめしています。",
    requiredIntro:
      "{tenant} ではサインイン時に 2 段階目の確認が必要です。続行するには設定してください。",
    appHeading: "認証アプリ",
    appStep1:
      "認証アプリ (Microsoft Authenticator、Google Authenticator、1Password など) を開きます。",
    appStep2: "この QR コードを読み取るか、下のキーを入力します。",
    appStep3: "アプリに表示される 6 桁のコードを入力します。",
    appCodeLabel: "アプリのコード",
    appCodeHint: "現在表示されている 6 桁の数字です。",
    usePasskey: "パスキーを使う",
    useApp: "認証アプリを使う",
    notNow: "今はしない",
    qrLabel: "認証アプリ用の QR コード",
    key: "キー:",
  },
  recoveryCodesStep: {
    intro:
      "スマートフォンやパスキーをなくした場合、これらのコードはそれぞれ 1 回だけ代わりに使えます。パスワード マネージャーなど安全な場所に保管してください。再び表示されることはありません。",
    listLabel: "回復コード",
    saved: "これらのコードを保存しました",
  },
  passkey: {
    unsupported: "このブラウザーではここでパスキーを使えません。下の別の方法を使ってください。",
    needsJavaScript:
      "パスキーには JavaScript が必要です。有効にしてから使うか、別の方法を使ってください。",
    notUsed: "パスキーは使われませんでした。もう一度試すか、別の方法を使ってください。",
    failed: "ここではパスキーが機能しませんでした。もう一度試すか、別の方法を使ってください。",
  },
  samlPost: {
    pageTitle: "所属する組織へ進む",
    title: "{provider} へ進む",
    body: "そちらで組織のアカウントを使ってサインインし、その後ここに戻ってきます。",
  },
  messages: {
    optionUnavailable: "このサインイン方法はここでは使用できません。",
    botCheckNeeded:
      "ロボットでないことを確認する必要があります。数秒待ってから、もう一度送信してください。",
    botCheckFailed: "ロボットでないことを確認できませんでした。もう一度お試しください。",
    botCheckLabel: "ロボットでないことを確認しています",
    optionGone: "そのサインイン方法は使用できなくなりました。",
    invitationFor:
      "この招待は {email} 宛てです。別のアドレスを使う場合は、代わりにサインインしてください。",
    noEmailSignIn:
      "このアドレスでは、ここでメールによるサインインはできません。下のいずれかの方法を選んでください。",
    domainNotAllowed: "このメールドメインでは登録できません。別のアドレスを使ってください。",
    newCodeSent: "新しいコードを送信しました。",
    enterEmailCode: "メールに記載された 6 桁のコードを入力してください。",
    codeWrong: "コードが正しくありません。あと {attemptsLeft, plural, other {# 回}}試せます。",
    codeExpired:
      "このコードは有効期限が切れているか、すでに使用されています。新しいコードを請求してください。",
    tooManyWrongCodes: "間違ったコードが多すぎます。新しいコードを請求してください。",
    codeCooldown: "先ほどコードを送信しました。{seconds} 秒後に別のコードを請求できます。",
    tooManyCodes: "コードの請求が多すぎます。15 分待ってから、もう一度お試しください。",
    noAccountYet:
      "{email} のアカウントはまだありません。続行するにはアカウントを作成してください。",
    accountExists: "{email} のアカウントはすでにあります。続行するにはサインインしてください。",
    wrongCredentials:
      "このメールアドレスとパスワードに一致するアカウントはありません。もう一度試すか、パスワードをリセットしてください。",
    resetAdvice:
      "「パスワードをお忘れですか?」から、メールで届くコードを使ってサインインすることもできます。",
    homeRealm: "{domain} の方は {provider} でサインインします。下の {provider} を選んでください。",
    homeRealmNotOffered:
      "{domain} の方は {provider} でサインインしますが、このアプリケーションでは提供されていません。運営している組織にお問い合わせください。",
    refusedInvitationOnly:
      "{email} のアカウントはなく、このアプリケーションは招待制です。招待された方は、招待が送られたアドレスを使うか、新しい招待を依頼してください。",
    refusedDomain: "{email} のメールドメインでは登録できません。別のアドレスを使ってください。",
    refusedClosed:
      "{email} のアカウントはなく、このアプリケーションはこのアドレスでの新規登録を受け付けていません。",
    refusedAccountPage:
      "{email} のアカウントはありません。作成するには、使いたいアプリケーションから登録してください。",
    invitationWithdrawn:
      "招待が取り消されたか有効期限が切れたため、アカウントは作成されませんでした。招待した方に新しい招待を依頼してください。",
    accountBlocked:
      "アカウントはブロックされています。このアプリケーションに招待した組織にお問い合わせください。",
    accountDeclined:
      "アカウントのリクエストは却下されました。誤りだと思われる場合は、このアプリケーションを運営している組織にお問い合わせください。",
    signUpFailedAnswersKept:
      "現在、登録を完了できませんでした。回答は保持されています。しばらくしてからもう一度お試しください。",
    signUpFailed: "現在、登録を完了できませんでした。しばらくしてからもう一度お試しください。",
    termsNotAccepted:
      "規約に同意する場合はチェックを入れてください。またはキャンセルしてください。",
    termsChanged:
      "お読みいただいている間に規約が更新されました。新しいバージョンを読んでから同意してください。",
    termsRequired: "アカウントを作成するには規約に同意してください。",
    secondFactorWrong:
      "コードが正しくありません。認証アプリの 6 桁のコード、または回復コードのいずれかを入力してください。",
    secondFactorCodeUsed:
      "このコードはすでに使用されています。認証アプリの次のコードをお待ちください。",
    passkeyCheckFailed:
      "このパスキーを確認できませんでした。もう一度試すか、別の方法を使ってください。",
    passkeyUnknown:
      "このパスキーはここでは認識されません。別の方法でサインインしてから、アカウント ページでパスキーを追加してください。",
    enrolCodeWrong:
      "コードが正しくありません。認証アプリに現在表示されている 6 桁のコードを入力してください。",
    passkeyEnrolFailed:
      "パスキーを設定できませんでした。もう一度試すか、認証アプリを使ってください。",
    federationMismatch:
      "このサインインをこのページと関連付けられませんでした。もう一度お試しください。",
    federationCancelled:
      "{provider} でのサインインはキャンセルされました。続行する方法を選んでください。",
    federationFailed:
      "{provider} でのサインインがうまくいきませんでした。もう一度試すか、別の方法を選んでください。",
    providerUnreachable:
      "現在 {provider} に接続できません。しばらくしてからもう一度試すか、別の方法を選んでください。",
    linkWithCode:
      "{email} のアカウントはすでにあります。{provider} もこのアカウントで使うには、そのアドレスに送ったコードを入力してください。",
    confirmWithCode:
      "ご本人のアドレスであることを確認するため、{email} に送ったコードを入力してください。",
    upstreamNoEmail:
      "{provider} からメールアドレスが共有されませんでしたが、このアプリケーションには必要です。別の方法で登録してください。",
    federatedDomainRefused: "お使いのメールドメインでは登録できません。",
    federatedInvitationOnly:
      "この {provider} の ID に対応するアカウントはなく、このアプリケーションは招待制です。",
    federatedClosed:
      "この {provider} の ID に対応するアカウントはなく、このアプリケーションは新規登録を受け付けていません。",
  },
  limits: {
    wrongCodesPerAddress: "このアドレスで間違ったコードが多く入力されました。",
    failedSignIns: "サインインの失敗が多すぎます。",
    failedSignInsFromNetwork: "お使いのネットワークからのサインインの失敗が多すぎます。",
    wrongSecondFactors: "このアカウントで間違ったコードが多く入力されました。",
    signUpsFromNetwork: "本日、お使いのネットワークから作成されたアカウントが多すぎます。",
    botFallbackFromNetwork: "お使いのネットワークから、ロボット確認なしの試行が多すぎます。",
    retryIn:
      "{unit, select, seconds {{count, plural, other {# 秒}}} minutes {{count, plural, other {# 分}}} other {{count, plural, other {# 時間}}}}後にもう一度お試しください。",
  },
  validation: {
    required: "「{label}」を入力してください。",
    tick: "続行するには「{label}」にチェックを入れてください。",
    fromList: "「{label}」を一覧から選んでください。",
    wholeNumber: "「{label}」は整数で入力してください。",
    tooLarge: "「{label}」が大きすぎます。",
    atLeast: "「{label}」は {min} 以上にしてください。",
    atMost: "「{label}」は {max} 以下にしてください。",
    date: "「{label}」を日付 (YYYY-MM-DD) で入力してください。",
    controlCharacters: "「{label}」に制御文字は使えません。",
    maxLength: "「{label}」は {max} 文字以内にしてください。",
    minLength: "「{label}」は {min} 文字以上にしてください。",
    format: "「{label}」の形式が正しくありません。",
    passwordTooShort: "{min} 文字以上にしてください。できれば 15 文字以上がおすすめです。",
    passwordTooLong: "{max} 文字以内にしてください。",
    passwordCommon:
      "このパスワードは非常によく使われているため、推測されやすくなっています。別のパスワードを選んでください。",
    passwordIsEmail: "メールアドレスをパスワードに使わないでください。",
    emailInvalid: "name@example.com のようなメールアドレスを入力してください。",
    emailTooLong: "このメールアドレスは長すぎます。",
  },
  attributes: {
    displayName: "表示名",
    givenName: "名",
    surname: "姓",
    jobTitle: "役職",
    streetAddress: "番地",
    city: "市区町村",
    state: "都道府県/州",
    postalCode: "郵便番号",
    country: "国/地域",
  },
  account: {
    navLabel: "あなたのアカウント",
    signedInAs: "<email>{address}</email> でサインイン中",
    signOut: "サインアウト",
    detailsTitle: "登録情報",
    securityTitle: "サインインとセキュリティ",
    dataTitle: "あなたのデータ",
    emailTitle: "メールアドレスの変更",
    emailHeading: "メールアドレス",
    changeEmail: "メールアドレスを変更",
    setBy: "{tenant} が設定した項目",
    setByHint: "ここでは変更できません。誤りがある場合は {tenant} にお問い合わせください。",
    aboutYou: "あなたについて",
    nothingToChange: "ここで変更できる項目はほかにありません。",
    notGiven: "未入力",
    yes: "はい",
    no: "いいえ",
    saveChanges: "変更を保存",
    passwordHeading: "パスワード",
    changePassword: "パスワードを変更",
    addPassword: "パスワードを追加",
    currentPassword: "現在のパスワード",
    newPassword: "新しいパスワード",
    password: "パスワード",
    passwordHint: "8 文字以上、できれば 15 文字以上。よく使われるパスワードは使えません。",
    removePassword: "パスワードを削除",
    onlyPassword: "パスワードが唯一のサインイン方法のため、削除できません。",
    waysHeading: "サインイン方法",
    yourEmail: "あなたのメールアドレス",
    linkedOn: "{date} にリンク",
    unlink: "{provider} のリンクを解除",
    onlyWay: "唯一のサインイン方法",
    secondStepHeading: "2 段階目の確認",
    secondStepIntro:
      "メールのコード、パスワード、または組織のサインインの後に求められるパスキーまたは認証アプリです。それらだけではアカウントに入れないようにします。",
    synced: "(同期済み)",
    addedOn: "{date} に追加",
    lastUsed: "最終使用 {when}",
    removeFactor: "{date} に追加した{name}を削除",
    noSecondStep: "2 段階目の確認は設定されていません。",
    recoveryCodesLeft: "{count, plural, other {回復コードは残り # 個です。}}",
    addPasskey: "パスキーを追加",
    passkeyAdded: "パスキーを追加しました。",
    addApp: "認証アプリを追加",
    addTheApp: "認証アプリを追加",
    appAdded: "認証アプリを追加しました。",
    scanOrType: "認証アプリでこの QR コードを読み取るか、キーを手入力してください。",
    renewCodes: "新しい回復コードを発行",
    oldCodesGone: "以前の回復コードは使えなくなりました。",
    newCodesIntro:
      "回復コードです。2 段階目の確認手段をなくした場合、それぞれ 1 回だけサインインに使えます。安全な場所に保管してください。再び表示されることはありません。",
    appsHeading: "許可したアプリケーション",
    noApps: "アカウントの使用を許可したアプリケーションはありません。",
    allowedOn: "{date} に許可: {scopes}",
    removeAccess: "{app} のアクセスを削除",
    sessionsHeading: "サインインしている場所",
    sessionsCount:
      "{count, plural, other {# 個のブラウザーでサインインしています (このブラウザーを含む)。}}",
    signOutEverywhereHint:
      "すべての場所からサインアウトするとすべて終了し、各アプリケーションで再度サインインが必要になります。",
    signedInAt: "サインイン {when}",
    signedIn: "サインイン済み",
    thisBrowser: "(このブラウザー)",
    usedWith: "{apps} で使用",
    usedWithAccountOnly: "このアカウント ページでのみ使用",
    signOutEverywhere: "すべての場所からサインアウト",
    confirmNewAddress: "新しいアドレスの確認",
    confirmTheNewAddress: "新しいアドレスを確認",
    newAddressCodeHint: "{email} に送信した 6 桁のコードです。有効期限は 10 分です。",
    useAnotherAddress: "別のアドレスを使う",
    yourNewAddress: "新しいアドレス",
    newAddressIntro:
      "新しいアドレスにコードを送信します。コードを入力するまでアドレスは {email} のままで、変更についてはそのアドレスにもお知らせします。",
    sendACode: "コードを送信",
    newEmail: "新しいメールアドレス",
    backToDetails: "登録情報に戻る",
    downloadHeading: "データのダウンロード",
    downloadIntro:
      "{tenant} が保持しているあなたの情報をすべて含むファイル (JSON) です。登録情報、サインイン方法、許可したアプリケーション、同意した規約、サインイン履歴が含まれます。",
    download: "データをダウンロード",
    deleteHeading: "アカウントの削除",
    deleteIntro:
      "アカウントと、{tenant} が保持しているあなたの情報がすべて削除され、すべてのアプリケーションからサインアウトします。元に戻すことはできません。ご本人であることを確認するため、先に {email} にコードをお送りします。",
    deleteMine: "アカウントを削除",
    deletionCodeHint: "お送りした 6 桁のコードです。有効期限は 10 分です。",
    sendDeletionCode: "アカウント削除のコードを送信",
    signedOutTitle: "サインアウトしました",
    deletedTitle: "アカウントを削除しました",
    signedOut: "アカウントからサインアウトしました。",
    deleted: "アカウントを削除しました。保持していたあなたの情報はすべて消去されました。",
    signedOutEverywhere:
      "すべての場所からサインアウトしました。各アプリケーションで再度サインインが必要です。",
    notSignedIn:
      "サインインしていません。サインインがキャンセルされたか、有効期限が切れたか、別のブラウザーで開始されました。",
    signInAgain: "アカウントにサインイン",
  },
  accountNotices: {
    "profile-saved": "登録情報を保存しました。",
    "password-added":
      "パスワードを追加しました。今後はパスワードでサインインできます。ほかのブラウザーはすべてサインアウトしました。",
    "password-changed": "パスワードを変更しました。ほかのブラウザーはすべてサインアウトしました。",
    "password-removed": "パスワードを削除しました。",
    "identity-unlinked": "そのサインイン方法のリンクをアカウントから解除しました。",
    "second-factor-removed": "その 2 段階目の確認をアカウントから削除しました。",
    "consent-revoked":
      "アプリケーションのアクセスを削除しました。次に使うときに、再度許可を求められます。",
    "email-code-sent":
      "新しいアドレスにコードを送信しました。変更を確定するには下に入力してください。",
    "email-changed": "メールアドレスを変更しました。今後は新しいアドレスでサインインしてください。",
    "deletion-code-sent":
      "メールアドレスにコードを送信しました。アカウントを削除するには下に入力してください。",
    "language-changed": "言語を変更しました。",
  },
  accountMessages: {
    codeWrong: "コードが正しくありません。あと {attemptsLeft, plural, other {# 回}}試せます。",
    tooManyWrongCodes: "間違ったコードが多すぎます。新しいコードを請求してください。",
    codeExpired:
      "このコードは有効期限が切れているか、すでに使用されています。新しいコードを請求してください。",
    wrongCurrentPassword: "現在のパスワードが正しくありません。",
    addressTaken:
      "そのアドレスはほかのアカウントで使用されています。別のアドレスを選んでください。",
    sameAddress: "それはすでにあなたのメールアドレスです。",
    domainRefused: "そのドメインのアドレスはここでは使えません。",
    saveFailed: "現在、変更を保存できませんでした。しばらくしてからもう一度お試しください。",
    passkeyNotAdded: "パスキーを追加できませんでした。もう一度お試しください。",
  },
  accountCodeEmail: {
    subject: "{tenant} の確認コード",
    codeIs: "確認コードは次のとおりです",
    emailChange:
      "新しいメールアドレスを確認するには、{tenant} のアカウント ページで入力してください。有効期限は {minutes} 分で、1 回だけ使えます。",
    deletion:
      "アカウントを削除するには、{tenant} のアカウント ページで入力してください。有効期限は {minutes} 分で、1 回だけ使えます。",
    ignore: "お心当たりがない場合は、このメールを無視してください。",
  },
  invitationEmail: {
    subject: "{tenant} から {app} への招待が届いています",
    invited: "<strong>{tenant}</strong> から <strong>{app}</strong> に招待されました。",
    theirMessage: "メッセージ:",
    acceptBy: "{date} (UTC) までに<link>招待を受け入れてください</link>。",
    signUpWith:
      "このアドレス ({email}) で登録してください。この招待にお心当たりがない場合は、このメールを無視してください。",
  },
  approvalEmail: {
    approvedSubject: "{app} のアカウントが承認されました",
    approved: "{tenant} があなたのアカウントを承認しました。{app} にサインインできます。",
    signInLink: "サインイン",
    declinedSubject: "{app} のリクエストは却下されました",
    declined: "{tenant} は {app} のアカウントのリクエストを却下しました。",
    reason: "理由: {reason}",
  },
  codeEmail: {
    subject: "{tenant} の確認コード",
    codeIs: "確認コードは次のとおりです",
    enterIt:
      "続行するには {tenant} のページで入力してください。有効期限は {minutes} 分で、1 回だけ使えます。",
    ignore: "お心当たりがない場合は、このメールを無視してください。",
  },
};
