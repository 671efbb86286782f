import type { Attribution, AttributionContext } from "./attribution.ts";
import { subjectMention } from "./subjectMention.ts";

/**
 * Who an article's running text is about, between its quotes: the last speaker, or the subject the
 * text last named (`문 당선인은 …했다.`). The text between quotes is read for its subject only when a
 * quote needs to know (a continuation word, a pronoun, a sentence with no subject), which is what
 * keeps attribution cheap on long archives.
 */
export class Thread {
  private origin: { who: Attribution | null; block: number } = { who: null, block: -1 };
  private pending: { text: string; block: number }[] = [];
  private named = false;

  /**
   * @param counts For each body block, 1 when it counts towards the distance from a speaker (a
   *   question line or a short furniture line does not), else 0.
   * @param context What subject mentions are read with (its `previous` is not used).
   */
  constructor(
    private readonly counts: readonly number[],
    private readonly context: Omit<AttributionContext, "previous" | "near" | "headline">,
  ) {}

  /** Running text with no quote, from body block `block`, to be read only if needed. */
  add(text: string, block: number): void {
    if (text.trim() !== "") this.pending.push({ text, block });
  }

  /** The statement just attributed sets who the text is about (a person), or ends it (anyone else). */
  set(who: Attribution | null, block: number): void {
    this.origin = { who, block };
    this.pending = [];
    if (who !== null && who.method !== "headline") this.named = true;
  }

  /** The last speaker or subject before the current point (reading the pending text, newest first). */
  previous(): Attribution | null {
    for (let i = this.pending.length - 1; i >= 0; i -= 1) {
      const segment = this.pending[i] as { text: string; block: number };
      const mention = subjectMention(segment.text, this.context);
      if (mention !== undefined) {
        this.origin = { who: mention, block: segment.block };
        this.named = true;
        break;
      }
    }
    this.pending = [];
    return this.origin.who;
  }

  /** Whether the last speaker is near block `block`: at most one counted block from where it was named. */
  near(block: number): boolean {
    this.previous();
    let distance = 0;
    for (let i = Math.max(this.origin.block, 0); i < block; i += 1) distance += this.counts[i] ?? 0;
    return this.origin.block >= 0 && distance <= 1;
  }

  /** Whether the body has named anyone yet (display lines at its top belong with the headline). */
  namedSomeone(): boolean {
    this.previous();
    return this.named;
  }
}
