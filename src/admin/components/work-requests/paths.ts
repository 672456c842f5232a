/** Where the work request pages live in the admin. */
export const workRequestsPath = "/work-requests"

export const workRequestPath = (id: string) => `${workRequestsPath}/${id}`

/** The triage queue, narrowed to one company's requests (every status). */
export const companyWorkRequestsPath = (companyId: string) =>
  `${workRequestsPath}?company_id=${encodeURIComponent(companyId)}`
