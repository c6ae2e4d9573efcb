/**
 * Every CSS selector and page-structure pattern the HTML extractor uses, as
 * named data in one module (the role of trafilatura's `xpaths.py`). Evidence
 * for each family is in `../shared/SITES.md`; the section is cited in `note`,
 * with SITES.md's marks: ✔ observed, ~ older copy only, ? inferred (class
 * names we had to guess are marked ? and exercised by the fixture of the same
 * name under test/fixtures/html/).
 *
 * Nothing here runs: extract-page.ts reads it. Selectors are a CSS subset
 * that match-selector.ts matches itself (type, #id, .class, [attr], [attr=v],
 * [attr*=v], [attr^=v], [attr$=v], [attr~=v], :not(…), descendant and `>`
 * combinators); test/extract-page.test.ts checks every selector below parses.
 * Detection `markers` are a restricted form, `#id` or `.class.class`,
 * matched against an index of the page's ids and class tokens built in one
 * pass, so that detecting among twenty families costs no selector queries.
 */

export type FamilyName =
  | 'nukeviet4'
  | 'nukeviet3'
  | 'drupal7'
  | 'drupal8'
  | 'liferay'
  | 'sharepoint'
  | 'aspnet'
  | 'wordpress'
  | 'news_a_id'
  | 'news_yyyymm'
  | 'news_cms'
  | 'b_maincontent'
  | 'hai_phong_portal'
  | 'daitienlang'
  | 'content_detail'
  | 'news_details'
  | 'editor_content'
  | 'content_detail_dash'
  | 'post_content'
  | 'nld_detail'
  | 'generic';

/** How a family signs its byline inside the body, when it has no author element. */
export type BylineStyle =
  /** Last short paragraph aligned right: "Tin, ảnh: P.Y" (baocantho family, §2.5). */
  | 'right-aligned'
  /** Last short paragraph, bare: "Hoàng Tùng" (Hải Phòng portal, §4.2). */
  | 'last-line';

export interface FamilyDetection {
  /** Matched against `<meta name="generator">`. */
  generator?: RegExp;
  /** `#id` or `.class[.class…]` present anywhere in the page; each one found adds to the score. */
  markers?: readonly string[];
  /** Matched against the page URL (options.url or the canonical URL). */
  url?: RegExp;
}

export interface FamilySelectors {
  name: FamilyName;
  /** Sites and evidence. */
  note: string;
  detect: FamilyDetection;
  /** Article title, first non-empty match wins. */
  title: readonly string[];
  /** Visible publication stamp; `datetime`/`content` attributes are read before text. */
  date: readonly string[];
  /** The family writes dates month-first (US SharePoint list views). */
  monthFirstDates?: boolean;
  /** Elements holding the author, possibly behind a "Tác giả:" label. */
  author: readonly string[];
  byline?: BylineStyle;
  /** Site name in the page chrome (after og:site_name). */
  site?: readonly string[];
  /** Lead (sapo) outside the body, prepended to it. */
  lead: readonly string[];
  /** Article body container, first match wins. */
  body: readonly string[];
  /** Boilerplate inside the body (or lead), skipped when taking its text. */
  remove: readonly string[];
  /** Removed from the end of the title. */
  titleSuffix?: RegExp;
}

// ---------------------------------------------------------------------------
// Families
// ---------------------------------------------------------------------------

/**
 * Drupal's translation setup appends the language to node titles (seed 003,
 * bacgiang-iza.gov.vn, §2.1).
 * Matches: "Kết nạp 20 đảng viên (Tiếng Việt)". Does not match: "Đảng bộ (mở rộng)".
 */
export const DRUPAL_LANGUAGE_SUFFIX = /\s*\((?:Tiếng Việt|English|Vietnamese)\)\s*$/u;

/** Ordered: on equal detection scores the earlier family wins. */
export const FAMILIES: readonly FamilySelectors[] = [
  {
    name: 'nukeviet4',
    note: 'NukeViet 4.x news module, themes/default/modules/news/detail.tpl: dongnai.gov.vn (v4.5), tinhuybinhphuoc.vn, skhcn.dongnai.gov.vn. §1.3 ✔',
    detect: {
      generator: /NukeViet\s*v?4/iu,
      markers: ['#news-bodyhtml', '.news_column', '.hometext', '#form3B', '.other-news'],
      url: /\/news\/(?:savefile\/|print\/)?[\w-]+\/[\w-]+-\d+\.html?$/u,
    },
    title: ['.news_column h1.title', '.news_column h1[itemprop=headline]', '.news_column h1'],
    // span.h5 in the date row; the hidden datePublished microdata is the edit time in 4.5.
    date: ['.news_column .panel-body > .row span.h5', '.news_column span.h5'],
    author: ['.news_column p.h5.text-right', '.news_column .text-right strong'],
    site: ['span.site_name', '.site_name'],
    lead: ['.news_column div.hometext', '.news_column [itemprop=description]'],
    body: ['#news-bodyhtml', '.news_column div.bodytext'],
    remove: ['.news-download-file', '.news-detail-player', '#newsSendMailModal', '.alert-warning', 'ul.list-inline.text-right'],
  },
  {
    name: 'nukeviet3',
    note: 'NukeViet 3.4 news module: div#news_detail, span.time (two spaces before the time), div#hometext, div.bodytext, p.copyright. §1.3 ✔',
    detect: {
      generator: /NukeViet\s*v?3/iu,
      markers: ['#news_detail', '#hometext', '#imghome', '#stringrating', '.keywords'],
    },
    title: ['#news_detail > h1', '#news_detail h1'],
    date: ['#news_detail span.time', '#news_detail .time'],
    author: ['#news_detail p.author', '#news_detail .author', '#news_detail p[align=right] strong'],
    site: ['span.site_name', '.site_name'],
    lead: ['#news_detail #hometext'],
    body: ['#news_detail div.bodytext', '#news_detail .bodytext'],
    remove: ['#imghome', '.control', 'p.copyright', '#form3B', '#stringrating', '.keywords', 'ul.related'],
  },
  {
    name: 'drupal7',
    note: 'Drupal 7 with the print module: bacgiang-iza.gov.vn (/node/<nid>), "Bản in", "Send by email", "(Tiếng Việt)" title suffix; usually no date. §2.1 ✔/?',
    detect: {
      generator: /Drupal\s*7/iu,
      markers: ['.field-name-body', '#page-title', '.print-page', '.print-mail', '.node-article', '.region-content'],
      url: /\/node\/\d+(?:$|[?#])/u,
    },
    title: ['h1#page-title', 'h1.page-title', '.node h1.title', 'h1.title', '.node h2.title'],
    // (A Vietnamese date field, "Ngày đăng:" under the body, prints through date-display-single.)
    date: ['.node .submitted .date', '.node .submitted', 'div.submitted', '.node span.date', '.field-name-post-date', '.print-submitted', '.field-name-field-ngay-dang .date-display-single', '.field-name-field-ngay-dang', '.field-name-field-ngay-xuat-ban'],
    author: ['.node .submitted .username', '.node .username'],
    site: ['#site-name'],
    // Vietnamese Drupal sites keep the sapo in a field of its own beside the body.
    lead: ['.field-name-field-sapo', '.field-name-field-tom-tat', '.field-name-field-tomtat', '.field-name-field-summary', '.field-name-field-lead', '.field-name-field-mo-ta', '.field-name-field-description'],
    body: ['.node .field-name-body .field-item', '.field-name-body .field-items', '.field-name-body', '.node > .content'],
    remove: [
      '.print-link', '.print-page', '.print-mail', 'span.print_html', 'span.print_mail', 'ul.links', '.field-name-field-tags',
      '.field-type-taxonomy-term-reference', '.language-switcher-locale-url', '.fivestar-widget', '.service-links',
    ],
    titleSuffix: DRUPAL_LANGUAGE_SUFFIX,
  },
  {
    name: 'drupal8',
    note: 'Drupal 8+ core markup (node__content, field--name-body). §2.1 ?',
    detect: {
      generator: /Drupal\s*(?:8|9|1\d)/iu,
      markers: ['.field--name-body', '.node__content', '.block-system-main-block'],
      url: /\/node\/\d+(?:$|[?#])/u,
    },
    title: ['h1.page-title', 'h1 .field--name-title', '.node__title'],
    date: ['.node__meta time', '.node__submitted', '.node__meta'],
    author: ['.node__meta .field--name-uid', '.node__submitted .username'],
    lead: ['.field--name-field-sapo', '.field--name-field-tom-tat', '.field--name-field-tomtat', '.field--name-field-summary', '.field--name-field-lead', '.field--name-field-mo-ta', '.field--name-field-description'],
    body: ['.node__content .field--name-body', '.field--name-body'],
    remove: ['.links.inline', '.node__links', '.field--name-field-tags', '.field--type-entity-reference'],
    titleSuffix: DRUPAL_LANGUAGE_SUFFIX,
  },
  {
    name: 'liferay',
    note: 'Liferay Asset Publisher full content (bacgiang.gov.vn /-/asset_publisher/…, danang.gov.vn, tapchicongsan.org.vn, VNPT eportal). URL shapes ✔ §2.2; the asset-* class names are Liferay 6/7 defaults ?',
    detect: {
      markers: ['.portlet-boundary', '.asset-full-content', '.journal-content-article', '.portlet-asset-publisher', '.taglib-social-bookmarks'],
      url: /\/-\/asset_publisher\/|\/web\/guest\/|[?&]p_p_id=|\/-\/news\/\d+\//u,
    },
    // (Liferay 6's asset publisher prints the full content's title in a "taglib-header" just before it.)
    // (VNPT's "chitiettintuc" portlet on Liferay portals prints title-detail, date-detail, sapo-detail, content-detail.)
    // (Other VNPT portals print title-news, info-news with its ngay-dang, sapo-news, then "Tin liên quan" in tin-lien-quan.)
    title: ['.asset-full-content .header-title', '.news-detail .title-news', '.asset-full-content h3', '.asset-title', '.taglib-header .header-title', '.journal-content-article h1', '.news-detail .title-detail'],
    // (Some portals print the date as the last item of the breadcrumb.)
    date: ['.asset-full-content .metadata-publish-date', '.metadata-publish-date', '.asset-metadata .metadata-entry', '.asset-meta .ngay-dang', '.news-detail .info-news .ngay-dang', '.asset-full-content .news-date', '.asset-full-content .date', '.news-detail .date-detail .date', '.breadcrumb .news-date'],
    author: ['.asset-full-content .metadata-author', '.metadata-author'],
    lead: ['.asset-full-content .asset-summary', '.news-detail .sapo-detail', '.news-detail .sapo-news'],
    body: ['.asset-full-content .journal-content-article', '.asset-full-content .asset-content', '.journal-content-article', '.news-detail .content-detail'],
    remove: [
      '.taglib-ratings', '.asset-ratings', '.taglib-social-bookmarks', '.asset-links', '.taglib-asset-links',
      '.taglib-discussion', '.asset-more', '.print-action', '.asset-categorization', '.asset-tags', '.tin-lien-quan',
    ],
  },
  {
    name: 'sharepoint',
    note: 'SharePoint portals: binhduong.gov.vn, bencat.binhduong.gov.vn, tinhuybinhduong.vn (DispForm.aspx, "28/11/2023 | Ban Nội chính", unrendered {{ getLanguage(…) }} templates), dpidongnai.gov.vn. §2.3 ✔; the news-* class names are ?',
    detect: {
      generator: /Microsoft\s*SharePoint/iu,
      markers: ['#s4-workspace', '#s4-bodyContainer', '.ms-rtestate-field', '#DeltaPlaceHolderMain', '.ms-webpart-zone', '.news-detail'],
      url: /\/(?:Lists|Pages)\/[^/]+(?:\/[^/]+)?\.aspx/iu,
    },
    title: ['.news-detail h1', '.news-detail .news-title', 'h1.news-title', '.ms-rtestate-field h1'],
    date: ['.news-detail .news-date', '.news-detail .date-dept', '.news-date'],
    author: ['.news-detail .news-author', '.news-author'],
    byline: 'right-aligned',
    lead: ['.news-detail .news-sapo', '.news-sapo', '.news-detail .news-summary', '.news-summary'],
    body: ['.news-detail .news-content', '.news-content', '.ms-rtestate-field', '[class^="ExternalClass"]'],
    remove: ['.news-tools', '.tool-bar', '.ms-hide', '.other-news', '.feedback', '.news-share', '.noindex'],
  },
  {
    name: 'aspnet',
    note: 'ASP.NET / DNN portals: old haiphong.gov.vn (div.divDetail_DateCreate, "dd/mm/YYYY - HH:MM") ~[C2], old binhthuan.gov.vn (div.PostDate, div.ArticleContent) ~[C2], DNN vinhphuctv.vn. §2.3–2.4',
    detect: {
      markers: ['#__VIEWSTATE', '#aspnetForm', '.divDetail_DateCreate', '.divDetail_Content', '.ArticleContent', '.PostDate', '.DnnModule'],
      url: /\.aspx(?:$|[?#])|\/ViewDetail\/|\/Portal\/Default\.aspx/iu,
    },
    // (Home-made WebForms portals name their blocks in Vietnamese, TieuDe/NgayDang/TomTat/NoiDung, and keep
    // the server ids of their labels: "ctl00_ContentPlaceHolder1_lblTieuDe".)
    title: ['.divDetail_Title', '.ArticleTitle', '.ArticleHeader h1', '.DnnModule h1.title', 'h1.edn_articleTitle', 'h1.title', '[id$="_lblTieuDe"]', '.TieuDe'],
    date: ['.divDetail_DateCreate', '.PostDate', '.ArticleDate', '.edn_articleDate', '.news-date', '[id$="_lblNgayDang"]', '.NgayDang'],
    author: ['.divDetail_Author', '.ArticleAuthor', '.PostAuthor'],
    byline: 'right-aligned',
    // (DNN's EasyDNNnews module: h1.edn_articleTitle, span.edn_articleDate, div.edn_articleSummary, div.edn_articleContent.)
    lead: ['.divDetail_Summary', '.ArticleSummary', '.ArticleLead', '.TomTat', '.edn_articleSummary'],
    body: ['.divDetail_Content', '.ArticleContent', '.edn_articleContent', '.DNNModuleContent .Normal', '.NoiDung'],
    remove: ['.divDetail_Tools', '.ArticleRating', '.ArticleTools', '.print', '.rating', '.divDetail_Other'],
  },
  {
    name: 'wordpress',
    note: 'WordPress themes (entry-title, entry-content, time.entry-date.published); Yoast JSON-LD. §2.6 ✔ core / ? theme',
    detect: {
      generator: /WordPress/iu,
      markers: ['.entry-content', '.entry-title', '#wpadminbar', '.wp-block-image', '.single-post'],
      url: /\/\d{4}\/\d{2}\/[^/]+(?:\.html|\/)$/u,
    },
    title: ['h1.entry-title', 'article h1', '.td-post-title h1', '.post h1'],
    // (Blogger shares the hentry markup and dates its posts in "h2.date-header".)
    date: ['time.entry-date.published', '.entry-meta time', '.posted-on time', '.td-post-date time', '.entry-date', 'h2.date-header'],
    author: ['.entry-meta .author .fn', '.byline .author a', '.author.vcard a', '.td-post-author-name a'],
    lead: [],
    body: ['article .entry-content', '.entry-content', '.td-post-content'],
    remove: [
      '.sharedaddy', '.jp-relatedposts', '.addtoany_share_save_container', '.a2a_kit', '.yarpp-related', '.post-tags', '.tags-links',
      'nav.post-navigation', '.wp-block-buttons', '#comments', '.entry-footer', '.td-post-sharing', '.td-post-source-tags',
    ],
  },
  {
    name: 'news_a_id',
    note: 'Provincial papers with /<slug>-a<id>.html: baocantho.com.vn (span.pubdate "08/01/2026 - 18:21", div#newscontents > div.content-fck, right-aligned byline), baotayninh.vn (h4.sapo), baodongthap.vn, baobinhduong.vn, baolongan.vn, baovinhlong subsites. §2.5 ✔',
    detect: {
      markers: ['#newscontents', '.content-fck', '.pubdate', '.sharemxh', '.block_tag', '.titlecate'],
      url: /-a\d+\.html(?:$|[?#])/u,
    },
    // The breadcrumb is also an h1 (div.titlecate > h1 > a): skip it.
    title: ['h1.title-detail', '#newscontents h1', 'h1:not(.titlecate > h1)'],
    date: ['.sharemxh span.pubdate', 'span.pubdate', '.pubdate'],
    author: [],
    byline: 'right-aligned',
    lead: ['h4.sapo', '.sapo'],
    body: ['div#newscontents div.content-fck', '#newscontents .content-fck-font-size', '#newscontents'],
    remove: ['.sharemxh', '.block_tag', '#comment', '.detail-related', '.tieudiem', '.print', '.zalo-share-button', '.fb-share-button'],
  },
  {
    name: 'news_yyyymm',
    note: 'Papers with /<cat>/<YYYYMM>/<slug>-<id>/: baodongnai.com.vn (old "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)", "(ĐN) -"; now .td-post-content), baoquangbinh.vn "(QBĐT) -", baodaklak.vn (div.article_content div#content, div.date), baokhanhhoa, baothainguyen. §2.5 ✔',
    detect: {
      markers: ['.td-post-content', '.article_content', '.content-detail', '.time-update'],
      url: /\/\d{6}\/[^/]+-(?:\d{6,8}|[0-9a-f]{7})\/?$/u,
    },
    title: ['h1.td-post-title', '.td-post-header h1', '.article_content h1', 'h1.article-title', 'h1.title'],
    date: ['.td-post-date', '.time-update', '.article_content .date', 'div.date', '.post-date'],
    author: ['.td-post-author-name a', '.article_content .author'],
    byline: 'right-aligned',
    lead: ['.td-post-sub-title', '.article_content .sapo', 'h2.sapo', '.sapo'],
    body: ['div#content.content-detail .td-post-content', '.td-post-content', 'div.article_content div#content', 'div.article_content .content', 'div.article_content'],
    remove: ['.td-post-sharing', '.td-post-source-tags', '.td-related-row', '.td_block_related_posts', '.tags', '.related', '.share-box'],
  },
  {
    name: 'news_cms',
    note: '"cms" markup with -post<id>.html: baohatinh.vn (a.cms-link), baogialai.com.vn, baolaocai.vn, baosonla.vn, nhandan.vn, vietnamplus.vn; body div.article__body.zce-content-body.cms-body, title h1.article__title.cms-title. §2.5 ✔ (meta/sapo classes ?)',
    detect: {
      markers: ['.cms-body', '.article__body', '.article__title', '.cms-title', '.zce-content-body'],
      url: /-post\d+\.html(?:$|[?#])/u,
    },
    title: ['h1.article__title', 'h1.cms-title', '.article__header h1'],
    date: ['.article__meta time', '.article__meta .time', '.article__meta .date', 'time.time'],
    author: ['.article__author .name', '.article__author', '.author-name'],
    lead: ['.article__sapo', '.cms-desc'],
    body: ['div.article__body.cms-body', 'div.article__body'],
    remove: ['.article__tag', '.article__social', '.related-news', '.box-related', '.cms-related', '.social-share', '.box-tag', '.article__related'],
  },
  {
    name: 'b_maincontent',
    note: '"b-maincontent" markup: hanoimoi.vn, baohaiphong.vn, baodanang.vn, baonghean.vn; body div.b-maincontent .entry, sapo p.sc-longform-header-sapo. §2.5 ✔ (title/date classes ?)',
    detect: {
      markers: ['.b-maincontent', '.sc-longform-header-sapo', '.b-grid__title', '.sc-longform-header-title'],
      url: /-(?:event)?\d+\.html(?:$|[?#])/u,
    },
    title: ['h1.sc-longform-header-title', '.sc-longform-header h1', 'h1.b-detail__title'],
    date: ['.sc-longform-header-date', '.sc-longform-header-meta time', '.b-maincontent .time'],
    author: ['.sc-longform-header-author', '.b-maincontent .author'],
    lead: ['p.sc-longform-header-sapo', '.sc-longform-header-sapo'],
    body: ['div.b-maincontent .entry', 'div.b-maincontent'],
    remove: ['.c-box-tags', '.b-related', '.c-share', '.sc-box-related', '.entry-tags', '.b-grid'],
  },
  {
    name: 'hai_phong_portal',
    note: 'thanhphohaiphong.gov.vn/<slug>.html: "Print Thứ Tư, 15/01/2020 08:22 Gốc" date line, "Tiện ích thông tin", "QR Code", "Tin khác", bare last-line author (seed 004). §2.3/§4.2 ✔ strings; class names ?',
    detect: {
      markers: ['.hp-detail', '.hp-detail-date', '.tien-ich', '.qr-code'],
      url: /thanhphohaiphong\.gov\.vn\/[^/]+\.html(?:$|[?#])/u,
    },
    title: ['.hp-detail h1', '.hp-detail .title'],
    date: ['.hp-detail-date', '.hp-detail .date'],
    author: [],
    byline: 'last-line',
    lead: ['.hp-detail-sapo'],
    body: ['.hp-detail-content'],
    remove: ['.tien-ich', '.qr-code', '.tin-khac', '.print', '.goc', '.share'],
  },
  {
    name: 'daitienlang',
    note: 'District radio CMS daitienlang.vn (seed): "Ngày 01/03/2022", "Lượt xem: 16717", "Nguồn: daitienlang.vn", "Ý kiến phản hồi … Captcha", "Tin mới hơn / Tin cũ hơn" pagers. §4.2 ✔ strings; class names ?',
    detect: {
      markers: ['.chitiet-tin', '.luot-xem', '.y-kien-phan-hoi', '.tin-moi-hon', '.tin-cu-hon'],
      url: /daitienlang\.vn\//u,
    },
    title: ['.chitiet-tin h1', '.chitiet-tin .tieu-de'],
    date: ['.chitiet-tin .ngay-dang', '.chitiet-tin .date'],
    author: ['.chitiet-tin .tac-gia'],
    lead: ['.chitiet-tin .tom-tat'],
    body: ['.chitiet-tin .noi-dung'],
    remove: ['.luot-xem', '.nguon-tin', '.y-kien-phan-hoi', '.tin-moi-hon', '.tin-cu-hon', '.phan-trang'],
  },
  {
    name: 'content_detail',
    note: 'baoninhbinh.org.vn (-<15 digits>.html): body #content_detail, title h1 with Tailwind classes. §2.5 ✔',
    detect: { markers: ['#content_detail'], url: /-\d{15}\.html(?:$|[?#])/u },
    title: ['h1.font-bold', 'h1'],
    date: ['.detail-time', '.post-date', 'time'],
    author: ['.detail-author'],
    lead: ['.detail-sapo', '.sapo'],
    body: ['#content_detail'],
    remove: ['.related', '.tags', '.share'],
  },
  {
    name: 'news_details',
    note: 'baobacninhtv.vn (-postid<id>.bbg): sapo div.news_detail_sapo, body .news-details__content.link_content, related .news-related__list. §2.5 ✔',
    detect: { markers: ['.news-details__content', '.news_detail_sapo', '.news-related__list'], url: /-postid\d+\.bbg(?:$|[?#])/u },
    title: ['.news-details__title', 'h1'],
    date: ['.news-details__date', '.news-details__meta time'],
    author: ['.news-details__author'],
    lead: ['div.news_detail_sapo'],
    body: ['.news-details__content.link_content', '.news-details__content'],
    remove: ['.news-related__list', '.news-details__tags', '.news-details__share'],
  },
  {
    name: 'editor_content',
    note: 'baodienbienphu.vn (/tin-bai/<cat>/<slug>): body .editor-content. §2.5 ✔',
    detect: { markers: ['.editor-content'], url: /\/tin-bai\/[^/]+\/[^/]+/u },
    title: ['h1.title-detail', 'h1.post-title', 'h1'],
    date: ['.time-detail', '.post-time', 'time'],
    author: ['.author-detail'],
    lead: ['.sapo-detail', '.sapo'],
    body: ['.editor-content'],
    remove: ['.related', '.tags', '.share'],
  },
  {
    name: 'content_detail_dash',
    note: 'baocaobang.vn (/<Cat>/<slug>-<id>.html): body div#content-detail, lead p > strong. §2.5 ✔',
    detect: { markers: ['#content-detail'] },
    title: ['h1.title-detail', 'h1'],
    date: ['.date-detail', '.time', 'time'],
    author: ['.author'],
    lead: [],
    body: ['div#content-detail'],
    remove: ['.related', '.tags', '.share'],
  },
  {
    name: 'post_content',
    note: 'div.post-content: baocamau.vn ✔; dangcongsan.vn 2019 [C2] (date span.post-subinfo, sapo div.post-summary, tags .post-tag). §2.5, §3.1',
    detect: { markers: ['.post-content', '.post-summary', '.post-subinfo', '.post-tag'] },
    title: ['h1.post-title', '.post-title h1', 'h1'],
    date: ['span.post-subinfo', '.post-subinfo', '.post-date'],
    author: ['.post-author'],
    byline: 'right-aligned',
    lead: ['div.post-summary'],
    body: ['div.post-content'],
    remove: ['.post-tag', '.post-related', '.post-share'],
  },
  {
    name: 'nld_detail',
    note: 'nld.com.vn (-<YYYYMMDDhhmmssmmm>.htm, the id encodes the publish time): title .detail-title, body .detail-content.afcbc-body. §3.1 ✔',
    detect: { markers: ['.afcbc-body', '.detail-title', '.detail-content'], url: /-\d{17}\.htm(?:$|[?#])/u },
    title: ['h1.detail-title', '.detail-title'],
    date: ['.detail-time', '[data-role="publishdate"]', '.date-time'],
    author: ['.detail-author .name', '.author-info .name'],
    lead: ['h2.detail-sapo', '.detail-sapo'],
    body: ['.detail-content.afcbc-body', '.detail-content'],
    remove: ['.detail-tab', '.detail-related', '[type="RelatedNewsBox"]', '.box-tag', '.detail-share'],
  },
];

/**
 * The fallback for layouts none of the families match: a few standard
 * containers, then the density scorer in density-scorer.ts.
 */
/** Sapo blocks of unknown layouts, tried as the lead just before the body (extract-page.ts `_genericLead`). */
// (Last, any block whose class names a sapo, as BEM names it: "div.blc-post__sapo" before "div.blc-post__content".)
export const GENERIC_LEAD: readonly string[] = ['.article-sapo', '.article__sapo', '.detail-sapo', '.sapo', '.chappeau', '.news-sapo', '.article-summary', '.summary', '.lead', 'div[class*="sapo"]', 'p[class*="sapo"]', 'h2[class*="sapo"]'];

export const GENERIC_FAMILY: FamilySelectors = {
  name: 'generic',
  note: 'Unknown layout: schema.org articleBody or <article>, else the density scorer.',
  detect: {},
  title: [],
  // The date cell of the Sphere .cpx portals ("td.Date"). Lower-case ".date" is left out: related lists
  // name their items' dates so (golden 132), and a masthead's "today" has names of its own ("headerdate").
  // ("Ngày đăng: …" cells of old portals; Blogger's "date-header" over each post.)
  date: ['td.Date', '.ngaydang', '.NgayDang', 'h2.date-header'],
  author: ['[itemprop=author] [itemprop=name]', '[rel=author]', '.author'],
  byline: 'right-aligned',
  lead: [],
  body: ['[itemprop=articleBody]', 'article .entry-content', 'article .content'],
  remove: [],
};

/** Detection weights: a generator meta is near-proof, a marker is good evidence, a URL shape is a hint. */
export const DETECTION_WEIGHTS = { generator: 4, marker: 2, url: 2 } as const;

// ---------------------------------------------------------------------------
// Boilerplate inside bodies, for every family
// ---------------------------------------------------------------------------

/** Never article text: skipped in every body and lead. */
export const COMMON_BODY_REMOVE: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'form', 'button', 'input', 'select', 'textarea', 'link', 'meta',
  '[hidden]', '[aria-hidden="true"]', '[style*="display:none"]', '[style*="display: none"]',
  '.fb-like', '.fb-share-button', '.zalo-share-button', '.twitter-share-button',
  // ("Đọc thêm" boxes inside the body, whatever the family calls them: "article__relate-inline", "article__inline-related",
  // "read-more-box", "box-docthem".)
  '[class*="relate"]', '[class*="read-more"]', '[class*="readmore"]', '[class*="docthem"]', '[class*="doc-them"]', '[class*="xemthem"]', '[class*="xem-them"]', '[class*="tinlienquan"]', '[class*="tin-lien-quan"]',
];

/**
 * Extra removals for bodies found by the generic fallback, by class-name
 * substrings typical of share bars, related lists, tags, ratings, counters and
 * comments (§4.2). Only used there, where no family knows the exact classes.
 */
export const GENERIC_BODY_REMOVE: readonly string[] = [
  'nav', 'aside', 'header', 'footer',
  '[class*="share"]', '[class*="social"]', '[class*="related"]', '[class*="relate"]', '[class*="tags"]', '[class*="tag-"]',
  '[class*="rating"]', '[class*="counter"]', '[class*="comment"]', '[class*="breadcrumb"]', '[class*="print"]', '[class*="toolbar"]',
  '[id*="comment"]', '[id*="related"]', '[id*="share"]',
];

/**
 * Skipped when the page's boilerplate text is taken: non-text and invisible
 * elements (NukeViet's hidden microdata spans repeat the URL and edit time).
 */
export const PAGE_NON_TEXT: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'svg', 'head',
  '[hidden]', '.hidden', '.hide', '.d-none', '[style*="display:none"]', '[style*="display: none"]',
];

// ---------------------------------------------------------------------------
// Dates that are not the article's
// ---------------------------------------------------------------------------

/**
 * Masthead "today" stamps and other dates that are not the publication date
 * (NukeViet span.current-time §1.3, baoapbac #current-date ~, vuit.org.vn's
 * header "Thứ sáu, ngày 26 tháng 04 năm 2024" §4.1). The near-title date scan
 * skips them, along with page headers and navigation.
 */
export const NOT_PUBLICATION_DATE: readonly string[] = [
  'span.current-time', '.current-time', '#current-date', '.current-date', '.today', '.date-today', '#today',
  'header:not(article header)', '#header', '.header', 'nav', '.breadcrumbs-wrap', '.breadcrumb',
  '.other-news', '.related', '.detail-related', 'ul.related', 'aside',
];

/** Today's date and lists of other stories: a family's date selector ('.time') never reads inside them. */
// (Liferay's asset publisher lists other stories under "Tin khác" in `.asset-links`, each with its `span.date`.)
export const OTHER_STORY_DATES: readonly string[] = ['.current-time', '.current-date', '#current-date', '.today', '.date-today', '#today', '.other-news', '.list-other-news', '.asset-links', '.tin-lien-quan', '.related', '.detail-related', 'aside'];

/**
 * Containers a generic title h1 may not sit in: logos and navigation print
 * site names as h1. An HTML5 `article > header` is the article's own.
 */
export const NOT_TITLE_CONTAINER: readonly string[] = ['header:not(article header)', '#header', '.header', '.logo', 'nav', '.breadcrumb', '.titlecate'];

// ---------------------------------------------------------------------------
// Metadata sources in <head>
// ---------------------------------------------------------------------------

/** `<meta>` keys (property, name or itemprop, lower-cased) read by the metadata step. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title'],
  published: ['article:published_time', 'og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date.issued'],
  site: ['og:site_name', 'application-name'],
  author: ['author', 'article:author', 'dc.creator'],
  url: ['og:url'],
  generator: ['generator'],
} as const;

/**
 * `"datePublished": "…"` inside JSON-LD, read with a regex rather than
 * JSON.parse because CMS output often has raw newlines in strings.
 * Matches: `"datePublished":"2024-06-02T16:05:00+07:00"`. Does not match: `"dateModified": "…"`.
 */
export const JSON_LD_DATE_PUBLISHED = /"datePublished"\s*:\s*"([^"]{6,40})"/u;

// ---------------------------------------------------------------------------
// Text patterns on lines
// ---------------------------------------------------------------------------

/**
 * An unrendered client-side template (tinhuybinhduong.vn SharePoint, §2.3).
 * Matches: "{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}". Does not match: "{ 1 }".
 */
export const UNRENDERED_TEMPLATE = /\{\{[^{}]{0,300}\}\}/gu;

/**
 * "Tác giả:" label in front of an author name (NukeViet key `author`, §1.1).
 * Matches: "Tác giả: Minh Anh", "Tác giả:Minh Anh". Does not match: "Nguồn tin: Ban Tuyên giáo".
 */
export const AUTHOR_LABEL = /^\s*(?:Tác giả|Người viết|Tác giả bài viết)\s*:\s*/iu;

/**
 * A label that is not an author ("Nguồn tin:", "Nguồn:"): such lines are skipped when looking for the author.
 * Matches: "Nguồn tin: Báo Bình Phước". Does not match: "Tác giả: Minh Anh".
 */
export const NON_AUTHOR_LABEL = /^\s*(?:Nguồn tin|Nguồn|Source)\s*:/iu;

/**
 * Byline labels of newspapers (§4.2).
 * Matches: "Tin, ảnh: P.Y", "Tin-ảnh: K.An", "Bài và ảnh: Thu Hà", "Theo: Báo Cần Thơ". Does not match: "Tin mới hơn".
 */
export const BYLINE_LABEL = /^\s*(?:(?:Tin|Bài|Ảnh|Video)(?:\s*(?:,|-|và|\+)\s*(?:ảnh|Ảnh|video|clip))?|Theo|Thực hiện|Nhóm PV)\s*:\s*/u;

/**
 * The last short line a family treats as a byline (label already removed)
 * must look like a name or initials, not a sentence: no sentence punctuation
 * unless it is initials, at most 60 characters.
 * Matches: "Hoàng Tùng", "P.Y", "K.An", "PV". Does not match:
 * "Đảng ủy đã kết nạp 56 đảng viên mới.", "Xem thêm tại đây!".
 */
export const BYLINE_SHAPE = /^[^.!?]{1,60}$|^(?:[\p{Lu}][\p{L}]{0,3}\.\s?){1,4}[\p{Lu}][\p{L}]*$/u;

/** Right alignment in a style attribute. Matches: "text-align: right", "TEXT-ALIGN:RIGHT". */
export const RIGHT_ALIGNED_STYLE = /text-align\s*:\s*right/iu;

/**
 * Whole lines that are page tools, never article text, dropped from bodies
 * (§4.2 "Generic", NukeViet, Drupal, newspapers). Each matches a full line.
 * Matches: "Cỡ chữ", "A- A A+", "Bản in", "Send by email", "Lượt xem: 16717",
 * "Chia sẻ bài viết", "Từ khóa:". Does not match: "Chia sẻ kinh nghiệm kết nạp đảng viên".
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:Cỡ chữ|Xem với cỡ chữ|Xem cỡ chữ|Font size)\s*:?(?:\s*A[-+]?)*$/iu,
  /^(?:A[-+]?\s*){2,3}$/u,
  /^(?:In bài viết|In bài|In trang|Bản in|Print|Send by email|Gửi email|Gửi bài viết|Gửi cho bạn bè|Chia sẻ bài viết|Chia sẻ|Lên top|Về đầu trang|Quay lại|Đọc tiếp|Xem tiếp\.*)$/iu,
  /^Lượt xem\s*:?\s*[\d.,]+$/iu,
  /^(?:Tags|Từ khóa|Từ khoá)\s*:?$/iu,
  /^(?:Tương phản|Độ tương phản)$/iu,
  // Links to other stories set inside the body: "Xem thêm: Thanh Hóa kết nạp 5.200 đảng viên năm 2023".
  /^[\s>»•]*(?:Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan)\s*:\s*\S/iu,
];

// ---------------------------------------------------------------------------
// Generic density scorer (a small readability-like heuristic)
// ---------------------------------------------------------------------------

/**
 * Class/id hints that a block is page chrome, not content, and hints that
 * override them. Matches: "sidebar", "footer-links", "box-related". Does not
 * match: "article-body".
 */
export const UNLIKELY_CONTAINER = /comment|footer|header|menu|\bnav|sidebar|related|share|social|banner|breadcrumb|counter|thongke|quangcao|advert|\bads?\b|widget|tags?\b|rating|lienket|weblink/iu;
/** Matches: "article-body", "main-content", "noidung", "chitiet". Does not match: "sidebar". */
export const LIKELY_CONTAINER = /article|body|content|entry|main|post|story|detail|noidung|noi-dung|chitiet|chi-tiet/iu;

/** Paragraph-ish blocks shorter than this are not scored. */
export const MIN_SCORED_TEXT = 25;
/** Elements scored as candidate containers. */
export const CANDIDATE_TAGS: ReadonlySet<string> = new Set(['div', 'article', 'section', 'main', 'td']);

// ---------------------------------------------------------------------------
// Text layout
// ---------------------------------------------------------------------------

/** Elements that end a line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html',
]);

/** Table cells: kept on their row's line, separated by a space so figures do not glue to labels. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose content is never text. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'title', 'select', 'textarea', 'button',
]);

/** Cap on PageContent.boilerplate: the start (masthead, menus) and end (footer with the owning agency) are kept. */
export const BOILERPLATE_MAX_CHARS = 4000;
export const BOILERPLATE_HEAD_CHARS = 2500;
