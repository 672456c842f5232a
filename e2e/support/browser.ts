import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core"
import { chromium } from "playwright-core"

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: LAUNCH_ARGS,
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
