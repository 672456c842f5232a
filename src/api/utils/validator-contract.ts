import type { z } from "@medusajs/framework/zod"

/**
 * `true` when a request type of the HTTP contract (src/shared/http) and the
 * route's zod validator agree (docs/ARCHITECTURE.md, "Routes and guards"): the
 * same top-level fields, and whatever the type allows, the validator takes.
 * Otherwise `false`, and `Assert` below fails to compile.
 */
export type AgreesWith<Body, Schema extends z.ZodType> = [Body] extends [z.input<Schema>]
  ? [
      Exclude<keyof Body, keyof z.input<Schema>>,
      Exclude<keyof z.input<Schema>, keyof Body>,
    ] extends [never, never]
    ? true
    : false
  : false

/** Compiles only with `true`: `export type BodyAgrees = Assert<AgreesWith<Body, typeof Schema>>`. */
export type Assert<T extends true> = T
