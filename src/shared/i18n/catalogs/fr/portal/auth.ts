import type { Messages } from "../../../catalog"
import type en from "../../en/portal/auth"

const auth: Messages<typeof en> = {
  sign_in: {
    title: "Connexion",
    session_ended: "Votre session a pris fin. Reconnectez-vous pour continuer.",
    reset_done: "Votre nouveau mot de passe est enregistré. Connectez-vous avec celui-ci.",
    password: "Mot de passe",
    submit: "Se connecter",
    submitting: "Connexion…",
    forgot: "Mot de passe oublié ?",
    enter_email: "Saisissez votre adresse e-mail.",
    enter_password: "Saisissez votre mot de passe.",
    no_match: "Cet e-mail et ce mot de passe ne correspondent à aucun identifiant.",
  },
  forgot: {
    title: "Mot de passe oublié ?",
    intro:
      "Saisissez l’adresse e-mail avec laquelle vous vous connectez. Nous vous enverrons par e-mail un lien pour en choisir un nouveau.",
    enter_email: "Saisissez l’adresse e-mail avec laquelle vous vous connectez.",
    submit: "M’envoyer un lien",
    sending: "Envoi…",
    sent_title: "Consultez vos e-mails",
    sent_text:
      "Si {{email}} possède un identifiant du portail, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien fonctionne une seule fois, pendant 15 minutes.",
    back_to_sign_in: "Retour à la connexion",
  },
  reset: {
    title: "Choisissez un nouveau mot de passe",
    for_email: "Pour {{email}}",
    submit: "Enregistrer le mot de passe et se connecter",
    saving: "Enregistrement…",
    dead_title: "Ce lien ne fonctionne plus",
    dead_text:
      "Les liens de mot de passe fonctionnent une seule fois, pendant 15 minutes. Demandez-en un nouveau, ou connectez-vous si vous vous souvenez de votre mot de passe.",
    new_link: "M’envoyer un nouveau lien",
    sign_in: "Se connecter",
  },
  password: {
    new: "Nouveau mot de passe",
    repeat: "Répétez le mot de passe",
    rules_label: "Règles du mot de passe",
    met: "(respectée)",
    not_yet: "(pas encore)",
    differ: "Les deux mots de passe sont différents.",
    repeat_same: "Saisissez le même mot de passe dans les deux champs.",
    rules: {
      length: "Au moins 10 caractères",
      mix: "Deux sortes de caractères : minuscules, majuscules, chiffres, espaces ou symboles",
      email: "Pas votre adresse e-mail",
      max: "Au plus 200 caractères",
    },
    problems: {
      length: "Mot de passe : au moins 10 caractères.",
      mix: "Mot de passe : deux sortes de caractères (minuscules, majuscules, chiffres, espaces ou symboles).",
      email: "Mot de passe : pas votre adresse e-mail.",
      max: "Mot de passe : au plus 200 caractères.",
    },
  },
  invitation: {
    title: "Créez votre identifiant du portail",
    checking: "Vérification de votre invitation…",
    waiting: "{{company}} vous attend.",
    waiting_as: "{{company}} vous attend en tant que {{email}}.",
    intro:
      "Indiquez votre nom et choisissez un mot de passe. Vous les utiliserez désormais pour vous connecter.",
    password: "Mot de passe",
    existing_password: "Mot de passe de votre identifiant existant",
    existing_hint: "Vous l’avez oublié ? {{reset}}, puis rouvrez cette invitation.",
    reset_it: "Réinitialisez-le",
    submit: "Rejoindre le portail",
    submitting: "Création…",
    enter_first_name: "Saisissez votre prénom.",
    enter_last_name: "Saisissez votre nom.",
    enter_existing_password: "Saisissez le mot de passe de votre identifiant existant.",
    existing_login:
      "Vous avez déjà un identifiant avec cette adresse e-mail. Saisissez son mot de passe pour rejoindre le portail, ou réinitialisez-le d’abord.",
    wrong_existing_password: "Ce n’est pas le mot de passe de votre identifiant existant.",
    sign_in: "Se connecter",
    used_title: "Cette invitation a déjà été utilisée",
    used_text:
      "Connectez-vous avec l’e-mail et le mot de passe que vous avez choisis. Mot de passe oublié ? Réinitialisez-le depuis la page de connexion.",
    expired_title: "Cette invitation a expiré",
    expired_text:
      "Les invitations expirent au bout d’un certain temps. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.",
    revoked_title: "Cette invitation n’est plus valable",
    revoked_text:
      "Elle a été retirée ou remplacée par une plus récente. Utilisez l’e-mail d’invitation le plus récent, ou demandez à la personne qui vous a invité de vous en envoyer une nouvelle.",
    unknown_title: "Cette invitation n’est plus valable",
    unknown_text:
      "Les invitations fonctionnent une seule fois et expirent au bout d’un certain temps. Si vous avez déjà choisi votre mot de passe, connectez-vous. Sinon, demandez à la personne qui vous a invité de vous envoyer une nouvelle invitation.",
  },
}

export default auth
