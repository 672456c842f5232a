/** Where the company pages live in the admin. */
export const companiesPath = "/companies"

export const companyPath = (id: string) => `${companiesPath}/${id}`

export const portalTeamsPath = "/settings/portal-teams"
