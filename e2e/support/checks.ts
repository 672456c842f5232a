import { AxeBuilder } from "@axe-core/playwright"
import { copyFileSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Locator, Page } from "playwright-core"

const ROOT = join(__dirname, "..", "..")
/** Git-ignored: every run writes here. */
export const SCREENSHOT_DIR = join(ROOT, "e2e", "screenshots")
/** Committed and shown in the README: written only with UPDATE_DOCS_SCREENSHOTS=1. */
export const DOCS_SCREENSHOT_DIR = join(ROOT, "docs", "screenshots")
export const DOCS_SCREENSHOTS = new Set([
  "quote-1280",
  "quote-375",
  "sign-1280",
  "accepted-1280",
  "unknown-375",
  "sign-in-375",
  "profile-1280",
  "dashboard-1280",
  "invoice-375",
])

/**
 * Retries `check` (which throws, e.g. a failing `expect`) until it passes or
 * `timeout` ms have gone by; then throws its last error. playwright-core has no
 * auto-retrying `expect`, and the page updates asynchronously.
 */
export async function eventually<T>(
  check: () => Promise<T> | T,
  { timeout = 10_000, interval = 100 } = {}
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, interval))
    }
  }
}

/** Waits until the locator is visible, failing with a readable message. */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: "visible", timeout })
  } catch (error) {
    const page = locator.page()
    const texts = (role: "heading" | "alert") =>
      page
        .getByRole(role, role === "heading" ? { level: 1 } : {})
        .allInnerTexts()
        .catch(() => [])
    // What the page showed instead, in words and as a picture.
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const shot = join(SCREENSHOT_DIR, `failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
    throw new Error(
      `Not visible within ${timeout} ms: ${String(locator)}\n` +
        `  page ${page.url()}\n  h1: ${JSON.stringify(await texts("heading"))}, ` +
        `alerts: ${JSON.stringify(await texts("alert"))}\n  screenshot ${shot}\n  ` +
        (error as Error).message.split("\n")[0]
    )
  }
  return locator
}

/** Whitespace-collapsed visible text, for comparisons that ignore layout. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, " ").trim()
}

type Violation = {
  id: string
  impact?: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; failureSummary?: string; html: string }[]
}

export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    - ${n.target.map(String).join(" ")}\n      ${n.html.slice(0, 160)}\n      ${(
              n.failureSummary ?? ""
            )
              .split("\n")
              .join("\n      ")}`
        )
        .join("\n")
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ""
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`
    })
    .join("\n")
}

/**
 * Runs axe (WCAG 2.x A/AA rules and best practices) on the page as it is and
 * fails on any serious or critical violation, listing them readably.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze()
  const blocking = (results.violations as Violation[]).filter(
    (v) => v.impact === "serious" || v.impact === "critical"
  )
  if (blocking.length) {
    throw new Error(
      `axe found ${blocking.length} serious/critical violation(s) on the ${label} page (${page.url()}):\n` +
        describeViolations(blocking)
    )
  }
}

/**
 * Writes e2e/screenshots/<name>-<width>.png (full page). With
 * UPDATE_DOCS_SCREENSHOTS=1 the chosen few are also copied to
 * docs/screenshots/portal-<name>-<width>.png.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const width = page.viewportSize()?.width ?? 0
  const file = `${name}-${width}.png`
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, file)
  // Let fonts and transitions settle so the picture is stable.
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" })
  if (process.env.UPDATE_DOCS_SCREENSHOTS === "1" && DOCS_SCREENSHOTS.has(`${name}-${width}`)) {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true })
    copyFileSync(path, join(DOCS_SCREENSHOT_DIR, `portal-${file}`))
  }
  return path
}

/** No horizontal scrolling: the page fits the viewport's width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // The viewport we asked for, not window.innerWidth: a phone zooms out to fit
  // content that is too wide, which would widen innerWidth along with it.
  const viewport = page.viewportSize()?.width ?? 0
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  if (scrollWidth > viewport) {
    const wide = await page.evaluate((limit) => {
      const found: string[] = []
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        const box = el.getBoundingClientRect()
        if (box.right > limit + 1 && found.length < 5) {
          found.push(`${el.tagName.toLowerCase()}.${el.className} (right ${Math.round(box.right)})`)
        }
      }
      return found
    }, viewport)
    throw new Error(
      `The page scrolls sideways: scrollWidth ${scrollWidth} > ${viewport}. Widest: ${wide.join(", ")}`
    )
  }
}

/**
 * Presses Tab until `target` has the focus (at most `limit` times), as a
 * keyboard user would reach it, and checks that the focus is visible there.
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  await target.waitFor({ state: "visible" })
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab")
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(target)
      return
    }
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))
  throw new Error(`${String(target)} not reached with ${limit} Tabs; focus is on ${focused}`)
}

/** The focused element shows a focus indicator: an outline or a ring (box-shadow). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el)
    return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow }
  })
  const outlined = !style.outline.startsWith("none") && !style.outline.endsWith(" 0px")
  if (!outlined && style.shadow === "none") {
    throw new Error(`${String(target)} has no visible focus indicator (${JSON.stringify(style)})`)
  }
}
