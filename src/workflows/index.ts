export * from "./agreement"
export * from "./billing"
export * from "./quote"
export * from "./portal"
