import { existsSync, mkdirSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core"
import { chromium } from "playwright-core"

/** Debian's Chromium (`apt-get install chromium`), used when the machine has it. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium"

/**
 * Which Chromium the browser tests drive, in order:
 * 1. `CHROMIUM_PATH`, when set;
 * 2. Debian's `/usr/bin/chromium`, when it exists;
 * 3. the headless Chromium shipped inside the `@sparticuz/chromium` npm package
 *    (a devDependency: `npm install` brings it, no root, no download), unpacked
 *    into the temp dir on first use, with the fonts it ships.
 * `PORTAL_TEST_BROWSER=npm` skips 1 and 2, to test a machine without Chromium;
 * `PORTAL_TEST_BROWSER=debian` insists on 2.
 */
export type BrowserChoice = {
  source: "CHROMIUM_PATH" | "debian" | "npm"
  executablePath: string
  args: string[]
  env?: Record<string, string>
}

export async function chooseChromium(env = process.env): Promise<BrowserChoice> {
  const wanted = env.PORTAL_TEST_BROWSER
  if (wanted && !["npm", "debian"].includes(wanted)) {
    throw new Error(`PORTAL_TEST_BROWSER must be "npm" or "debian", not "${wanted}"`)
  }
  if (wanted !== "npm" && wanted !== "debian" && env.CHROMIUM_PATH) {
    return { source: "CHROMIUM_PATH", executablePath: env.CHROMIUM_PATH, args: LAUNCH_ARGS }
  }
  if (wanted === "debian" || (wanted !== "npm" && existsSync(DEBIAN_CHROMIUM))) {
    if (!existsSync(DEBIAN_CHROMIUM)) {
      throw new Error(`PORTAL_TEST_BROWSER=debian, but ${DEBIAN_CHROMIUM} does not exist`)
    }
    return { source: "debian", executablePath: DEBIAN_CHROMIUM, args: LAUNCH_ARGS }
  }
  return npmChromium()
}

/** A lock older than this is left over from a process that died holding it. */
const STALE_LOCK_MS = 120_000

/**
 * Runs `work` while holding a lock named `name` in the temp dir, shared by every process
 * of the machine (a directory created exclusively), so that concurrent test files never
 * run it at the same time.
 */
export async function onceAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `${name}.lock`)
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true })
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** `@sparticuz/chromium`: its binary, its recommended flags, and only its own fonts. */
async function npmChromium(): Promise<BrowserChoice> {
  // ESM-first package with a CommonJS build; loaded on demand so a machine
  // using Debian's Chromium never unpacks it.
  const sparticuz = (await import("@sparticuz/chromium")).default
  // The package unpacks to <tmp>/chromium unless that path exists, so a file starting
  // while another still writes it would run a half-written binary (ETXTBSY): one at a time.
  const executablePath = await onceAtATime("portal-chromium-unpack", () =>
    sparticuz.executablePath()
  )
  return {
    source: "npm",
    executablePath,
    args: [...new Set([...sparticuz.args.filter(keptNpmArg), ...LAUNCH_ARGS])],
    // The package unpacks its fonts and a fonts.conf naming them into the temp
    // dir; pointing fontconfig there makes text render the same on a machine
    // with no fonts installed as on one with many.
    env: { ...stringEnv(), FONTCONFIG_PATH: join(tmpdir(), "fonts") },
  }
}

/**
 * @sparticuz/chromium's flags are tuned for AWS Lambda. Its rendering flags
 * (SwiftShader, headless shell) are kept; those that would make the tests
 * lie are not: no web security or site isolation (CORS and the storefront's
 * no-referrer rules must hold as in a real browser), no single process (every
 * test opens several contexts).
 */
const DROPPED_NPM_ARGS = [
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
  "--single-process",
  "--disable-features=",
]

function keptNpmArg(arg: string): boolean {
  return !DROPPED_NPM_ARGS.some((dropped) => arg.startsWith(dropped))
}

function stringEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

export async function launchChromium(choice?: BrowserChoice): Promise<Browser> {
  const { executablePath, args, env } = choice ?? (await chooseChromium())
  return chromium.launch({
    executablePath,
    headless: true,
    args,
    env,
    // Dialogs or a crash must not hang the suite.
    timeout: 60_000,
  })
}

export type Width = 1280 | 375

/** A desktop browser, or a phone (375 × 812, touch, high-DPI) for 375. */
export function contextOptions(width: Width): BrowserContextOptions {
  const common: BrowserContextOptions = {
    locale: "en-US",
    timezoneId: "UTC",
    acceptDownloads: true,
    colorScheme: "light",
  }
  return width === 375
    ? {
        ...common,
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      }
    : { ...common, viewport: { width: 1280, height: 900 } }
}

export type Tab = { context: BrowserContext; page: Page; errors: string[] }

/**
 * A fresh context and page. Uncaught page errors are collected in `errors`, so a
 * test can assert that a flow ran without any.
 */
export async function openTab(browser: Browser, width: Width = 1280): Promise<Tab> {
  const context = await browser.newContext(contextOptions(width))
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(30_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  return { context, page, errors }
}
