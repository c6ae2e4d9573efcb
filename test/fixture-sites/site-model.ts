/**
 * What every fixture site shares: its definition (family, categories, URL
 * shapes, renderer) and its state (articles with ids, slugs and paths; robots
 * text; origin). Renderers are functions of (request, state) → response; the
 * server adds logging, faults and conditional GET around them.
 */
import { bodyToBlocks } from './corpus.js';
import { slugify } from './render/slug.js';
import { ON_TOPIC } from './types.js';
import type { ArticleTopic, FaultName, FaultRule, FaultOptions, FixtureArticle, SiteArticle } from './types.js';

export interface SiteCategory {
  alias: string;
  title: string;
  /** Articles of these topics go to this category (first match wins). */
  topics: readonly ArticleTopic[];
  /** Numeric id where the family has one (Drupal taxonomy term, NukeViet catid). */
  id: number;
}

/** An article planned for a site before ids and paths are given. */
export interface PlannedArticle extends FixtureArticle {
  category?: string;
  fault?: FaultName;
  /** Fixed slug (the faults site's pages have stable paths). */
  slug?: string;
}

export interface SiteRequest {
  method: string;
  /** Decoded pathname. */
  path: string;
  query: URLSearchParams;
  /** Pathname + query as sent. */
  raw: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface SiteResponse {
  status: number;
  body: string | Buffer;
  /** Default `text/html; charset=utf-8` (or the site's `contentType`). */
  contentType?: string;
  headers?: Record<string, string>;
  /** Sent as Last-Modified; enables If-Modified-Since. */
  lastModified?: Date;
}

export interface SiteDefinition {
  id: string;
  name: string;
  family: string;
  imitates: string;
  sitesMd: string;
  province: string;
  needsBrowser: boolean;
  /** Id of the oldest article; later ones count up by `idStep`. */
  idBase: number;
  idStep: number;
  slugMaxLength: number;
  categories: readonly SiteCategory[];
  /** Identification headers the real platform sends (Server, X-Powered-By, X-Generator…). */
  headers: Record<string, string>;
  /** Content-Type of HTML pages; the newspaper family sends no charset (it is only in `<meta>`). */
  htmlContentType: string;
  startPath: string;
  feedPaths: readonly string[];
  sitemapPaths: readonly string[];
  robots(origin: string): string;
  articlePath(article: Omit<SiteArticle, 'path' | 'url' | 'allowedByRobots' | 'expectedInCrawl'>): string;
  /** Adds or rewrites the corpus for this site (NukeViet adds an internal article; the faults site maps texts to fault pages). */
  plan?(articles: PlannedArticle[]): PlannedArticle[];
  /** Fault rules always on for this site (only the faults site has some). */
  builtInFaults?(options: FaultOptions): Array<FaultRule & { name: FaultName }>;
  faultPaths?: Partial<Record<FaultName, string>>;
  handle(req: SiteRequest, site: SiteState): SiteResponse | undefined;
}

/** A link to another place, for the "Liên kết website" blocks. */
export interface PeerLink {
  name: string;
  href: string;
}

/**
 * Links every site shows to hosts that are not its own: real national sites
 * (never fetched by a correct crawler; the tests have no network anyway) and
 * the other fixture sites (other ports, so other hosts).
 */
export const EXTERNAL_LINKS: readonly PeerLink[] = [
  { name: 'Báo điện tử Đảng Cộng sản Việt Nam', href: 'https://dangcongsan.vn/' },
  { name: 'Cổng Thông tin điện tử Chính phủ', href: 'https://chinhphu.vn/' },
  { name: 'Tổng Liên đoàn Lao động Việt Nam', href: 'http://www.congdoanvn.org.vn/' },
];

/** Tag words per topic, for the families that show tags (NukeViet "Tags:", baocantho "Từ khóa", WordPress). */
export const TOPIC_TAGS: Readonly<Record<ArticleTopic, readonly string[]>> = {
  party: ['đảng viên', 'tổ chức đảng', 'doanh nghiệp'],
  union: ['công đoàn', 'đoàn viên', 'doanh nghiệp'],
  sports: ['thể thao', 'bóng đá'],
  weather: ['thời tiết', 'mưa lớn'],
  economy: ['xuất khẩu', 'doanh nghiệp'],
  other: ['tin tổng hợp'],
};

/** The first paragraph (the lead, "hometext"/"sapo") and the rest. */
export function splitLead(article: SiteArticle): { lead: string; rest: SiteArticle['blocks'] } {
  const index = article.blocks.findIndex((b) => b.kind === 'paragraph');
  const lead = article.blocks[index];
  if (index < 0 || !lead || lead.kind !== 'paragraph') return { lead: '', rest: article.blocks };
  return { lead: lead.text, rest: article.blocks.filter((_, i) => i !== index) };
}

/** Path of an article's n-th picture, NukeViet-style upload folders: `/uploads/news/2024_06/<slug>-1.jpg`. */
export function imagePath(article: SiteArticle, n: number, folder = '/uploads/news'): string {
  const ym = new Date(article.published.getTime() + 7 * 3_600_000);
  const stamp = `${ym.getUTCFullYear()}_${String(ym.getUTCMonth() + 1).padStart(2, '0')}`;
  return `${folder}/${stamp}/${article.slug.slice(0, 40)}-${n}.jpg`;
}

export function paginate<T>(items: readonly T[], page: number, size: number): { items: T[]; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), pageCount };
}

/** Disallow prefixes of the `User-agent: *` group (enough for the fixtures' robots files; `$` and `*` are not used there). */
export function robotsAllows(robots: string, path: string): boolean {
  let inStarGroup = false;
  let lastWasAgent = false;
  const disallow: string[] = [];
  const allow: string[] = [];
  for (const rawLine of robots.split('\n')) {
    const line = rawLine.replace(/#.*$/u, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/u.exec(line);
    if (!match) continue;
    const field = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (field === 'user-agent') {
      inStarGroup = lastWasAgent ? inStarGroup || value === '*' : value === '*';
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!inStarGroup || value === '') continue;
    if (field === 'disallow') disallow.push(value);
    if (field === 'allow') allow.push(value);
  }
  const longest = (rules: string[]): number => Math.max(-1, ...rules.filter((r) => path.startsWith(r)).map((r) => r.length));
  return longest(allow) >= longest(disallow);
}

/** Fault names whose pages still end up as articles after retries. */
const TRANSIENT_FAULTS: ReadonlySet<FaultName> = new Set<FaultName>(['status-500', 'status-429', 'status-503', 'slow', 'reset', 'windows-1258', 'octet-stream']);

export class SiteState {
  readonly def: SiteDefinition;
  origin = '';
  robots = '';
  /** Newest first. */
  articles: SiteArticle[] = [];
  peers: PeerLink[] = [];
  /** Bumped by every change of what the site serves; the server's page cache keys on it. */
  version = 0;
  private readonly slugs = new Set<string>();
  private nextId: number;

  constructor(def: SiteDefinition, planned: PlannedArticle[]) {
    this.def = def;
    this.nextId = def.idBase;
    const ordered = (def.plan ? def.plan(planned) : planned)
      .map((article, index) => ({ article, index }))
      .sort((a, b) => (a.article.published?.getTime() ?? 0) - (b.article.published?.getTime() ?? 0) || a.index - b.index);
    for (const { article } of ordered) this.insert(article);
  }

  /** Called once the site listens: fixes URLs and the robots text. */
  setOrigin(origin: string): void {
    this.version++;
    this.origin = origin;
    this.robots = this.def.robots(origin);
    for (const article of this.articles) article.url = origin + article.path;
    this.refreshRobots();
  }

  setRobots(text: string): void {
    this.version++;
    this.robots = text;
    this.refreshRobots();
  }

  /** Publishes an article: by default one day after the newest, so it tops every listing. */
  add(article: PlannedArticle): SiteArticle {
    const newest = this.articles[0]?.published.getTime() ?? Date.UTC(2025, 5, 30);
    return this.insert({ ...article, published: article.published ?? new Date(newest + 86_400_000) });
  }

  byId(id: number): SiteArticle | undefined {
    return this.articles.find((a) => a.id === id);
  }

  bySlug(slug: string): SiteArticle | undefined {
    return this.articles.find((a) => a.slug === slug);
  }

  inCategory(alias: string): SiteArticle[] {
    return this.articles.filter((a) => a.category === alias);
  }

  category(alias: string): SiteCategory | undefined {
    return this.def.categories.find((c) => c.alias === alias);
  }

  categoryOf(article: SiteArticle): SiteCategory {
    return this.category(article.category) ?? (this.def.categories[0] as SiteCategory);
  }

  /** Articles published before (older) and after (newer) this one, nearest first. */
  neighbours(article: SiteArticle): { newer: SiteArticle[]; older: SiteArticle[] } {
    const index = this.articles.indexOf(article);
    return { newer: this.articles.slice(0, index).reverse(), older: this.articles.slice(index + 1) };
  }

  private insert(article: PlannedArticle): SiteArticle {
    this.version++;
    const topic = article.topic ?? 'party';
    const category =
      article.category ?? this.def.categories.find((c) => c.topics.includes(topic))?.alias ?? this.def.categories[0]?.alias ?? '';
    const id = this.nextId;
    this.nextId += this.def.idStep;
    const core = {
      site: this.def.id,
      id,
      slug: this.uniqueSlug(article.slug ?? slugify(article.title, this.def.slugMaxLength)),
      title: article.title,
      published: article.published ?? new Date(Date.UTC(2025, 5, 30)),
      author: article.author,
      topic,
      onTopic: ON_TOPIC.has(topic),
      blocks: bodyToBlocks(article.body),
      category,
      source: article.source ?? 'test',
      fault: article.fault,
    };
    const path = this.def.articlePath(core);
    const full: SiteArticle = { ...core, path, url: this.origin + path, allowedByRobots: true, expectedInCrawl: true };
    this.articles.push(full);
    this.articles.sort((a, b) => b.published.getTime() - a.published.getTime() || b.id - a.id);
    if (this.robots) this.refreshRobots();
    return full;
  }

  private uniqueSlug(base: string): string {
    let slug = base;
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`;
    this.slugs.add(slug);
    return slug;
  }

  private refreshRobots(): void {
    for (const article of this.articles) {
      article.allowedByRobots = robotsAllows(this.robots, article.path);
      article.expectedInCrawl = article.allowedByRobots && (article.fault === undefined || TRANSIENT_FAULTS.has(article.fault));
    }
  }
}
