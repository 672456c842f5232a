/**
 * Compile-time checks that a validator and its shared request type
 * (src/shared/http) agree, so neither can drift alone (docs/ARCHITECTURE.md,
 * "Layers"). Each validators file asserts its bodies with these.
 */

/** True when A and B are the same type. */
export type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/** Compiles only for `true`: `Assert<Equals<A, B>>`. */
export type Assert<T extends true> = T
