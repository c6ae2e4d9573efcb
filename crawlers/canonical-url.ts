/**
 * One article, one URL. Sites reach the same page under many URLs (print and
 * "save file" copies, tracking parameters, Liferay's redirect suffixes,
 * SharePoint's case-insensitive paths); the archive keys pages by the
 * canonical form, so that an article is fetched and counted once
 * (../shared/SITES.md §1.2, §2).
 *
 * - `canonicalizeUrl(url, family?)`: the generic rules, then the family's.
 *   Generic: lower-case scheme and host (kept otherwise: "www." stays), no
 *   default port, no fragment, no tracking parameters, the other query
 *   parameters sorted by name (values and their encoding kept), percent
 *   escapes in upper case and unreserved characters unescaped (RFC 3986 §6.2.2).
 * - `isArticleVariant(url, family)`: is this a print / save-file / send-mail
 *   copy of an article, or a tag listing ("tag": a listing of articles, not an
 *   article; the engine must not archive it as one)?
 * - `articleKey(url, family)`: the id the CMS itself uses, where the URL has
 *   one ("nukeviet:<host>:news:5229"). Two URLs with the same key are the same
 *   article even when the canonical URLs differ (NukeViet 301s an article to
 *   its new category but old links stay around). Null when the URL carries no
 *   stable id: then the canonical URL is the key.
 *
 * `family` is a CMS family of the registry (`CMS_FAMILIES`); "nukeviet",
 * "drupal" and other prefixes are accepted too. An unknown or missing family
 * gets the generic rules only.
 */
import type { CmsFamily } from './registry.js';

export type ArticleVariant = 'print' | 'savefile' | 'sendmail' | 'tag';

/** How the URL rules group the registry's families. */
type UrlFamily = 'nukeviet' | 'drupal' | 'liferay' | 'sharepoint' | 'wordpress' | 'news_a_id' | 'news_yyyymm' | 'news_cms' | 'b_maincontent' | 'news_htm' | 'generic';

const FAMILY_PREFIXES: ReadonlyArray<readonly [string, UrlFamily]> = [
  ['nukeviet', 'nukeviet'], // nukeviet4, nukeviet3
  ['drupal', 'drupal'], // drupal7, drupal8
  ['liferay', 'liferay'],
  ['sharepoint', 'sharepoint'],
  ['wordpress', 'wordpress'],
  ['news_a_id', 'news_a_id'],
  ['news_yyyymm', 'news_yyyymm'],
  ['news_cms', 'news_cms'],
  ['b_maincontent', 'b_maincontent'],
  ['news_htm', 'news_htm'],
];

function urlFamily(family: CmsFamily | string | undefined): UrlFamily {
  const lower = (family ?? '').toLowerCase();
  return FAMILY_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1] ?? 'generic';
}

// ---------------------------------------------------------------- named patterns

/**
 * Query parameters that only track where a click came from: Google Analytics
 * `utm_*`, Facebook `fbclid`, Google Ads `gclid`, Zalo `zarsrc` (added to links
 * shared in Zalo, common on Vietnamese news). Matches "utm_source", "fbclid"; not "id", "p".
 */
const TRACKING_PARAM = /^(?:utm_[a-z0-9_]*|fbclid|gclid|zarsrc)$/iu;

/**
 * Liferay navigation state: where "back" goes, not what is shown. Matches
 * "redirect", "inheritRedirect", "_101_INSTANCE_Ez1TvgbQTjWZ_redirect"; not "p_p_id", "_101_INSTANCE_x_cur".
 */
const LIFERAY_REDIRECT_PARAM = /^(?:redirect|inheritRedirect|_\w+_redirect)$/u;

/** WordPress "reply to this comment" links: the post again. Matches "replytocom"; not "p". */
const WORDPRESS_REPLY_PARAM = /^replytocom$/u;

/**
 * A percent escape. "%2c" → "%2C"; "%7E" → "~" (unreserved). Never matches "%zz" or "%2".
 */
const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/gu;
/** RFC 3986 unreserved characters: their escapes mean the character itself. Matches "a", "-", "~"; not "/", "%". */
const UNRESERVED_CHAR = /^[A-Za-z0-9\-._~]$/u;

/** NukeViet article file: "<alias>-<id>.html" (rewrite_exturl). Matches "thanh-lap-chi-bo-5229.html"; not "page-2", "rss". */
const NUKEVIET_ARTICLE_FILE = /^.+-(\d+)\.html?$/u;
/** NukeViet tool pages that copy an article (§1.2 table). */
const NUKEVIET_VARIANTS: ReadonlySet<string> = new Set(['print', 'savefile', 'sendmail']);
/** Module operations that are not categories, so "<op>/<x>-12.html" is not an article. */
const NUKEVIET_NON_CATEGORY_OPS: ReadonlySet<string> = new Set(['tag', 'topic', 'author', 'rss', 'search', 'groups', 'print', 'savefile', 'sendmail']);
/** A language segment of a multilingual NukeViet site: "vi", "en". Not "news". */
const LANGUAGE_SEGMENT = /^[a-z]{2}$/u;
/** `op=print/<cat>/<alias>-<id>.html` in the un-rewritten `index.php?nv=news&op=…` form. Matches "print/xay-dung-dang/a-1.html"; not "xay-dung-dang/a-1.html". */
const NUKEVIET_OP_VARIANT = /^(print|savefile|sendmail)\/(.+)$/u;

/**
 * Drupal print module (§2.1): "/print/<nid>", "/printmail/<nid>", "/printpdf/<nid>",
 * optionally after a language prefix, also with a path alias instead of a nid.
 * Matches "/print/310", "/vi/printmail/310", "/print/tin-tuc/abc"; not "/node/310", "/printer/5".
 */
const DRUPAL_PRINT_PATH = /^(\/[a-z]{2})?\/(print|printmail|printpdf)\/(.+)$/u;
/** `?q=print/310` when clean URLs are off. Matches "print/310", "printpdf/7"; not "node/310". */
const DRUPAL_QUERY_PRINT = /^(print|printmail|printpdf)\/(.+)$/u;
/** A Drupal node. Matches "/node/310", "/vi/node/310"; not "/node/310/edit", "/node". */
const DRUPAL_NODE_PATH = /^(?:\/[a-z]{2})?\/node\/(\d+)\/?$/u;
/** `?q=node/310`. */
const DRUPAL_QUERY_NODE = /^node\/(\d+)$/u;
const DRUPAL_VARIANT_OF: Readonly<Record<string, ArticleVariant>> = { print: 'print', printmail: 'sendmail', printpdf: 'savefile' };

/** baocantho family print copy (§2.5). Matches "/print/ket-nap-dang-vien-a198500.html"; not "/ket-nap-a198500.html", "/print/x.html". */
const NEWS_A_ID_PRINT_PATH = /^\/print\/([^/]+-a\d+\.html)$/u;
/** baocantho family article. Matches "/ket-nap-dang-vien-a198500.html"; not "/kinh-te", "/x-198500.html". */
const NEWS_A_ID_ARTICLE_PATH = /^\/[^/]+-a(\d+)\.html$/u;
/** baocantho family tag links go to the site search (§2.5 "a.tag_item → /tim-kiem/<tag>.html"). Matches "/tim-kiem/dang-vien.html"; not "/tim-kiem". */
const NEWS_A_ID_TAG_PATH = /^\/tim-kiem\/[^/]+$/u;

/**
 * Liferay Asset Publisher content as listings link it: the canonical path plus
 * "/<groupId>" (§2.2). Matches "/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap/20181";
 * not ".../content/ket-nap" (no group id) nor "/web/guest/x/20181".
 */
const LIFERAY_CONTENT_WITH_GROUP = /^(.*\/-\/asset_publisher\/[^/]+\/content\/[^/]+)\/\d+\/?$/u;
/** Any Asset Publisher content URL: its query is navigation state only. Captures the slug. Matches "/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap"; not "/-/asset_publisher/Ez1TvgbQTjWZ/rss". */
const LIFERAY_CONTENT_PATH = /\/-\/asset_publisher\/[^/]+\/content\/([^/]+)\/?$/u;
/** Custom Liferay news portlet: "/chi-tiet-tin-tuc/-/news/<id>/<slug>.html" (quanba.hagiang). Captures the id. */
const LIFERAY_NEWS_PATH = /\/-\/news\/(\d+)\/[^/]+$/u;
/** tapchicongsan: "/web/guest/<section>/-/2018/<articleId>/<slug>.aspx" ("2018" is a constant). Captures the id. */
const LIFERAY_JOURNAL_PATH = /\/-\/\d{4}\/(\d+)\/[^/]+$/u;

/** SharePoint list item form. Matches "/Lists/Tintucsukien/DispForm.aspx"; not "/Lists/x/AllItems.aspx". */
const SHAREPOINT_DISPFORM_PATH = /^(.*\/lists\/[^/]+)\/dispform\.aspx$/iu;
/** binhduong.gov.vn article slug "<id>-<slug>" (§2.3). Matches "/tin-tuc/585-chu-tich-pho-chu-tich"; not "/tin-tuc/tin-van-hoa-xa-hoi". */
const SHAREPOINT_ID_SLUG_PATH = /^(.*)\/(\d+)-[^/]+$/u;

/** A bare numeric id: WordPress `?p=123` (left alone, the engine follows its 301, but keyed by id), a Drupal nid. Not "12a". */
const NUMERIC_ID = /^\d+$/u;

/** "/<cat>/<YYYYMM>/<slug>-<id>/" (§2.5), id decimal or 7 hex. Matches "/tintuc/201808/ket-nap-141-dang-vien-2908477/"; not "/tintuc/ket-nap-2908477/". */
const NEWS_YYYYMM_PATH = /\/\d{6}\/[^/]*-([0-9a-f]{7,})\/?$/u;
/** "-post<id>.html" (§2.5 "cms" family), else baosonla's "/<cat>/<slug>-<id>.html". */
const NEWS_CMS_POST_PATH = /-post(\d+)\.html$/u;
const NEWS_CMS_ID_PATH = /^\/[^/]+\/[^/]+-(\d+)\.html$/u;
/** b-maincontent family: "-<id>.html" and baonghean's "-event<id>.html". Matches "/a-b-123456.html", "/x-event123.html"; not "/a-b.html". */
const B_MAINCONTENT_PATH = /-(?:event)?(\d+)\.html$/u;
/** "-<id>.htm" (baothanhhoa, baophutho). Matches "/ket-nap-245497.htm"; not "/ket-nap-245497.html". */
const NEWS_HTM_PATH = /-(\d+)\.htm$/u;

/** A tag listing on most families: a "tag" or "tags" segment followed by the tag. Matches "/tag/dang-vien/", "/vi/news/tag/x", "/tags/cong-doan-1.ldo"; not "/tag", "/tagged/x". */
const TAG_SEGMENT_PATH = /(?:^|\/)tags?\/[^/]+/u;

// ---------------------------------------------------------------- public API

export function canonicalizeUrl(url: string, family?: CmsFamily | string): string {
  const parsed = parseAbsolute(url);
  const fam = urlFamily(family);
  parsed.hash = '';
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);

  let params = queryParams(parsed).filter((p) => !TRACKING_PARAM.test(p.name));
  let path = parsed.pathname;

  switch (fam) {
    case 'nukeviet': {
      path = withoutNukevietVariant(path).path;
      params = params.map((p) => (p.name === 'op' ? replaceValue(p, stripNukevietOpVariant) : p));
      break;
    }
    case 'drupal': {
      const print = DRUPAL_PRINT_PATH.exec(path);
      if (print) path = drupalTarget(print[1] ?? '', print[3] ?? '');
      params = params.map((p) => (p.name === 'q' ? replaceValue(p, (q) => drupalQueryTarget(q)) : p));
      break;
    }
    case 'news_a_id': {
      const print = NEWS_A_ID_PRINT_PATH.exec(path);
      if (print) path = `/${print[1]}`;
      break;
    }
    case 'liferay': {
      const withGroup = LIFERAY_CONTENT_WITH_GROUP.exec(path);
      if (withGroup) path = withGroup[1] ?? path;
      params = LIFERAY_CONTENT_PATH.test(path) ? [] : params.filter((p) => !LIFERAY_REDIRECT_PARAM.test(p.name));
      break;
    }
    case 'sharepoint': {
      // IIS paths and SharePoint parameter names are case-insensitive: "/lists/tintucsukien/tongquat.aspx?pageindex=2" (§2.3).
      path = path.toLowerCase();
      params = params.map((p) => ({ ...p, name: p.name.toLowerCase(), raw: lowerCaseName(p.raw) }));
      break;
    }
    case 'wordpress': {
      params = params.filter((p) => !WORDPRESS_REPLY_PARAM.test(p.name));
      break;
    }
    default:
      break;
  }

  parsed.pathname = normalizeEscapes(path);
  // Stable sort: repeated names ("a=1&a=2") keep their order, which can matter to the server.
  params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  parsed.search = params.length === 0 ? '' : `?${params.map((p) => normalizeEscapes(p.raw)).join('&')}`;
  return parsed.href;
}

export function isArticleVariant(url: string, family: CmsFamily | string): ArticleVariant | null {
  const parsed = parseAbsolute(url);
  const path = parsed.pathname;
  switch (urlFamily(family)) {
    case 'nukeviet': {
      const variant = withoutNukevietVariant(path).variant;
      if (variant !== null) return variant;
      const op = NUKEVIET_OP_VARIANT.exec(parsed.searchParams.get('op') ?? '');
      if (op) return op[1] as ArticleVariant;
      break;
    }
    case 'drupal': {
      const kind = DRUPAL_PRINT_PATH.exec(path)?.[2] ?? DRUPAL_QUERY_PRINT.exec(parsed.searchParams.get('q') ?? '')?.[1];
      if (kind !== undefined) return DRUPAL_VARIANT_OF[kind] ?? null;
      break;
    }
    case 'news_a_id': {
      if (NEWS_A_ID_PRINT_PATH.test(path)) return 'print';
      if (NEWS_A_ID_TAG_PATH.test(path)) return 'tag';
      break;
    }
    default:
      break;
  }
  return TAG_SEGMENT_PATH.test(path) ? 'tag' : null;
}

export function articleKey(url: string, family: CmsFamily | string): string | null {
  const fam = urlFamily(family);
  const parsed = new URL(canonicalizeUrl(url, family));
  const { host, pathname: path, searchParams } = parsed;
  const key = (...parts: string[]): string => [fam, host, ...parts].join(':');
  const first = (match: RegExpExecArray | null): string | null => match?.[1] ?? null;
  switch (fam) {
    case 'nukeviet': {
      const fromPath = nukevietArticle(path);
      if (fromPath) return key(fromPath.module, fromPath.id);
      const module = searchParams.get('nv');
      const op = searchParams.get('op');
      const fromQuery = op === null ? null : nukevietArticle(`/${module ?? 'news'}/${op}`);
      return fromQuery ? key(fromQuery.module, fromQuery.id) : null;
    }
    case 'drupal': {
      const nid = first(DRUPAL_NODE_PATH.exec(path)) ?? first(DRUPAL_QUERY_NODE.exec(searchParams.get('q') ?? ''));
      return nid === null ? null : key('node', nid);
    }
    case 'news_a_id': {
      const id = first(NEWS_A_ID_ARTICLE_PATH.exec(path));
      return id === null ? null : key(id);
    }
    case 'liferay': {
      const slug = first(LIFERAY_CONTENT_PATH.exec(path));
      if (slug !== null) return key('content', slug);
      const news = first(LIFERAY_NEWS_PATH.exec(path));
      if (news !== null) return key('news', news);
      const journal = first(LIFERAY_JOURNAL_PATH.exec(path));
      return journal === null ? null : key('article', journal);
    }
    case 'sharepoint': {
      const list = first(SHAREPOINT_DISPFORM_PATH.exec(path));
      const itemId = searchParams.get('id');
      if (list !== null && itemId !== null) return key(list, itemId);
      const slug = SHAREPOINT_ID_SLUG_PATH.exec(path);
      if (slug) return key(slug[1] ?? '', slug[2] ?? '');
      const newsId = searchParams.get('newsid');
      return newsId === null ? null : key('news', newsId);
    }
    case 'wordpress': {
      const p = searchParams.get('p');
      return path === '/' && p !== null && NUMERIC_ID.test(p) ? key('post', p) : null;
    }
    case 'news_yyyymm':
      return keyOrNull(key, first(NEWS_YYYYMM_PATH.exec(path)));
    case 'news_cms':
      return keyOrNull(key, first(NEWS_CMS_POST_PATH.exec(path)) ?? first(NEWS_CMS_ID_PATH.exec(path)));
    case 'b_maincontent':
      return keyOrNull(key, first(B_MAINCONTENT_PATH.exec(path)));
    case 'news_htm':
      return keyOrNull(key, first(NEWS_HTM_PATH.exec(path)));
    case 'generic':
      return null;
  }
}

// ---------------------------------------------------------------- internals

function keyOrNull(key: (...parts: string[]) => string, id: string | null): string | null {
  return id === null ? null : key(id);
}

function parseAbsolute(url: string): URL {
  if (!URL.canParse(url)) throw new TypeError(`not an absolute URL: ${JSON.stringify(url)}`);
  return new URL(url);
}

interface QueryParam {
  /** Decoded name, for matching and sorting. */
  name: string;
  /** The "name=value" segment as written. */
  raw: string;
}

function queryParams(url: URL): QueryParam[] {
  return url.search
    .slice(1)
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => ({ name: decodeComponent(raw.split('=', 1)[0] ?? ''), raw }));
}

/** Decodes a query component; a malformed escape ("%E0%A4%A") is kept as written, since it is only used for matching. */
function decodeComponent(text: string): string {
  const plus = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

function replaceValue(param: QueryParam, rewrite: (value: string) => string): QueryParam {
  const eq = param.raw.indexOf('=');
  if (eq === -1) return param;
  const value = decodeComponent(param.raw.slice(eq + 1));
  const rewritten = rewrite(value);
  return rewritten === value ? param : { name: param.name, raw: `${param.raw.slice(0, eq)}=${encodeURIComponent(rewritten).replaceAll('%2F', '/')}` };
}

function lowerCaseName(raw: string): string {
  const eq = raw.indexOf('=');
  return eq === -1 ? raw.toLowerCase() : raw.slice(0, eq).toLowerCase() + raw.slice(eq);
}

function normalizeEscapes(text: string): string {
  return text.replace(PERCENT_ESCAPE, (_, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED_CHAR.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** Path segments after an optional "/index.php" (NukeViet without rewrite). */
function nukevietSegments(path: string): { prefix: string; segments: string[] } {
  const prefix = path.startsWith('/index.php/') ? '/index.php' : '';
  return { prefix, segments: path.slice(prefix.length).split('/').slice(1) };
}

/**
 * Removes the print/savefile/sendmail segment of a NukeViet article URL:
 * "[/<lang>][/<module>]/<variant>/<cat>/<alias>-<id>.html". The variant comes
 * at most after a language and a module segment, and must be followed by a
 * category and an article file.
 */
function withoutNukevietVariant(path: string): { path: string; variant: ArticleVariant | null } {
  const { prefix, segments } = nukevietSegments(path);
  const last = segments.at(-1) ?? '';
  if (!NUKEVIET_ARTICLE_FILE.test(last)) return { path, variant: null };
  const limit = Math.min(2, segments.length - 3);
  for (let i = 0; i <= limit; i += 1) {
    const segment = segments[i] ?? '';
    if (NUKEVIET_VARIANTS.has(segment)) {
      const kept = [...segments.slice(0, i), ...segments.slice(i + 1)];
      return { path: `${prefix}/${kept.join('/')}`, variant: segment as ArticleVariant };
    }
  }
  return { path, variant: null };
}

function stripNukevietOpVariant(op: string): string {
  const match = NUKEVIET_OP_VARIANT.exec(op);
  return match && NUKEVIET_ARTICLE_FILE.test(op) ? (match[2] ?? op) : op;
}

/**
 * Module and id of a canonical NukeViet article path "[/<lang>][/<module>]/<cat>/<alias>-<id>.html".
 * With no module segment (news is the home module, `rewrite_op_mod`) the module is "home".
 */
function nukevietArticle(path: string): { module: string; id: string } | null {
  const { segments } = nukevietSegments(path);
  const id = NUKEVIET_ARTICLE_FILE.exec(segments.at(-1) ?? '')?.[1];
  const category = segments.at(-2);
  if (id === undefined || category === undefined || NUKEVIET_NON_CATEGORY_OPS.has(category)) return null;
  const before = segments.slice(0, -2);
  const candidate = before.at(-1);
  const module = candidate === undefined || (before.length === 1 && LANGUAGE_SEGMENT.test(candidate)) ? 'home' : candidate;
  return { module, id };
}

/** "/print/310" → "/node/310"; "/print/tin-tuc/abc" → "/tin-tuc/abc" (the print module takes nids and aliases). */
function drupalTarget(languagePrefix: string, target: string): string {
  return NUMERIC_ID.test(target) ? `${languagePrefix}/node/${target}` : `${languagePrefix}/${target}`;
}

function drupalQueryTarget(q: string): string {
  const match = DRUPAL_QUERY_PRINT.exec(q);
  if (!match) return q;
  const target = match[2] ?? '';
  return NUMERIC_ID.test(target) ? `node/${target}` : target;
}
