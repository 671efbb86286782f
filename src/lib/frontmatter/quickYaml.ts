import jsyaml from "js-yaml";

// The `yaml` package reads YAML with every position kept, which is slow: on the benchmark archive
// it took many times as long as js-yaml over the same front matter. js-yaml reads the plain
// documents that front matter almost always is; `yaml` still reads the rest, reports every error,
// and finds lines on demand (src/lib/frontmatter/yamlWithLines.ts).

const scalar = (tag: string, resolve: (text: string) => boolean, construct: (text: string) => unknown) =>
  new jsyaml.Type(tag, { kind: "scalar", resolve: (text: string | null) => text !== null && resolve(text), construct });

// The YAML 1.2 core schema's plain scalars, with the tests and values of the `yaml` package
// (node_modules/yaml/dist/schema/core/), not js-yaml's own (which reads `0b101` and `+0x1` as
// numbers and `+.5` as text).
const NULL = /^(?:~|[Nn]ull|NULL)?$/u;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u;
const INT_OCT = /^0o[0-7]+$/u;
const INT = /^[-+]?[0-9]+$/u;
const INT_HEX = /^0x[0-9a-fA-F]+$/u;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u;

const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar(
      "tag:yaml.org,2002:null",
      (text) => NULL.test(text),
      () => null,
    ),
    scalar(
      "tag:yaml.org,2002:bool",
      (text) => BOOL.test(text),
      (text) => text[0] === "t" || text[0] === "T",
    ),
    scalar(
      "tag:yaml.org,2002:int",
      (text) => INT_OCT.test(text) || INT.test(text) || INT_HEX.test(text),
      (text) =>
        INT_OCT.test(text)
          ? parseInt(text.slice(2), 8)
          : INT.test(text)
            ? parseInt(text, 10)
            : parseInt(text.slice(2), 16),
    ),
    scalar(
      "tag:yaml.org,2002:float",
      (text) => FLOAT_SPECIAL.test(text) || FLOAT.test(text),
      (text) =>
        !FLOAT_SPECIAL.test(text)
          ? parseFloat(text)
          : text.slice(-3).toLowerCase() === "nan"
            ? NaN
            : text.startsWith("-")
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY,
    ),
  ],
});

/**
 * What only `yaml` reads the same way as before: anchors, aliases and tags (`&`, `*`, `!` starting
 * a value), complex keys (`? `), directives, merge keys, tabs, and a `__proto__` key.
 */
const UNUSUAL = /(?:^|[\s[{,:-])[&*!]|(?:^|\s)\?(?:\s|$)|^%|<<|\t|__proto__/mu;

/**
 * The value of a plain YAML document read quickly, the same as the `yaml` package's core schema
 * gives; undefined when the document uses anything unusual, is empty, or does not parse (the
 * caller then reads it with `yaml`, which reports the error).
 */
export function quickYaml(source: string): { value: unknown } | undefined {
  if (UNUSUAL.test(source)) return undefined;
  try {
    const value: unknown = jsyaml.load(source, { schema: CORE });
    return value === undefined ? undefined : { value };
  } catch {
    return undefined;
  }
}
