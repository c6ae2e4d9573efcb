/**
 * The cues province detection reads around and beside place names, as named
 * data: patterns for outlet tags, hosts, source lines and the 2025 merger,
 * and the words that make a following name a place, a street, a commune or a
 * person. Nothing here runs; the scanners compile nothing per article.
 */

// ---------------------------------------------------------------------------
// Patterns.

/**
 * An outlet tag at the head of a line: "(CTTĐTBP) - …", "(CTO) - …",
 * "(Baonghean.vn) - …", or unbracketed capitals "BPO - …", "GLO - …".
 * Group 1 is a bracketed tag, group 2 an unbracketed one. Run on the few
 * lines up to the lead only.
 * Matches: "(ĐN)- Sáng 3/5", "BQNg - Chiều 2/6". Does not match: "Sáng - ", "Chủ nhật - 02/06/2024".
 */
export const SOURCE_TAG_AT_LINE_START = /^\s*(?:\(\s*([^()\n]{2,40}?)\s*\)\s*[-–—:]?|([A-ZĐ][A-Za-zĐđ]{1,9})\s*[-–—]\s)/u;

/**
 * A host name in text, with or without scheme: "daitienlang.vn",
 * "https://baobinhduong.vn/…", "ldld@tphcm.gov.vn". Starts only at a word
 * start (the look-behind), so the single `*` scans each word once.
 * Matches: "Nguồn: daitienlang.vn". Does not match: "TP.HCM", "02.06.2024".
 */
export const HOST_IN_TEXT = /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?([A-Za-z0-9][A-Za-z0-9.-]*\.(?:vn|com|org|net|info))(?![A-Za-z0-9_-])/gu;

/** Top-level domains worth looking for, each right after a dot (".vn"); the host regex runs only if one occurs. */
export const HOST_TOP_LEVEL_DOMAINS: readonly string[] = ['vn', 'com', 'org', 'net', 'info'];

/**
 * The head of a line that credits a source: hosts on it weigh like the URL.
 * Matches: "Nguồn: daitienlang.vn", "Theo baobinhduong.vn". Does not match: "Người theo dõi".
 */
/**
 * The name of a national outlet in a page's chrome (masthead, footer): its address and menus say where
 * the outlet sits, not what the article is about, so chrome counts for no province
 * (SITES.md §3.1). Matches "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", "Thông tấn xã Việt Nam"; not "Cổng thông tin
 * điện tử tỉnh Bình Phước". A name must not follow a letter: the caller checks that on each match
 * (`letterBefore`), since a leading look-behind would make V8 try the whole alternation at every position.
 */
export const NATIONAL_OUTLET_CHROME = /(?:báo điện tử đảng cộng sản việt nam|báo nhân dân|nhân dân điện tử|tạp chí cộng sản|tạp chí xây dựng đảng|báo lao động|lao động điện tử|báo người lao động|thông tấn xã việt nam|báo tin tức|vietnamplus|đài tiếng nói việt nam|báo quân đội nhân dân|báo tuổi trẻ|báo thanh niên|vnexpress|báo điện tử chính phủ|đài truyền hình việt nam)(?![\p{L}])/iu;

export const SOURCE_LINE = /^\s*(?:nguồn|theo|source)(?![\p{L}])/iu;

/**
 * What follows a place name when an article written after the 2025 merger
 * tells the old province from the new one: "Bình Phước (cũ)", "tỉnh Sóc Trăng
 * trước đây", "tỉnh Gia Lai (mới)". Group 1 is "cũ" or "mới" in brackets,
 * group 2 a bare "cũ" or "trước đây". Run on the few characters after a match.
 * Matches: " (cũ), là", " trước đây". Does not match: " cũng", " mới đây".
 */
export const ERA_MARK_AFTER = /^\s*(?:\(\s*(cũ|mới)\s*\)|(cũ|trước đây)(?![\p{L}]))/iu;

/** How many characters after a match `ERA_MARK_AFTER` looks at. */
export const ERA_MARK_WINDOW = 16;

/**
 * Signs that an article was written after the 2025 merger, when a merged
 * unit's name ("Đồng Nai", "Cần Thơ", "Gia Lai") may mean the new unit:
 * "(mới)"/"(cũ)", "chính quyền địa phương hai cấp", "sau (khi) hợp nhất /
 * sáp nhập / sắp xếp", "hợp nhất hai tỉnh", "lần thứ I, nhiệm kỳ 2025".
 * Matches: "Sau khi hợp nhất hai tỉnh Gia Lai và Bình Định". Does not match:
 * "Đại hội lần thứ XI, nhiệm kỳ 2020-2025".
 */
export const POST_MERGER_CUE = /\((?:mới|cũ)\)|(?:hai|2) cấp|(?:sau|từ) (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp)|hợp nhất (?:hai|ba) tỉnh|lần thứ I,? nhiệm kỳ 2025/iu;

// ---------------------------------------------------------------------------
// Cue words around a name, compared on the lower-cased token (both tone styles where it matters).

/** Which level a type word names: "tỉnh" a province, "huyện" a district, "thành phố" either. */
export type TypeLevel = 'province' | 'district' | 'either';

/**
 * Words that make a following name a place, and of which level: "tỉnh Bình
 * Phước", "huyện Hòa Bình" (the district of Bạc Liêu, not the province),
 * "TP. Vinh". One word or two ("thành phố", "Huyện ủy", "huyện đảo"); both
 * tone styles of "ủy".
 */
export const TYPE_WORDS: ReadonlyMap<string, TypeLevel> = new Map<string, TypeLevel>([
  ['tỉnh', 'province'], ['tỉnh ủy', 'province'], ['tỉnh uỷ', 'province'],
  ['huyện', 'district'], ['quận', 'district'], ['tx', 'district'], ['thị xã', 'district'], ['thị trấn', 'district'],
  ['huyện đảo', 'district'], ['huyện ủy', 'district'], ['huyện uỷ', 'district'], ['quận ủy', 'district'],
  ['quận uỷ', 'district'], ['thị ủy', 'district'], ['thị uỷ', 'district'],
  ['thành phố', 'either'], ['tp', 'either'], ['thành ủy', 'either'], ['thành uỷ', 'either'],
]);

/** Words after which a name is a street, not a place: "đường Điện Biên Phủ", "phố Hai Bà Trưng", "Quốc lộ". */
export const STREET_WORDS: ReadonlySet<string> = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'lộ']);

/** Commune-level words: "xã Hòa Bình", "phường Tân An" name a commune elsewhere, not the district or province. */
export const COMMUNE_WORDS: ReadonlySet<string> = new Set(['xã', 'phường', 'ấp', 'thôn', 'bản', 'khóm', 'xóm', 'làng']);

/**
 * Directions that extend a place name into a ward's ("phường Quy Nhơn Đông",
 * 2025) without making it another proper name, unlike "Tân Sơn Nhất".
 */
export const DIRECTIONS: ReadonlySet<string> = new Set(['đông', 'tây', 'nam', 'bắc']);

/** Forms of address before a person's name: "đồng chí Vinh", "bà Huế". */
export const HONORIFICS: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'thầy', 'chí']);

/**
 * Surnames and the commonest middle names. A place name right after one of
 * these is part of a person's name: "Nguyễn Thị Hà Giang", "Nguyễn Văn Lâm".
 */
export const PERSON_NAME_PARTS: ReadonlySet<string> = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'đinh', 'trịnh', 'lương', 'đoàn', 'lâm', 'mai', 'cao', 'tạ', 'triệu', 'thị', 'văn', 'hữu',
]);
