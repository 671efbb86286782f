// The article importer: raw copied text or a saved page in, front matter and Markdown out.
export { importArticle, NO_REPORTER_NOTE } from "./importArticle.ts";
export { NO_DATE_NOTE } from "./publicationDate.ts";
export { formatArticleFile } from "./formatArticleFile.ts";
export type { ImportedFrontMatter, ImportInput, ImportOptions, ImportResult, RemovedLine, Undecided } from "./types.ts";
