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

/**
 * Claim `base` for a page of document `owner` among ids claimed corpus-wide (id → owner). A slug
 * another document holds gets the owner's id appended (`<base>-<owner>`): copies and namesakes of
 * a document get distinct ids that do not depend on how many came before; a repeat within one
 * document still gets `-2`, `-3` … as with claimUniqueId.
 * @example claimDocumentId('yunnan-dali', 'handbook-x2', new Map([['yunnan-dali', 'handbook']])) → 'yunnan-dali-handbook-x2'
 */
export function claimDocumentId(base: string, owner: string, taken: Map<string, string>): string {
  const scoped = taken.has(base) && taken.get(base) !== owner ? `${base}-${owner}` : base;
  let id = scoped;
  for (let k = 2; taken.has(id); k++) id = `${scoped}-${k}`;
  taken.set(id, owner);
  return id;
}
