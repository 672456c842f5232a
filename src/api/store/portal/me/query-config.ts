/**
 * `/store/portal/me` and `/store/portal/branding` take no query: the contact
 * and the branding are read whole (Medusa's query-config pattern;
 * docs/ARCHITECTURE.md, "Layers").
 */
export const retrieveMeQueryConfig = { isList: false }
export const retrieveBrandingQueryConfig = { isList: false }
