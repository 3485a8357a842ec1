/**
 * Chinese provincial-level divisions and their capitals: data for reading a case's place
 * (`云南大理` → province 云南, locality 大理). No per-file knowledge; a user's new texts use the
 * same table.
 */

/** Province (short name) → its capital, for the 34 provincial-level divisions. */
const PROVINCES: Record<string, string> = {
  北京: '北京',
  天津: '天津',
  上海: '上海',
  重庆: '重庆',
  河北: '石家庄',
  山西: '太原',
  辽宁: '沈阳',
  吉林: '长春',
  黑龙江: '哈尔滨',
  江苏: '南京',
  浙江: '杭州',
  安徽: '合肥',
  福建: '福州',
  江西: '南昌',
  山东: '济南',
  河南: '郑州',
  湖北: '武汉',
  湖南: '长沙',
  广东: '广州',
  海南: '海口',
  四川: '成都',
  贵州: '贵阳',
  云南: '昆明',
  陕西: '西安',
  甘肃: '兰州',
  青海: '西宁',
  台湾: '台北',
  内蒙古: '呼和浩特',
  广西: '南宁',
  西藏: '拉萨',
  宁夏: '银川',
  新疆: '乌鲁木齐',
  香港: '香港',
  澳门: '澳门',
};

/** Organisations that stand for a province (新疆生产建设兵团 is provincial-level). */
const ORGANISATIONS: Record<string, string> = { 新疆生产建设兵团: '新疆', 兵团: '新疆' };

/** Institutions of the centre (ministries, 中央和国家机关): the place facet says 中央. */
const CENTRAL = /^(?:中央|国务院|全国)|^[\p{Script=Han}]{1,4}部$/u;

/** Where a case or speech happened. */
export interface PlaceInfo {
  /** Province short name (`云南`), `中央` for central institutions, or undefined when unknown. */
  province?: string;
  /** What remains after the province: `大理`, `高州质监局`. */
  locality?: string;
}

/**
 * Read a place such as `云南大理`, `广东省高州质监局`, `海南`.
 * @example placeOf('云南大理') → { province: '云南', locality: '大理' }
 */
export function placeOf(place: string): PlaceInfo {
  for (const province of Object.keys(PROVINCES)) {
    if (place.startsWith(province)) {
      const rest = place.slice(province.length).replace(/^(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)/, '');
      return rest ? { province, locality: rest } : { province };
    }
  }
  return {};
}

/**
 * The province a case's title opens with, when the case prints no `place：` before it (a 案例选编's
 * `浙江安吉“两山”理念引领乡村党建`): the province alone, as where its place ends is not printed.
 * @example provinceOfTitle('四川成都“小区党建”破解治理难题') → { province: '四川' }
 */
export function provinceOfTitle(title: string): PlaceInfo {
  const province = Object.keys(PROVINCES).find((p) => title.startsWith(p));
  return province ? { province } : {};
}

/**
 * The province a text is about: an institution of the centre, then the first province, capital or
 * provincial organisation the text names (a speech names its city: `推动全会精神在太原落地生根`).
 * @example provinceInText('市直机关', '…在太原落地生根…') → { province: '山西', locality: '太原' }
 */
export function provinceInText(institution: string, text: string): PlaceInfo {
  if (CENTRAL.test(institution)) return { province: '中央' };
  let best: { at: number; info: PlaceInfo } | undefined;
  const consider = (name: string, info: PlaceInfo) => {
    const at = `${institution}${text}`.indexOf(name);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, info };
  };
  for (const [province, capital] of Object.entries(PROVINCES)) {
    consider(province, { province });
    if (capital !== province) consider(capital, { province, locality: capital });
  }
  for (const [org, province] of Object.entries(ORGANISATIONS)) consider(org, { province, locality: org });
  return best?.info ?? {};
}
