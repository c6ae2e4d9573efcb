/**
 * Vietnamese cue words for facts, as named, documented data (STYLE.md point 4).
 *
 * Every pattern here is matched against NFC text with new-style tone marks
 * (see normalize-text.ts) and case-insensitively. Each constant says an example
 * it must match and one it must not; test/cues.test.ts holds those examples.
 * Patterns are anchored fragments (no nested quantifiers) that the rules in
 * extract-facts.ts and extract/facts/ compose at a known position: "right after
 * a number", "right before a number", or "anywhere in the clause".
 */
import { WordEndings } from './word-boundary.js';

/**
 * A letter or digit: what may not follow a cue for the cue to end at a word boundary. Digits of other kinds
 * (\p{No}: superscripts, circled figures) are marks after a word, not part of it: "2.416 đảng viên¹".
 */
export const WORD_CHAR = '[\\p{L}\\p{Nd}\\p{Nl}]';
/** End of a word: the next char is not a letter or digit. */
export const WB = `(?!${WORD_CHAR})`;

// ---------------------------------------------------------------------------
// Nouns: what a number counts. Matched right after the number ("56 đảng viên").
// ---------------------------------------------------------------------------

/**
 * Noun classes. A class is not yet a metric: "56 đảng viên" is a Party stock
 * after "có" and Party admissions after "kết nạp"; the rules combine the noun
 * class with the governing verb (see VERB_CLASSES and metricFor()).
 */
export type NounClass =
  | 'party_member' // đảng viên
  | 'new_party_member' // đảng viên mới: admitted by definition
  | 'party_org' // chi bộ, đảng bộ, tổ chức đảng
  | 'union_org' // công đoàn cơ sở
  | 'union_member' // đoàn viên công đoàn
  | 'member' // bare "đoàn viên": union or youth by context
  | 'outstanding' // đoàn viên ưu tú, quần chúng ưu tú: candidates for the Party
  | 'youth_member' // đoàn viên thanh niên
  | 'youth_org' // chi đoàn, cơ sở đoàn
  | 'worker' // lao động, công nhân, NLĐ
  | 'enterprise' // doanh nghiệp, DN
  | 'class' // lớp bồi dưỡng
  | 'trainee' // học viên
  | 'young_person' // thanh niên (công nhân): Youth Union members only when admitted
  | 'person' // người, đồng chí, trường hợp: a count of people, metric from the verb
  | 'staff'; // cán bộ: only counted where the clause says they join the union or Party

export interface NounCue {
  cls: NounClass;
  /** Source of a regex fragment matched at the start of the text after the number. */
  pattern: string;
  example: string;
  counterExample: string;
}

/**
 * Ordered: the first match wins, so longer and more specific phrases come
 * before their prefixes ("đoàn viên công đoàn" before "đoàn viên",
 * "công đoàn viên" before "công đoàn", "ĐVCĐ" before "ĐV").
 */
export const NOUN_CUES: readonly NounCue[] = [
  {
    cls: 'youth_member',
    pattern: `(?:đoàn viên,? thanh niên|đoàn viên (?:đoàn )?TNCS(?: Hồ Chí Minh)?|ĐVTN|đoàn viên Đoàn)${WB}`,
    example: '120 đoàn viên thanh niên',
    counterExample: '120 đoàn viên công đoàn',
  },
  {
    cls: 'union_member',
    pattern: `(?:đoàn viên,? công đoàn|công đoàn viên|ĐVCĐ|đoàn viên CĐ|hội viên công đoàn)${WB}`,
    example: '80.689 đoàn viên công đoàn',
    counterExample: '80.689 đoàn viên thanh niên',
  },
  {
    cls: 'outstanding',
    pattern: `(?:(?:đoàn viên|ĐV|quần chúng|QC|công nhân|công nhân lao động|CNLĐ|người lao động|NLĐ|lao động|hội viên|nhân tố|đối tượng|người|ngư dân|nông dân|xã viên|thành viên(?: HTX| hợp tác xã)?) (?:công đoàn )?(?:ưu tú|tích cực|tiêu biểu)|ĐVƯT|QCƯT|quần chúng|QC|cảm tình đảng|đối tượng (?:kết nạp|Đảng|đảng|cảm tình)(?: Đảng| đảng)?|nhân tố mới|đối tượng)${WB}`,
    example: '324 đoàn viên ưu tú',
    counterExample: '324 đoàn viên',
  },
  {
    cls: 'member',
    pattern: `(?:đoàn viên)${WB}`,
    example: '80.689 đoàn viên/84.554 lao động',
    counterExample: '80.689 đảng viên',
  },
  {
    cls: 'new_party_member',
    // ("tỷ lệ lao động là đảng viên mới đạt 4%", "đảng viên mới chiếm khoảng 0,4%": "mới" before a verb of a rate is "only".)
    pattern: `(?:(?:đảng viên|ĐV) mới(?!\\s+(?:đạt|chiếm|bằng)${WB})|quần chúng ưu tú vào Đảng)${WB}`,
    example: 'kết nạp 120 đảng viên mới',
    counterExample: '120 đảng viên',
  },
  {
    cls: 'party_member',
    pattern: `(?:đảng viên|ĐV(?![A-ZĐ])|Đảng viên)${WB}`,
    example: 'có 150 đảng viên',
    counterExample: '150 đoàn viên',
  },
  {
    cls: 'union_org',
    pattern: `(?:(?:tổ chức )?công đoàn cơ sở|tổ chức công đoàn|CĐCS|nghiệp đoàn(?: cơ sở)?|công đoàn(?! (?:ngành|viên|cấp|các|khu|tỉnh|huyện|thành phố|Việt Nam|bộ phận)))${WB}`,
    example: '463 công đoàn cơ sở',
    counterExample: '463 công đoàn viên',
  },
  {
    cls: 'youth_org',
    pattern: `(?:chi đoàn|(?:tổ chức )?cơ sở đoàn|tổ chức đoàn thanh niên|tổ chức đoàn|đoàn cơ sở|đoàn thanh niên cơ sở|TCCS đoàn)${WB}`,
    example: 'thành lập 5 chi đoàn',
    counterExample: 'thành lập 5 chi bộ',
  },
  {
    cls: 'party_org',
    pattern: `(?:tổ chức cơ sở đảng|tổ chức đảng|TCCSĐ|TCCS đảng|TCĐ|chi bộ,? đảng bộ(?: cơ sở)?|chi,? đảng bộ(?: cơ sở)?|đảng bộ,? chi bộ(?: cơ sở)?|chi bộ(?: cơ sở| trực thuộc)?|đảng bộ(?: cơ sở| bộ phận)?|cơ sở đảng|CB (?:cơ sở|trực thuộc)|ĐB (?:cơ sở|bộ phận)|ĐBCS|CBCS|CBTT|ĐBBP)${WB}`,
    example: '9 chi bộ trực thuộc',
    counterExample: '9 chi đoàn',
  },
  {
    cls: 'worker',
    pattern: `(?:cán bộ,? công nhân(?: viên)?(?: lao động)?|cán bộ công nhân viên|CBCNV|công nhân viên chức,? lao động|công nhân, viên chức, lao động|CNVCLĐ|CNVC-LĐ|CNVC|công nhân lao động|công nhân viên|CNLĐ|người lao động|NLĐ|lao động|công nhân|thợ lò|thợ mỏ|thợ may|thợ xây|thợ hồ|thợ mộc|thợ hàn|thợ điện|thợ(?! giỏi)|cán bộ,? nhân viên|nhân viên|(?:y,? bác sĩ|y sĩ,? bác sĩ|bác sĩ|y tá|điều dưỡng|cán bộ,? giáo viên|giáo viên|thuyền viên|kỹ sư|hướng dẫn viên),? (?:và )?nhân viên|tài xế|lái xe|phụ xe|LĐ|employees|workers|staff)${WB}`,
    example: '84.554 lao động',
    counterExample: '84.554 lượt',
  },
  {
    cls: 'enterprise',
    pattern: `(?:doanh nghiệp|DN(?:NNN|NN|FDI|TN)?|công ty|tổng công ty|tập đoàn(?: kinh tế)?(?:,? tổng công ty)?|cơ sở sản xuất, kinh doanh)${WB}`,
    example: 'tại 40 doanh nghiệp',
    counterExample: 'tại 40 hộ',
  },
  {
    cls: 'class',
    // Vocational and professional classes ("lớp đào tạo tay nghề", "lớp dạy nghề", "lớp tin học", "lớp tập huấn nghiệp vụ") are not the political training counted here.
    pattern: `(?:lớp)${WB}(?! (?:[^\\s,;.]+ ){0,2}(?:tay nghề|dạy nghề|học nghề|nghề|kỹ năng|nghiệp vụ|chuyên môn|chuyển giao|khoa học|kỹ thuật|ngoại ngữ|tiếng Anh|tin học|lái xe|an toàn lao động|bồi dưỡng kiến thức quốc phòng|kiến thức quốc phòng|quốc phòng)${WB})`,
    example: 'tổ chức 04 lớp bồi dưỡng',
    counterExample: 'tổ chức 6 lớp đào tạo tay nghề',
  },
  {
    cls: 'trainee',
    pattern: `(?:học viên)${WB}`,
    example: '350 học viên',
    counterExample: '350 giảng viên',
  },
  {
    cls: 'young_person',
    pattern: `(?:thanh niên(?: công nhân)?)${WB}`,
    example: 'kết nạp đoàn viên mới cho 64 thanh niên công nhân',
    counterExample: '64 thiếu niên',
  },
  {
    cls: 'person',
    pattern: `(?:người|đồng chí|trường hợp|cá nhân|anh chị em|anh, chị em|bạn|em|chị|tín đồ|chủ doanh nghiệp|chủ DN|nhà quản lý|anh em|chị em|doanh nhân|sinh viên|học sinh|giảng viên|giáo viên|bác sĩ|y, bác sĩ|y bác sĩ)${WB}`,
    example: 'kết nạp 12 người',
    counterExample: 'kết nạp 12 lần',
  },
  {
    cls: 'staff',
    pattern: `(?:cán bộ|CB)${WB}`,
    example: 'vận động 10 nghìn cán bộ, công nhân lao động gia nhập tổ chức công đoàn',
    counterExample: '10 cán sự',
  },
];

/**
 * Words that may stand between a number and its noun without changing what is
 * counted: "34 tổ chức Công đoàn cơ sở" (handled by the noun), "12 CĐCS mới";
 * here only the leading ones: "56 người là đảng viên" is not this.
 */
export const NOUN_LEAD_FILLER = /^(?:\s+(?:tổ chức|đơn vị|cơ sở))?/iu;

// ---------------------------------------------------------------------------
// Verbs: what happened to the counted things. Matched before the number.
// ---------------------------------------------------------------------------

export type VerbClass =
  | 'admit' // kết nạp: into the Party, or into the union for "đoàn viên"
  | 'refer' // giới thiệu: outstanding members introduced to the Party
  | 'found' // thành lập: new organisations
  | 'develop' // phát triển (mới): new members or organisations
  | 'increase' // tăng: the change of a stock
  | 'train' // tổ chức/mở lớp; bồi dưỡng cho N người
  | 'benefit' // cho, dành cho: those a programme, a service or a class is for; counted only as trainees of a class
  | 'mobilize' // vận động, tuyên truyền: reached, persuaded
  | 'award' // khen thưởng, tặng giấy khen, chuyển đảng chính thức, kỷ luật, chăm lo, tặng quà: actions on members none of our metrics count
  | 'stock'; // có, với, gồm, là, lên: how many exist

export interface VerbCue {
  cls: VerbClass;
  pattern: string;
  example: string;
  counterExample: string;
}

/** Ordered: longer phrases first. */
export const VERB_CUES: readonly VerbCue[] = [
  // Handing over the admission decision is the admission ceremony (before the honours' "trao … cho").
  { cls: 'admit', pattern: `(?:trao|công bố|đọc) quyết định kết nạp(?: đảng viên(?: mới)?| vào Đảng| Đảng| đảng)?(?: cho)?${WB}`, example: 'trao quyết định kết nạp đảng viên cho hai công nhân', counterExample: 'trao giấy khen cho hai công nhân' },
  { cls: 'award', pattern: `(?:(?:xét,? )?(?:đề nghị )?công nhận(?: đảng viên)? chính thức(?: cho)?|(?:đề nghị )?(?:trao|tặng|xét tặng|truy tặng)(?: [^\\s,;.]+){0,6} cho|chuyển(?: đảng)? chính thức(?: cho)?|thi hành kỷ luật|kỷ luật|khen thưởng|tặng(?: thưởng)?(?: quà| giấy khen| bằng khen| cờ thi đua| danh hiệu| [Hh]uy hiệu Đảng)?(?: cho)?|trao(?: tặng)?(?: giấy khen| bằng khen)(?: cho)?|biểu dương|tuyên dương|vinh danh)${WB}`, example: 'đề nghị tặng Huy hiệu Đảng cho 37 đồng chí', counterExample: 'thành lập 8 tổ chức đảng' },
  { cls: 'award', pattern: `(?:chăm lo(?: cho)?|thăm hỏi(?:,? tặng quà)?(?: cho)?|tặng quà(?: cho)?|trao quà(?: cho)?|(?:khám bệnh,? )?cấp thuốc(?: miễn phí)?(?: cho)?|hỗ trợ(?: cho)?|trợ cấp(?: cho)?|kiểm tra(?:,? giám sát)?|giám sát)${WB}`, example: 'chăm lo cho 25.000 đoàn viên', counterExample: 'kết nạp 25.000 đoàn viên' },
  // (Bulletins write the deeds in capitals: "GT 63 ĐVCĐ ưu tú", "KN 142 ĐV".)
  { cls: 'refer', pattern: `(?:giới thiệu|đề nghị kết nạp|đề nghị xem xét kết nạp|tạo nguồn|GT)${WB}`, example: 'đã giới thiệu 324 đoàn viên ưu tú', counterExample: 'đã tiếp nhận 324 hồ sơ' },
  { cls: 'admit', pattern: `(?:kết nạp(?: mới| tập trung(?: cho)?)?|kết nạp Đảng cho|kết nạp vào Đảng|kết nạp đảng cho|KN(?: mới)?)${WB}`, example: 'Kết nạp 56 đảng viên', counterExample: 'Tiếp nhận 56 đảng viên' },
  // (A body launched or recognised by decision is founded: "ra mắt 3 chi đoàn", "trao quyết định công nhận 2 CĐCS".)
  // ("TL mới 6 TCCSĐ", "TL 3 CĐCS": a bulletin's "thành lập"; not "TL" before a noun, "TL ĐV/LĐ", the rate it also stands for.)
  { cls: 'found', pattern: `(?:thành lập(?: mới)?|thành lập thêm|xây dựng mới|củng cố,? thành lập|ra mắt|(?:trao |công bố )?quyết định công nhận|TL mới|TL(?!\\s+\\p{L}))${WB}`, example: 'thành lập mới 34 tổ chức Công đoàn cơ sở', counterExample: 'giải thể 34 công đoàn' },
  // ("PTĐV: 9.846 ĐV", "PT thêm 37.600 ĐV": a bulletin's "phát triển (đoàn viên / đảng viên)".)
  { cls: 'develop', pattern: `(?:phát triển(?: mới)?|phát triển thêm|PTĐV|PT(?: mới| thêm)?(?!\\s+\\p{L}))${WB}`, example: 'phát triển mới 1.250 đoàn viên', counterExample: 'phát huy 1.250 đoàn viên' },
  { cls: 'increase', pattern: `(?:tăng(?: thêm| ròng)?)${WB}`, example: 'tăng 5 chi bộ', counterExample: 'tặng 5 chi bộ' },
  // Workers hired are workers added: "công ty tuyển thêm khoảng 300 lao động thời vụ", "thuê thêm 80 - 100 lao động thời vụ".
  { cls: 'increase', pattern: `(?:tuyển dụng(?: thêm| mới| trở lại| lại)?|tuyển thêm|tuyển mới|tuyển lại|thuê thêm)${WB}`, example: 'tuyển dụng mới 1.200 lao động', counterExample: 'tuyên dương 1.200 lao động' },
  // A decrease is a flow too, stated with a positive figure (FACTS.md has no sign): "giải thể 6 tổ chức đảng", "giảm 3 chi bộ".
  { cls: 'increase', pattern: `(?:giảm(?: đi| ròng)?|giải thể)${WB}`, example: 'giảm 3 chi bộ', counterExample: 'giảng 3 chi bộ' },
  // Bodies handed over to another Party committee or union move in the period: "bàn giao 4 tổ chức cơ sở đảng, 162
  // đảng viên", "chuyển giao 01 chi bộ về Đảng bộ huyện". (Not "tiếp nhận": what a new commune or ward "received" in the
  // 2025 reorganisation is read as what it has. Nor "hợp nhất": "được thành lập trên cơ sở hợp nhất 3 chi đoàn" says
  // what a body is made of.)
  // Members struck off the rolls or transferred away leave the membership in the period: "xóa tên 6 đảng viên", "chuyển
  // đi 162 đảng viên", "chuyển sinh hoạt đảng cho 29 đồng chí về nơi làm việc mới"; so do those expelled: "khai trừ 6 đảng
  // viên", "cho ra khỏi Đảng 9 đảng viên" (not those disciplined otherwise, who stay members).
  { cls: 'increase', pattern: `(?:(?:đề nghị\\s+)?(?:xóa tên|xoá tên)(?: cho)?|(?:thi hành kỷ luật\\s+)?khai trừ(?:\\s+(?:ra\\s+)?khỏi Đảng)?|(?:cho|đưa)\\s+ra\\s+khỏi Đảng|chuyển đi|chuyển sinh hoạt(?: đảng| công đoàn| Đoàn| đoàn)?(?: (?:đi|ra))?(?: cho)?)${WB}`, example: 'xóa tên 6 đảng viên', counterExample: 'kỷ luật 6 đảng viên' },
  // Workers let go with their dues settled leave the workforce in the period: "giải quyết chế độ cho 58 lao động dôi dư".
  { cls: 'increase', pattern: `(?:giải quyết (?:chế độ|chính sách)(?: (?:nghỉ việc|thôi việc|nghỉ hưu|dôi dư))?(?: cho)?)${WB}`, example: 'giải quyết chế độ cho 58 lao động', counterExample: 'giải quyết việc làm cho 58 lao động' },
  { cls: 'increase', pattern: `(?:bàn giao|chuyển giao)${WB}`, example: 'bàn giao 4 tổ chức cơ sở đảng', counterExample: 'tiếp nhận 4 tổ chức cơ sở đảng' },
  // Bodies merged or moved are a change of the period too: "hợp nhất hai đảng bộ thành …", "sáp nhập 3 công ty lâm nghiệp",
  // "điều chuyển 41 công đoàn cơ sở" (not what a body was made of: "được hình thành từ việc hợp nhất 318 đảng bộ xã",
  // "trên cơ sở hợp nhất 3 chi đoàn"; nor a time: "Tổng số đảng viên của Đảng bộ sau hợp nhất là 1.196").
  // So are bodies moved whole and firms equitised or divested: "chuyển nguyên trạng 6 chi bộ với 87 đảng viên về …", "cổ
  // phần hóa 4 doanh nghiệp, thoái vốn nhà nước tại 7 doanh nghiệp" (not probationers made full members: "Chuyển ĐV chính
  // thức: 538").
  { cls: 'increase', pattern: `(?:chuyển(?!\\s+(?:(?:ĐV|đảng viên|Đảng|đảng)\\s+)?chính thức)(?: nguyên trạng| toàn bộ)?|cổ phần hóa|cổ phần hoá|thoái vốn(?: nhà nước)?(?: tại)?)${WB}`, example: 'cổ phần hóa 4 doanh nghiệp', counterExample: 'có 4 doanh nghiệp' },
  { cls: 'increase', pattern: `(?<!(?:trên cơ sở|từ việc|từ|sau|sau khi|khi|trước|trước khi) )(?:hợp nhất|sáp nhập|điều chuyển)${WB}`, example: 'hợp nhất 2 đảng bộ', counterExample: 'trên cơ sở hợp nhất 2 đảng bộ' },
  { cls: 'train', pattern: `(?:cử(?: đi)?|mở(?: được)?|tổ chức(?: được)?|khai giảng|phối hợp mở|bồi dưỡng(?: cho)?|đào tạo|học tập cho|tập huấn cho)${WB}`, example: 'tổ chức 04 lớp', counterExample: 'từ chức 04 người' },
  { cls: 'benefit', pattern: `(?:dành cho|cho|đưa|đón)${WB}`, example: 'tổ chức chương trình "Tết Sum vầy" cho 2.500 công nhân', counterExample: 'chọn 2.500 công nhân' },
  { cls: 'mobilize', pattern: `(?:vận động(?: được)?|tuyên truyền,? vận động|tiếp cận(?: và vận động)?(?: ở| tại)?|khảo sát(?: tại)?)${WB}`, example: 'vận động 10 đảng viên', counterExample: 'vận hành 10 máy' },
  { cls: 'stock', pattern: `(?:thu hút|tập hợp(?: được)?|sử dụng|đóng (?:bảo hiểm xã hội|BHXH|bảo hiểm)(?: bắt buộc)? cho|(?:giải quyết|tạo|duy trì|bảo đảm|đảm bảo|giữ)(?: được)? việc làm(?: mới)?(?: (?:thường xuyên|ổn định|thường xuyên, ổn định|ổn định, thường xuyên))? cho|đại diện cho|thay mặt cho|hiện có|hiện nay có|có tổng số|có|với tổng số|với|gồm(?: có)?|bao gồm|là|lên(?: đến| tới)?|xuống|tổng số|tổng cộng|còn|đạt|chiếm|sinh hoạt tại|quản lý)${WB}`, example: 'có 463 công đoàn cơ sở', counterExample: 'cơ 463' },
];

/**
 * What may stand between a verb and the number it governs: "Kết nạp: 1.245" (a
 * report line), "kết nạp được 31",
 * "thành lập mới được 12", "giới thiệu cho Đảng 20", "có tổng cộng 15".
 * Approximation cues are handled apart (APPROX_BEFORE).
 */
export const VERB_NUMBER_FILLER = `\\s*:?(?:\\s+(?:được|ngay|mới|thêm|đủ|quý [IVX]+|trong năm|trong quý|năm nay|bình quân|trung bình|thành công|cho Đảng|cho tổ chức đảng|cho (?:các )?(?:chi bộ|đảng bộ|cấp ủy)(?: cơ sở| công ty| doanh nghiệp)?|vào Đảng|tổng cộng|tổng số|tổng|cả|mỗi năm|hằng năm|hàng năm|từ|là|lần lượt|tương ứng))*`;

// ---------------------------------------------------------------------------
// Words around a number that decide its approximation and its kind.
// ---------------------------------------------------------------------------

export interface ApproxCue {
  approx: 'more_than' | 'at_least' | 'about' | 'less_than' | 'at_most';
  pattern: string;
}

/** Matched right before the number: "trên 21 nghìn" → more_than. Longer phrases first. */
export const APPROX_BEFORE: readonly ApproxCue[] = [
  { approx: 'at_least', pattern: 'ít nhất(?: là)?|tối thiểu(?: là)?|không dưới|không ít hơn|ít nhất có' },
  { approx: 'at_most', pattern: 'tối đa(?: là)?|không quá|không vượt quá|nhiều nhất' },
  { approx: 'more_than', pattern: 'trên|hơn|có trên|có hơn|với trên|với hơn' },
  { approx: 'about', pattern: 'trên dưới|khoảng|xấp xỉ|gần|ngót nghét|ngót|chừng|cỡ|tầm|ước tính|ước khoảng|ước' },
  { approx: 'less_than', pattern: 'dưới|chưa đến|chưa tới|chưa đầy|không đến|không tới' },
];

/**
 * Right after the noun: "từ 50 đảng viên trở lên" → at_least. Must not reach
 * past another figure: in "15 CĐCS ở doanh nghiệp có từ 25 lao động trở lên"
 * the "trở lên" is the threshold's, not the 15's.
 */
export const AT_LEAST_AFTER = /^(?:\s+[^\s\d,.;]+){0,2}\s+trở lên/iu;

/**
 * Target context: a goal, plan or quota governs the rest of its sentence
 * ("Mục tiêu năm 2017 là: …; …; …"). Phrases that only refer to a target while
 * reporting a result ("đạt 60% so với chỉ tiêu", "vượt chỉ tiêu", "hoàn thành
 * chỉ tiêu") are excluded by the lookbehinds.
 * Must match: "Mục tiêu năm 2017 là", "phấn đấu giới thiệu", "quyết tâm … kết nạp", "chỉ tiêu kết nạp".
 * Must not match: "đạt 60% so với chỉ tiêu", "hoàn thành các chỉ tiêu", "đạt 56,4% chỉ tiêu năm",
 * "Kế hoạch 15-KH/TU" (a document). "đề ra" alone is no cue: "chỉ tiêu đại hội đề
 * ra" refers back to a target while reporting a result.
 */
export const TARGET_CUE = new RegExp(
  `(?:mục tiêu|chỉ tiêu|phấn đấu|quyết tâm|kế hoạch(?! số)(?! \\d+[-/])|dự kiến|định hướng|phương hướng|nhiệm vụ đến năm|phải đạt|cần đạt|phải|cần phải|đề nghị(?=:| các| cấp| mỗi| năm (?:19|20)\\d{2}| trong năm| đến năm)|sẽ|nhằm|yêu cầu|đăng ký|chỉ tiêu giao|(?<![\\p{L}])đề ra(?=\\s*:)|(?<![\\p{L}])giao(?: cho)?(?= các cấp| các đơn vị| cấp cơ sở| các LĐLĐ| các công đoàn))${WB}`,
  'giu',
);

/**
 * Words right before a goal word that make it a reference, not a goal (the
 * lookbehinds of TARGET_CUE, checked on the few matches instead of at every
 * position): "so với chỉ tiêu", "vượt chỉ tiêu", "đạt 56,4% chỉ tiêu", "không phải", "thời điểm ban hành
 * Kế hoạch" (a document), "vốn đăng ký" (registered capital).
 */
export const TARGET_CUE_EXCLUDED_BEFORE = /(?:so với|vượt|đạt|hoàn thành|hoàn thành các|hoàn thành tốt|hoàn thành tốt các|vượt các|đạt các|%|phần trăm|không|ban hành|vốn|tổng vốn) $/iu;

/**
 * A quota stated as such right before its figure, also after a result ("vượt 21,5% so với chỉ tiêu
 * nghị quyết đại hội đề ra là 400 đảng viên", "(chỉ tiêu năm 2024 là 45 đảng viên)"): the figure is
 * the target; so is a figure right after "(kế hoạch năm" or "(chỉ tiêu" ("thành lập mới 26 CĐCS (kế hoạch năm 40
 * CĐCS)"), and one in a bracket right after the quota's name ("đạt 109,2% chỉ tiêu Nghị quyết Đại hội XVII
 * (8.000 đảng viên)"), and one right after "chỉ tiêu" ("kết nạp đạt và vượt chỉ tiêu 50 đảng viên"). Must match
 * "chỉ tiêu năm 2024 là ", "(kế hoạch năm ", "kế hoạch năm (", "vượt chỉ tiêu "; must not
 * match "chỉ tiêu, đã kết nạp ".
 */
export const QUOTA_BEFORE = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch|KH(?![\p{L}]))(?! số)(?:[^,;.()]{0,48}?(?:là|:)|(?<=\((?:chỉ tiêu|kế hoạch|KH))(?: (?:cả )?năm(?: (?:19|20)\d{2})?)?|(?<=chỉ tiêu)|[^,;.()]{0,60}?\()\s*$/iu;

/** QUOTA_BEFORE ends with ":", "(", "là", or "(kế hoạch năm", "(chỉ tiêu", "(kế hoạch năm 2024": its last words. */
export const QUOTA_BEFORE_ENDS = new WordEndings(['là', 'hoạch', 'tiêu', 'năm', 'kh']);

/** The gate of QUOTA_BEFORE: the text ends with ":", "(", a year, or a word QUOTA_BEFORE_ENDS lists. */
export function mayEndQuota(left: string): boolean {
  return /(?::|\d{4}|\()\s*$/u.test(left.slice(-8)) || QUOTA_BEFORE_ENDS.endsText(left);
}

/**
 * A reported result inside a target sentence ends the target context:
 * "Chỉ tiêu năm 2023 kết nạp 50 đảng viên, đến nay đã kết nạp 56".
 * Must match: "đến nay đã kết nạp", "đã thành lập"; must not match "đã đề ra" or
 * the descriptive "doanh nghiệp đã có tổ chức đảng".
 */
// (", thực hiện 46", "; TH: 19" after a plan's figure: the result set beside it.)
export const RESULT_CUE = new RegExp(`(?:đến nay|hiện có|hiện nay|hiện tại|kết quả|qua đó|thực tế|vừa qua|năm qua|nhiệm kỳ qua|giai đoạn qua|đã (?:kết nạp|thành lập|giới thiệu|phát triển|tổ chức|mở|vận động|tăng|đạt|có thêm)|[,;]\\s*(?:thực hiện|th)(?=\\s*:?\\s*\\d))${WB}`, 'giu');

/** Percent right after these words is an achievement: "đạt 62%", "hoàn thành 105% kế hoạch", "đạt từ 85 - 90%". */
export const ACHIEVEMENT_BEFORE = new RegExp(`(?:đạt(?: tỷ lệ| tỉ lệ)?|đạt được|hoàn thành|bằng|đạt và vượt|mới đạt|chỉ đạt|vượt)${WB}(?: (?:chưa đến|chưa tới|chưa đầy|khoảng|gần|trên|hơn|dưới|xấp xỉ|ít nhất|tối thiểu|từ|không quá|tối đa))*\\s*$`, 'iu');

/** Percent right after these words is a share: "chiếm 45%", "tỷ lệ 85%", "chỉ chiếm chưa đến 1%", "chiếm tỷ lệ thấp, chỉ khoảng 12%". */
export const SHARE_BEFORE = new RegExp(`(?:chiếm(?: tỷ lệ| tỉ lệ)?|tỷ lệ|tỉ lệ)${WB}(?:(?: (?:rất|khá|còn|vẫn))? (?:thấp|cao|nhỏ|lớn|khiêm tốn),?(?: (?:chỉ|mới))?${WB})?(?: (?:chưa đến|chưa tới|chưa đầy|khoảng|gần|trên|hơn|dưới|xấp xỉ|ít nhất|tối thiểu|từ|không quá|tối đa))*\\s*$`, 'iu');

/** "tỷ lệ đoàn viên … đạt 85%": a rate is a share even when it "reaches" a figure. */
export const RATE_NOUN = new RegExp(`(?:tỷ lệ|tỉ lệ)${WB}`, 'iu');

/**
 * "trong đó" introduces parts of the total just stated: "Kết nạp 56 đảng viên,
 * trong đó … 05 đảng viên", "giới thiệu 812 đoàn viên ưu tú, gồm 634 …". Must
 * not match "trong đợt". ("gồm" with no figure before it is not a breakdown:
 * the rules need a total to attach parts to.)
 */
export const BREAKDOWN_CUE = new RegExp(`(?:trong đó|trong số đó|bao gồm|gồm|cụ thể)${WB}`, 'giu');

/**
 * Passive or trailing verbs after the noun that say what happened to it:
 * "50% được kết nạp", "ít nhất 20% đoàn viên … được … kết nạp",
 * "10 nghìn cán bộ, công nhân lao động gia nhập tổ chức công đoàn".
 */
/**
 * Honours and ratings said after the counted noun: "12 TCCSĐ được Ban Thường vụ Đảng ủy Khối tặng
 * Giấy khen", "25 CĐCS được công nhận vững mạnh". None of our metrics count them.
 * Must match " được Ban Thường vụ tặng Giấy khen"; must not match " được kết nạp vào Đảng".
 */
export const TRAILING_AWARD = new RegExp(`^[^,;]{0,100}?(?<![\\p{L}])được(?![\\p{L}])[^,;]{0,80}?(?<![\\p{L}])(?:tặng|trao tặng|trao(?!\\s+quyết định)|khen thưởng|biểu dương|tuyên dương|vinh danh|tôn vinh|công nhận|đưa về|đưa đón|hỗ trợ|tham quan|nghỉ dưỡng|đi du lịch|khám sức khỏe|khám sức khoẻ|nhận quà|nhận huy hiệu|nhận giấy khen|nhận bằng khen|chăm lo|thăm hỏi|tư vấn|nhận (?:vé|nhà|tiền|suất quà|hỗ trợ|trợ cấp|học bổng)|đi\\s*[“"]?\\s*[Cc]huyến (?:xe|tàu|bay))${WB}`, 'iu');

export const TRAILING_ADMIT_PARTY = new RegExp(`(?:được[^.;]{0,80}?(?:kết nạp|KN(?![\\p{L}]))|kết nạp vào Đảng|vào Đảng|đứng (?:vào|trong) hàng ngũ|trở thành đảng viên|được kết nạp|được KN(?: vào)? Đảng|KN Đảng)${WB}`, 'iu');
export const TRAILING_JOIN_UNION = new RegExp(`(?<!chưa )(?<!không )(?<!chưa được )(?:gia nhập(?: tổ chức)? (?:công đoàn|nghiệp đoàn)|vào(?: tổ chức)? (?:công đoàn|nghiệp đoàn)|tham gia(?: tổ chức)? (?:công đoàn|nghiệp đoàn)|gia nhập tổ chức công đoàn|gia nhập Công đoàn)${WB}`, 'iu');
export const TRAILING_JOIN_YOUTH = new RegExp(`(?:vào (?:tổ chức )?Đoàn|gia nhập (?:tổ chức )?Đoàn|kết nạp Đoàn)${WB}`, 'u');
/** Referred, said after those counted: " được giới thiệu", " đã được các công đoàn cơ sở, chi đoàn giới thiệu". */
export const TRAILING_REFER = new RegExp(`(?:được(?:[^.;\\d]{0,60}?\\s)?giới thiệu)${WB}`, 'iu');

/**
 * People said to be members: "986 người đã là đoàn viên", "90% người lao động
 * trong khu công nghiệp là đoàn viên". Must not match "là công nhân" or "chưa là đoàn viên".
 */
export const TRAILING_IS_MEMBER = new RegExp(`(?:^|\\s)(?<!chưa )(?<!không )(?:đã |đều |hiện |đã trở thành |trở thành )?(?<!chưa )(?<!không )là (đoàn viên công đoàn|ĐVCĐ|đoàn viên thanh niên|đoàn viên|đảng viên)${WB}`, 'iu');
export const TRAILING_TRAIN = new RegExp(`(?:tham gia(?: các)? lớp|tham gia học|theo học|được học|học lớp|dự lớp|tham dự lớp|được bồi dưỡng|bồi dưỡng nhận thức|học tập(?! và làm theo)|(?:được )?cử đi học|hoàn thành(?: chương trình)? lớp|học xong lớp|được cử tham gia)${WB}`, 'iu');

/**
 * Training classes are counted only when the clause is about Party or
 * political training: "lớp bồi dưỡng nhận thức về Đảng", "lớp cảm tình Đảng",
 * "lớp lý luận chính trị", "lớp đối tượng kết nạp Đảng", "lớp đảng viên mới".
 * Must not match a school grade ("lớp 12").
 */
export const CLASS_CONTEXT = /(?:bồi dưỡng|BDNT|BDCT|cảm tình(?!\s+đoàn)|nhận thức về Đảng|lý luận chính trị|chính trị|đối tượng kết nạp|đảng viên mới|tập huấn|học tập|nghị quyết|đào tạo|quần chúng|kết nạp|học viên)/iu;

/** Training context for counting people as trainees: "dành cho 200 quần chúng". */
export const TRAINING_CONTEXT = /(?:lớp|bồi dưỡng|BDNT|cảm tình|học tập(?! và làm theo)|tập huấn|học viên)/iu;

/** Context words that make a bare "đoàn viên" a union member: công đoàn, CĐCS, LĐLĐ, CNLĐ. */
export const UNION_CONTEXT = /(?:công đoàn|CĐCS|LĐLĐ|liên đoàn lao động|CNLĐ|ĐVCĐ|người lao động|lao động|nghiệp đoàn)/iu;

/** Context words that make a bare "đoàn viên" a Youth Union member. */
export const YOUTH_CONTEXT = /(?:Đoàn thanh niên|Đoàn TN|thanh niên|chi đoàn|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn cơ sở|ĐVTN|Đoàn Thanh niên|tuổi trẻ|Đoàn khối)/u;

/**
 * The organisation a bare "đoàn viên" belongs to is the nearest one named
 * before it: "Công đoàn KKT có 54 CĐCS với 11.830 đoàn viên công đoàn; Đoàn
 * Thanh niên có 19 chi đoàn với 640 đoàn viên" (the 640 are youth members).
 * Must match "cơ sở đoàn", "Đoàn Khối Doanh nghiệp", "chi đoàn"; must not match
 * "Đoàn công tác" (a delegation) or the "đoàn cơ sở" inside "công đoàn cơ sở" and "nghiệp đoàn cơ sở".
 */
export const YOUTH_ORG_MENTION = /(?<!công )(?<!Công )(?<!nghiệp )(?<!Nghiệp )(?<!liên )(?<!Liên )(?:Đoàn (?:Thanh niên|thanh niên|TN|TNCS|Khối|khối|cơ sở|Khu|(?:các )?(?:KCX|KCN|KKT|khu công nghiệp|khu chế xuất|khu kinh tế))|(?:Tỉnh|Thành|Huyện|Thị|Quận) đoàn|chi đoàn|cơ sở đoàn|tổ chức đoàn|đoàn cơ sở|ĐVTN|thanh niên)/giu;
/** Must match "công đoàn", "CĐCS", "LĐLĐ", "nghiệp đoàn" (a union of the self-employed); must not match "Đoàn Thanh niên". */
export const UNION_ORG_MENTION = /(?:công đoàn|CĐCS|LĐLĐ|liên đoàn lao động|ĐVCĐ|CNLĐ|nghiệp đoàn)/giu;

// ---------------------------------------------------------------------------
// Not facts: contexts that make a number a label, a date or an amount.
// ---------------------------------------------------------------------------

/**
 * Right before a number, these make it a label or an ordinal, not a count:
 * "Khối thi đua số 1", "Nghị quyết 28", "Quyết định số 151-QĐ/TU", "lần thứ 3",
 * "khóa XIII", "Điều 5". "tổng số 80.689" and "trong số 14 chi bộ" are counts: excluded by the lookbehinds.
 */
export const LABEL_BEFORE = new RegExp(
  `(?:(?<!tổng )(?<!với )(?<!thiểu )(?<!trong )số|thứ|lần thứ|khóa|khoá|Nghị quyết|Chỉ thị|Quyết định|Kết luận|Quy định|Hướng dẫn|Thông tri|Thông báo|Công văn|KL|NQ|QĐ|Điều|Khoản|Chương|Mục|Phần|(?<!vũ )trang|Luật|Nghị định|Thông tư|Khối|Cụm|Đội|Tổ|(?<!Hải )(?<!văn )(?<!Văn )(?:phòng|Phòng)|tầng|lô|Lô|đường|Đường|Quốc lộ|QL|hotline|Hotline|ĐT|Điện thoại|điện thoại|Fax|fax|mã|Mã|(?<!cùng )kỳ|(?<!cùng )Kỳ|tập|Tập)\\s*$`,
  'iu',
);

/**
 * Right before a number, an age: "độ tuổi bình quân 24", "tuổi đời trung bình là 27", "tuổi từ 18". Not an age
 * that qualifies those counted after it: "thanh niên dưới 30 tuổi khoảng 3.600 người".
 */
export const AGE_BEFORE = /(?<![\p{L}])(?<!\d\s*)(?:độ tuổi|tuổi đời|tuổi nghề|tuổi)(?:\s+(?:bình quân|trung bình))?(?:\s+(?:là|khoảng|chỉ|từ|dưới|trên))?\s*:?\s*$/iu;

/** "dự" right after those counted, ending the clause: " công nhân dự;", " đảng viên về dự.": those present. */
export const BARE_ATTENDED_AFTER = /^\s*(?:(?:đã|cùng)\s+)?(?:về\s+|đến\s+)?dự\s*(?:[;,.)]|$)/u;

/** Last words LABEL_BEFORE can end with (its alternatives' last words): its gate (WordEndings). */
export const LABEL_BEFORE_ENDS = new WordEndings(['số', 'thứ', 'khóa', 'khoá', 'quyết', 'thị', 'định', 'luận', 'dẫn', 'tri', 'báo', 'văn', 'điều', 'khoản', 'chương', 'mục', 'phần', 'trang', 'luật', 'tư', 'khối', 'cụm', 'đội', 'tổ', 'phòng', 'tầng', 'lô', 'đường', 'lộ', 'ql', 'hotline', 'đt', 'thoại', 'fax', 'mã', 'kỳ', 'tập', 'kl', 'nq', 'qđ']);

/** Right before a number, these make it a year, a date or a time: "năm 2017", "ngày 8", "tháng 6", "giai đoạn 2021". */
export const DATE_WORD_BEFORE = new RegExp(
  `(?:năm|ngày|tháng|quý|giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|niên khoá|hôm|sáng|chiều|tối|trưa|đêm|lúc|từ năm|đến năm|cuối năm|đầu năm|giữa năm|tuần)\\s*$`,
  'iu',
);

/** Last words DATE_WORD_BEFORE can end with: its gate. */
export const DATE_WORD_BEFORE_ENDS = new WordEndings(['năm', 'ngày', 'tháng', 'quý', 'đoạn', 'kỳ', 'khóa', 'khoá', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'lúc', 'tuần']);

/** After a number, these make it an amount of money: "500 triệu đồng", "2 tỷ đồng", "100 USD". */
export const MONEY_AFTER = new RegExp(`^\\s*(?:nghìn |ngàn |triệu |tỷ |tỉ )?(?:đồng(?! chí)(?! bào)|VNĐ|VND|đ${WB}|USD|US\\$|\\$|euro|EUR|yên)`, 'iu');

/** After a number, units that make it a duration, a distance, an area or a time, never a count of our metrics. */
export const UNIT_AFTER = new RegExp(
  `^\\s*(?:ngày|tháng|năm(?!\\s+(?:19|20)\\d{2}(?!\\d))|giờ|phút|giây|tuần|buổi|km|m2|m²|ha|hécta|kg|tấn|lượt|lần|h\\d|%\\s*GDP|tuổi|điểm|sao|trang|kỳ|khóa|khoá|nhiệm kỳ|đợt|cuộc|bằng khen|giấy khen|huy chương|cờ|tập thể|hộ|suất|phần quà|xuất|vụ)${WB}`,
  'iu',
);

// ---------------------------------------------------------------------------
// Rule cues: words the fact rules (extract/facts/) look for around a figure.
// ---------------------------------------------------------------------------

/**
 * Words that name a count or a rate before its noun: "tổng số đảng viên", "tỷ lệ đoàn viên".
 * Must match "Tổng số đảng viên của Đảng bộ là 1.234"; must not match the label "Tổng số: 463",
 * nor "con số" ("the figure") before no noun ("Con số này cho thấy tỷ lệ …").
 */
// ("con số tổ chức cơ sở đảng đã tăng lên 68": "con số" before a noun is its count; see `countWordIn`.)
// (The exception is read in code, not in the regex: lookarounds inside an alternation made V8 run the regex
// some thirty times slower on every clause it read.)
export const COUNT_WORD = /(?<![\p{L}])(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ)\s+/giu;

/** "con " right before a count word: "con số" names a figure. */
const FIGURE_WORD_BEFORE = /con $/iu;
/** What "con số" may stand before and still count a noun: no demonstrative or adverb, a word. */
const NOUN_AFTER_FIGURE_WORD = /^(?!(?:này|đó|ấy|trên|nói|kể|đáng|ấn|rất|khá|thống kê)(?![\p{L}]))\p{L}/iu;

/**
 * The first count word of `text` (as `COUNT_WORD` matches it), or null. After "con" only a bare "số"
 * before a noun counts: "con số tổ chức cơ sở đảng" is the count of the bodies, "con số này" a figure.
 */
export function countWordIn(text: string): RegExpExecArray | null {
  COUNT_WORD.lastIndex = 0;
  for (let m = COUNT_WORD.exec(text); m !== null; m = COUNT_WORD.exec(text)) {
    if (!FIGURE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return m;
    if (m[0].trimEnd().toLowerCase() === 'số' && NOUN_AFTER_FIGURE_WORD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return m;
    COUNT_WORD.lastIndex = m.index + 1;
  }
  return null;
}

/** A verb between "tỷ lệ" and its noun: "tỷ lệ thành lập CĐCS", "tỷ lệ kết nạp đảng viên". Must not match "đảng viên". */
export const RATE_VERB = /^(?:(?:đã|được)\s+)?(?:thành lập(?: được)?|có|kết nạp|phát triển|tập hợp)\s+/iu;

/**
 * The start of a report line: a list mark, "Trong đó", "Số". Every part is
 * optional (the rule then needs a noun and a ":"): it matches "- Đảng viên mới: 56",
 * "Trong đó CĐCS khu vực ngoài nhà nước: 19", and "số được kết nạp: 402" at its start.
 */
export const LABEL_LINE = /(?:^|[;,])\s*(?:[-+•*–—▪►·]\s*)?(?:trong đó,?\s*|số\s+|tổng số\s+)?/iu;

/**
 * "Trong số đảng viên được kết nạp, …": the group later people counts belong to.
 * Must match "Trong số những đảng viên"; must not match "trong đó".
 */
export const GROUP_NAMED = /(?:trong số|trong tổng số)\s+(?:các |những )?/giu;

/**
 * A threshold, not a count: "doanh nghiệp có từ 30 lao động trở lên", "chi bộ
 * có trên 50 đảng viên trở lên", "100% doanh nghiệp từ 30 lao động trở lên". Matched on the text before the number; the
 * rule also needs "trở lên" after the noun. Must match "doanh nghiệp có từ ";
 * must not match "kết nạp ".
 */
export const CRITERION_BEFORE = /(?:doanh nghiệp|DN|đơn vị|nơi|công ty|chi bộ|tổ chức|cơ sở)(?:(?:(?!mục tiêu|phấn đấu|đến năm)[^,;.]){0,30}\s(?:có|sử dụng|với)\s(?:từ\s|trên\s)?|(?:\s(?:FDI|ngoài nhà nước|tư nhân|có vốn đầu tư nước ngoài))?\s(?:từ|trên)\s)$/iu;

/** Last words CRITERION_BEFORE can end with: its gate. */
export const CRITERION_BEFORE_ENDS = new WordEndings(['có', 'dụng', 'với', 'từ', 'trên']);

/**
 * A threshold stated without "trở lên": "tỷ lệ doanh nghiệp FDI có trên 200
 * lao động …", "doanh nghiệp có từ 30 lao động". Only a generic enterprise
 * (lower-case words after it, no proper name, no "này"/"đó") with "từ"/"trên": "Công ty
 * Pouchen có trên 2.000 lao động" and "các doanh nghiệp này sử dụng trên 9.300 lao động" stay stocks. Must match "doanh nghiệp FDI có trên ";
 * must not match "Công ty Pouchen có trên " or a workforce set against the firms ("212 doanh nghiệp nhưng sử dụng trên ").
 * ("doanh nghiệp dưới 10 lao động" is a class without "có".)
 */
// (Not a set of firms named as such: "Các doanh nghiệp có tổ chức đảng sử dụng trên 4.300 lao động".)
export const GENERIC_THRESHOLD_BEFORE = /(?<![\p{L}])(?<![Cc]ác )(?:doanh nghiệp|DN|đơn vị|nơi|trường|trường học|bệnh viện|phòng khám|HTX|hợp tác xã)(?: (?!(?:này|đó|ấy|nói|kể|nhưng|song|mà)(?![\p{L}]))(?:FDI|[\p{Ll}]+)){0,5} (?:có|sử dụng) (?:từ|trên|dưới) $|(?<![\p{L}])(?:doanh nghiệp|DN)(?: (?:FDI|nhỏ|vừa|siêu nhỏ|tư nhân|ngoài nhà nước))? dưới $|(?<![\p{L}])(?:giảm|tăng) số (?:doanh nghiệp|DN)(?: (?:FDI|nhỏ|vừa|siêu nhỏ|tư nhân|ngoài nhà nước))? (?:trên|từ) $/u;

/**
 * After an organisation count: "…, với (tổng số) 173 đảng viên" (see the
 * 'found' rule in scanSentence). Must match ", với tổng số 173"; must not match "với Đảng ủy".
 */
export const FOUND_WITH_MEMBERS = /(?:^|[\s,])với(?: tổng số)?(?: (?:hơn|trên|gần|khoảng|dưới))?\s*\d/iu;

/**
 * "… kết nạp Đảng", "… vào Đảng" after members: the admission is into the
 * Party, not the union. Must match "được kết nạp vào Đảng"; must not match "kết nạp vào Công đoàn".
 */
export const PARTY_ADMIT_HINT = /kết nạp (?:vào )?Đảng|vào Đảng|kết nạp đảng/u;

/**
 * "tăng 12 đảng viên so với năm 2022": a comparison with another period, not
 * this period's figure. Must match " đảng viên so với năm 2022"; must not match
 * one past a ";" (" đảng viên; so với").
 */
export const COMPARISON_AFTER = /^[^;]{0,40}?(?:so với|so cùng kỳ|so với cùng kỳ)/iu;

/**
 * A figure right after a plan word names the plan for the figure before: "14
 * CĐCS (kế hoạch 10)". Must match "(kế hoạch "; must not match "(kế hoạch số ".
 */
// ("vượt chỉ tiêu đề ra (150)", "vượt chỉ tiêu nhiệm kỳ (30)": the plan in brackets after its word.)
export const PLAN_BEFORE = /(?:kế hoạch|chỉ tiêu|KH)(?:\s+(?:cả\s+)?(?:năm|nhiệm kỳ))?(?:\s+(?:19|20)\d{2})?(?:\s+(?:đề ra|được giao|giao|đặt ra))?\s*(?::|\(|\s(?:là|đề ra là|giao là|giao))?\s*$/iu;

/**
 * "đạt lần lượt 45,9% và 47,5%", "đạt tương ứng 61,2% và 60%": percents that
 * qualify the figures before, in order. Must match "lần lượt"; must not match
 * "lần thứ" nor "tương ứng với".
 */
export const RESPECTIVELY = /lần lượt|tương ứng(?!\s+với)/iu;

/**
 * "năm" after these is the word for year, not five: "mỗi năm", "những năm",
 * "hằng năm". Must match "mỗi "; must not match "kết nạp ".
 */
export const YEAR_WORD_BEFORE = /(?:mỗi|hằng|hàng|các|những|trong|cả|nhiều|mấy|vài|từng|qua|sau|trước|đây|này|nọ|của|(?<![\p{L}])(?:đầu|cuối|giữa|nửa|sang))[\s,]*$/iu;

/**
 * A year said to be a year of something, before "năm": "Năm 2025 là năm tổ chức công đoàn tỉnh thực hiện sắp xếp…",
 * "Năm nay cũng là năm …": the word for year again, not five.
 */
export const YEAR_IS_BEFORE = /(?<![\p{L}])năm\s+(?:(?:19|20)\d{2}|nay|qua|ngoái|trước|này|đó|ấy)\s+(?:đã\s+|cũng\s+|sẽ\s+)?(?:là|được xem là|được coi là|được đánh giá là)\s+$/iu;

/**
 * A year label before a bare figure in a series: "năm 2015 là 143", "(năm 2021:
 * 38; năm 2022: 61)". The figure counts what the series' first figure counts.
 * Must match "năm 2015 là ", "năm 2022 tăng lên "; must not match "năm 2015 có ".
 */
// ("(2019: 5.120; 2020: 4.380": a bare year after ";" labels the next figure of the series; so do ", năm nay ", ", năm ngoái " in
// "năm ngoái kết nạp 4, năm nay 5".)
// (", năm 2021 có 19, năm 2022 có 22", "năm 2021 chỉ được hai", "năm 2024 lên 5": after a comma, "có", "được" and "lên" say
// the year's figure too.)
export const SERIES_LABEL_BEFORE = /(?:(?:năm|tháng \d{1,2}[-/.])\s*|;\s*)(?:19|20)\d{2}\s*(?::|là|đạt|(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+còn)?)\s*$|[,;]\s*(?:năm nay|năm ngoái|năm trước|năm qua)\s+(?:là\s+)?$|(?:^|[,;]\s*|\svà\s+)năm\s+(?:19|20)\d{2}\s+(?:(?:chỉ\s+|cũng\s+)?có|(?:chỉ\s+|cũng\s+)?(?:được|đạt)|lên)\s*$/iu;

/**
 * A report line headed by an honour lists who received it: "- Bằng khen của LĐLĐ tỉnh: 25 CĐCS
 * vững mạnh xuất sắc và 48 đoàn viên tiêu biểu". Matched on the text before a figure, from the
 * line or clause start through the ":" of the heading. Must not match "Kết nạp đảng viên: 56".
 */
export const AWARD_HEAD_BEFORE = /(?:^|[;:])\s*(?:[-+•*–]\s*)?(?:được\s+)?(?:(?:trao|tặng)\s+)?(?:Bằng khen|Giấy khen|Cờ thi đua|Cờ|Huân chương|Huy chương|Huy hiệu|Kỷ niệm chương|Danh hiệu|Khen thưởng)(?![\p{L}])[^:;]{0,80}:[^;]*$/iu;

/**
 * The size of a team in a story, not a count: "tổ trưởng tổ fillet cá với 40 người", "nhóm
 * thợ gồm 12 người", "mỗi ca có khoảng 300 công nhân", "ca 3 tại xưởng A3 có khoảng 320 công nhân", "tổ trưởng một chuyền lắp ráp 60 người". Matched on the text before "N người" or
 * "N công nhân". Must not match "tổ chức đảng với ", "Công ty có ", "đội ngũ với ".
 */
export const TEAM_SIZE_BEFORE = /(?<![\p{L}])(?:tổ(?! chức)(?! công đoàn)(?! đảng)|đội hình|đội(?! ngũ)|nhóm|mỗi ca|ca sản xuất|ca làm việc|ca \d{1,2}|chuyền|dây chuyền|kíp)(?![\p{L}])[^,;.]{0,48}?(?:\s(?:với|gồm|có))?(?:\s+(?:khoảng|gần|hơn|trên|chừng|xấp xỉ))?\s*$/iu;

/**
 * A conjunction that opens a clause of its own after a comma: "…, nhưng", "…, trong khi", "…, vì vậy". What the
 * clause says is not said of a figure before it.
 */
export const CLAUSE_CONJUNCTION = String.raw`(?:nhưng|song|nên|vì|do đó|vì vậy|trong khi|còn|tuy nhiên|bởi)(?![\p{L}])`;

/** A comma and a clause's conjunction (CLAUSE_CONJUNCTION): ", trong khi". */
export const NEW_CLAUSE = new RegExp(String.raw`,\s*${CLAUSE_CONJUNCTION}`, 'iu');

/**
 * People at an event, not a count of members or workers: "Hơn 1.000 đoàn viên, người lao động đã
 * tham dự buổi lễ", "79/87 đảng viên tham dự", "hơn 200 công nhân … đã tham gia diễn đàn", "Hơn 50 đoàn viên, công nhân cùng tổ
 * … đến chung vui". Matched on the clause after the noun. Must not match
 * "tham gia tổ chức công đoàn" (joining) or "tham dự 02 lớp cảm tình Đảng" (trainees).
 */
// (No other people counted between: in "kết nạp thêm 8 trăm đoàn viên, thành lập 2 CĐCS mới, … với khoảng 400 vận động viên
// tham dự" those present are the 400; "Gần 400 nữ công nhân đến từ 12 doanh nghiệp tham dự" are the 400.)
export const ATTENDED_AFTER = /^(?:(?!\d[\d.,]*\s+(?:người|vận động viên|VĐV|công nhân|CNLĐ|NLĐ|đoàn viên|ĐVCĐ|đại biểu|thanh niên|lao động|học viên)(?![\p{L}]))(?!,?\s(?:nên|nhưng|song)\s)[^;]){0,135}?(?<![\p{L}])(?:tham dự|có mặt|về dự|đến dự|dự (?:lễ|buổi|hội nghị|hội thảo|đại hội|chương trình|hội thi|ngày hội|diễn đàn|tọa đàm|toạ đàm)|tham gia (?:ngày hội|ngày chủ nhật|ngày thứ bảy|chiến dịch|hội thi|hội diễn|giải|lễ|buổi lễ|chương trình|chuyến|diễn đàn|tọa đàm|toạ đàm|hội nghị|hội thảo|buổi đối thoại|cuộc thi|mô hình)|cổ vũ|chung vui|chia vui|(?<!sự )chứng kiến|(?:đến|tới|về)\s+(?:chúc mừng|động viên|thăm hỏi))(?![\p{L}])(?![^;,.]{0,16}lớp)/iu;

/**
 * Entrants of a contest or a tournament, and the bodies that send them: "12 đội thi của 12 công đoàn
 * cơ sở", "60 thí sinh đến từ 15 CĐCS". Matched on the text before the figure. Must not match
 * "Công đoàn có ".
 */
export const CONTEST_ENTRANTS_BEFORE = /(?:đội thi|đội tham dự|đội tham gia|đội bóng|thí sinh|vận động viên|VĐV|tiết mục)(?![\p{L}])[^,;.]{0,24}\s(?:của|đến từ|thuộc)\s*$/iu;

/** A sentence listing those present: "Dự có ông …; đại diện …; và hơn 300 công nhân", "Tham gia lễ ra quân có hơn 250 đoàn viên". */
export const ATTENDANCE_LIST = /^\s*(?:Cùng dự|Cùng tham dự|Dự|Tham dự|Đến dự|Về dự|Tham gia|Cùng tham gia)(?:\s+(?:buổi lễ|lễ|hội nghị|đại hội|chương trình|lễ ra quân|lễ phát động|buổi gặp mặt|buổi đối thoại|hội nghị đối thoại|buổi tọa đàm|tọa đàm|diễn đàn|hội thi|ngày hội|buổi ra quân|chiến dịch)(?:\s+[^\s\d,;:.]+){0,3}?)?\s+(?:có|còn có)(?![\p{L}])/iu;

/**
 * The base of a ratio, never a count of its own: "cứ 100 công nhân thì có 2 đảng viên", "cứ gần 290 lao động mới
 * có", "tính bình quân trên 1.000 đoàn viên … có 2,6 người". Must not match "cử 100".
 */
export const RATIO_BASE_BEFORE = /(?<![\p{L}])(?:cứ(?:\s+(?:gần|khoảng|hơn|trên|chừng))?|(?:bình quân|trung bình) (?:trên|cho) mỗi|(?:tính )?(?:bình quân|trung bình) trên)\s*$/iu;

/**
 * Organisations said to be new after their noun: "công nhận 6 CĐCS mới thành lập", "hai chi bộ HTX mới thành lập" (a
 * word or two of what they are between, not a place: "CĐCS tại các doanh nghiệp mới thành lập"). Must not match "mới có".
 */
export const NEWLY_FOUNDED_AFTER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:(?:(?!(?:tại|ở|trong|của|các|thuộc|với|và|có|là|đã|được|mới)\s)[^\s\d,;.:()]+\s+){0,2}(?=mới(?: được)? thành lập))?(?:(?:(?:đã|vừa)\s+)?(?:mới thành lập|mới được thành lập|được thành lập mới)|thành lập mới|(?:phải |bị |đã |đã bị |đã phải )?giải thể)(?![\p{L}])/iu;

/**
 * What a percent after these words is of is money or the economy, never our
 * metrics: "2% quỹ lương", "8% GDP", "tăng 15% doanh thu", events ("100% cuộc ngừng việc", "100% vụ tranh chấp"). Must not match
 * "62% đảng viên".
 */
export const PERCENT_NOT_METRIC_AFTER = /^\s*(?:trở lên\s+)?(?:(?:tổng )?số\s+)?(?:quỹ lương|tổng quỹ lương|lương|tiền lương|tiền công|thu nhập|tiền|học phí|chi phí|GDP|GRDP|tổng sản phẩm|giá trị tăng thêm|kim ngạch|kinh phí|doanh thu|lợi nhuận|lãi suất|vốn|giá trị|ngân sách|dự toán|tổng thu|số thu|số phải thu|phải thu|thôn|xóm|bản|buôn|ấp|làng|bon|sóc|khu phố|tổ dân phố|tổ nhân dân|khu dân cư|xã|phường|thị trấn|hộ|hội viên|chi hội|người được hỏi|người trả lời|ý kiến|cuộc|vụ|vụ việc|buổi|lượt|kiến nghị|hồ sơ|văn bản|sáng kiến)(?![\p{L}])/iu;

/**
 * Units none of our metrics counts, that may have a body of ours ("trường đã có CĐCS", "12 resort đã có CĐCS"), and
 * those bodies (group-free sources, for the count and rate rules that read "units that have a body" as those bodies).
 */
export const UNITS_NO_METRIC_COUNTS = 'HTX|hợp tác xã|đơn vị|trường(?: học)?|bệnh viện|phòng khám|cơ sở giáo dục|cơ sở y tế|khách sạn|resort|khu nghỉ dưỡng|khu du lịch|nhà hàng|siêu thị|cửa hàng|chi nhánh';
export const BODIES_A_UNIT_HAS = 'chi bộ|tổ chức đảng|tổ chức cơ sở đảng|CĐCS|công đoàn cơ sở|tổ chức công đoàn|chi đoàn|tổ chức Đoàn|tổ chức đoàn';

/** A label naming only who were admitted or referred (group 1: the deed): "số được kết nạp từ doanh nghiệp FDI chỉ ". */
export const DEED_ONLY_LABEL_HEAD = String.raw`(?<![\p{L}])số\s+(?:người\s+)?(?:đã\s+)?được\s+(kết nạp|giới thiệu)(?![\p{L}])`;
