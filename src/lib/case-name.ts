/**
 * How a case study is named wherever it is listed or titled: `云南大理：树立“三种意识”…`, its place
 * before its title, or the title alone when the text names no place (a study book's `【案例】`).
 */
export const caseName = (c: { place?: string; title: string }): string =>
  c.place ? `${c.place}：${c.title}` : c.title;
