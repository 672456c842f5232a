export * from "./agreement-template"
export * from "./signed-agreement"
export * from "./private-file"
