/**
 * Observable Plot, server-side: the chart is drawn in the kernel on a jsdom
 * document and leaves it as SVG text, so the notebook file and its HTML
 * export carry the picture itself (no JavaScript runs in the reader).
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { CHART_MARKS_ATTRIBUTE, CHART_NAME_ATTRIBUTE, countDataMarks } from './chart-marks.js';

export interface RenderedChart {
  name: string;
  /** The whole figure (with its legend, if any), for `text/html`. */
  html: string;
  /** The plot's own `<svg>`, standalone (with xmlns), for `image/svg+xml`. */
  svg: string;
  /** Shapes of data marks (chart-marks.ts); 0 for an empty chart. */
  marks: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One document for every chart of the kernel: creating a jsdom window costs tens of milliseconds. */
let shared: JSDOM | null = null;

function plotDocument(): Document {
  shared ??= new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  return shared.window.document;
}

/** Draws `options` and names the chart `name` (a short slug: the checks report it). */
export function renderChart(name: string, options: Plot.PlotOptions): RenderedChart {
  const element = Plot.plot({ ...options, document: plotDocument() });
  // With a legend, Plot returns a <figure> around the swatches and the <svg>.
  const svg = element.tagName.toLowerCase() === 'svg' ? element : Array.from(element.children).find((child) => child.tagName.toLowerCase() === 'svg');
  if (svg === undefined) throw new Error(`chart "${name}": Plot returned a ${element.tagName} without an <svg>`);
  const marks = countDataMarks(svg);
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute(CHART_NAME_ATTRIBUTE, name);
  svg.setAttribute(CHART_MARKS_ATTRIBUTE, String(marks));
  return { name, html: element.outerHTML, svg: svg.outerHTML, marks };
}
