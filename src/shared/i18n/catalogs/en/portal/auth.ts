// The words of the portal's sign-in pages (sign in, forgotten and new password, accepting an
// invitation), in English: the source every other language's portal/auth.ts translates key
// for key (src/shared/i18n/catalog.ts). `{{name}}` is a value filled in on the page; a
// sentence with a `{{value}}` shown in bold or as a link is rendered around it.
const auth = {
  sign_in: {
    title: "Sign in",
    session_ended: "Your session ended. Sign in again to continue.",
    reset_done: "Your new password is set. Sign in with it.",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    forgot: "Forgot your password?",
    enter_email: "Enter your email address.",
    enter_password: "Enter your password.",
    no_match: "That email and password do not match a login.",
  },
  forgot: {
    title: "Forgot your password?",
    intro: "Enter the email address you sign in with. We will email you a link to set a new one.",
    enter_email: "Enter the email address you sign in with.",
    submit: "Email me a link",
    sending: "Sending…",
    sent_title: "Check your email",
    sent_text:
      "If {{email}} has a portal login, we have sent it a link to choose a new password. The link works once, for 15 minutes.",
    back_to_sign_in: "Back to sign in",
  },
  reset: {
    title: "Choose a new password",
    for_email: "For {{email}}",
    submit: "Save password and sign in",
    saving: "Saving…",
    dead_title: "This link no longer works",
    dead_text:
      "Password links work once, for 15 minutes. Ask for a new one, or sign in if you remember your password.",
    new_link: "Email me a new link",
    sign_in: "Sign in",
  },
  // The new password and its repetition, with the rules ticked as they are met
  // (src/shared/password-rules.ts: the same rules, by id).
  password: {
    new: "New password",
    repeat: "Repeat the password",
    rules_label: "Password rules",
    met: "(met)",
    not_yet: "(not yet)",
    differ: "The two passwords differ.",
    repeat_same: "Repeat the same password in both fields.",
    rules: {
      length: "At least 10 characters",
      mix: "Two kinds of characters: lower case, upper case, digits, spaces or symbols",
      email: "Not your email address",
      max: "At most 200 characters",
    },
    // A broken rule, listed above the form.
    problems: {
      length: "Password: at least 10 characters.",
      mix: "Password: two kinds of characters: lower case, upper case, digits, spaces or symbols.",
      email: "Password: not your email address.",
      max: "Password: at most 200 characters.",
    },
  },
  invitation: {
    title: "Set up your portal login",
    checking: "Checking your invitation…",
    waiting: "{{company}} is waiting for you.",
    waiting_as: "{{company}} is waiting for you as {{email}}.",
    intro: "Tell us your name and choose a password. You will use them to sign in from now on.",
    password: "Password",
    existing_password: "Password of your existing login",
    // `{{reset}}` is the link below ("Reset it").
    existing_hint: "Forgotten it? {{reset}}, then open this invitation again.",
    reset_it: "Reset it",
    submit: "Join the portal",
    submitting: "Setting up…",
    enter_first_name: "Enter your first name.",
    enter_last_name: "Enter your last name.",
    enter_existing_password: "Enter the password of your existing login.",
    existing_login:
      "You already have a login with this email address. Enter its password to join, or reset it first.",
    wrong_existing_password: "That is not the password of your existing login.",
    sign_in: "Sign in",
    // An invitation that cannot be accepted, said as soon as the page opens.
    used_title: "This invitation has already been used",
    used_text:
      "Sign in with the email and password you chose. Forgotten the password? Reset it from the sign-in page.",
    expired_title: "This invitation has expired",
    expired_text:
      "Invitations expire after a while. Ask the person who invited you to send a new one.",
    revoked_title: "This invitation is no longer valid",
    revoked_text:
      "It was withdrawn or replaced by a newer one. Use the latest invitation email, or ask the person who invited you to send a new one.",
    unknown_title: "This invitation is no longer valid",
    unknown_text:
      "Invitations work once and expire after a while. If you have already set your password, sign in. Otherwise ask the person who invited you to send a new invitation.",
  },
}

export default auth
