import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'buffer') => Buffer;
// crypto.hash (Node 20.12+) skips the Hash object createHash builds: half the cost per id.
const oneShot: OneShotHash | undefined = 'hash' in crypto ? (crypto.hash as OneShotHash) : undefined;
const md5 = (text: string): Buffer =>
  oneShot ? oneShot('md5', text, 'buffer') : crypto.createHash('md5').update(text, 'utf8').digest();

/**
 * A 64-bit fingerprint of a message id: the first 8 bytes of its MD5, as two little-endian 32-bit
 * halves. DuckDB computes the same in SQL (MESSAGE_FINGERPRINT_SQL), so the ids already stored
 * are fingerprinted inside the engine and only numbers cross into Node.
 */
export function messageFingerprint(messageId: string): [hi: number, lo: number] {
  const digest = md5(messageId);
  return [digest.readUInt32LE(4), digest.readUInt32LE(0)];
}

/** The same fingerprint as messageFingerprint, in DuckDB, as columns `hi` and `lo`. */
export const MESSAGE_FINGERPRINT_SQL = `(md5_number_upper(message_id) >> 32)::UINTEGER AS hi,
  (md5_number_upper(message_id) & 4294967295)::UINTEGER AS lo`;

const EMPTY_HI = 0;
const EMPTY_LO = 0;

/**
 * A set of 64-bit fingerprints in two typed arrays (open addressing, linear probing), 8 bytes a
 * slot: ten million message ids fit in 128 MB, where a Set of the strings would take gigabytes.
 * A fingerprint can collide, so `has` answers "maybe": callers confirm a hit exactly, and a miss
 * is certain. The all-zero fingerprint marks an empty slot, so it is stored as (0, 1), one more
 * harmless "maybe".
 */
export class FingerprintSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let slots = 1024;
    while (slots < capacity) slots *= 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  has(hi: number, lo: number): boolean {
    if (hi === EMPTY_HI && lo === EMPTY_LO) lo = 1;
    const mask = this.hi.length - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const slotHi = this.hi[slot];
      const slotLo = this.lo[slot];
      if (slotHi === EMPTY_HI && slotLo === EMPTY_LO) return false;
      if (slotHi === hi && slotLo === lo) return true;
    }
  }

  add(hi: number, lo: number): void {
    if (hi === EMPTY_HI && lo === EMPTY_LO) lo = 1;
    // Kept at most three-quarters full, so probes stay short and always reach an empty slot.
    if ((this.count + 1) * 4 > this.hi.length * 3) this.grow();
    if (this.insert(hi, lo)) this.count += 1;
  }

  private insert(hi: number, lo: number): boolean {
    const mask = this.hi.length - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const slotHi = this.hi[slot];
      const slotLo = this.lo[slot];
      if (slotHi === hi && slotLo === lo) return false;
      if (slotHi === EMPTY_HI && slotLo === EMPTY_LO) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        return true;
      }
    }
  }

  private grow(): void {
    const oldHi = this.hi;
    const oldLo = this.lo;
    this.hi = new Uint32Array(oldHi.length * 2);
    this.lo = new Uint32Array(oldLo.length * 2);
    for (let slot = 0; slot < oldHi.length; slot += 1) {
      const hi = oldHi[slot] ?? 0;
      const lo = oldLo[slot] ?? 0;
      if (hi !== EMPTY_HI || lo !== EMPTY_LO) this.insert(hi, lo);
    }
  }
}
