export * from "./update-portal-settings"
export * from "./steps/load-portal-settings"
export * from "./steps/update-portal-settings"
export * from "./steps/validate-notification-recipients"
