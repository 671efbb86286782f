const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/u;

/**
 * Splits the page-metadata prefix some copied pages glue to their first line,
 * ` date 2025-09-03 정부, 공공기관 이전 발표`, into the day (`2025-09-03`) and the rest of the line
 * (`정부, 공공기관 이전 발표`: the headline, or the lead when the copy has no headline). The rule:
 * after optional white space, the lower-case word `date`, white space, a `YYYY-MM-DD` day, then
 * white space or the end of the line; everything after that white space is the rest. Null for any
 * other line. The day is not checked here (see parseKoreanDate).
 */
export function splitDatePrefix(line: string): { date: string; rest: string } | null {
  const match = DATE_PREFIX.exec(line);
  if (!match?.[1]) return null;
  return { date: match[1], rest: line.slice(match[0].length).trim() };
}
