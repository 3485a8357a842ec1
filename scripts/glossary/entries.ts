/**
 * Growing the glossary (`npm run glossary:add`): a definition found in a defining sentence of the
 * corpus (`…是指…`, `…即…`, `所谓…`), a well-formed entry for a new term, and the entries appended
 * to `content/concepts.yaml` with the `yaml` Document API, so its comments and order stay. Pure.
 */
import type { ProposedExpansion } from '../../src/schemas/knowledge.js';
import { Document, parseDocument, isSeq } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { conceptSchema, type ConceptCategory } from '../../src/schemas/concept.js';

/** The paragraphs of one document, as plain text. */
export interface DocText {
  docId: string;
  paragraphs: string[];
}

/** A definition cited from the corpus: the sentence and where it is (a text unique in its document). */
export interface FoundDefinition {
  text: string;
  source: { doc: string; contains: string };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sentences that define a term, strongest first: `“一带一路”是指…`, `一带一路，即…`, `所谓一带一路，…`.
 * The term may be quoted (“…”) or in 《》.
 */
function definingPatterns(term: string): RegExp[] {
  const t = `[“"《]?${escape(term)}[”"》]?`;
  return [
    new RegExp(`^${t}(?:，|,)?(?:是指|指的是)`),
    new RegExp(`^${t}(?:，|,)?即`),
    new RegExp(`^所谓${t}`),
    new RegExp(`${t}(?:，|,)?(?:是指|指的是)`),
  ];
}

/** Sentences of a paragraph, each with its closing mark. */
const sentences = (text: string): string[] =>
  text
    .match(/[^。！？!?]+[。！？!?]?/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [];

/**
 * The first defining sentence of `term` in the corpus (documents in manifest order), with a
 * `contains` text that occurs in exactly one paragraph of its document (the glossary's locator).
 * @example findDefinition('两学一做', [{ docId: 'x', paragraphs: ['“两学一做”是指学党章党规、学系列讲话，做合格党员。'] }]) → { text: '“两学一做”是指…', source: { doc: 'x', contains: '“两学一做”是指…' } }
 */
export function findDefinition(term: string, docs: readonly DocText[]): FoundDefinition | undefined {
  for (const pattern of definingPatterns(term)) {
    for (const d of docs) {
      for (const p of d.paragraphs) {
        const sentence = sentences(p).find((s) => pattern.test(s));
        if (!sentence) continue;
        const unique = d.paragraphs.filter((q) => q.includes(sentence)).length === 1;
        if (unique) return { text: sentence, source: { doc: d.docId, contains: sentence } };
      }
    }
  }
  return undefined;
}

/** ASCII pinyin id of a term, unique among `taken`: 一带一路 → yi-dai-yi-lu (then yi-dai-yi-lu-2). */
export function conceptIdOf(term: string, taken: ReadonlySet<string>): string {
  const syllables = pinyin(term, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((s) =>
      s
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean);
  const base = syllables.join('-') || 'concept';
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** A new glossary entry: its definition from the corpus, or an editorial placeholder to be written. */
export function newEntry(
  term: string,
  category: ConceptCategory,
  docs: readonly DocText[],
  taken: ReadonlySet<string>,
) {
  const found = findDefinition(term, docs);
  const entry = {
    id: conceptIdOf(term, taken),
    term,
    category,
    definition: found ?? { text: `（待编写：${term}的定义。语料中没有找到定义句。）`, editorial: true as const },
  };
  conceptSchema().parse(entry); // a malformed entry is a bug here, never written
  return entry;
}

/**
 * Append entries to the `concepts:` list of a glossary file. The file's own bytes are kept as they
 * are (comments, order, its mix of flow styles): the new items are built with the `yaml` Document
 * API, serialised on their own, indented like the list's items and added after its last item.
 * @throws Error when the file's last block is not the `concepts:` list, or a term is already a term or alias there.
 */
export function appendEntries(yamlText: string, entries: readonly ReturnType<typeof newEntry>[]): string {
  const doc = parseDocument(yamlText);
  const list = doc.get('concepts', true);
  if (!isSeq(list) || !list.range || yamlText.slice(list.range[2]).replace(/#.*$/gm, '').trim() !== '') {
    throw new Error('content/concepts.yaml must end with its `concepts:` list');
  }
  const known = new Set(
    (doc.toJS() as { concepts: { term: string; aliases?: string[] }[] }).concepts.flatMap((c) => [
      c.term,
      ...(c.aliases ?? []),
    ]),
  );
  for (const e of entries) {
    if (known.has(e.term)) throw new Error(`${e.term} is already in the glossary`);
    known.add(e.term);
  }
  const indent = /^( *)- id:/m.exec(yamlText)?.[1] ?? '  ';
  const items = entries.map((e) => new Document([e]).toString({ lineWidth: 0 }).replace(/^(?=.)/gm, indent));
  return [yamlText.replace(/\n*$/, '\n'), ...items].join('\n');
}

/** `…前后文字…` around the first occurrence of `term` in `text` (`width` characters each side). */
export function contextLine(text: string, term: string, width = 18): string {
  const at = text.indexOf(term);
  if (at < 0) return text.slice(0, width * 2);
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + term.length + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Where the members of a proposed expansion were found, as an editor reads it. */
const SCOPE_NOTES: Record<ProposedExpansion['scope'], string> = {
  'same-paragraph': '同段列举',
  'following-points': '下文分点列举',
  'same-document': '同一文献另处列举',
  elsewhere: '其他文献的列举，未必是此处所指，请核对',
};

/**
 * The expansion part of a candidate's line: the members, and where they were found with its link
 * unless that is the candidate's own paragraph (a list from another document is flagged: the term
 * miner proposes it only when nothing closer exists, and it may name another body's 三种意识).
 * @example expansionNote({ members: ['甲意识', '乙意识'], scope: 'elsewhere', location }) → '  = 甲意识、乙意识（其他文献的列举，未必是此处所指，请核对：/library/…/#p-2）'
 */
export function expansionNote(e: ProposedExpansion | undefined): string {
  if (!e) return '';
  const where = e.scope === 'same-paragraph' ? SCOPE_NOTES[e.scope] : `${SCOPE_NOTES[e.scope]}：${e.location.url}`;
  return `  = ${e.members.join('、')}（${where}）`;
}
