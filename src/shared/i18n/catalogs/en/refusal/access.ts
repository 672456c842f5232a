// Refusals of the guards every portal route shares: sign-in, portal access, rate limits.
const access = {
  too_many_links: "Too many invalid quote links from this address; try again later.",
  too_many_invitations: "Too many invalid invitations from this address; try again later.",
  invalid_link: "This quote link is not valid. Ask the sender for a new one.",
}

export default access
