/**
 * Slug ids for generated pages (cases, cited works): the first page to claim a slug keeps it,
 * later ones get `-2`, `-3` … in the order the caller claims them (document order: deterministic).
 */

/**
 * Claim `base`, or the first free `base-2`, `base-3` …, and record it in `taken`.
 * @example claimUniqueId('yunnan-dali', new Set(['yunnan-dali'])) → 'yunnan-dali-2'
 */
export function claimUniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}
