import { parseArchiveDate } from "../../lib/dates/kst.ts";
import { formatArticleFile } from "../../lib/import/index.ts";
import { importedArticleId } from "../../lib/import/articleId.ts";
import { idSchema } from "../../lib/schemas/common.ts";
import { EXIT, paint, type CliIo } from "../io.ts";
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";
import { writeArticle } from "./writeArticle.ts";

/** Flags of `archive new`: every field may come from a flag; what is missing is asked in a terminal. */
export interface NewFlags {
  content?: string | undefined;
  json?: boolean | undefined;
  force?: boolean | undefined;
  id?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  reporter?: string | undefined;
  speakers?: string | undefined;
  topics?: string | undefined;
  url?: string | undefined;
}

const BODY =
  "<!-- 기사 본문을 이 줄 아래에 그대로 붙여 넣으세요. 문단 사이는 빈 줄 하나, 소제목은 `## `로 시작합니다. -->\n";
const list = (value: string | undefined): string[] => (value ?? "").split(/[,\s]+/u).filter(Boolean);

async function fill(io: CliIo, flags: NewFlags): Promise<NewFlags | string> {
  const filled = { ...flags };
  const questions: [keyof NewFlags, string, boolean][] = [
    ["title", "제목 (title)", true],
    ["outlet", "언론사 (outlet)", true],
    ["published", "게재 일시, 예 2024-03-05 14:30 (KST) — 모르면 비워 두세요 (published)", false],
    ["reporter", "기자 이름 — 없으면 비워 두세요 (reporter)", false],
    ["speakers", "인물 id, 쉼표로 구분 (speakers)", false],
    ["topics", "주제 id, 쉼표로 구분 (topics)", false],
  ];
  for (const [key, question, required] of questions) {
    if (filled[key] !== undefined) continue;
    if (!io.ask) {
      if (required) return `--${key} is required when input is not a terminal`;
      continue;
    }
    const answer = (await io.ask(`${question}: `)).trim();
    if (required && !answer) return `${key} is required`;
    if (answer) (filled as Record<string, string>)[key] = answer;
  }
  return filled;
}

/**
 * `archive new`: scaffolds `content/articles/<year>/<id>.md` with valid front matter, from flags or
 * by asking in a terminal. Ids and names are checked against the registries before anything is written.
 */
export async function newArticle(io: CliIo, flags: NewFlags): Promise<number> {
  const filled = await fill(io, flags);
  if (typeof filled === "string") {
    io.err(
      `${filled}\n  e.g. npm run archive -- new --title "제목" --outlet 프레시안 --published 2024-03-05T14:30 --speakers lee-yong-seop\n`,
    );
    return EXIT.usage;
  }
  const date = filled.published ? parseArchiveDate(filled.published) : null;
  if (typeof date === "string") {
    io.err(`--published: ${date}\n`);
    return EXIT.usage;
  }
  const year = date?.kstYear ?? Number(filled.id?.slice(0, 4));
  if (!date && !Number.isInteger(year)) {
    io.err(
      "an undated article needs an --id that starts with its year (e.g. 2021-new-year-assembly), so it can be filed\n",
    );
    return EXIT.usage;
  }
  const id = filled.id ?? importedArticleId(filled.title ?? "", date?.kstDate ?? null, year);
  if (!idSchema.safeParse(id).success) {
    io.err(`--id takes lower-case letters, digits and hyphens, not \`${id}\`\n`);
    return EXIT.usage;
  }
  const contentDir = contentDirFor(io, filled.content);
  const loaded = loadForCli(io, contentDir);
  if ("problems" in loaded) {
    printProblems(io, loaded.problems);
    io.err("fix the archive first: new articles are checked against it\n");
    return EXIT.content;
  }
  const speakers = list(filled.speakers);
  const topics = list(filled.topics);
  const unknown = [
    ...speakers
      .filter((s) => !loaded.archive.speakers.some((x) => x.id === s))
      .map((s) => `speaker \`${s}\` (known: ${loaded.archive.speakers.map((x) => x.id).join(", ")})`),
    ...topics.filter((t) => !loaded.archive.topics.some((x) => x.id === t)).map((t) => `topic \`${t}\``),
  ];
  if (unknown.length > 0) {
    io.err(`unknown ${unknown.join("; ")}: add them to content/speakers.yaml or content/topics.yaml first\n`);
    return EXIT.content;
  }
  const frontMatter = {
    title: filled.title ?? "",
    deck: [],
    published: date?.iso ?? null,
    ...(date ? {} : { dateNote: "원문에 게재일 표기가 없다." }),
    outlet: filled.outlet ?? "",
    ...(filled.reporter ? { reporter: filled.reporter } : {}),
    ...(filled.url ? { url: filled.url } : {}),
    speakers,
    topics,
  };
  const outcome = writeArticle(io, contentDir, {
    id,
    year,
    text: formatArticleFile(frontMatter, BODY),
    force: Boolean(filled.force),
  });
  if (flags.json) io.out(`${JSON.stringify({ ...outcome, id, year }, null, 2)}\n`);
  if (outcome.problems.length > 0) {
    printProblems(io, outcome.problems);
    return EXIT.content;
  }
  io.err(
    `${paint(io, "green", "wrote")} ${outcome.output}: paste the article text below its front matter, then run \`npm run archive -- check\`\n`,
  );
  return EXIT.ok;
}
