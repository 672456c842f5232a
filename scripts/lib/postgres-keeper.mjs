// The parent's side of a "PostgreSQL keeper": a forked helper process that
// owns an embedded PostgreSQL, so the terminal's Ctrl-C reaches the parent
// (which stops Medusa first) and the helper still stops PostgreSQL if the
// parent dies. The demo and the benchmark each fork their own helper.

/** Resolves with the helper's "ready" message, rejects if it fails or exits. */
export function postgresKeeperReady(keeper) {
  return new Promise((resolve, reject) => {
    keeper.once("message", (message) =>
      message.type === "ready" ? resolve(message) : reject(new Error(message.message))
    )
    keeper.once("exit", (code) => reject(new Error(`The PostgreSQL helper exited (code ${code})`)))
  })
}

/** Asks the helper to stop PostgreSQL and exit; kills its process group after `timeoutMs`. */
export async function stopPostgresKeeper(keeper, timeoutMs) {
  if (keeper.exitCode !== null || keeper.signalCode !== null) return
  const exited = new Promise((resolve) => keeper.once("exit", resolve))
  try {
    keeper.send({ type: "stop" })
  } catch {
    keeper.kill("SIGTERM")
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-keeper.pid, "SIGKILL")
    } catch {
      keeper.kill("SIGKILL")
    }
  }, timeoutMs)
  await exited
  clearTimeout(timer)
}
