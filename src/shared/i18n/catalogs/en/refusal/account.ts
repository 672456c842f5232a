// Refusals of an invitation and the login it sets up.
const account = {
  // The one answer for an unknown, used, revoked or expired invitation.
  invalid_invitation: "This invitation is not valid. Ask the sender for a new one.",
  contact_access_off: "Portal access for this contact is off; ask the sender to enable it",
  login_exists: "{{email}} already has a login: enter its password to accept the invitation",
  login_not_created: "Could not create the login",
  login_of_other_customer:
    "The login for {{email}} belongs to another customer record; ask the merchant to invite that one",
  login_already_contact: "The login for this email is already a contact of this company",
  // A new password's first broken rule (src/shared/password-rules.ts, by id).
  password_length: "Password: at least 10 characters.",
  password_mix:
    "Password: two kinds of characters: lower case, upper case, digits, spaces or symbols.",
  password_email: "Password: not your email address.",
  password_max: "Password: at most 200 characters.",
}

export default account
