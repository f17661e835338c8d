/**
 * German (formal "Sie"), the default language and the source of every key.
 * `en.ts` has the type `Catalogue`, so a missing or extra key is a type error.
 */
export const de = {
  app: {
    name: "Fachforum",
    skipLink: "Zum Inhalt springen",
    mainNav: "Hauptnavigation",
    navHome: "Start",
    navAccount: "Mein Konto",
    accountMenu: "Kontomenü",
    signedInAs: "Angemeldet als",
    signOut: "Abmelden",
    signedOut: "Sie wurden abgemeldet.",
    languageSwitch: "English",
    languageSwitchLabel: "Switch to English",
    footer: "Fachforum – offene Software für moderierte Fachnetzwerke öffentlicher Stellen.",
    loading: "Wird geladen …",
    retry: "Erneut versuchen",
    loadFailed: "Das konnte nicht geladen werden",
  },
  languages: {
    DE: "Deutsch",
    EN: "English",
  },
  errors: {
    unauthenticated: "Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an.",
    forbidden: "Dafür fehlt Ihnen die Berechtigung.",
    notFound: "Das Gesuchte gibt es nicht (mehr), oder Sie haben keinen Zugriff darauf.",
    conflict:
      "Das gibt es bereits, oder es wurde inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie Ihre Angaben.",
    emailTaken: "Zu dieser E-Mail-Adresse gibt es bereits ein Konto.",
    rateLimitedSeconds: (seconds: number) =>
      `Zu viele Versuche. Bitte warten Sie ${seconds} Sekunden und versuchen Sie es dann erneut.`,
    rateLimitedMinutes: (minutes: number) =>
      `Zu viele Versuche. Bitte warten Sie ${minutes} Minuten und versuchen Sie es dann erneut.`,
    internal: (requestId: string) =>
      `Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut. Wenn der Fehler bleibt, nennen Sie der Administration diese Kennung: ${requestId}`,
    internalNoId:
      "Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
    network:
      "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    badRequest:
      "Der Server hat die Anfrage abgelehnt. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
    checkFields: "Bitte prüfen Sie die markierten Angaben.",
  },
  fields: {
    required: "Bitte füllen Sie dieses Feld aus.",
    emailInvalid:
      "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@kreis-beispiel.de.",
    nameTooLong: (max: number) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
    nameInvalid: "Der Name darf keine Steuerzeichen enthalten.",
    passwordTooShort: (min: number) => `Das Passwort muss mindestens ${min} Zeichen lang sein.`,
    passwordTooLong: (max: number) => `Das Passwort darf höchstens ${max} Zeichen lang sein.`,
    passwordTooCommon:
      "Dieses Passwort ist weit verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.",
    passwordMismatch: "Die beiden Passwörter stimmen nicht überein.",
    passwordHint:
      "Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.",
    currentPasswordWrong: "Das ist nicht Ihr aktuelles Passwort.",
    linkInvalid:
      "Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.",
    invalid: "Bitte prüfen Sie diese Angabe.",
  },
  login: {
    title: "Anmelden",
    intro: "Melden Sie sich mit der E-Mail-Adresse Ihres Kontos an.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    submit: "Anmelden",
    busy: "Anmeldung läuft …",
    forgot: "Passwort vergessen?",
    wrongCredentials: "E-Mail-Adresse oder Passwort ist nicht richtig.",
    noAccount: "Noch kein Zugang? Zugänge vergibt die Moderation Ihres Netzwerks per Einladung.",
  },
  forgot: {
    title: "Passwort vergessen",
    intro:
      "Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.",
    email: "E-Mail-Adresse",
    submit: "Link anfordern",
    busy: "Wird gesendet …",
    sentTitle: "Bitte prüfen Sie Ihr Postfach",
    sentText:
      "Wenn zu dieser Adresse ein Konto besteht, haben wir soeben eine E-Mail mit einem Link gesendet. Der Link ist eine Stunde lang gültig und kann einmal verwendet werden.",
    backToLogin: "Zurück zur Anmeldung",
  },
  setPassword: {
    title: "Neues Passwort festlegen",
    intro: "Wählen Sie ein neues Passwort für Ihr Konto.",
    password: "Neues Passwort",
    repeat: "Neues Passwort wiederholen",
    submit: "Passwort speichern",
    busy: "Wird gespeichert …",
    doneTitle: "Ihr Passwort wurde gespeichert",
    doneText:
      "Sie können sich jetzt mit dem neuen Passwort anmelden. Aus Sicherheitsgründen wurden alle bisherigen Anmeldungen beendet.",
    toLogin: "Zur Anmeldung",
    missingToken:
      "Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail vollständig oder fordern Sie einen neuen an.",
    requestNew: "Neuen Link anfordern",
  },
  setup: {
    title: "Fachforum einrichten",
    intro:
      "Legen Sie das erste Konto mit Administrationsrechten an. Damit verwalten Sie anschließend Organisationen, Gruppen und Zugänge.",
    name: "Ihr Name",
    email: "E-Mail-Adresse",
    password: "Passwort",
    repeat: "Passwort wiederholen",
    submit: "Konto anlegen",
    busy: "Konto wird angelegt …",
    done: "Ihr Konto wurde angelegt. Sie sind angemeldet.",
    missingToken:
      "Dieser Einrichtungslink ist unvollständig. Den vollständigen Link schreibt der Server bei seinem ersten Start in sein Protokoll.",
  },
  home: {
    greeting: (name: string) => `Guten Tag, ${name}`,
    intro:
      "Willkommen im Fachforum. Hier finden Sie alles, was für Ihr Konto bereits zur Verfügung steht.",
    accountTitle: "Ihr Konto",
    accountText: "Name, Sprache, Passwort und die Geräte, auf denen Sie angemeldet sind.",
    accountLink: "Konto verwalten",
    adminNote: "Sie haben Administrationsrechte für diese Plattform.",
  },
  account: {
    title: "Mein Konto",
    intro: "Ihre persönlichen Angaben, Ihr Passwort und Ihre Anmeldungen.",
    profileTitle: "Persönliche Angaben",
    name: "Name",
    nameHint: "So sehen andere Mitglieder Sie im Fachforum.",
    email: "E-Mail-Adresse",
    language: "Sprache",
    languageHint: "Gilt für die Oberfläche und für E-Mails an Sie.",
    role: "Rolle",
    roleAdmin: "Administration",
    roleMember: "Mitglied",
    memberSince: "Konto angelegt am",
    save: "Speichern",
    saving: "Wird gespeichert …",
    saved: "Ihre Angaben wurden gespeichert.",
    passwordTitle: "Passwort ändern",
    passwordIntro:
      "Nach der Änderung werden alle anderen Anmeldungen beendet; auf diesem Gerät bleiben Sie angemeldet.",
    currentPassword: "Aktuelles Passwort",
    newPassword: "Neues Passwort",
    repeatPassword: "Neues Passwort wiederholen",
    changePassword: "Passwort ändern",
    changingPassword: "Wird geändert …",
    passwordChanged: "Ihr Passwort wurde geändert. Alle anderen Anmeldungen wurden beendet.",
    sessionsTitle: "Angemeldete Geräte",
    sessionsIntro:
      "Hier sehen Sie, wo Sie angemeldet sind. Beenden Sie Anmeldungen, die Sie nicht kennen oder nicht mehr brauchen.",
    thisDevice: "Dieses Gerät",
    signedInSince: "Angemeldet seit",
    lastActive: "Zuletzt aktiv",
    address: "Adresse",
    revoke: "Abmelden",
    revokeLabel: (device: string, since: string) => `Abmelden: ${device}, angemeldet seit ${since}`,
    revoked: "Die Anmeldung wurde beendet.",
    onlyThisDevice: "Sie sind nur auf diesem Gerät angemeldet.",
    unknownBrowser: "Unbekannter Browser",
    unknownSystem: "unbekanntes System",
  },
  notFound: {
    title: "Seite nicht gefunden",
    text: "Diese Adresse gibt es im Fachforum nicht. Vielleicht ist der Link veraltet oder unvollständig.",
    home: "Zur Startseite",
  },
};

/** The shape every language's catalogue has. */
export type Catalogue = typeof de;
