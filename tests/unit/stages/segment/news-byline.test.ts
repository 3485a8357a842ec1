import { describe, expect, test } from 'vitest';
import { newsReporters } from '../../../../scripts/stages/segment/news-byline.js';

describe('newsReporters', () => {
  test.each<[string, string[] | undefined]>([
    ['本报讯（记者　王某某　通讯员　李某）5月18日，市直机关工委召开推进会。', ['王某某', '李某']],
    ['新华社北京3月5日电（记者 张某、李某某）十四届全国人大二次会议开幕。', ['张某', '李某某']],
    ['本网讯（通讯员 赵某）近日，某某支部开展主题党日活动。', ['赵某']],
    ['本报讯（特约记者 孙某某 实习生 周某）', ['孙某某', '周某']],
    // No reporter named, or no dateline: none.
    ['本报讯（某某县委组织部）近日，…', undefined],
    ['会议指出（记者 王某某），…', undefined],
    ['2024年5月，张某某（记者）参加会议。', undefined],
  ])('%s', (text, names) => expect(newsReporters(text)).toEqual(names));
});
