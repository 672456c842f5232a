export * from "./portal-settings"
export * from "./rate-limit-counter"
