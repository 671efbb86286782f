import { romanizeName } from "../text/romanize.ts";

/** A YAML scalar: plain for a simple name or phrase, else double-quoted (a JSON string is valid YAML). */
export function yamlScalar(text: string): string {
  const plain =
    /^[가-힣A-Za-z][가-힣A-Za-z0-9 ·.-]*$/u.test(text) && !/^(?:null|true|false|yes|no|on|off)$/iu.test(text);
  return plain && text.trim() === text ? text : JSON.stringify(text);
}

/** A person's name alone, from a name the text gives with a title (`김철수 교수` → `김철수`). */
export function personName(named: string): string {
  const first = named.split(/\s+/u)[0] ?? named;
  return /^[가-힣]{2,4}$/u.test(first) ? first : named;
}

/** A registry id for a name: `김철수` → `kim-cheol-su` (Revised Romanization, the usual surnames). */
export function suggestedId(name: string): string {
  const latin = /^[가-힣]{2,4}$/u.test(name) ? romanizeName(name) : name;
  const id = latin
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
  return id || "new-speaker";
}

/**
 * The entry to add to content/speakers.yaml for a person the text names, as one line of YAML:
 * `- { id: kim-cheol-su, name: 김철수, aliases: [김철수 교수, 김철수] }`.
 */
export function speakerEntryYaml(named: string): string {
  const name = personName(named);
  const aliases = [...new Set([named, name])].map(yamlScalar).join(", ");
  return `- { id: ${suggestedId(name)}, name: ${yamlScalar(name)}, aliases: [${aliases}] }`;
}
