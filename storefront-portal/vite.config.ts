import react from "@vitejs/plugin-react"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// `@shared` is the plugin's src/shared: the very totals function the server runs.
export default defineConfig(({ command }) => {
  // A build is always a production build, even under NODE_ENV=test (npm test),
  // which would otherwise bundle React's development runtime.
  if (command === "build") process.env.NODE_ENV = "production"
  return {
    plugins: [react()],
    resolve: {
      alias: [
        { find: "@shared", replacement: fileURLToPath(new URL("../src/shared", import.meta.url)) },
        // Medusa's JS SDK needs only qs's stringify; src/shared/qs-stringify.ts is it,
        // without qs's parser and helpers (scripts/report-size.mjs).
        {
          find: /^qs$/,
          replacement: fileURLToPath(new URL("../src/shared/qs-stringify.ts", import.meta.url)),
        },
      ],
    },
    // The manifest lets scripts/report-size.mjs tell what each route loads first.
    build: { target: "es2020", sourcemap: true, manifest: true },
    server: { port: 5173 },
    preview: { port: 5173 },
  }
})
