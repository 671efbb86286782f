// Threat class "silent loss at the content folder": files the archive must never skip or
// misread without a word (legacy encodings, stray bytes, near-miss names, links out of the
// folder, huge files, shared speaker aliases). Each case runs the real loader on a copy of the
// shipped content.
import { cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { ContentError, type ContentProblem } from "../../src/lib/errors.ts";
import { scratchDir } from "../support/astroBuild.ts";

const SHIPPED = path.resolve("content");
const ARTICLE = "articles/2019/2019-10-02-innovation-committee-report.md";

/** A copy of the shipped content, edited; returns its folder. */
function contentWith(edit: (dir: string) => void): string {
  const dir = path.join(scratchDir("threat"), "content");
  cpSync(SHIPPED, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Loads the archive and returns every problem (errors thrown, or warnings of a good load). */
function problemsOf(dir: string): { ok: boolean; problems: readonly ContentProblem[] } {
  try {
    return { ok: true, problems: loadArchive(dir, dir).warnings };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** EUC-KR bytes of `text` (Hangul only within the KS X 1001 set), made by hand from a code table. */
function cp949Article(): Buffer {
  // "광주" in EUC-KR is B1 A4 C1 D6; the file's front matter stays ASCII.
  const ascii = (s: string): Buffer => Buffer.from(s, "ascii");
  return Buffer.concat([
    ascii('---\ntitle: "'),
    Buffer.from([0xb1, 0xa4, 0xc1, 0xd6]),
    ascii('"\npublished: 2019-10-02T18:24:00+09:00\noutlet: "x"\n---\n\n'),
    Buffer.from([0xb1, 0xa4, 0xc1, 0xd6]),
    ascii("\n"),
  ]);
}

interface Case {
  name: string;
  edit: (dir: string) => void;
  /** Whether the archive must still load (the problem is a warning). */
  loads: boolean;
  file: string;
  line?: number;
  message: RegExp;
  fix: RegExp;
}

const cases: Case[] = [
  {
    name: "a file saved in CP949",
    edit: (dir) => writeFileSync(path.join(dir, "articles/2019/cp949.md"), cp949Article()),
    loads: false,
    file: "articles/2019/cp949.md",
    line: 2,
    message: /CP949/u,
    fix: /iconv -f CP949 -t UTF-8/u,
  },
  {
    name: "a stray byte that is not UTF-8",
    edit: (dir) => {
      const file = path.join(dir, ARTICLE);
      const text = readFileSync(file);
      const at = text.indexOf(Buffer.from("\n\n", "utf8"), 200) + 1;
      writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]));
    },
    loads: false,
    file: ARTICLE,
    message: /byte 0xFF at line \d+, column 1/u,
    fix: /UTF-8/u,
  },
  {
    name: "a file saved as UTF-16",
    edit: (dir) =>
      writeFileSync(
        path.join(dir, "articles/2019/utf16.md"),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntitle: 광주\n---\n", "utf16le")]),
      ),
    loads: false,
    file: "articles/2019/utf16.md",
    line: 1,
    message: /UTF-16LE/u,
    fix: /iconv -f UTF-16LE/u,
  },
  {
    name: "an article named .MD",
    edit: (dir) => cpSync(path.join(dir, ARTICLE), path.join(dir, "articles/2019/another.MD")),
    loads: false,
    file: "articles/2019/another.MD",
    message: /not read as an article/u,
    fix: /rename it to `another\.md`/u,
  },
  {
    name: "an article named .markdown",
    edit: (dir) => cpSync(path.join(dir, ARTICLE), path.join(dir, "articles/2019/another.markdown")),
    loads: false,
    file: "articles/2019/another.markdown",
    message: /not read as an article/u,
    fix: /rename it to `another\.md`/u,
  },
  {
    name: "an article named .txt",
    edit: (dir) => cpSync(path.join(dir, ARTICLE), path.join(dir, "articles/2019/note.txt")),
    loads: false,
    file: "articles/2019/note.txt",
    message: /not read as an article/u,
    fix: /rename it to `note\.md`/u,
  },
  {
    name: "an image in the articles folder",
    edit: (dir) => writeFileSync(path.join(dir, "articles/2019/photo.jpg"), Buffer.from([0xff, 0xd8, 0xff])),
    loads: true,
    file: "articles/2019/photo.jpg",
    message: /not an article/u,
    fix: /move it out of content\/articles/u,
  },
  {
    name: "a hidden file left by the system",
    edit: (dir) => writeFileSync(path.join(dir, "articles/.DS_Store"), "x"),
    loads: true,
    file: "articles/.DS_Store",
    message: /not an article/u,
    fix: /delete it/u,
  },
  {
    name: "a symbolic link to a file outside the content folder",
    edit: (dir) => {
      const outside = path.join(path.dirname(dir), "outside.md");
      cpSync(path.join(dir, ARTICLE), outside);
      symlinkSync(outside, path.join(dir, "articles/2019/linked.md"));
    },
    loads: false,
    file: "articles/2019/linked.md",
    message: /leads out of the content folder/u,
    fix: /copy the file into the content folder/u,
  },
  {
    name: "a symbolic link to a folder outside the content folder",
    edit: (dir) => {
      const outside = path.join(path.dirname(dir), "elsewhere");
      mkdirSync(outside);
      cpSync(path.join(dir, ARTICLE), path.join(outside, "x.md"));
      symlinkSync(outside, path.join(dir, "articles/2018"));
    },
    loads: false,
    file: "articles/2018",
    message: /leads out of the content folder/u,
    fix: /copy the file/u,
  },
  {
    name: "a symbolic link loop",
    edit: (dir) => {
      symlinkSync("b.md", path.join(dir, "articles/2019/a.md"));
      symlinkSync("a.md", path.join(dir, "articles/2019/b.md"));
    },
    loads: false,
    file: "articles/2019/a.md",
    message: /loop/u,
    fix: /delete the link/u,
  },
  {
    name: "a broken symbolic link",
    edit: (dir) => symlinkSync("missing.md", path.join(dir, "articles/2019/gone.md")),
    loads: false,
    file: "articles/2019/gone.md",
    message: /leads nowhere/u,
    fix: /restore its target/u,
  },
  {
    name: "a 2.5 GB file (sparse: its size is checked before it is read)",
    edit: (dir) => {
      const file = path.join(dir, "articles/2019/huge.md");
      writeFileSync(file, "");
      truncateSync(file, 2.5 * 1024 ** 3);
    },
    loads: false,
    file: "articles/2019/huge.md",
    line: 1,
    message: /the file is 2\.5 GB, over the 4\.0 MB/u,
    fix: /one article per file/u,
  },
  {
    name: "an alias shared by two speakers",
    edit: (dir) =>
      writeFileSync(
        path.join(dir, "speakers.yaml"),
        `${readFileSync(path.join(dir, "speakers.yaml"), "utf8")}- id: lee-other\n  name: 이다른\n  aliases:\n    - 이 시장\n`,
      ),
    loads: false,
    file: "speakers.yaml",
    message: /`이 시장` names both `lee-yong-seop` \(line \d+\) and `lee-other`/u,
    fix: /keep `이 시장` in one entry only/u,
  },
  {
    name: "one speaker's name as another's alias",
    edit: (dir) =>
      writeFileSync(
        path.join(dir, "speakers.yaml"),
        `${readFileSync(path.join(dir, "speakers.yaml"), "utf8")}- id: namesake\n  name: 이용섭\n`,
      ),
    loads: false,
    file: "speakers.yaml",
    message: /`이용섭` names both/u,
    fix: /one entry only/u,
  },
];

describe("content folder: nothing is skipped or misread in silence", () => {
  test.each(cases)("$name", ({ edit, loads, file, line, message, fix }) => {
    const dir = contentWith(edit);
    const { ok, problems } = problemsOf(dir);
    expect(ok).toBe(loads);
    const found = problems.find((p) => p.file.endsWith(file) && message.test(p.message));
    expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(found?.severity).toBe(loads ? "warning" : "error");
    expect(found?.fix).toMatch(fix);
    if (line !== undefined) expect(found?.line).toBe(line);
  });

  test("a symbolic link inside the content folder is followed", () => {
    const dir = contentWith((d) => {
      // The 2021 article moved elsewhere in the content folder, and linked from where it was.
      const moved = path.join(d, "drafts/2021-new-year-assembly.md");
      mkdirSync(path.dirname(moved));
      renameSync(path.join(d, "articles/2021/2021-new-year-assembly.md"), moved);
      symlinkSync(moved, path.join(d, "articles/2021/2021-new-year-assembly.md"));
    });
    const archive = loadArchive(dir, dir);
    expect(archive.articles.map((a) => a.id)).toContain("2021-new-year-assembly");
  });
});
