/**
 * URLs no adapter ever fetches, as named patterns (each with an example it
 * must match and one it must not). Family adapters add their own on top.
 */
import type { DropReason } from './types.js';

/**
 * Attachments: documents and archives linked from articles ("Tài liệu đính kèm").
 * Matches "/documents/20181/1041/bao-cao.pdf?t=1700", "/uploads/news/2024_06/qd.docx".
 * Does not match "/tin-tuc/585-chu-tich.aspx", "/vi/news/pdf-moi-5229.html".
 */
export const ATTACHMENT_PATH = /\.(?:pdf|docx?|xlsx?|pptx?|rtf|odt|ods|zip|rar|7z|gz|tar|mp3|mp4|avi|wmv|flv|mov|exe|apk)$/iu;

/**
 * Images and icons.
 * Matches "/uploads/news/2024_06/a-1.jpg", "/favicon.ico", "/x.webp".
 * Does not match "/vi/news/anh-dep-5229.html".
 */
export const IMAGE_PATH = /\.(?:jpe?g|png|gif|bmp|webp|svg|ico|tiff?)$/iu;

/**
 * Site search pages and search parameters.
 * Matches "/vi/seek/?q=x", "/vi/news/search/?q=x", "/search/node/x", "/?s=x", "/tim-kiem/dang-vien.html", "/page/search?keyword=x".
 * Does not match "/vi/news/tim-hieu-5229.html", "/research-x".
 */
export const SEARCH_PATH = /(?:^|\/)(?:seek|search|tim-kiem|timkiem|osssearchresults\.aspx)(?:\/|\.|$)/iu;
export const SEARCH_PARAMS: readonly string[] = ['s', 'q', 'keyword', 'keywords', 'searchtext', 'k'];

/**
 * Login, registration and account pages.
 * Matches "/user/login", "/wp-login.php", "/dang-nhap", "/web/guest/dang-nhap", "/users/register/", "/_layouts/15/Authenticate.aspx".
 * Does not match "/tin-tuc/dang-nhap-khau-5229.html".
 */
export const LOGIN_PATH = /(?:^|\/)(?:user|users|wp-login\.php|dang-nhap|dang-ky|login|logout|register|signin|authenticate\.aspx)(?:\/|$)/iu;

/**
 * Back offices.
 * Matches "/admin/", "/wp-admin/", "/administrator/index.php", "/_vti_bin/x".
 * Does not match "/tin-tuc/admin-5229.html".
 */
export const ADMIN_PATH = /(?:^|\/)(?:admin|wp-admin|administrator|_vti_bin|_catalogs|cpanel)(?:\/|$)/iu;

/**
 * Comment forms and endpoints.
 * Matches "/comment", "/comment/reply/12", "/wp-comments-post.php".
 * Does not match "/binh-luan-cua-bao-5229.html".
 */
export const COMMENT_PATH = /(?:^|\/)(?:comment|comments|wp-comments-post\.php)(?:\/|$)/iu;

/** Non-page schemes and pseudo-links. Matches "javascript:void(0)", "mailto:a@b.vn", "tel:0123". Not "https://x.vn/". */
export const NON_PAGE_HREF = /^\s*(?:javascript|mailto|tel|data|ftp|file|sms|zalo|viber):/iu;

/** The reason a URL is dropped by the rules shared by all families, or null. */
export function genericDropReason(url: URL): DropReason | null {
  const path = url.pathname;
  if (IMAGE_PATH.test(path)) return 'image';
  if (ATTACHMENT_PATH.test(path)) return 'attachment';
  if (LOGIN_PATH.test(path)) return 'login';
  if (ADMIN_PATH.test(path)) return 'admin';
  if (SEARCH_PATH.test(path)) return 'search';
  if (COMMENT_PATH.test(path)) return 'comment';
  for (const key of url.searchParams.keys()) if (SEARCH_PARAMS.includes(key.toLowerCase())) return 'search';
  return null;
}
