/**
 * One emoji as a WeChat article prints it (`📌`, `✅`, `👇🏻`, `👨‍👩‍👧`): a pictograph with its
 * variation selector, skin tone and joiners; not `©` `®` `™`, which are text. A RegExp source for
 * the `u` flag.
 */
export const EMOJI = '(?:(?![©®™])\\p{Extended_Pictographic}[\\uFE0F\\u200D\\u{1F3FB}-\\u{1F3FF}]*)';

/** The emoji that open a line (`📌 一、总体要求`, `✅ 加强政治建设`, `🔥重磅！…`), and the space after them. */
export const EMOJI_LEAD = new RegExp(`^${EMOJI}+\\s*`, 'u');
