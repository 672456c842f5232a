// Refusals of the guards every portal route shares: sign-in, portal access, teams, rate limits.
// `_unnamed` is the same sentence where the company's name is not at hand (i18next's context).
const access = {
  too_many_links: "Too many invalid quote links from this address; try again later.",
  too_many_invitations: "Too many invalid invitations from this address; try again later.",
  invalid_link: "This quote link is not valid. Ask the sender for a new one.",
  sign_in: "Sign in to use the portal",
  sign_in_again: "Your sign-in predates your portal access; sign in again",
  no_portal_access: "Your login has no portal access; ask the merchant to invite you",
  not_company_contact: "You are not a portal contact of that company",
  // `permission` is the catalogue's name for it, such as `orders.view`.
  teams_forbid: "Your teams at {{company}} do not allow this ({{permission}})",
  teams_forbid_unnamed: "Your teams do not allow this ({{permission}})",
}

export default access
