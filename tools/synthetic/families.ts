/**
 * The attribution patterns the generator plants, with the share of all planted body quotes each
 * has (measured on 400-article archives of several seeds, rounded out): realistic for city-hall and
 * local-politics press, the traps rarer, as they are in real text. `tests/synthetic/` checks the
 * shares and reports the extractor's right, wrong and none per pattern.
 */
export const FAMILIES: Readonly<Record<string, { example: string; share: readonly [number, number] }>> = {
  named: { example: "김민수 광주시장은 (이날) “…”고 강조했다.", share: [0.2, 0.35] },
  continued: { example: "이어/또한/아울러/그는/그러면서 “…”고 덧붙였다.", share: [0.18, 0.35] },
  "short-reference": {
    example: "김 시장은 “…”, 박 의원은 “…” (the article named them in full before)",
    share: [0.05, 0.15],
  },
  anonymous: { example: "시 관계자는, 광주시 한 관계자는, 한 시민은, 김민수 시장 측은 “…”", share: [0.03, 0.1] },
  group: { example: "광주 국회의원들은, 시민단체들은, 참석한 위원들은 “…”", share: [0.02, 0.08] },
  after: { example: "“…”라고 김민수 광주시장은 말했다. / “…”고 김 시장은 밝혔다.", share: [0.03, 0.08] },
  question: { example: "“…느냐”는 질문에 (the question: nobody's the text names)", share: [0.03, 0.08] },
  answer: { example: "…는 질문에 김 시장은 “…”고 답했다. (the answer)", share: [0.03, 0.08] },
  "title-alone": { example: "시장은 “…” (one 시장 in the article)", share: [0.015, 0.06] },
  "office-alone": { example: "광주시장은, 전남지사는, 광산구청장은 “…” (one holder on the day)", share: [0.015, 0.06] },
  label: { example: "싱크-김민수/광주시장 ⏎ “…” (broadcast scripts)", share: [0.015, 0.05] },
  former: { example: "이주희 전 광주시장은, 이 전 시장은, “…”고 최은영 전 의원은", share: [0.01, 0.05] },
  "source-continued": { example: "시 관계자는 “…” ⏎ 이어 “…” (still the source's)", share: [0.005, 0.03] },
  "other-gwangju": { example: "광주광역시와 경기 광주시는 … 광주시장은 “…” (unconfirmed)", share: [0.003, 0.02] },
};
