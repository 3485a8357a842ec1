/**
 * Segment: a news item's reporters, as its dateline names them in brackets (`本报讯（记者　王某某
 * 通讯员　李某）5月18日，…`, `新华社北京3月5日电（记者　张某　李某）`): the authors a newspaper
 * article is cited under (GB/T 7714 [N]). The line stays the text's: only the names are read.
 */

/** A dateline's opening and its bracket: 本报讯, 本网讯, 本刊讯, or an agency's `…电`. */
const DATELINE = /^(?:本报讯|本网讯|本刊讯|本台讯|[^（(。，,]{2,24}?电)\s*[（(]([^（）()]{2,60})[）)]/u;
/** The roles a dateline names its people by (a `g` copy strips them; `test` is by the plain one). */
const ROLE = /(?:特约|实习)?(?:记者|通讯员|实习生|摄影)/u;
const ROLES = new RegExp(ROLE.source, 'gu');

/**
 * The people a news item's dateline credits, in order (`本报讯（记者 王某某 通讯员 李某）…` →
 * `['王某某', '李某']`); undefined when the text opens with none.
 */
export function newsReporters(text: string): string[] | undefined {
  const m = DATELINE.exec(text.trim());
  if (!m || !ROLE.test(m[1]!)) return undefined;
  const names = m[1]!
    .replace(ROLES, ' ')
    .split(/[\s\u3000、，,]+/u)
    .filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
  return names.length > 0 ? names : undefined;
}
