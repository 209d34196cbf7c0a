import { createHash } from 'node:crypto';

/**
 * A stable UUID (v5-shaped, SHA-1 over a fixed namespace) for a seeded record.
 * Subgraphs never read each other's tables, so seed data that crosses them
 * (an agreement's organisation, a volunteer's assignment) agrees on ids by
 * deriving them from the same name.
 */
export function seedId(kind: string, slug: string): string {
  const hash = createHash('sha1').update(`samspill:${kind}:${slug}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
