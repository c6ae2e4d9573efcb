/**
 * What makes a chart "not empty": Observable Plot draws every mark as a
 * `<g aria-label="…">` group holding its shapes; axes, grids, frames and
 * rules are groups too, and are drawn even when there is no data. A chart
 * shows something when it has at least one shape inside a group that is not
 * one of those guides. A notebook's own reference line (a diagonal) says so
 * with `ariaLabel: '… guide'`.
 *
 * The same count is made in three places: by the kernel before it displays
 * a chart (show-chart.ts), by `notebooks:check` on the executed notebooks'
 * SVG, and by the browser test in the exported HTML page; so the function
 * below is self-contained (no imports, no outside constants): Playwright
 * ships its source into the page as it is.
 */

/** The attribute that names a chart on its `<svg>` (and lets the checks find it). */
export const CHART_NAME_ATTRIBUTE = 'data-vntally-chart';

/** The attribute with the kernel's own mark count, for the reader of a report; the checks recount. */
export const CHART_MARKS_ATTRIBUTE = 'data-vntally-marks';

/** On the note shown instead of a chart whose emptiness is a finding (show.ts `whenEmpty`): value "expected". */
export const CHART_EMPTY_ATTRIBUTE = 'data-vntally-empty';

/** Shapes inside data-mark groups of `svg`; 0 for an empty chart. */
export function countDataMarks(svg: Element): number {
  // Plot's aria-labels of guides: "x-axis tick", "y-axis label", "y-grid", "frame", "rule", "tip"; ours end in "guide".
  const guide = /axis|grid|frame|rule|tip|guide/u;
  let count = 0;
  for (const shape of Array.from(svg.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon, text, image'))) {
    const group = shape.closest('g[aria-label]');
    if (group === null || !svg.contains(group)) continue;
    if (guide.test(group.getAttribute('aria-label') ?? '')) continue;
    count += 1;
  }
  return count;
}
