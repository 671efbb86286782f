import { SaxesParser } from "saxes";

/** The strict XML 1.0 parser's first complaint about `xml`, or null when it is well-formed. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}
