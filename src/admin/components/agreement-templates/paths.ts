/** Where the agreement template pages live in the admin (under Settings). */
export const agreementTemplatesPath = "/settings/agreement-templates"

export const agreementTemplatePath = (id: string) => `${agreementTemplatesPath}/${id}`
