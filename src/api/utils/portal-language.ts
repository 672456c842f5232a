import { z } from "@medusajs/framework/zod"
import { portalLanguages } from "../../lib/i18n"

/**
 * A language the portal has catalogs for ("de"), as a company's or a contact's choice
 * (docs/ARCHITECTURE.md, "Languages"); any other is a 400 that lists them.
 */
export const portalLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .refine((language) => portalLanguages().includes(language), {
    message: `One of the portal's languages: ${portalLanguages().join(", ")}`,
  })
