/**
 * The MDX component contract (src/components/mdx/props.ts) at the type level: `npm run check`
 * (tsc) fails if a line marked @ts-expect-error below stops being an error, i.e. if the emitter
 * could write a prop a component does not declare, or a value of the wrong type. The components'
 * side (`type Props = MdxProps[…]`) is checked by astro check in the same script.
 */
import { describe, expect, test } from 'vitest';
import { jsxElement } from '../../../scripts/emit/jsx.js';

describe('jsxElement writes only the props of the component contract', () => {
  test('props of the map are written in order, undefined ones left out', () => {
    expect(jsxElement('Para', { id: 'p-1', kind: 'list-item', marker: undefined, source: true }, '{"x"}')).toBe(
      '<Para id="p-1" kind="list-item" source={true}>{"x"}</Para>',
    );
    expect(jsxElement('Heading', { id: 's-1', level: 1, numbering: '一、', role: 'references' }, '')).toBe(
      '<Heading id="s-1" level={1} numbering="一、" role="references"></Heading>',
    );
  });

  test('a prop mismatch is a type error (checked by tsc in npm run check)', () => {
    const wrong = [
      // @ts-expect-error a paragraph kind outside PARAGRAPH_KINDS
      jsxElement('Para', { id: 'p-1', kind: 'poem' }),
      // @ts-expect-error a section role outside SECTION_ROLES
      jsxElement('Heading', { id: 's-1', level: 1, numbering: '', role: 'preface' }),
      // @ts-expect-error a prop Cite does not declare
      jsxElement('Cite', { n: 1, text: '[1]', linked: true, title: 'x' }),
      // @ts-expect-error a missing required prop
      jsxElement('Redaction', {}),
      // @ts-expect-error a number where the component expects text
      jsxElement('Term', { id: 3 }),
      // @ts-expect-error a component the MDX does not have
      jsxElement('Figure', {}),
      // @ts-expect-error a prop on a component that takes none
      jsxElement('Lead', { strong: true }),
    ];
    expect(wrong).toHaveLength(7);
  });
});
