/**
 * Rehype plugin for the generated MDX (scripts/emit/): builds the paragraph-level components
 * (src/components/mdx/html.ts) as HTML while the MDX compiles, and turns the emitter's text
 * expressions (`{"…"}`, see scripts/emit/jsx.ts) back into text. What is left is static HTML,
 * which @astrojs/mdx's `optimize` then emits as strings: a reading page's module holds its text
 * once, not one component call per paragraph and term. Anything else (the per-document Astro
 * components, an expression that is not a string literal) is left to MDX as it was.
 */
import type { Program } from 'estree';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { htmlComponents, type HtmlComponentName } from '../components/mdx/html';

type Node = Root | RootContent;

const isHtmlComponent = (name: string | null): name is HtmlComponentName =>
  name !== null && Object.hasOwn(htmlComponents, name);

/** The value of an expression that is one literal (`{"…"}`, `{1}`, `{true}`), from the syntax tree MDX parsed; else undefined. */
function literal(expression: { data?: { estree?: Program | null } }): unknown {
  const statement = expression.data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' && statement.expression.type === 'Literal'
    ? (statement.expression.value ?? undefined)
    : undefined;
}

/** The props of a component element; every value the emitter writes is a string or a literal. */
function propsOf(
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  where: string,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of attributes) {
    const value =
      a.type === 'mdxJsxAttribute'
        ? typeof a.value === 'object' && a.value !== null
          ? literal(a.value)
          : (a.value ?? true)
        : undefined;
    if (a.type !== 'mdxJsxAttribute' || value === undefined)
      throw new Error(`${where}: an attribute that is not a literal; the emitter writes only literals`);
    props[a.name] = value;
  }
  return props;
}

/** The node with its children rewritten first (a heading looks at its built children). */
function rewrite(node: Node, file: string): Node {
  if ('children' in node) node.children = node.children.map((c) => rewrite(c, file)) as typeof node.children;
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    const value = literal(node);
    return typeof value === 'string' ? { type: 'text', value } : node;
  }
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && isHtmlComponent(node.name)) {
    const where = `${file}:${node.position?.start.line ?? '?'}`;
    const build = htmlComponents[node.name] as (props: unknown, children: ElementContent[]) => Element;
    return build(propsOf(node.attributes, where), node.children as ElementContent[]);
  }
  return node;
}

/** What the plugin reads and writes of the MDX file (vite-plugin-mdx puts the front matter there). */
interface MdxFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The plugin: `mdx({ rehypePlugins: [rehypeMdxHtml], optimize: true })` (astro.config.mjs). It also
 * empties the `frontmatter` export @astrojs/mdx writes into every module: the pages read their
 * front matter (a reading page's whole TOC, a document's every page) from the content collection,
 * and a second copy as JavaScript objects in each of thousands of modules only weighed on the build.
 */
export const rehypeMdxHtml =
  () =>
  (tree: Root, file: MdxFile): void => {
    rewrite(tree, file.path ?? 'MDX');
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter = {};
  };
