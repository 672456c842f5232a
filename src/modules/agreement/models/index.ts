export * from "./agreement-template"
export * from "./signed-agreement"
