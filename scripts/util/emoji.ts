/**
 * One emoji as a WeChat article prints it (`📌`, `✅`, `👇🏻`, `👨‍👩‍👧`): a pictograph with its
 * variation selector, skin tone and joiners; not `©` `®` `™`, which are text. A RegExp source for
 * the `u` flag.
 */
export const EMOJI = '(?:(?![©®™])\\p{Extended_Pictographic}[\\uFE0F\\u200D\\u{1F3FB}-\\u{1F3FF}]*)';
