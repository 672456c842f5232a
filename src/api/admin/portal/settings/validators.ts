import { z } from "@medusajs/framework/zod"
import {
  DEPOSIT_PERCENT_RANGE,
  isLogoUrl,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_LOGO_URL_LENGTH,
  PRIMARY_COLOR_PATTERN,
  VALIDITY_DAYS_RANGE,
} from "../../../../modules/portal/settings-rules"

/** A text setting whose blank value means "use the fallback", stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => value || null)

export const AdminUpdatePortalSettings = z
  .object({
    display_name: optionalText(MAX_DISPLAY_NAME_LENGTH),
    logo_url: optionalText(MAX_LOGO_URL_LENGTH).refine(
      (value) => value === null || isLogoUrl(value),
      {
        message:
          "logo_url must be an http(s) URL or a path starting with / (e.g. /static/logo.png)",
      }
    ),
    primary_color: z
      .string()
      .trim()
      .regex(PRIMARY_COLOR_PATTERN, "primary_color must be a hex colour like #1d4ed8"),
    default_validity_days: z
      .number()
      .int()
      .min(VALIDITY_DAYS_RANGE.min)
      .max(VALIDITY_DAYS_RANGE.max),
    default_deposit_percent: z
      .number()
      .finite()
      .min(DEPOSIT_PERCENT_RANGE.min)
      .max(DEPOSIT_PERCENT_RANGE.max)
      .nullable(),
    consent_text: optionalText(MAX_CONSENT_TEXT_LENGTH),
  })
  .partial()
  .strict()
export type AdminUpdatePortalSettingsType = z.infer<typeof AdminUpdatePortalSettings>
