// What the demo's and the browser tests' small static servers (serve-portal.mjs,
// serve-admin.mjs) have in common: content types, and listening on a port.

/** Content types of the files a Vite build holds. */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
}

export const contentType = (extension) =>
  CONTENT_TYPES[extension.toLowerCase()] ?? "application/octet-stream"

/**
 * Starts `server` on `port` (0 picks a free one) and answers its URL and port.
 * Keep-alive sockets from a browser would otherwise hold close() open, so they
 * time out quickly and close() ends them.
 *
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function listen(server, port, host, onClose = () => {}) {
  server.keepAliveTimeout = 1000
  await new Promise((resolveListen, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolveListen()
    })
  })
  const actualPort = server.address().port
  const urlHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host
  return {
    url: `http://${urlHost.includes(":") ? `[${urlHost}]` : urlHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose())
        server.closeAllConnections?.()
        onClose()
      }),
  }
}
