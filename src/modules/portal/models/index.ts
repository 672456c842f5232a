export * from "./portal-settings"
