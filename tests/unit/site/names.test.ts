import { describe, expect, it } from 'vitest';
import { caseName, isLatinOnly, joinNames, withNote } from '../../../src/lib/names';

describe('names as a page lists them', () => {
  it('joins Chinese names with 、 and English names with a comma', () => {
    expect(joinNames(['张三', '李四'])).toBe('张三、李四');
    expect(joinNames(['Zhang San', 'Li Si'])).toBe('Zhang San, Li Si');
    expect(joinNames(['Zhang San'])).toBe('Zhang San');
    expect(joinNames([])).toBe('');
  });

  it("sets a journal byline's affiliation indexes after the names as superscripts", () => {
    expect(joinNames(['李某某', '王某'], ['1', '2'])).toBe('李某某¹、王某²');
    expect(joinNames(['赵某某', '钱某', '孙某'], ['1,2', '２＊', ''])).toBe('赵某某¹,²、钱某²*、孙某');
    expect(joinNames(['张三', '李四'], ['¹', '²*'])).toBe('张三¹、李四²*');
  });

  it('keeps the Chinese mark when the list mixes scripts', () => {
    expect(joinNames(['张三', 'Li Si'])).toBe('张三、Li Si');
  });

  it('brackets a note as the text around it is written', () => {
    expect(withNote('某大学马克思主义学院', '北京 100872')).toBe('某大学马克思主义学院（北京 100872）');
    expect(withNote('School of Marxism, Some University', 'Beijing 100872')).toBe(
      'School of Marxism, Some University (Beijing 100872)',
    );
    expect(withNote('Some University', '北京 100872')).toBe('Some University（北京 100872）');
    expect(withNote('某大学', undefined)).toBe('某大学');
  });

  it('takes full-width punctuation as Chinese writing', () => {
    expect(isLatinOnly('Zhang San')).toBe(true);
    expect(isLatinOnly('O’Brien-Smith, J.')).toBe(true);
    expect(isLatinOnly('本书编写组')).toBe(false);
    expect(isLatinOnly('（北京）')).toBe(false);
  });
});

describe('a case study as a list names it', () => {
  it('puts its place before its title, or gives the title alone', () => {
    expect(caseName({ place: '云南大理', title: '树立“三种意识”' })).toBe('云南大理：树立“三种意识”');
    expect(caseName({ place: '', title: '某村党支部“三务公开”的做法' })).toBe('某村党支部“三务公开”的做法');
    expect(caseName({ title: '某县干部违规收受礼金' })).toBe('某县干部违规收受礼金');
  });
});
