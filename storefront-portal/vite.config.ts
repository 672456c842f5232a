import react from "@vitejs/plugin-react"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// `@shared` is the plugin's src/shared: the very totals function the server runs.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@shared": fileURLToPath(new URL("../src/shared", import.meta.url)) },
  },
  build: { target: "es2020", sourcemap: true },
  server: { port: 5173 },
  preview: { port: 5173 },
})
