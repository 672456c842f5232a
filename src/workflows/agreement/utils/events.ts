export const AGREEMENT_EVENTS = {
  SIGNED: "portal.agreement.signed",
} as const
