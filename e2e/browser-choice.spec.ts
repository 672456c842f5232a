import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { PNG } from "pngjs"
import type { Browser } from "playwright-core"
import {
  chooseChromium,
  DEBIAN_CHROMIUM,
  launchChromium,
  onceAtATime,
  openTab,
} from "./support/browser"

jest.setTimeout(120_000)

/**
 * The browser tests run on whichever Chromium the machine offers
 * (e2e/support/browser.ts): these check each path renders real text, so a
 * fresh machine (npm's Chromium) and a Debian one (apt's) both stay covered.
 */
async function darkPixelsOfText(browser: Browser, text: string): Promise<number> {
  const { context, page } = await openTab(browser, 375)
  try {
    await page.setContent(
      `<p style="margin:0;font:32px sans-serif;color:#000;background:#fff">${text}</p>`
    )
    const png = PNG.sync.read(await page.locator("p").screenshot())
    let dark = 0
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i] < 100 && png.data[i + 1] < 100 && png.data[i + 2] < 100) dark++
    }
    return dark
  } finally {
    await context.close()
  }
}

describe("choosing Chromium", () => {
  it("unpacks npm's Chromium one file at a time, so none runs a half-written binary", async () => {
    // Two test files asking at the same moment (CI runs two at once): the second waits.
    let running = 0
    let most = 0
    const unpack = async (result: string) => {
      running++
      most = Math.max(most, running)
      for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => setImmediate(resolve))
      running--
      return result
    }
    const name = `portal-test-lock-${process.pid}`
    const results = await Promise.all([
      onceAtATime(name, () => unpack("first")),
      onceAtATime(name, () => unpack("second")),
    ])
    expect(results).toEqual(["first", "second"])
    expect(most).toBe(1)
    // A failure releases the lock too.
    await expect(onceAtATime(name, () => Promise.reject(new Error("broken")))).rejects.toThrow(
      "broken"
    )
    expect(await onceAtATime(name, () => unpack("again"))).toBe("again")
  })

  it("takes CHROMIUM_PATH first, then Debian's, then npm's; PORTAL_TEST_BROWSER=npm forces npm's", async () => {
    const custom = await chooseChromium({ CHROMIUM_PATH: "/opt/chrome/chrome" })
    expect(custom).toMatchObject({ source: "CHROMIUM_PATH", executablePath: "/opt/chrome/chrome" })

    const auto = await chooseChromium({})
    expect(auto.source).toBe(existsSync(DEBIAN_CHROMIUM) ? "debian" : "npm")

    const npm = await chooseChromium({
      CHROMIUM_PATH: "/opt/chrome/chrome",
      PORTAL_TEST_BROWSER: "npm",
    })
    expect(npm.source).toBe("npm")
    expect(existsSync(npm.executablePath)).toBe(true)
    // Lambda flags that would hide CORS or referrer bugs are not passed on.
    expect(npm.args).not.toContain("--disable-web-security")
    expect(npm.args).not.toContain("--single-process")

    await expect(chooseChromium({ PORTAL_TEST_BROWSER: "firefox" })).rejects.toThrow(
      /PORTAL_TEST_BROWSER/
    )
  })

  it("npm's Chromium (@sparticuz/chromium) starts without root and renders text with its own fonts", async () => {
    const browser = await launchChromium(await chooseChromium({ PORTAL_TEST_BROWSER: "npm" }))
    try {
      expect(await darkPixelsOfText(browser, "Łukasz Пётр Σωκράτης")).toBeGreaterThan(500)
    } finally {
      await browser.close()
    }
  })

  const debian = existsSync(DEBIAN_CHROMIUM)
  if (!debian) {
    console.warn(
      `Skipping the Debian Chromium check: ${DEBIAN_CHROMIUM} is not installed on this machine ` +
        `(the browser tests use npm's @sparticuz/chromium here).`
    )
  }
  ;(debian ? it : it.skip)(
    `Debian's Chromium (${DEBIAN_CHROMIUM}) still starts and renders text`,
    async () => {
      const browser = await launchChromium(await chooseChromium({ PORTAL_TEST_BROWSER: "debian" }))
      try {
        expect(await darkPixelsOfText(browser, "Łukasz Пётр Σωκράτης")).toBeGreaterThan(500)
      } finally {
        await browser.close()
      }
    }
  )
})

/** Source files of the repo's tests, scripts and code (no node_modules, no build output). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (["node_modules", "dist", ".medusa", "screenshots"].includes(name)) return []
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : []
  })
}

describe("npm test needs nothing but Node and npm", () => {
  const root = join(__dirname, "..")

  it("CI installs no system package", () => {
    const ci = readFileSync(join(root, ".ci/run"), "utf8")
    expect(ci).not.toMatch(/^\s*[^#\s].*\b(apt-get|apt|dpkg)\s+install\b/m)
  })

  it("no test, script or source file runs poppler (pdftotext, pdfinfo, pdfimages)", () => {
    const files = ["src", "integration-tests", "e2e", "scripts"].flatMap((dir) =>
      sourceFiles(join(root, dir))
    )
    expect(files.length).toBeGreaterThan(50)
    const poppler =
      /(?:execFile|spawn|exec)(?:Sync)?\(\s*["'`](?:pdftotext|pdfinfo|pdfimages|pdftoppm)\b/
    expect(files.filter((file) => poppler.test(readFileSync(file, "utf8")))).toEqual([])
  })
})
