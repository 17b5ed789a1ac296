import { randomBytes, randomUUID } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** A short id to share (10 characters of 58: about 58 bits), without look-alike letters (0/O, 1/l/I). */
export function shareId(): string {
  const bytes = randomBytes(10);
  let out = "";
  // 256 is not a multiple of 58; the small bias does not matter for an unguessable link.
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export const newId = (): string => randomUUID();
