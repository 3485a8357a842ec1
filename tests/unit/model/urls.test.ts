/**
 * The URL module (scripts/model/urls.ts): every builder follows the deploy base, the base is
 * read from DJ_BASE and checked, and libraryPath inverts the library builders under any base.
 */
import { afterEach, describe, expect, test } from 'vitest';
import {
  anchorUrl,
  caseUrl,
  conceptFamilyUrl,
  conceptUrl,
  corpusJsonUrl,
  documentUrl,
  homeUrl,
  libraryPath,
  libraryUrl,
  normaliseBase,
  notFoundUrl,
  readingUrl,
  searchQueryUrl,
  searchUrl,
  siteBase,
  sitePath,
  toDocId,
  toPageSlug,
  toParagraphAnchor,
} from '../../../scripts/model/ids.js';

const saved = process.env.DJ_BASE;
afterEach(() => {
  if (saved === undefined) delete process.env.DJ_BASE;
  else process.env.DJ_BASE = saved;
});

const doc = toDocId('handbook-jiguan-dangjian');
const page = () => readingUrl(doc, toPageSlug('ch03'));

describe('deploy base', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['dangjian', '/dangjian/'],
    ['/dangjian', '/dangjian/'],
    ['/dangjian/', '/dangjian/'],
    ['//a/b//', '/a/b/'],
    [' /oa/dangjian/ ', '/oa/dangjian/'],
  ])('normaliseBase(%j) → %j', (raw, base) => expect(normaliseBase(raw)).toBe(base));

  test.each(['/a/../b/', 'http://x/', '/党建/', '/a b/', '/a?x=1', '/a#b'])(
    'normaliseBase(%j) throws, naming DJ_BASE',
    (raw) => {
      expect(() => normaliseBase(raw)).toThrow(/DJ_BASE/);
    },
  );

  test('siteBase() is DJ_BASE, read when called (a build input), and `/` without it', () => {
    delete process.env.DJ_BASE;
    expect(siteBase()).toBe('/');
    process.env.DJ_BASE = 'dangjian';
    expect(siteBase()).toBe('/dangjian/');
  });
});

describe('builders', () => {
  test('at the root every URL is the plain scheme', () => {
    delete process.env.DJ_BASE;
    expect([
      homeUrl(),
      libraryUrl(),
      documentUrl(doc),
      page(),
      anchorUrl(page(), toParagraphAnchor('p-2-1-3')),
    ]).toEqual([
      '/',
      '/library/',
      '/library/handbook-jiguan-dangjian/',
      '/library/handbook-jiguan-dangjian/ch03/',
      '/library/handbook-jiguan-dangjian/ch03/#p-2-1-3',
    ]);
  });

  test('under a base every builder puts it first, once', () => {
    delete process.env.DJ_BASE;
    const builders = [
      homeUrl,
      libraryUrl,
      () => documentUrl(doc),
      page,
      () => conceptUrl('liang-xue-yi-zuo'),
      () => conceptFamilyUrl('si-ge'),
      () => caseUrl('x'),
      () => searchUrl(),
      () => searchQueryUrl('两学一做'),
      corpusJsonUrl,
      notFoundUrl,
    ];
    const plain = builders.map((b) => b());
    process.env.DJ_BASE = '/dangjian/';
    const based = builders.map((b) => b());
    expect(based).toEqual(plain.map((u) => `/dangjian${u}`));
    expect(searchQueryUrl('两学一做')).toBe(`/dangjian/search/?q=${encodeURIComponent('两学一做')}`);
  });

  test.each(['/', '/dangjian/', '/oa/dangjian/'])(
    'libraryPath inverts documentUrl and readingUrl under %s; other URLs give undefined',
    (base) => {
      process.env.DJ_BASE = base;
      expect(libraryPath(documentUrl(doc))).toBe('handbook-jiguan-dangjian');
      expect(libraryPath(anchorUrl(page(), toParagraphAnchor('p-1')))).toBe('handbook-jiguan-dangjian/ch03');
      expect(libraryPath(conceptUrl('x'))).toBeUndefined();
      expect(sitePath(page())).toBe('library/handbook-jiguan-dangjian/ch03/');
      if (base !== '/') expect(libraryPath('/library/handbook-jiguan-dangjian/ch03/')).toBeUndefined();
    },
  );
});
