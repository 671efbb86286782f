import type { Unit } from "./banks/topics.ts";
import type { Rng } from "./random.ts";

/** A figure that moves: `5억원` → `40억원`. */
export interface Movement {
  /** Value before, with its unit. */
  from: string;
  /** Value after, with its unit. */
  to: string;
}

/** Formats an integer with thousands separators, as Korean press prints it (`1,200`). */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}

/** A count with its unit (`1,200명`, `35%`, `12곳`). */
export function amount(rng: Rng, unit: Unit): string {
  if (unit === "%") return `${rng.chance(0.3) ? `${rng.int(1, 98)}.${rng.int(1, 9)}` : rng.int(2, 95)}%`;
  const n = unit === "억원" ? rng.int(1, 900) : unit === "명" ? rng.int(20, 12000) : rng.int(2, 150);
  return `${withCommas(n)}${unit}`;
}

/** A figure that grows, as in `올해 5억원에서 40억원으로`. */
export function growth(rng: Rng, unit: Unit): Movement {
  if (unit === "%") {
    const from = rng.int(5, 60);
    return { from: `${from}%`, to: `${rng.int(from + 5, 99)}%` };
  }
  const from = unit === "억원" ? rng.int(1, 300) : unit === "명" ? rng.int(10, 3000) : rng.int(2, 60);
  const to = from * rng.int(2, 8) + (rng.chance(0.5) ? 0 : rng.int(1, 9));
  return { from: `${withCommas(from)}${unit}`, to: `${withCommas(to)}${unit}` };
}
