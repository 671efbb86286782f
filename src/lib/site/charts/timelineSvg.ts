import { html, type SafeHtml } from "../../html/safeHtml.ts";
import type { ChartPeriod, ChartSeries, SeriesStyle, TimelineChart } from "./timeline.ts";

/** What a timeline chart is about, for its title, note and table. */
export interface TimelineWording {
  /** Prefix of the ids in the chart (one chart per id on a page), e.g. `speaker-chart`. */
  id: string;
  /** What a series is: `주제` on a speaker's page, `인물` on a topic's. */
  seriesName: string;
  /** How a quote with several keys is counted, said under the chart; none when each has one. */
  countingNote?: string;
}

/** Height of the bars' area, in CSS pixels, and the room above it and below it (the axis labels). */
const PLOT_HEIGHT = 140;
const TOP = 14;
const AXIS = 22;
const HEIGHT = TOP + PLOT_HEIGHT + AXIS;
/** Fewer bars than this are drawn at this many bars' width, centred: one bar is not the whole width. */
const MIN_SLOTS = 8;
/** The narrowest width the chart is drawn at (a 360 px phone, less the page's margins), for label room. */
const NARROWEST = 320;

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

/** The smallest step of 1, 2 or 5 × 10ⁿ that divides `max` into at most four, and the scale's top. */
export function scaleFor(max: number): { step: number; top: number } {
  let magnitude = 1;
  for (;;) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (Math.ceil(max / step) <= 4) return { step, top: Math.max(step, Math.ceil(max / step) * step) };
    }
    magnitude *= 10;
  }
}

/** The width a label takes, as a share (%) of the narrowest chart: Hangul is wider than digits. */
function labelShare(text: string): number {
  let px = 0;
  for (const char of text) px += /[\uAC00-\uD7A3]/u.test(char) ? 11 : char === " " ? 3 : 6.5;
  return (px / NARROWEST) * 100;
}

/** The axis labels: the first period and each new year (every year when by years), thinned so none overlap. */
function axisLabels(chart: TimelineChart, slotX: (index: number) => number): { x: number; text: string }[] {
  const labels: { x: number; text: string }[] = [];
  let end = -Infinity;
  chart.periods.forEach((period, index) => {
    const january = chart.unit === "year" || period.key.endsWith("-01");
    if (index > 0 && !january) return;
    const text = chart.unit === "year" || january ? period.label.replace(/ 1월$/u, "") : period.label;
    const x = slotX(index);
    const width = labelShare(text);
    if (x < end + 2 || (x + width > 100 && labels.length > 0)) return;
    labels.push({ x, text });
    end = x + width;
  });
  return labels;
}

/** The pattern of each style, drawn over its colour in the page's background colour. */
function patternHtml(id: string, style: SeriesStyle): SafeHtml {
  const marks: Record<SeriesStyle, SafeHtml | false> = {
    s1: false,
    s2: html`<path class="chart-ink" d="M0 6L6 0M-1 1L1 -1M5 7L7 5" />`,
    s3: html`<circle class="chart-dot" cx="3" cy="3" r="1.1" />`,
    s4: html`<path class="chart-ink" d="M0 3H6" />`,
    other: html`<path class="chart-ink" d="M3 0V6" />`,
    none: html`<path class="chart-ink" d="M0 0L6 6M6 0L0 6" />`,
  };
  return html`<pattern id="${id}-${style}" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="chart-${style}" width="6" height="6" />${marks[style]}</pattern>`;
}

/** A small swatch of a series' colour and pattern, beside its label in the legend and the table. */
function swatchHtml(id: string, style: SeriesStyle): SafeHtml {
  return html`<svg class="chart-swatch" width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="url(#${id}-${style})" /></svg>`;
}

const count = (n: number): string => `${n.toLocaleString("ko-KR")}건`;

/** The sentence that tells a screen reader what the chart shows: its span, total, peak and undated. */
export function chartSummary(chart: TimelineChart, wording: TimelineWording): string {
  const unitWord = chart.unit === "year" ? "연도별" : "월별";
  const first = chart.periods[0];
  const last = chart.periods.at(-1);
  const peak = chart.periods.reduce<ChartPeriod | null>(
    (top, p) => (top === null || p.total > top.total ? p : top),
    null,
  );
  const parts: string[] = [];
  if (first && last && peak) {
    const span = first === last ? first.label : `${first.label}부터 ${last.label}까지`;
    const peakWord = chart.unit === "year" ? "해는" : "달은";
    parts.push(`${span} ${unitWord} 발언 수, ${wording.seriesName}별로 나눔.`);
    parts.push(`가장 많은 ${peakWord} ${peak.label}(${count(peak.total)}).`);
  }
  parts.push(`${wording.seriesName}: ${chart.series.map((s) => `${s.label} ${count(s.total)}`).join(", ")}.`);
  if (chart.undatedTotal > 0) parts.push(`날짜 미상 ${count(chart.undatedTotal)}은 그림에 없음.`);
  return parts.join(" ");
}

/** The bars: one stack per period, the series from the bottom in legend order, each with a tooltip. */
function barsHtml(chart: TimelineChart, id: string, top: number, slotX: (i: number) => number, slot: number): SafeHtml {
  const width = slot * 0.72;
  return html`${chart.periods.map((period, index) => {
    if (period.total === 0) return false;
    const x = num(slotX(index) + slot * 0.14);
    let y = TOP + PLOT_HEIGHT;
    const segments = period.counts.map((n, s) => {
      const series = chart.series[s];
      if (n === 0 || series === undefined) return false;
      const height = (n / top) * PLOT_HEIGHT;
      y -= height;
      return html`<rect class="chart-bar" x="${x}%" y="${num(y)}" width="${num(width)}%" height="${num(height)}" fill="url(#${id}-${series.style})" data-series="${s}" data-count="${n}" />`;
    });
    return html`<g data-period="${period.key}"><title>${period.label}: ${count(period.total)}</title>${segments}</g>`;
  })}`;
}

/** The table behind the chart: a row per period with quotes, then the undated, then the totals. */
function tableHtml(chart: TimelineChart, wording: TimelineWording): SafeHtml {
  const unitWord = chart.unit === "year" ? "연도" : "월";
  const row = (label: string, counts: readonly number[], total: number): SafeHtml =>
    html`<tr><th scope="row">${label}</th>${counts.map((n) => html`<td>${n}</td>`)}<td>${total}</td></tr>`;
  return html`
    <div class="chart-table-wrap">
      <table class="figures chart-table">
        <caption>${unitWord}별 발언 수 (${wording.seriesName}별)</caption>
        <thead><tr><th scope="col">${unitWord === "연도" ? "연도" : "월"}</th>${chart.series.map(
          (s: ChartSeries) =>
            html`<th scope="col">${swatchHtml(wording.id, s.style)} ${s.href ? html`<a href="${s.href}">${s.label}</a>` : s.label}</th>`,
        )}<th scope="col">합계</th></tr></thead>
        <tbody>
          ${chart.periods.filter((p) => p.total > 0).map((p) => row(p.label, p.counts, p.total))}
          ${chart.undatedTotal > 0 && row("날짜 미상", chart.undated, chart.undatedTotal)}
        </tbody>
        <tfoot>${row(
          "합계",
          chart.series.map((s) => s.total),
          chart.total,
        )}</tfoot>
      </table>
    </div>
  `;
}

/**
 * A timeline chart as markup, without script: an SVG of stacked bars (`role="img"`, named by its
 * `<title>` and described by a sentence with the span, the peak and each series' total), a legend
 * whose swatches carry each series' pattern as well as its colour, a note on undated quotes and on
 * how quotes are counted, and the same figures as a table in a `<details>` (for screen readers and
 * anyone who wants the numbers). Bars are placed in percentages of the width and pixels of height,
 * so the text stays its size on a phone and on a desktop.
 */
export function timelineChartHtml(chart: TimelineChart, wording: TimelineWording): SafeHtml {
  const { id } = wording;
  const slots = Math.max(chart.periods.length, MIN_SLOTS);
  const slot = 100 / slots;
  const offset = (100 - chart.periods.length * slot) / 2;
  const slotX = (index: number): number => offset + index * slot;
  const max = chart.periods.reduce((m, p) => Math.max(m, p.total), 0);
  const { step, top } = scaleFor(Math.max(max, 1));
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const unitWord = chart.unit === "year" ? "연도별" : "월별";
  return html`
    <figure class="chart" id="${id}">
      <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${chart.series.map((s) => patternHtml(id, s.style))}</defs></svg>
      ${
        chart.periods.length > 0 &&
        html`<svg class="chart-plot" role="img" aria-labelledby="${id}-title ${id}-desc" width="100%" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">
        <title id="${id}-title">${unitWord} 발언 수 (${wording.seriesName}별)</title>
        <desc id="${id}-desc">${chartSummary(chart, wording)}</desc>
        <g class="chart-grid">${ticks.map((tick) => {
          const y = num(TOP + PLOT_HEIGHT - (tick / top) * PLOT_HEIGHT);
          return html`<line x1="0" x2="100%" y1="${y}" y2="${y}" /><text x="-4" y="${num(Number(y) + 4)}">${tick}</text>`;
        })}</g>
        ${barsHtml(chart, id, top, slotX, slot)}
        <g class="chart-axis">${axisLabels(chart, slotX).map(
          (label) => html`<text x="${num(label.x)}%" y="${HEIGHT - 5}">${label.text}</text>`,
        )}</g>
      </svg>`
      }
      <ul class="chart-legend">
        ${chart.series.map((s) => html`<li>${swatchHtml(id, s.style)} ${s.label} <span class="count">${count(s.total)}</span></li>`)}
      </ul>
      ${
        (chart.undatedTotal > 0 || wording.countingNote) &&
        html`<p class="chart-note">${chart.undatedTotal > 0 && `날짜 미상 ${count(chart.undatedTotal)}은 그림에 없고 표에 있습니다. `}${wording.countingNote}</p>`
      }
      <details class="chart-details">
        <summary>표로 보기</summary>
        ${tableHtml(chart, wording)}
      </details>
    </figure>
  `;
}
