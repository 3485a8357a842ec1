import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { leavesOf, paragraphsIn } from '../../../../scripts/model/walk.js';
import { sourceFromText } from './support.js';

/** Each paragraph of a text's (only) page with its role. */
const roles = (raw: string): [string, string][] => {
  const [leaf] = leavesOf(segmentSource(sourceFromText(raw).src));
  return [...leaf!.paragraphs, ...paragraphsIn(leaf!.sections)].map((p) => [p.text, p.role ?? '']);
};

describe('markLetterParts', () => {
  test("a notice's addressee at its head and its signature, a body over the date, at its foot", () => {
    expect(
      roles(
        '关于开展主题党日活动的通知\n\n各党支部、机关各部门：\n\n现将有关事项通知如下。\n\n一、活动时间\n\n7月1日上午。\n\n中共某某局机关委员会\n2024年6月20日',
      ),
    ).toEqual([
      ['各党支部、机关各部门：', 'addressee'],
      ['现将有关事项通知如下。', ''],
      ['7月1日上午。', ''],
      ['中共某某局机关委员会', 'signature'],
      ['2024年6月20日', 'signature'],
    ]);
  });

  test("a 公文's signature stands above its 附注 and 版记, which are credits", () => {
    expect(
      roles(
        '通知\n\n各党支部：\n\n现将有关事项通知如下。\n\n中共某某局机关委员会\n2024年6月20日\n\n（此件发至党支部）\n\n抄送：局办公室。\n某某局机关党委办公室　2024年6月20日印发',
      ).slice(2),
    ).toEqual([
      ['中共某某局机关委员会', 'signature'],
      ['2024年6月20日', 'signature'],
      ['（此件发至党支部）', 'credit'],
      ['抄送：局办公室。', 'credit'],
      ['某某局机关党委办公室 2024年6月20日印发', 'credit'],
    ]);
  });

  test('a 纪要 signed by its recorder over the date; a speech opening with 同志们：', () => {
    expect(roles('支委会会议纪要\n\n会议讨论了发展党员工作。\n\n记录人：陈某\n2024年6月18日').slice(-2)).toEqual([
      ['记录人：陈某', 'signature'],
      ['2024年6月18日', 'signature'],
    ]);
    expect(roles('在机关党建工作会议上的讲话\n\n同志们：\n\n今天召开这次会议。\n\n谢谢大家！')).toEqual([
      ['同志们：', 'addressee'],
      ['今天召开这次会议。', ''],
      ['谢谢大家！', ''],
    ]);
  });

  test('a salutation under a lecture’s fields addresses its audience; a record’s label over its items does not', () => {
    expect(roles('专题党课\n\n地点：机关三楼会议室\n\n同志们：\n\n今天和大家交流学习体会。').slice(0, 2)).toEqual([
      ['地点：机关三楼会议室', ''],
      ['同志们：', 'addressee'],
    ]);
    expect(
      roles(
        '支委会纪要\n\n地点：三楼会议室\n记录人：陈某\n\n会议议题：\n1.研究发展党员工作；\n2.研究党费收缴工作。',
      )[2],
    ).toEqual(['会议议题：', '']);
  });

  test("a letter's closing formula: 此致 is a paragraph (never a heading), the salute under it is set apart", () => {
    expect(
      roles('入党申请书\n\n敬爱的党组织：\n\n我志愿加入中国共产党。\n\n此致\n\n敬礼！\n\n申请人：张某\n\n2024年3月1日'),
    ).toEqual([
      ['敬爱的党组织：', 'addressee'],
      ['我志愿加入中国共产党。', ''],
      ['此致', ''],
      ['敬礼！', 'closing'],
      ['申请人：张某', 'signature'],
      ['2024年3月1日', 'signature'],
    ]);
    // A salute not under 此致 is a plain paragraph.
    expect(roles('倡议书\n\n让我们行动起来。\n\n致以崇高的敬礼！').slice(-1)).toEqual([['致以崇高的敬礼！', '']]);
  });

  test('a sentence ending in a colon, a date inside the last sentence, a list item: no letter parts', () => {
    expect(roles('标题\n\n党章规定：党员必须履行下列义务。\n\n会议于2024年6月18日召开。')).toEqual([
      ['党章规定：党员必须履行下列义务。', ''],
      ['会议于2024年6月18日召开。', ''],
    ]);
    expect(roles('标题\n\n正文。\n\n1.第一项\n\n2.2024年6月18日').map(([, r]) => r)).toEqual(['', '', '']);
  });
});
