import { isAbsolute, relative, resolve } from "node:path"

type ProviderConfig = { resolve: string; options?: Record<string, unknown> }
type ModuleConfig = { resolve: string; options?: { providers?: ProviderConfig[] } }
type LoadedConfig = {
  projectConfig: { http: { jwtSecret?: string; cookieSecret?: string } }
  /** defineConfig keys the modules by name. */
  modules: Record<string, ModuleConfig>
}

/** This repo's medusa-config.ts as Medusa loads it, under the given environment. */
function loadConfig(env: Record<string, string | undefined>): LoadedConfig {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    let config: LoadedConfig | undefined
    jest.isolateModules(() => {
      config = require("../../medusa-config") // eslint-disable-line @typescript-eslint/no-require-imports
    })
    return config!
  } finally {
    process.env = saved
  }
}

describe("medusa-config.ts", () => {
  it("has no secret of its own: without JWT_SECRET and COOKIE_SECRET both are unset", () => {
    const { http } = loadConfig({ JWT_SECRET: undefined, COOKIE_SECRET: undefined }).projectConfig
    expect(http.jwtSecret).toBeUndefined()
    expect(http.cookieSecret).toBeUndefined()
  })

  it("takes the secrets from the environment", () => {
    const { http } = loadConfig({
      JWT_SECRET: "jwt-from-env",
      COOKIE_SECRET: "cookie-from-env",
    }).projectConfig
    expect(http).toMatchObject({ jwtSecret: "jwt-from-env", cookieSecret: "cookie-from-env" })
  })

  it("keeps private files outside static/, which Medusa serves to anyone at /static", () => {
    const config = loadConfig({ PORTAL_PRIVATE_UPLOAD_DIR: undefined })
    const file = Object.values(config.modules).find(
      (module) => module.resolve === "@medusajs/medusa/file"
    )
    const local = file?.options?.providers?.find(
      (provider) => provider.resolve === "@medusajs/medusa/file-local"
    )
    const privateDir = resolve(String(local?.options?.private_upload_dir))
    const fromStatic = relative(resolve("static"), privateDir)
    expect(fromStatic.startsWith("..") || isAbsolute(fromStatic)).toBe(true)
  })
})
