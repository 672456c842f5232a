export * from "./quote"
