/** The merchant's time zone for dates printed in PDFs: `PORTAL_TIME_ZONE` (IANA name), default UTC. */
export function portalTimeZone(): string {
  return usableTimeZone(process.env.PORTAL_TIME_ZONE)
}

/** An unknown zone falls back to UTC (printed as such) rather than failing a signing. */
export function usableTimeZone(zone: string | null | undefined): string {
  if (!zone) {
    return "UTC"
  }
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone
  } catch {
    return "UTC"
  }
}

function usableLocale(locale: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale || "en-US")[0] ?? "en-US"
  } catch {
    return "en-US"
  }
}

/** How dates are printed: the document's locale (`PORTAL_LOCALE`) and the merchant's time zone. */
export type PdfDates = { locale: string; time_zone: string }

export function pdfDates(locale: string | null | undefined, timeZone?: string | null): PdfDates {
  return { locale: usableLocale(locale), time_zone: usableTimeZone(timeZone ?? portalTimeZone()) }
}

/** A day, e.g. "December 31, 2026" or "31 grudnia 2026", as the merchant's calendar shows it. */
export function formatDay(value: Date | string, dates: PdfDates): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return String(value)
  }
  return new Intl.DateTimeFormat(dates.locale, {
    dateStyle: "long",
    timeZone: dates.time_zone,
  }).format(date)
}

/** A moment on the merchant's clock, with seconds and the zone, e.g. "22 listopada 2026 10:26:53 CET". */
export function formatLocalTime(date: Date, dates: PdfDates): string {
  return new Intl.DateTimeFormat(dates.locale, {
    dateStyle: "long",
    timeStyle: "long",
    timeZone: dates.time_zone,
  }).format(date)
}

/** ISO 8601 in UTC, spelled out so nobody has to know that "Z" means UTC. */
export function formatUtc(date: Date): string {
  return `${date.toISOString()} (UTC)`
}
