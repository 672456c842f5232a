import { PNG } from "pngjs"

/** A signature as the pad sends it: a transparent PNG with a wavy stroke. */
export function drawnSignature(strokeLength = 250): string {
  const image = new PNG({ width: 400, height: 120 })
  for (let x = 20; x < 20 + strokeLength; x++) {
    for (let dy = -1; dy <= 1; dy++) {
      const i = ((60 + dy + Math.round(10 * Math.sin(x / 15))) * 400 + x) * 4
      image.data[i + 3] = 255
    }
  }
  return `data:image/png;base64,${PNG.sync.write(image).toString("base64")}`
}
