import { z } from "@medusajs/framework/zod"
import {
  DEPOSIT_PERCENT_RANGE,
  DISCOUNT_PERCENT_RANGE,
  LOW_STOCK_THRESHOLD_RANGE,
  MAX_TEMPLATE_NAME_LENGTH,
  STOCK_DISPLAYS,
  TEMPLATE_NAME_PATTERN,
  isLogoUrl,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_LOGO_URL_LENGTH,
  MAX_RECIPIENTS_PER_ALERT,
  notificationRecipients,
  PRIMARY_COLOR_PATTERN,
  STAFF_ALERT_KEYS,
  VALIDITY_DAYS_RANGE,
} from "../../../../shared/portal-settings"
import type { AdminUpdatePortalSettingsBody } from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** A text setting whose blank value means "use the fallback", stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => value || null)

const recipientIds = z.array(z.string().trim().min(1)).max(MAX_RECIPIENTS_PER_ALERT)

/**
 * One alert's recipients: admin users and staff groups, and the email template
 * (null or blank: the alert's default). A plain list is the users alone, as
 * before staff groups existed.
 */
const AlertTarget = z.union([
  recipientIds,
  z
    .object({
      user_ids: recipientIds.optional(),
      staff_group_ids: recipientIds.optional(),
      template: z
        .string()
        .trim()
        .max(MAX_TEMPLATE_NAME_LENGTH)
        .refine((value) => !value || TEMPLATE_NAME_PATTERN.test(value), {
          message: "template must be a template name of letters, digits, '.', '_' and '-'",
        })
        .nullable()
        .optional(),
    })
    .strict(),
])

/** Who gets which alert: every alert left out is saved with nobody extra listed. */
const NotificationRecipients = z
  .object(Object.fromEntries(STAFF_ALERT_KEYS.map((key) => [key, AlertTarget.optional()])))
  .strict()
  .transform(notificationRecipients)

export const AdminUpdatePortalSettings = z
  .object({
    display_name: optionalText(MAX_DISPLAY_NAME_LENGTH),
    logo_url: optionalText(MAX_LOGO_URL_LENGTH).refine(
      (value) => value === null || isLogoUrl(value),
      {
        message:
          "logo_url must be an http(s) URL or a path starting with / naming a PNG, JPEG or WebP image (e.g. /static/logo.png); upload a logo with POST /admin/portal/settings/logo",
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
    notification_recipients: NotificationRecipients,
    auto_balance_invoice: z.boolean(),
    stock_display: z.enum(STOCK_DISPLAYS),
    low_stock_threshold: z
      .number()
      .int()
      .min(LOW_STOCK_THRESHOLD_RANGE.min)
      .max(LOW_STOCK_THRESHOLD_RANGE.max),
    show_incoming: z.boolean(),
    allow_quote_requests: z.boolean(),
    allow_place_order: z.boolean(),
    hide_prices: z.boolean(),
    portal_discount_percent: z
      .number()
      .finite()
      .min(DISCOUNT_PERCENT_RANGE.min)
      .max(DISCOUNT_PERCENT_RANGE.max),
    documents_enabled: z.boolean(),
    work_requests_enabled: z.boolean(),
    conversations_enabled: z.boolean(),
    clients_may_start_conversations: z.boolean(),
  })
  .partial()
  .strict()
export type AdminUpdatePortalSettingsType = z.infer<typeof AdminUpdatePortalSettings>

/** The shared request type (src/shared/http/settings.ts) is this validator's. */
export type SettingsContract = Assert<
  AgreesWith<AdminUpdatePortalSettingsBody, typeof AdminUpdatePortalSettings>
>
