// What XML 1.0 may hold. Its Char production is
//   #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// so a NUL, a vertical tab, an escape, a lone surrogate half or U+FFFE anywhere in a feed makes it
// a document no conforming XML parser (and so no strict feed reader) will read.

/**
 * What XML 1.0 forbids, plus DEL and the C1 controls (U+007F–U+009F), which it allows but
 * discourages: they are invisible, XML 1.1 requires them as character references, and `check`
 * refuses them in content text anyway. A surrogate pair is one code point under the `u` flag and
 * passes; only a lone half matches.
 */
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const HAS_NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Text made fit for XML 1.0: every character outside its Char production (C0 controls but tab,
 * line feed and carriage return; lone surrogate halves; U+FFFE and U+FFFF) is removed, and so are
 * DEL and the C1 controls. Nothing is escaped here: `&`, `<` and the rest are the XML writer's job.
 * Text with nothing to remove comes back as the same string.
 */
export function xmlSafeText(text: string): string {
  return HAS_NOT_XML_TEXT.test(text) ? text.replace(NOT_XML_TEXT, "") : text;
}
