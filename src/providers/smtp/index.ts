import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

export type { SmtpNotificationOptions } from "./options"

/**
 * The plugin's SMTP email provider, registered by a merchant as
 * `resolve: "medusa-plugin-client-portal/providers/smtp"` (README, "Email").
 */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
