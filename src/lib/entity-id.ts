// Ids as Medusa's generateEntityId makes them (`prefix_` and a ULID), for ids minted on
// paths that run on every request: one place every layer may import (docs/ARCHITECTURE.md,
// "Layers").
import { randomFillSync } from "crypto"
import { factory } from "ulid"

/**
 * ulid's default source asks the OS for one random byte per character, sixteen calls an id;
 * this draws the same cryptographic bytes from a buffer filled 1,024 values at a time.
 */
const pool = new Uint32Array(1024)
let next = pool.length

function pooledRandom(): number {
  if (next === pool.length) {
    randomFillSync(pool)
    next = 0
  }
  return pool[next++] / 2 ** 32
}

const ulid = factory(pooledRandom)

/** `prefix_` and a ULID, like Medusa's `generateEntityId(undefined, prefix)`. */
export function newEntityId(prefix: string): string {
  return `${prefix}_${ulid()}`
}
