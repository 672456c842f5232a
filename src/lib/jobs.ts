/**
 * What the portal's scheduled jobs share (docs/ARCHITECTURE.md, "Scale-out").
 *
 * A job's schedule is its cron, or `{ interval }` every PORTAL_JOB_INTERVAL_MS
 * milliseconds when that is set: the scale test's short ticks. Medusa's job
 * loader takes either form.
 */
export function portalJobSchedule(cron: string): string | { interval: number } {
  const interval = Number(process.env.PORTAL_JOB_INTERVAL_MS)
  return Number.isInteger(interval) && interval >= 1000 ? { interval } : cron
}

/**
 * The line every run logs, with what it changed. One line per run, whichever
 * instance ran it: with Redis, Medusa's workflow engine runs each tick once
 * across all instances, and the scale test counts these lines to prove it.
 */
export function jobRunMessage(name: string, changed: number, what: string): string {
  return `Client portal: job ${name} ran, ${changed} ${what}`
}
