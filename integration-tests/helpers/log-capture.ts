import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What Medusa logs at its default level ("http": the access log and above). */
export const DEFAULT_LOG_METHODS = [
  "log",
  "info",
  "http",
  "warn",
  "error",
  "panic",
  "failure",
] as const

type Logger = Record<string, unknown> & { shouldLog: (level: string) => boolean }

/**
 * Records every line the server's logger prints at the default level, whatever
 * LOG_LEVEL says, until `restore()`. Medusa's access log goes through this
 * logger in development only (it is off under NODE_ENV=test): run the file
 * with `env: { NODE_ENV: "development" }` to capture it.
 */
export function captureDefaultLog(container: MedusaContainer) {
  const logged: string[] = []
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as unknown as Logger
  const undo: Array<() => void> = []
  for (const method of DEFAULT_LOG_METHODS) {
    const original = logger[method] as (...args: unknown[]) => unknown
    if (typeof original !== "function") continue
    logger[method] = (...args: unknown[]) => {
      logged.push(
        args
          .map((arg) =>
            typeof arg === "string"
              ? arg
              : arg instanceof Error
                ? `${arg.message}\n${arg.stack}`
                : JSON.stringify(arg)
          )
          .join(" ")
      )
      return original.apply(logger, args)
    }
    undo.push(() => (logger[method] = original))
  }
  const shouldLog = logger.shouldLog
  logger.shouldLog = (level: string) => DEFAULT_LOG_METHODS.includes(level as never)
  undo.push(() => (logger.shouldLog = shouldLog))
  return { logged, restore: () => undo.forEach((step) => step()) }
}
