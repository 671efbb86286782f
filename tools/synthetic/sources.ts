import type { Rng } from "./random.ts";
import type { Source } from "./statements.ts";
import type { Scene, Voice } from "./types.ts";

type Make = (scene: Scene, main: Voice | null) => string | null;

// Anonymous sources as the press names them: officials, residents, a camp (`김 시장 측`), an aide.
const ANONYMOUS: readonly Make[] = [
  (s) => `${s.body} 관계자`,
  () => "시 관계자",
  (s) => `${s.body} 한 관계자`,
  () => "한 시민",
  () => "현장에서 만난 한 주민",
  () => "한 상인",
  () => "공무원 A씨",
  () => "한 참석자",
  (_s, main) => (main ? `${main.medium} 측` : null),
  (_s, main) => (main ? `${main.name} ${main.title}의 한 측근` : null),
];

// Groups that speak together (`광주 국회의원들`, `시민단체들`).
const GROUPS: readonly Make[] = [
  (s) => `${s.place} 국회의원들`,
  () => "시민단체들",
  () => "참석한 위원들",
  () => "주민들",
  () => "상인들",
  () => "광주 구청장들",
  () => "시의원들",
  () => "학부모들",
];

/**
 * An anonymous (about 60 %) or group source for one statement of a scene, named as the press names
 * them; a camp or an aide of the main speaker only when the article has one.
 */
export function drawSource(rng: Rng, scene: Scene, main: Voice | null): Source {
  const kind = rng.chance(0.6) ? "anonymous" : "group";
  const makers = kind === "anonymous" ? ANONYMOUS : GROUPS;
  for (;;) {
    const phrase = rng.pick(makers)(scene, main);
    if (phrase !== null) return { phrase, kind };
  }
}
