import type { TopicBank } from "./banks/topics.ts";
import type { StatementTruth } from "./repeats.ts";

/** One quote the generator planted in a body: the ground truth an extractor is measured against. */
export interface PlantedQuote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Registry id, or null for a speaker who is not in speakers.yaml. */
  speaker: string | null;
  /** The registry name, or for an unregistered speaker the name as the text writes it. */
  speakerName: string;
  /**
   * How the statement was written, for reports: form, marks and who, e.g.
   * `continued-이어 curly registered`, `named straight council-member`.
   */
  pattern: string;
  /**
   * The attribution pattern it shows, for the per-pattern table: `named`, `after`, `continued`,
   * `short-reference`, `former`, `title-alone`, `office-alone`, `other-gwangju`, `anonymous`,
   * `group`, `source-continued`, `question`, `answer`, `label` (see `FAMILIES` in families.ts).
   */
  family: string;
  /** The quote marks as printed: `curly`, `straight`, `mixed`, `straight-open`, `reversed`, `unclosed`. */
  marks: string;
  /**
   * What a careful reader makes of the speaker: a `person` (`speaker`, `speakerName`), an
   * `anonymous` or `group` source (`speakerName` is the phrase the text uses, `speaker` null), or
   * `unconfirmed` when the text does not decide (`speaker` null; `speakerName` says who was meant, for
   * reports only). A wrong name is worse than none, so an undecidable quote is planted unconfirmed.
   */
  expected: "person" | "anonymous" | "group" | "unconfirmed";
}

/** The planted body quotes of one article, in reading order. */
export interface ArticleTruth {
  /** Article id (the file name without `.md`). */
  article: string;
  /** Its body quotes, in order (the headline's paraphrase is not one). */
  quotes: PlantedQuote[];
}

/** One generated content file. */
export interface GeneratedFile {
  /** Path relative to the content folder: `articles/<year>/<id>.md`. */
  path: string;
  /** The file's text. */
  text: string;
}

/** A whole synthetic content folder and the truth about its quotes. */
export interface SyntheticArchive {
  /** `speakers.yaml`. */
  speakersYaml: string;
  /** `topics.yaml`. */
  topicsYaml: string;
  /** `site.yaml`: a synthetic archive's identity, on the example origin. */
  siteYaml: string;
  /** Every article, in generation order. */
  articles: GeneratedFile[];
  /** The planted quotes of every article, in the same order. */
  truth: ArticleTruth[];
  /** With planted repeats only: the statement of every planted quote, in the order of `truth`. */
  statements?: StatementTruth[][];
}

/** How the text names someone who speaks. */
export interface Voice {
  /** Registry id, or null when not registered. */
  speaker: string | null;
  /** Registry name, or the phrase the text uses for an unregistered speaker. */
  speakerName: string;
  /** Full names with office (`김민수 광주광역시장`). */
  long: readonly string[];
  /** Name and bare title (`김민수 시장`). */
  medium: string;
  /** Surname and title (`김 시장`), when the registry has it. */
  short: string | null;
  /** The place a headline puts before the name (`광주`). */
  place: string;
  /** `registered`, or how an unregistered speaker is named (`council-member`, `professor`, …). */
  form: string;
  /** The person's name alone (`김민수`), for `김 시장은` and labels (`싱크-김민수/시장`). */
  name: string;
  /** The bare title (`시장`, `의원`, `교수`), for `김 시장은` and `시장은`. */
  title: string;
  /** What the label puts after the slash (`광주시장`, `광주시의회 의원`): the person is `name` and this. */
  labelTitle: string;
  /**
   * The office written alone that the registry resolves to this person on the article's date
   * (`광주시장`, `광산구청장`): empty when the registry has no single holder of it, or for people
   * not registered.
   */
  offices: readonly string[];
  /** True for someone quoted under a past office (`이주희 전 광주시장`). */
  former: boolean;
}

/** What the sentences of one article are about. */
export interface Scene {
  /** The main topic. */
  topic: TopicBank;
  /** Other topics of the article. */
  others: readonly TopicBank[];
  /** Short place name (`광주`). */
  place: string;
  /** The body that acts (`광주시`). */
  body: string;
  /** Publication year, or the folder year when undated. */
  year: number;
  /** The day of the month events happened on. */
  day: number;
  /** The meeting the article reports (`스마트공장 추진상황 보고회`). */
  event: string;
}
