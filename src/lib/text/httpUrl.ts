// Which addresses from content may become a link. Only web addresses: `javascript:`, `data:`,
// `vbscript:`, `file:` and every other scheme are refused, and so is anything a browser would read
// differently from how it looks (a leading space, a tab inside the scheme, a backslash, `https:host`
// without `//`, a user name before the host).

import { characterLabel } from "./controlCharacters.ts";

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/u;
const WHITE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F]/u;

/**
 * Why `value` is not a plain web address (`http://` or `https://`, any letter case, then a host),
 * or undefined when it is one. Refused: any white space or control character anywhere, a
 * backslash, a scheme other than http or https, a missing scheme (`//host`, `/path`), no `//` after
 * it (`https:host`), an empty host, and a user name or password before the host (`https://a@b`).
 */
export function httpUrlProblem(value: string): string | undefined {
  const white = WHITE_OR_CONTROL.exec(value)?.[0].codePointAt(0);
  if (white !== undefined) {
    return `the address contains ${white === 0x20 ? "a space" : `the ${characterLabel(white)}`}`;
  }
  if (value.includes("\\")) return "the address contains a backslash (\\)";
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme === undefined) return "the address does not start with https:// (or http://)";
  if (!/^https?$/iu.test(scheme)) return `\`${scheme.toLowerCase()}:\` addresses are not web addresses`;
  if (!/^https?:\/\//iu.test(value)) return `\`${scheme.toLowerCase()}:\` must be followed by // and the host name`;
  const authority = /^https?:\/\/([^/?#]*)/iu.exec(value)?.[1] ?? "";
  if (authority === "") return "the address has no host name after //";
  if (authority.includes("@")) return "the address has a user name or password before the host (`name@`)";
  if (!URL.canParse(value)) return "the address is not well formed";
  return undefined;
}

/** True when `value` is a plain web address (see {@link httpUrlProblem}). */
export function isHttpUrl(value: string): boolean {
  return httpUrlProblem(value) === undefined;
}

/**
 * The address to put in an `href` (or a JSON-LD link), or undefined when it is not a plain web
 * address: a content URL that got past the schema is still never written as a link. The address
 * comes back as it was written (escaping is the page writer's job).
 */
export function safeHref(value: string | null | undefined): string | undefined {
  return typeof value === "string" && isHttpUrl(value) ? value : undefined;
}
