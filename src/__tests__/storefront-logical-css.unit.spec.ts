import { readFileSync } from "node:fs"
import { join } from "node:path"

// Right-to-left languages are not shipped, but the portal's layout must not assume
// left-to-right where a logical property does the same (docs/ARCHITECTURE.md, "Languages").
describe("the storefront portal's styles", () => {
  it("use logical properties, never left or right", () => {
    const css = readFileSync(
      join(__dirname, "..", "..", "storefront-portal", "src", "styles.css"),
      "utf8"
    )
    const physical = css
      .split("\n")
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) =>
        /(^|[\s;{])((margin|padding|border)-(left|right)|left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/.test(
          line
        )
      )
    expect(physical).toEqual([])
  })
})
