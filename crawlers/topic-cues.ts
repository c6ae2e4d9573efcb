/**
 * The topic filter's vocabulary: what makes a page about Party, trade-union or
 * youth-union development in enterprises and workplaces, and what marks the
 * usual off-topic news of a provincial site. Data only; `topic-filter.ts`
 * scores with it.
 *
 * Each cue has a weight (how sure a single mention makes us), one example it
 * must match and one it must not (checked by test/topic-filter.test.ts).
 * Patterns run on NFC text with new-style tone marks ("ủy", not "uỷ"; see
 * extract/normalize-text.ts). Words match case-insensitively; abbreviations
 * (KCN, CĐCS, LĐLĐ, TCCSĐ) only in capitals, because "kcn" in lower case is
 * more often part of a URL or a slug than the word.
 */

export const CUE_GROUPS = ['party', 'union', 'youth', 'workplace'] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

export const OFF_TOPIC_CATEGORIES = ['sport', 'weather', 'traffic', 'prices', 'lottery', 'showbiz'] as const;
export type OffTopicCategory = (typeof OFF_TOPIC_CATEGORIES)[number];

export interface TopicCue {
  /** Shown in the filter's reason and `cues`: "đảng viên", "CĐCS". */
  label: string;
  pattern: RegExp;
  weight: number;
  /** A phrase the pattern must match… */
  example: string;
  /** …and one it must not. */
  counterExample: string;
}

export interface OnTopicCue extends TopicCue {
  group: CueGroup;
}

export interface OffTopicCue extends TopicCue {
  category: OffTopicCategory;
}

/** Letters or digits must not touch the cue: "chi bộ" yes, "chi bội" no. Works on Vietnamese letters (u flag, \p{L}). */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** A case-insensitive word cue; spaces in `words` match any run of spaces (line breaks in scraped text). */
function words(text: string): RegExp {
  return new RegExp(`${BEFORE}(?:${text.replaceAll(' ', '\\s+')})${AFTER}`, 'giu');
}

/** A case-sensitive abbreviation cue. */
function abbreviation(text: string): RegExp {
  return new RegExp(`${BEFORE}(?:${text})${AFTER}`, 'gu');
}

// ---------------------------------------------------------------- on-topic

export const ON_TOPIC_CUES: readonly OnTopicCue[] = [
  // Party: recruitment and base organisations, the core of the project.
  { group: 'party', label: 'kết nạp', pattern: words('kết nạp'), weight: 3, example: 'đã kết nạp 141 đảng viên', counterExample: 'kết nối giao thương' },
  { group: 'party', label: 'phát triển đảng viên', pattern: words('phát triển đảng viên'), weight: 3, example: 'công tác phát triển đảng viên mới', counterExample: 'phát triển đảng bộ' },
  { group: 'party', label: 'đảng viên', pattern: words('đảng viên'), weight: 3, example: 'gần 6.900 đảng viên', counterExample: 'Đảng và Nhà nước' },
  { group: 'party', label: 'chi bộ', pattern: words('chi bộ'), weight: 2, example: 'thành lập 6 chi bộ', counterExample: 'chi bội thu' },
  { group: 'party', label: 'tổ chức đảng', pattern: words('tổ chức (?:cơ sở )?đảng'), weight: 3, example: 'xây dựng tổ chức cơ sở đảng', counterExample: 'tổ chức đại hội' },
  { group: 'party', label: 'TCCSĐ', pattern: abbreviation('TCCSĐ'), weight: 3, example: 'có 38 TCCSĐ', counterExample: 'TCCS' },
  { group: 'party', label: 'Đảng ủy Khối doanh nghiệp', pattern: words('đảng (?:ủy|bộ) khối (?:các )?doanh nghiệp'), weight: 3, example: 'Đảng ủy Khối Doanh nghiệp tỉnh', counterExample: 'Đảng ủy Khối cơ quan' },
  { group: 'party', label: 'Kết luận 80', pattern: /(?<![\p{L}\p{N}])(?:Kết luận (?:số )?80|80-KL\/TW)(?![\p{N}])/giu, weight: 3, example: 'thực hiện Kết luận số 80-KL/TW', counterExample: 'Kết luận 180' },
  { group: 'party', label: 'ưu tú cho Đảng', pattern: words('(?:quần chúng|công nhân|đoàn viên) ưu tú'), weight: 2, example: 'giới thiệu đoàn viên ưu tú cho Đảng', counterExample: 'học sinh ưu tú' },
  { group: 'party', label: 'đảng bộ', pattern: words('đảng bộ'), weight: 1, example: 'Đảng bộ Khối có 132 tổ chức', counterExample: 'đảng bảo' },
  { group: 'party', label: 'cấp ủy', pattern: words('cấp ủy'), weight: 1, example: 'các cấp ủy quan tâm', counterExample: 'cấp ủng hộ' },
  { group: 'party', label: 'xây dựng Đảng', pattern: words('xây dựng đảng'), weight: 1, example: 'công tác xây dựng Đảng', counterExample: 'xây dựng đường' },

  // Trade unions: members and base unions in enterprises.
  { group: 'union', label: 'công đoàn cơ sở', pattern: words('công đoàn cơ sở'), weight: 3, example: 'thành lập 900 công đoàn cơ sở', counterExample: 'công đoàn ngành' },
  { group: 'union', label: 'CĐCS', pattern: abbreviation('CĐCS'), weight: 3, example: '3.952 CĐCS', counterExample: 'CĐ' },
  { group: 'union', label: 'đoàn viên công đoàn', pattern: words('đoàn viên công đoàn'), weight: 3, example: '100.000 đoàn viên công đoàn', counterExample: 'đoàn viên thanh niên' },
  { group: 'union', label: 'phát triển đoàn viên', pattern: words('phát triển (?:mới )?(?:được )?(?:(?:hơn|gần|trên|thêm) )?(?:\\p{N}[\\p{N}.,]* )?đoàn viên'), weight: 3, example: 'phát triển mới hơn 46.000 đoàn viên', counterExample: 'phát triển đoàn thể' },
  { group: 'union', label: 'Liên đoàn Lao động', pattern: words('liên đoàn lao động'), weight: 2, example: 'Liên đoàn Lao động tỉnh', counterExample: 'liên đoàn bóng đá' },
  { group: 'union', label: 'LĐLĐ', pattern: abbreviation('LĐLĐ'), weight: 2, example: 'LĐLĐ TP HCM', counterExample: 'LĐ' },
  { group: 'union', label: 'công đoàn', pattern: words('công đoàn'), weight: 1, example: 'các cấp công đoàn', counterExample: 'công đoạn sản xuất' },
  { group: 'union', label: 'đoàn viên', pattern: words('đoàn viên'), weight: 1, example: '884.750 đoàn viên', counterExample: 'đoàn viếng thăm' },

  // Youth union and mass organisations in enterprises.
  { group: 'youth', label: 'chi đoàn', pattern: words('chi đoàn'), weight: 2, example: 'chi đoàn doanh nghiệp', counterExample: 'chỉ đoàn kết mới thắng' },
  { group: 'youth', label: 'Đoàn Thanh niên', pattern: words('đoàn thanh niên|đoàn TNCS'), weight: 1, example: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', counterExample: 'đoàn thanh tra' },
  { group: 'youth', label: 'đoàn thể', pattern: words('đoàn thể'), weight: 1, example: 'tổ chức đảng, đoàn thể trong doanh nghiệp', counterExample: 'đoàn thuyền' },

  // Workplace context: where the organisations are built.
  { group: 'workplace', label: 'doanh nghiệp ngoài nhà nước', pattern: words('(?:doanh nghiệp )?ngoài (?:khu vực )?nhà nước'), weight: 3, example: 'doanh nghiệp ngoài khu vực nhà nước', counterExample: 'doanh nghiệp nhà nước' },
  { group: 'workplace', label: 'doanh nghiệp tư nhân', pattern: words('doanh nghiệp tư nhân|kinh tế tư nhân'), weight: 2, example: 'trong doanh nghiệp tư nhân', counterExample: 'doanh nghiệp tư vấn' },
  { group: 'workplace', label: 'doanh nghiệp FDI', pattern: /(?<![\p{L}\p{N}])(?:doanh nghiệp FDI|có vốn đầu tư nước ngoài)(?![\p{L}\p{N}])/giu, weight: 1, example: 'doanh nghiệp có vốn đầu tư nước ngoài', counterExample: 'vốn đầu tư công' },
  { group: 'workplace', label: 'doanh nghiệp', pattern: words('doanh nghiệp'), weight: 1, example: '1.900 doanh nghiệp đang hoạt động', counterExample: 'doanh nhân' },
  { group: 'workplace', label: 'khu công nghiệp', pattern: words('(?:khu|cụm) công nghiệp'), weight: 1, example: 'các khu công nghiệp', counterExample: 'ngành công nghiệp' },
  { group: 'workplace', label: 'KCN', pattern: abbreviation('(?:KCN|KKT|CCN)'), weight: 1, example: 'KCN Phúc Điền', counterExample: 'KC' },
  { group: 'workplace', label: 'khu kinh tế', pattern: words('khu kinh tế'), weight: 1, example: 'Khu kinh tế Nghi Sơn', counterExample: 'kinh tế tư nhân' },
  { group: 'workplace', label: 'công nhân', pattern: words('công nhân(?: lao động)?'), weight: 1, example: 'công nhân trực tiếp sản xuất', counterExample: 'công nhận' },
  { group: 'workplace', label: 'người lao động', pattern: words('người lao động'), weight: 1, example: 'chăm lo cho người lao động', counterExample: 'ngày lao động' },
  { group: 'workplace', label: 'hợp tác xã', pattern: words('hợp tác xã'), weight: 1, example: 'doanh nghiệp, hợp tác xã', counterExample: 'hợp tác quốc tế' },
];

// ---------------------------------------------------------------- off-topic

export const OFF_TOPIC_CUES: readonly OffTopicCue[] = [
  { category: 'sport', label: 'bóng đá', pattern: words('bóng đá'), weight: 3, example: 'giải bóng đá nữ', counterExample: 'bóng đèn' },
  { category: 'sport', label: 'vô địch', pattern: words('vô địch|chức vô địch'), weight: 2, example: 'giành chức vô địch', counterExample: 'vô địa' },
  { category: 'sport', label: 'cầu thủ', pattern: words('cầu thủ|thủ môn|tiền đạo|vua phá lưới'), weight: 2, example: 'các cầu thủ nhận cúp', counterExample: 'cầu thang' },
  { category: 'sport', label: 'trận đấu', pattern: words('trận (?:đấu|chung kết|bán kết)|tỷ số \\d+-\\d+'), weight: 2, example: 'trong trận chung kết', counterExample: 'trận mưa' },
  { category: 'sport', label: 'thể thao', pattern: words('thể thao|huy chương|SEA Games|V-League'), weight: 2, example: 'đoàn thể thao tỉnh', counterExample: 'thể thức' },
  { category: 'weather', label: 'thời tiết', pattern: words('thời tiết|khí tượng(?: thủy văn)?|dự báo mưa'), weight: 2, example: 'Đài Khí tượng thủy văn tỉnh', counterExample: 'thời gian' },
  { category: 'weather', label: 'mưa lớn', pattern: words('mưa (?:lớn|to|rất to|dông|rào)|dông lốc|áp thấp|bão số \\d+|nắng nóng|rét đậm|không khí lạnh|triều cường'), weight: 2, example: 'mưa lớn kéo dài', counterExample: 'mua lớn' },
  { category: 'traffic', label: 'tai nạn giao thông', pattern: words('tai nạn giao thông|va chạm giữa|ùn tắc|ùn ứ|nồng độ cồn'), weight: 2, example: 'vụ tai nạn giao thông', counterExample: 'an toàn giao thông đường thủy' },
  { category: 'prices', label: 'giá cả', pattern: words('giá (?:xăng|dầu|vàng|heo|lợn|lúa|gạo|cà phê|tiêu|cao su|sầu riêng)|tỷ giá|chứng khoán'), weight: 2, example: 'giá xăng giảm', counterExample: 'đánh giá' },
  { category: 'lottery', label: 'xổ số', pattern: words('xổ số|giải đặc biệt'), weight: 3, example: 'kết quả xổ số kiến thiết', counterExample: 'số liệu' },
  { category: 'showbiz', label: 'showbiz', pattern: words('hoa hậu|ca sĩ|showbiz|liveshow|phim truyền hình'), weight: 2, example: 'đêm chung kết hoa hậu', counterExample: 'hoa hồng' },
];

// ---------------------------------------------------------------- scoring constants

/** A cue in the title counts this many times its weight: a headline says what the article is about. */
export const TITLE_FACTOR = 3;
/** Body mentions counted per cue: the tenth "đảng viên" adds no evidence the third did not. */
export const BODY_MATCH_CAP = 5;
/**
 * Least score kept. Full articles are far above it (the seeds and golden
 * articles score 67 to 125); it matters for short texts: "Kết nạp 141 đảng
 * viên trong doanh nghiệp" scores 21 from its headline alone, while a bare
 * "Công đoàn thăm hỏi" (3) is too little to go on.
 */
export const MIN_SCORE = 8;
