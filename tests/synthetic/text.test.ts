import { expect, test } from "vitest";
import { josa, type Particle } from "../../tools/synthetic/hangul.ts";
import { dotJoin, PRINTED_MIDDLE_DOTS } from "../../tools/synthetic/middleDots.ts";
import { createRng } from "../../tools/synthetic/random.ts";
import { romanizeName } from "../../src/lib/text/romanize.ts";
import { foldForMatching, MIDDLE_DOTS } from "../../src/lib/text/normalize.ts";

test.each<[string, Particle, string]>([
  ["광주", "topic", "광주는"],
  ["광주시", "topic", "광주시는"],
  ["광주시", "subject", "광주시가"],
  ["김민수 시장", "topic", "김민수 시장은"],
  ["차세라 지사", "topic", "차세라 지사는"],
  ["5억원", "direction", "5억원으로"],
  ["40%", "direction", "40%로"],
  ["서울", "direction", "서울로"],
  ["코로나19", "object", "코로나19를"],
  ["2030", "topic", "2030은"],
  ["청렴행정", "and", "청렴행정과"],
  ["복지", "and", "복지와"],
  ["기본", "copula", "기본이다"],
])("josa(%s, %s) → %s", (word, kind, expected) => {
  expect(josa(word, kind)).toBe(expected);
});

test.each([
  ["이용섭", "Lee Yong-seop"],
  ["김민수", "Kim Min-su"],
  ["정은영", "Jung Eun-yeong"],
  ["노현서", "Noh Hyeon-seo"],
])("romanizeName(%s) → %s", (name, latin) => {
  expect(romanizeName(name)).toBe(latin);
});

test.each([{ seed: 1 }, { seed: 2 }, { seed: 3 }])(
  "dotJoin (seed $seed) uses one middle dot the archive folds to ·",
  ({ seed }) => {
    const joined = dotJoin(createRng(seed, "dots"), ["경제", "산업"]);
    expect(PRINTED_MIDDLE_DOTS).toContain(joined.charAt(2));
    expect(MIDDLE_DOTS).toContain(joined.charAt(2));
    expect(foldForMatching(joined)).toBe("경제·산업");
  },
);
