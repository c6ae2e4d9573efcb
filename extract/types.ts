/**
 * The vocabulary of a fact, exactly as `../shared/FACTS.md` fixes it, plus the
 * project's own traceability fields. Everything in `extract/` speaks these types.
 */

export const METRICS = [
  'party_members',
  'party_admissions',
  'party_organizations',
  'union_grassroots',
  'union_members',
  'workers',
  'enterprises',
  'referrals',
  'trainees',
  'training_classes',
  'youth_members',
  'youth_organizations',
] as const;
export type Metric = (typeof METRICS)[number];

export const UNITS = ['count', 'percent'] as const;
export type Unit = (typeof UNITS)[number];

/** stock/flow/target for counts; achievement/share/target for percents. */
export const KINDS = ['stock', 'flow', 'target', 'achievement', 'share'] as const;
export type Kind = (typeof KINDS)[number];

export const APPROX = ['exact', 'more_than', 'at_least', 'about', 'less_than', 'at_most'] as const;
export type Approx = (typeof APPROX)[number];

/** A span of the article's clean text: [start, end) in UTF-16 code units. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Fact {
  /** Stable within one article: "f1", "f2", … in reading order. */
  id: string;
  metric: Metric;
  value: number;
  value_max?: number;
  unit: Unit;
  kind: Kind;
  approx: Approx;
  /** The organisation or place the figure is about, as written ("LĐLĐ huyện Bù Đăng"). */
  scope: string | null;
  /** The period the figure covers, normalised: "2017", "2020-2025", "2024-01..2024-06". */
  period: string | null;
  /** As-of date for stocks, ISO "YYYY-MM-DD", where the text states one. */
  as_of: string | null;
  /** For "trong đó" breakdowns: the id of the total this figure is part of. */
  parent: string | null;
  /** On a total with breakdown parts: whether the parts add up to it exactly. */
  parts_sum_match?: boolean;
  /** 0..1: how sure the rules are (lower for inherited or guessed metrics). */
  confidence: number;
  /** The sentence the fact came from, with offsets into the article's clean text. */
  evidence: Span;
  /** The number and its noun as matched ("trên 21 nghìn đoàn viên công đoàn"). */
  mention: Span;
}

/** A problem worth reporting that is not an error: data, not exceptions. */
export interface ExtractIssue {
  code: string;
  message: string;
}

/** Metadata of an article, from its text or saved page. */
export interface ArticleMeta {
  title: string | null;
  /** YYYY-MM-DD from the page's own date stamp, or null. */
  published: string | null;
  author: string | null;
  /** Canonical pre-2025 province name as in data/provinces.json, or null. */
  province: string | null;
  /** The 2025 unit that province belongs to. */
  province_2025: string | null;
  /** Canonical URL or site name where the page says it. */
  url: string | null;
  site: string | null;
}

export interface ArticleExtraction {
  meta: ArticleMeta;
  /** The clean article text the facts' offsets refer to. */
  text: string;
  facts: Fact[];
  issues: ExtractIssue[];
}
