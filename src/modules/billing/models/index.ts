export * from "./invoice"
