import { z } from "@medusajs/framework/zod"
import { unsafeTextReason } from "./input-guard"

/**
 * Text fields of request bodies (docs/ARCHITECTURE.md, "Security rules"). Multipart bodies
 * skip the group's JSON checks, so these check what PostgreSQL refuses themselves.
 */

/** Text that prints as one line: no control characters, nothing PostgreSQL refuses. */
export const oneLineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(
      (value) =>
        !unsafeTextReason(value) &&
        ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f),
      { message: "may not contain control characters" }
    )

/** Long text, several lines allowed: nothing PostgreSQL refuses. */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !unsafeTextReason(value), {
      message: "may not contain NUL or lone surrogates",
    })

/** A calendar day, "2027-01-31", that exists. */
export const calendarDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date like 2027-01-31`)
    .refine(
      (value) => {
        // "2027-13-01" is no date at all: an invalid Date, whose toISOString throws.
        const day = new Date(`${value}T00:00:00Z`)
        return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
      },
      {
        message: `${field} is not a day of the calendar`,
      }
    )
