/**
 * Sentence → facts tables: what the rules must read, and a second table of
 * inputs that must yield no fact (STYLE.md point 6).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract/extract-facts.js';
import { _checkGates } from '../extract/needed-words.js';
import { normalizeText } from '../extract/normalize-text.js';

type Row = [metric: string, value: number, unit: string, kind: string, approx?: string, valueMax?: number];

// Every gated rule checks, on every row, that its gate skipped no match (extract/needed-words.ts).
_checkGates(true);

const read = (text: string): Row[] =>
  extractFacts(normalizeText(text), { published: '2024-06-02' }).map((f) => {
    const row: Row = [f.metric, f.value, f.unit, f.kind, f.approx];
    if (f.value_max !== undefined) row.push(f.value_max);
    return row;
  });

describe('extractFacts: what is counted, how, and how sure', () => {
  it.each<[string, Row[]]>([
    ['Năm 2023, Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 156 đảng viên mới.', [['party_admissions', 156, 'count', 'flow', 'exact']]],
    // Women among those counted: "nữ" before the noun, "N là nữ" and "N nữ" after a count, whatever the next clause says.
    ['Công đoàn KCN đã giới thiệu 58 nữ đoàn viên ưu tú cho Đảng, 21 người đã được kết nạp.', [['referrals', 58, 'count', 'flow', 'exact'], ['party_admissions', 21, 'count', 'flow', 'exact']]],
    ['Giai đoạn tới, LĐLĐ tỉnh đề ra mục tiêu mỗi năm giới thiệu ít nhất 300 nữ đoàn viên ưu tú cho tổ chức đảng xem xét, bồi dưỡng kết nạp.', [['referrals', 300, 'count', 'target', 'at_least']]],
    ['Năm 2017, các cấp công đoàn giới thiệu 286 đoàn viên ưu tú cho Đảng, trong đó 171 là nữ; 119 người được kết nạp.', [['referrals', 286, 'count', 'flow', 'exact'], ['referrals', 171, 'count', 'flow', 'exact'], ['party_admissions', 119, 'count', 'flow', 'exact']]],
    ['Hiện doanh nghiệp có 6.300 lao động, 4.900 là nữ.', [['workers', 6300, 'count', 'stock', 'exact'], ['workers', 4900, 'count', 'stock', 'exact']]],
    ['Năm qua chi bộ đã kết nạp 17 đảng viên, 12 là nữ; hiện chi bộ có 29 đảng viên.', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 12, 'count', 'flow', 'exact'], ['party_members', 29, 'count', 'stock', 'exact']]],
    ['Công đoàn các KCN khu vực này có 138 CĐCS, 61.247 đoàn viên, trong đó 43.118 nữ.', [['union_grassroots', 138, 'count', 'stock', 'exact'], ['union_members', 61247, 'count', 'stock', 'exact'], ['union_members', 43118, 'count', 'stock', 'exact']]],
    // Bodies handed over to another committee move in the period, and the members that go with them; what a body is
    // made of by a merger, and what a committee "received" (the 2025 reorganisation), stay stocks.
    ['Năm 2020, Đảng bộ thành phố bàn giao 4 tổ chức cơ sở đảng, 162 đảng viên về Đảng ủy Khối.', [['party_organizations', 4, 'count', 'flow', 'exact'], ['party_members', 162, 'count', 'flow', 'exact']]],
    ['Sau thoái vốn, Đảng ủy Khối đã chuyển giao 5 tổ chức cơ sở đảng với 146 đảng viên về các huyện ủy.', [['party_organizations', 5, 'count', 'flow', 'exact'], ['party_members', 146, 'count', 'flow', 'exact']]],
    ['Đoàn cơ sở Công ty được thành lập trên cơ sở hợp nhất 3 chi đoàn bộ phận.', [['youth_organizations', 3, 'count', 'stock', 'exact']]],
    ['Đảng ủy phường đã tiếp nhận 14 chi bộ doanh nghiệp với 236 đảng viên.', [['party_organizations', 14, 'count', 'stock', 'exact'], ['party_members', 236, 'count', 'stock', 'exact']]],
    // Those of a group of new members named after a short lead-in are new members too.
    ['Theo báo cáo, trong số đảng viên mới được kết nạp, 127 đảng viên là công nhân trực tiếp sản xuất.', [['party_admissions', 127, 'count', 'flow', 'exact']]],
    // A part of a breakdown in words, with no noun, named by "là" (not "năm là", fifthly).
    ['Công ty hiện có hơn ba nghìn hai trăm công nhân, trong đó gần hai nghìn là thợ lò.', [['workers', 3200, 'count', 'stock', 'more_than'], ['workers', 2000, 'count', 'stock', 'about']]],
    ['Chi bộ có 31 đảng viên, trong đó mười bốn là nữ.', [['party_members', 31, 'count', 'stock', 'exact'], ['party_members', 14, 'count', 'stock', 'exact']]],
    ['Trong đó, năm là tăng cường công tác kết nạp 20 đảng viên.', [['party_admissions', 20, 'count', 'flow', 'exact']]],
    // Members broken down by their trade are members; the workforce a rate of members is taken over stays workers.
    ['Nghiệp đoàn ra mắt với 167 đoàn viên, gồm 58 lái xe taxi truyền thống và 109 lái xe chạy qua ứng dụng.', [['union_members', 167, 'count', 'stock', 'exact'], ['union_members', 58, 'count', 'stock', 'exact'], ['union_members', 109, 'count', 'stock', 'exact']]],
    ['Toàn tỉnh có 1.702 CĐCS, 84.915 đoàn viên; trong đó 418 CĐCS khu vực doanh nghiệp với 41.276 đoàn viên/52.380 CNLĐ.', [['union_grassroots', 1702, 'count', 'stock', 'exact'], ['union_members', 84915, 'count', 'stock', 'exact'], ['union_grassroots', 418, 'count', 'stock', 'exact'], ['union_members', 41276, 'count', 'stock', 'exact'], ['workers', 52380, 'count', 'stock', 'exact']]],
    // Members of a union admitted to the Party are admissions; tradesmen are workers.
    ['Riêng 9 tháng, nghiệp đoàn kết nạp 391 đoàn viên; có 2 thợ xây là đoàn viên nghiệp đoàn được kết nạp vào Đảng.', [['union_members', 391, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Năm 2023, có 2 công nhân là đoàn viên công đoàn được kết nạp vào Đảng.', [['party_admissions', 2, 'count', 'flow', 'exact']]],
    // A rate the clause names before its figure is that rate, over whatever whole follows; how far a round of
    // congresses has got is no rate of ours.
    ['Mục tiêu mỗi năm kết nạp ít nhất 12 đảng viên; đến cuối nhiệm kỳ tỷ lệ đảng viên đạt 13% tổng số lao động.', [['party_admissions', 12, 'count', 'target', 'at_least'], ['party_members', 13, 'percent', 'target', 'exact']]],
    ['Đến ngày 5/4/2020, 100% tổ chức cơ sở đảng trực thuộc Đảng bộ Khối đã tổ chức xong đại hội nhiệm kỳ 2020-2025; Đảng bộ có 58 tổ chức cơ sở đảng.', [['party_organizations', 58, 'count', 'stock', 'exact']]],
    // A cell's committee is its size, no count of members.
    ['Chi bộ ra mắt với 6 đảng viên; Chi ủy gồm 3 đồng chí, đồng chí Hoàng Văn Lực được chỉ định làm Bí thư.', [['party_members', 6, 'count', 'stock', 'exact']]],
    // People who join, the union left unsaid after a union subject; an admission that is only the aim is none.
    ['Nhờ đó, chỉ trong quý III, công đoàn đã vận động thêm hơn 200 người gia nhập.', [['union_members', 200, 'count', 'flow', 'more_than']]],
    ['Công đoàn tổ chức giải bóng đá có 200 người tham gia.', []],
    ['Hiện chi bộ đang tạo nguồn, hai quần chúng ưu tú là tổ trưởng sản xuất đang được bồi dưỡng để xem xét kết nạp.', [['trainees', 2, 'count', 'flow', 'exact']]],
    // A rate of unions that set up a women's committee is no rate of ours (the threshold stays a condition of the goal).
    ['Phấn đấu 100% CĐCS có từ 10 đoàn viên nữ trở lên thành lập ban nữ công quần chúng.', [['union_members', 10, 'count', 'target', 'at_least']]],
    // "một" that closes a list of counts of the same noun is a count; elsewhere it stays an article.
    ['Từ tháng 7 đến nay, Đảng bộ phường kết nạp 12 đảng viên, có ba đồng chí là công nhân và một đồng chí là chủ doanh nghiệp trẻ.', [['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 3, 'count', 'flow', 'exact'], ['party_admissions', 1, 'count', 'flow', 'exact']]],
    ['Đến nay, Đảng ủy xã đã thành lập 2 chi bộ HTX và một chi bộ ghép gồm đảng viên ở các doanh nghiệp tư nhân.', [['party_organizations', 2, 'count', 'flow', 'exact'], ['party_organizations', 1, 'count', 'flow', 'exact']]],
    ['Ông cho biết công ty và một đảng viên trẻ đã phối hợp với 3 chi bộ.', [['party_organizations', 3, 'count', 'stock', 'exact']]],
    // A place described by its firms is no size threshold; units that set up a union count the unions; members at a meeting are present, not counted.
    ['Còn tại Thanh Hóa, nơi có trên 400 doanh nghiệp FDI, LĐLĐ tỉnh làm việc với các doanh nghiệp.', [['enterprises', 400, 'count', 'stock', 'more_than']]],
    ['Cả nước hiện có khoảng 26.000 doanh nghiệp FDI đang hoạt động, nhưng mới 9.870 đơn vị thành lập công đoàn cơ sở, chiếm 38%.', [['enterprises', 26000, 'count', 'stock', 'about'], ['union_grassroots', 9870, 'count', 'stock', 'exact'], ['union_grassroots', 38, 'percent', 'share', 'exact']]],
    ['Tại Công ty TNHH Xây dựng Hồng Lĩnh, chi bộ có 14 đảng viên nhưng thường xuyên chỉ có 5 - 6 đồng chí dự sinh hoạt vì phần lớn đang thi công.', [['party_members', 14, 'count', 'stock', 'exact']]],
    // Members of a "nghiệp đoàn cơ sở" are union members; a union body that admits drivers recruits them; a referral
    // may name who refers; a workforce set against the firms is no size threshold; both figures of a hedged ratio are none.
    ['Theo LĐLĐ TP Cần Thơ, toàn thành phố hiện có 7 nghiệp đoàn cơ sở với 1.046 đoàn viên, gồm các nghiệp đoàn bốc xếp, xe ôm.', [['union_grassroots', 7, 'count', 'stock', 'exact'], ['union_members', 1046, 'count', 'stock', 'exact']]],
    ['Đến cuối tháng 5-2019, các CĐCS ở 9 hãng taxi đã kết nạp 1.034 lái xe hợp tác kinh doanh.', [['union_members', 1034, 'count', 'flow', 'exact']]],
    ['Trong số đoàn viên CĐCS hộ kinh doanh có 7 đảng viên; có 12 đoàn viên được công đoàn giới thiệu cho chi bộ khu phố xem xét, bồi dưỡng.', [['party_members', 7, 'count', 'stock', 'exact'], ['referrals', 12, 'count', 'flow', 'exact']]],
    ['Khu vực FDI dù chỉ có 212 doanh nghiệp nhưng sử dụng trên 110.000 lao động.', [['enterprises', 212, 'count', 'stock', 'exact'], ['workers', 110000, 'count', 'stock', 'more_than']]],
    ['Vẫn còn khoảng 12 doanh nghiệp sử dụng dưới 25 lao động chưa thành lập CĐCS.', [['enterprises', 12, 'count', 'stock', 'about']]],
    ['Tính bình quân, cứ 13 doanh nghiệp mới có 1 tổ chức đảng và cứ gần 290 lao động mới có 1 đảng viên.', []],
    // People who sign up to join have joined; a request that each body do something is a goal.
    ['Ngay tại buổi lễ, có 684 NLĐ tự nguyện đăng ký gia nhập công đoàn, đạt 60,7% tổng số lao động.', [['union_members', 684, 'count', 'flow', 'exact'], ['union_members', 60.7, 'percent', 'share', 'exact']]],
    ['Thời gian tới, LĐLĐ tỉnh đề nghị mỗi CĐCS ở doanh nghiệp có tổ chức đảng giới thiệu ít nhất 2 đoàn viên ưu tú mỗi năm.', [['referrals', 2, 'count', 'target', 'at_least']]],
    // An age is no count; an age that qualifies those counted after it leaves their count alone.
    ['MekongCX hiện có 1.126 lao động, trong đó 78% là nữ, độ tuổi bình quân 24.', [['workers', 1126, 'count', 'stock', 'exact'], ['workers', 78, 'percent', 'share', 'exact']]],
    ['Có 11 tổ chức cơ sở đoàn với 742 đoàn viên; thanh niên công nhân dưới 30 tuổi khoảng 3.600 người.', [['youth_organizations', 11, 'count', 'stock', 'exact'], ['youth_members', 742, 'count', 'stock', 'exact'], ['youth_members', 3600, 'count', 'stock', 'about']]],
    // A firm's people, a subject and a hedge before a percent, a subject before "mới khoảng N người", class attendances.
    ['Công ty em có hơn 5.000 người nhưng chưa có tổ chức đảng.', [['workers', 5000, 'count', 'stock', 'more_than']]],
    ['Khu vực này có gần 135.000 công nhân lao động, mà đảng viên chưa đến 0,6%.', [['workers', 135000, 'count', 'stock', 'about'], ['party_members', 0.6, 'percent', 'share', 'less_than']]],
    ['Khu vực kinh tế này thu hút hàng triệu lao động, nhưng đảng viên làm việc trong đó mới khoảng 160.000 người.', [['party_members', 160000, 'count', 'stock', 'about']]],
    ['Các trung tâm chính trị đã mở 1.036 lớp bồi dưỡng nhận thức về Đảng với hơn 62.000 lượt học viên.', [['training_classes', 1036, 'count', 'flow', 'exact'], ['trainees', 62000, 'count', 'flow', 'more_than']]],
    ['Ngày hội thu hút 6.000 lượt đoàn viên tham gia.', []],
    // A verb in brackets governs only there; a quota named before a bracket is restated in it.
    ['Toàn tỉnh có 1.362 CĐCS, tăng 164 CĐCS và 9.406 đoàn viên so với đầu nhiệm kỳ (năm 2018 có 1.198 CĐCS, 43.411 đoàn viên).', [['union_grassroots', 1362, 'count', 'stock', 'exact'], ['union_grassroots', 164, 'count', 'flow', 'exact'], ['union_members', 9406, 'count', 'flow', 'exact'], ['union_grassroots', 1198, 'count', 'stock', 'exact'], ['union_members', 43411, 'count', 'stock', 'exact']]],
    // Both ends of a change are states; the first counts what the second names.
    ['Sau hai năm thành lập, chi bộ đã phát triển từ 3 lên 11 đảng viên.', [['party_members', 3, 'count', 'stock', 'exact'], ['party_members', 11, 'count', 'stock', 'exact']]],
    ['Số lao động làm việc trong các KCN tăng từ gần 9.000 người năm 2010 lên hơn 38.000 người hiện nay.', [['workers', 9000, 'count', 'stock', 'about'], ['workers', 38000, 'count', 'stock', 'more_than']]],
    // Admitted after being referred; people of a breakdown described by what they are; "chiếm N% số X" names the whole.
    ['Riêng khối DN ngoài nhà nước giới thiệu 96 đoàn viên, kết nạp 31 đoàn viên là công nhân trực tiếp sản xuất.', [['referrals', 96, 'count', 'flow', 'exact'], ['party_admissions', 31, 'count', 'flow', 'exact']]],
    ['Năm 2023 kết nạp 18 đảng viên, trong đó có 11 đồng chí là đoàn viên thanh niên, 4 đồng chí là lao động.', [['party_admissions', 18, 'count', 'flow', 'exact'], ['party_admissions', 11, 'count', 'flow', 'exact'], ['party_admissions', 4, 'count', 'flow', 'exact']]],
    ['Đến nay công đoàn cơ sở đã có 287 đoàn viên, chiếm 91% số lao động của công ty.', [['union_members', 287, 'count', 'stock', 'exact'], ['union_members', 91, 'percent', 'share', 'exact']]],
    ['Đảng viên là người dân tộc thiểu số (S\'tiêng, M\'nông, Khmer) có 74 đồng chí.', [['party_members', 74, 'count', 'stock', 'exact']]],
    ['Năm 2023, toàn huyện kết nạp 47 đảng viên (45 tín đồ Cao Đài, 02 tín đồ Phật giáo).', [['party_admissions', 47, 'count', 'flow', 'exact'], ['party_admissions', 45, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Hiện có 8 chi đoàn HTX với 137 đoàn viên, nhiều đoàn viên đã được giới thiệu cho Đảng.', [['youth_organizations', 8, 'count', 'stock', 'exact'], ['youth_members', 137, 'count', 'stock', 'exact']]],
    ['Năm nay xã có mười hai đoàn viên được giới thiệu đi học lớp cảm tình Đảng, đã có bảy bạn được kết nạp.', [['referrals', 12, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['Đảng ủy phường phấn đấu đến cuối năm kết nạp đạt và vượt chỉ tiêu 50 đảng viên.', [['party_admissions', 50, 'count', 'target', 'exact']]],
    // Members struck off, dead, transferred away or received from elsewhere move the membership in the period.
    ['Cấp ủy các cấp cũng đã xóa tên 6 đảng viên; có 4 đảng viên từ trần.', [['party_members', 6, 'count', 'flow', 'exact'], ['party_members', 4, 'count', 'flow', 'exact']]],
    ['Đảng ủy Công ty đã kết nạp 8 đảng viên mới, tiếp nhận 3 đảng viên chuyển sinh hoạt đảng đến từ các đơn vị khác.', [['party_admissions', 8, 'count', 'flow', 'exact'], ['party_members', 3, 'count', 'flow', 'exact']]],
    ['Đảng ủy Khối đã hoàn tất thủ tục chuyển sinh hoạt đảng cho 29 đồng chí về nơi làm việc mới; xóa tên 8 trường hợp tự ý bỏ sinh hoạt đảng.', [['party_members', 29, 'count', 'flow', 'exact'], ['party_members', 8, 'count', 'flow', 'exact']]],
    ['Đảng bộ Công ty đã kết nạp 21 đảng viên mới; tiếp nhận 5 đảng viên chuyển đến, chuyển đi 7 đảng viên.', [['party_admissions', 21, 'count', 'flow', 'exact'], ['party_members', 5, 'count', 'flow', 'exact'], ['party_members', 7, 'count', 'flow', 'exact']]],
    ['Chi bộ đã tiếp nhận 4 đồng chí từ các chi bộ ấp chuyển về.', [['party_members', 4, 'count', 'flow', 'exact']]],
    ['Năm qua có 41 đảng viên chuyển sinh hoạt về địa phương nơi cư trú.', [['party_members', 41, 'count', 'flow', 'exact']]],
    ['Trong năm, toàn Đảng bộ kết nạp 226 đảng viên; xóa tên 9 đảng viên vi phạm tư cách đảng viên, tự ý bỏ sinh hoạt.', [['party_admissions', 226, 'count', 'flow', 'exact'], ['party_members', 9, 'count', 'flow', 'exact']]],
    // (Not those a body was founded with, nor members who left their job: they are still members.)
    ['Chi bộ ra đời với 3 đảng viên chuyển sinh hoạt về, nay có 9 đảng viên.', [['party_members', 3, 'count', 'stock', 'exact'], ['party_members', 9, 'count', 'stock', 'exact']]],
    ['Rà soát phát hiện 37 đảng viên đã nghỉ việc tại doanh nghiệp nhưng chưa làm thủ tục chuyển sinh hoạt đảng.', [['party_members', 37, 'count', 'stock', 'exact']]],
    // A label that names the members, not those added, is the stock that changed; the state a change reached is a state.
    ['Cùng với 63 đảng viên được kết nạp mới, tổng số đảng viên của Đảng bộ Khối tăng 36 đồng chí so với đầu năm.', [['party_admissions', 63, 'count', 'flow', 'exact'], ['party_members', 36, 'count', 'flow', 'exact']]],
    ['Tại 3 chi bộ, số đảng viên giảm xuống dưới 10 đồng chí.', [['party_organizations', 3, 'count', 'stock', 'exact'], ['party_members', 10, 'count', 'stock', 'less_than']]],
    // People honoured, found at fault, reminded or mentored one each are no count; nor is the size of each of many units.
    ['Đề nghị trao Huy hiệu Đảng cho 74 đồng chí, trong đó có 3 đồng chí nhận Huy hiệu 50 năm tuổi Đảng.', []],
    ['Kết luận cả 3 đảng viên có vi phạm đến mức phải thi hành kỷ luật.', []],
    ['Qua giám sát, nhắc nhở 2 chi bộ chậm gửi giấy giới thiệu sinh hoạt đảng.', []],
    ['Mỗi đảng viên được phân công giúp đỡ 1 quần chúng ưu tú phấn đấu vào Đảng.', []],
    ['Nhiều điểm bưu điện chỉ có 1 nhân viên nên việc bố trí thời gian học lớp bồi dưỡng nhận thức về Đảng gặp trở ngại.', []],
    ['Tuy vậy, nhiều doanh nghiệp nhỏ chỉ có 1-2 đảng viên nên chưa đủ điều kiện lập chi bộ.', []],
    // In speech a hedge may stand for the verb after a subject that opens the sentence.
    ['Lao động trong các DN trên địa bàn cỡ 52.000, nhiều người từ miền Tây lên thuê trọ.', [['workers', 52000, 'count', 'stock', 'about']]],
    ['Lao động làm việc trong các KCX&CN khoảng 42.500 người, tập trung ở Trà Nóc.', [['workers', 42500, 'count', 'stock', 'about']]],
    ['Tức là cứ 100 công nhân thì có chừng 94 người là đoàn viên.', []],
    // A vote is no share of ours; the set a share is taken from may come before "là".
    ['Người lao động đã biểu quyết thông qua thỏa ước với tỷ lệ 98,6% tán thành.', []],
    ['Kết quả biểu quyết có 94,3% người lao động đồng ý với nội dung thỏa ước.', []],
    ['Công ty có 1.200 công nhân. Hơn 90% trong số đó là công đoàn viên.', [['workers', 1200, 'count', 'stock', 'exact'], ['union_members', 90, 'percent', 'share', 'more_than']]],
    ['Ở một số doanh nghiệp, đảng viên chỉ có 1 - 2 người, chưa đủ điều kiện để thành lập chi bộ.', []],
    // A label may name only the deed; a rate of admissions may name its period and a floor.
    ['Tuy vậy, số được kết nạp từ doanh nghiệp FDI chỉ là 9 người.', [['party_admissions', 9, 'count', 'flow', 'exact']]],
    ['Phấn đấu tỷ lệ đoàn viên đạt từ 80% trở lên.', [['union_members', 80, 'percent', 'target', 'at_least']]],
    // A footnote mark glued to a figure is none; "một số" (some) is no label.
    ['Số đảng viên đang làm việc trong doanh nghiệp ngoài nhà nước chỉ chiếm khoảng 2%(1).', [['party_members', 2, 'percent', 'share', 'about']]],
    ['Thành ủy giao từng ủy viên đỡ đầu một số doanh nghiệp, nhờ vậy trong 5 năm đã kết nạp được 23 chủ doanh nghiệp.', [['party_admissions', 23, 'count', 'flow', 'exact']]],
    // Schools or hospitals that have a body count those bodies, as a count or a share; their size threshold is none.
    ['Hiện 32 trường đã có CĐCS với 1.986 đoàn viên công đoàn.', [['union_grassroots', 32, 'count', 'stock', 'exact'], ['union_members', 1986, 'count', 'stock', 'exact']]],
    ['Phấn đấu 100% trường có từ 30 lao động trở lên có tổ chức công đoàn.', [['union_grassroots', 100, 'percent', 'target', 'exact']]],
    // A staff listed with its workers is a workforce (members, if said to join the union); students are no trainees.
    ['Trường có đội ngũ gồm gần 800 cán bộ, giảng viên, người lao động.', [['workers', 800, 'count', 'stock', 'about']]],
    ['Đại hội đề ra mục tiêu: 100% cán bộ, công chức, viên chức, người lao động đủ điều kiện tham gia công đoàn.', [['union_members', 100, 'percent', 'target', 'exact']]],
    ['Trường có 7 chi bộ với 143 đảng viên; trường có hơn 6.200 sinh viên đang theo học.', [['party_organizations', 7, 'count', 'stock', 'exact'], ['party_members', 143, 'count', 'stock', 'exact']]],
    ['Khu vực này là nơi tập trung hơn 70% lực lượng lao động làm công hưởng lương.', [['workers', 70, 'percent', 'share', 'more_than']]],
    ['Cả nước có hơn 11,3 triệu đoàn viên công đoàn, nhưng số được giới thiệu cho Đảng mỗi năm chỉ vào khoảng 1%.', [['union_members', 11300000, 'count', 'stock', 'more_than'], ['referrals', 1, 'percent', 'share', 'about']]],
    ['Tỷ lệ kết nạp so với số được giới thiệu đạt 39,8%.', [['party_admissions', 39.8, 'percent', 'share', 'exact']]],
    // Members a new branch gathers are what it has; young workers admitted to the Youth Union are its new members.
    ['Huyện đoàn cũng thành lập 3 chi đoàn ở các phòng khám, tập hợp 71 đoàn viên.', [['youth_organizations', 3, 'count', 'flow', 'exact'], ['youth_members', 71, 'count', 'stock', 'exact']]],
    ['Đợt này, 86 thanh niên công nhân tại 9 doanh nghiệp trong KCN được kết nạp vào Đoàn.', [['youth_members', 86, 'count', 'flow', 'exact'], ['enterprises', 9, 'count', 'stock', 'exact']]],
    // Workers insured are a workforce; rates of money are none of ours.
    ['LĐLĐ đã rà soát 2.915 doanh nghiệp đang đóng bảo hiểm xã hội cho 196.480 lao động.', [['enterprises', 2915, 'count', 'stock', 'exact'], ['workers', 196480, 'count', 'stock', 'exact']]],
    ['Thu kinh phí công đoàn chỉ đạt 62,5% do nhiều doanh nghiệp thiếu đơn hàng.', []],
    ['Số kinh phí được phân phối để lại CĐCS theo tỷ lệ 75% đã được cấp kịp thời.', []],
    ['Số lao động thuộc diện phải đóng kinh phí công đoàn tại các doanh nghiệp này là 31.260 người.', [['workers', 31260, 'count', 'stock', 'exact']]],
    // Conditions the rules set, sponsors required and a case weighed against the rules are no counts.
    ['Theo Điều lệ, CĐCS được thành lập khi có từ 5 đoàn viên hoặc 5 người lao động trở lên có đơn tự nguyện.', []],
    ['Khi đã đủ 3 đảng viên chính thức, công ty cần có văn bản đồng ý của chủ doanh nghiệp.', []],
    ['Người vào Đảng phải có hai đảng viên chính thức giới thiệu.', []],
    ['Như vậy, với 25 lao động, công ty của anh hoàn toàn đủ điều kiện thành lập công đoàn cơ sở.', []],
    // Hotels or resorts that have a body count those bodies; members said to fall are a flow.
    ['Các resort sử dụng khoảng 7.800 lao động, trong đó 12 resort đã có CĐCS.', [['workers', 7800, 'count', 'stock', 'about'], ['union_grassroots', 12, 'count', 'stock', 'exact']]],
    ['6 tháng đầu năm 2023 có trên 38.000 đoàn viên giảm do nghỉ việc, chuyển nơi làm việc.', [['union_members', 38000, 'count', 'flow', 'more_than']]],
    // A rank out of a field, and a pair honoured together, are no counts.
    ['Về số lượng kết nạp, Đảng bộ xếp thứ 2/9 đảng bộ trực thuộc Thành ủy.', []],
    ['Dịp này, 14 tổ chức cơ sở đảng và 36 đảng viên được Đảng ủy Khối tặng giấy khen.', []],
    // A ranking by a deed counts the deed; members "kết nạp mới" are new ones; firms employ a share of the workforce.
    ['Đứng đầu về số lượng kết nạp là Đảng bộ Công ty Thủy sản Minh Hải Tân với 9 đảng viên; xếp thứ hai là Đảng bộ Công ty Điện lực với 7 đảng viên.', [['party_admissions', 9, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['LĐLĐ huyện Nghĩa Hưng dẫn đầu với 1.426 đoàn viên kết nạp mới, LĐLĐ huyện Ý Yên đứng thứ hai với 1.187 đoàn viên.', [['union_members', 1426, 'count', 'flow', 'exact'], ['union_members', 1187, 'count', 'flow', 'exact']]],
    ['Đảng bộ đứng đầu khối với 300 đảng viên.', [['party_members', 300, 'count', 'stock', 'exact']]],
    // Young workers at work are a workforce; those the Youth Union holds are its members.
    ['Khoảng 32.000 thanh niên công nhân đang làm việc tại 1.150 doanh nghiệp.', [['workers', 32000, 'count', 'stock', 'about'], ['enterprises', 1150, 'count', 'stock', 'exact']]],
    ['Tỷ lệ thanh niên công nhân được tập hợp vào tổ chức Đoàn đạt 21,6%.', [['youth_members', 21.6, 'percent', 'share', 'exact']]],
    // Workers laid off are none; "tăng lên N" is the state reached; classes of law or skills are none of ours.
    ['Tại Công ty với hơn 6.000 công nhân, khi doanh nghiệp dự kiến cắt giảm 1.200 lao động, công đoàn đã đối thoại.', [['workers', 6000, 'count', 'stock', 'more_than']]],
    ['Chi bộ công ty được thành lập với 5 đảng viên, đến nay đã tăng lên 13 đảng viên.', [['party_members', 5, 'count', 'stock', 'exact'], ['party_members', 13, 'count', 'stock', 'exact']]],
    ['Năm 2021, LĐLĐ tỉnh sẽ mở 4 lớp bồi dưỡng cho khoảng 200 cán bộ CĐCS về pháp luật lao động và kỹ năng đối thoại.', []],
    // A workforce right after a share is its whole; workers among those a union recruited are recruits.
    ['CĐCS của công ty có 286 đoàn viên, chiếm 97% lao động.', [['union_members', 286, 'count', 'stock', 'exact'], ['union_members', 97, 'percent', 'share', 'exact']]],
    // A committee's size, a group restated, an event's turnout and a share of teams with members are no counts.
    ['LĐLĐ huyện trao quyết định thành lập CĐCS Công ty Phúc An với 312 đoàn viên, ra mắt BCH lâm thời gồm 5 đồng chí.', [['union_members', 312, 'count', 'stock', 'exact']]],
    ['Cả 4 đồng chí đều là tổ trưởng sản xuất, đã qua lớp bồi dưỡng nhận thức về Đảng năm 2017.', []],
    ['Ngay trong buổi lễ, hơn 500 đoàn viên thanh niên, lực lượng vũ trang cùng nhân dân trồng 3.000 cây keo.', []],
    ['Đảng ủy Công ty đặt mục tiêu đến năm 2020 có 220 đảng viên, 100% tổ sản xuất có đảng viên.', [['party_members', 220, 'count', 'target', 'exact']]],
    // New members, and bodies launched or recognised by decision, are this period's.
    ['Tin toàn quốc: Gần 300.000 đoàn viên mới trong 5 tháng', [['union_members', 300000, 'count', 'flow', 'about']]],
    // Bulletins' capitals for the deeds and bodies: "KN", "GT", "ĐB cơ sở", "CB cơ sở", "LĐ"; "được KN Đảng".
    ['- Năm 2016: KN 142 ĐV (đạt 118,3% chỉ tiêu); thành lập mới 3 TCCSĐ.', [['party_admissions', 142, 'count', 'flow', 'exact'], ['party_admissions', 118.3, 'percent', 'achievement', 'exact'], ['party_organizations', 3, 'count', 'flow', 'exact']]],
    ['- Đảng bộ Khối hiện có 76 TCCSĐ (21 ĐB cơ sở, 55 CB cơ sở); 3.894 ĐV.', [['party_organizations', 76, 'count', 'stock', 'exact'], ['party_organizations', 21, 'count', 'stock', 'exact'], ['party_organizations', 55, 'count', 'stock', 'exact'], ['party_members', 3894, 'count', 'stock', 'exact']]],
    ['- Khu vực DN: 187 CĐCS, 14.302 ĐVCĐ/15.980 LĐ.', [['union_grassroots', 187, 'count', 'stock', 'exact'], ['union_members', 14302, 'count', 'stock', 'exact'], ['workers', 15980, 'count', 'stock', 'exact']]],
    ['- GT 63 ĐVCĐ ưu tú cho cấp ủy; 29 được KN Đảng.', [['referrals', 63, 'count', 'flow', 'exact'], ['party_admissions', 29, 'count', 'flow', 'exact']]],
    ['Công đoàn giới thiệu 63 đoàn viên ưu tú cho cấp ủy; 29 được kết nạp Đảng.', [['referrals', 63, 'count', 'flow', 'exact'], ['party_admissions', 29, 'count', 'flow', 'exact']]],
    // Victims, the evacuated, a safety network, a drill's turnout and safety classes are none of ours.
    ['Tình huống giả định: tại lò chợ số 3 xảy ra sự cố sụt đổ, làm 4 công nhân bị vùi lấp.', []],
    ['Đội PCCC cơ sở của công ty đã tổ chức sơ tán hơn 800 công nhân ra khu vực an toàn.', []],
    ['Mạng lưới an toàn vệ sinh viên tại các doanh nghiệp có 1.380 người.', []],
    ['Buổi diễn tập có khoảng 350 công nhân và cán bộ quản lý tham gia.', []],
    ['Trong quý I, các doanh nghiệp đã mở 6 lớp huấn luyện ATVSLĐ cho 540 người.', []],
    ['- UBKT Đảng ủy Khối: KT 12 cuộc; KT việc thu, nộp đảng phí tại 9 TCCSĐ.', []],
    // What those admitted were before is no stock of it; turnover, app and survey rates and software classes are none of ours.
    ['Riêng năm 2020, toàn Đảng bộ vẫn kết nạp 552 đảng viên mới, trong đó 418 là đoàn viên thanh niên.', [['party_admissions', 552, 'count', 'flow', 'exact'], ['party_admissions', 418, 'count', 'flow', 'exact']]],
    ['Tỷ lệ công nhân nghỉ việc, chuyển chỗ làm hằng năm khoảng 20 - 25%, nên nhiều quần chúng đã học lớp.', []],
    ['Từ năm 2021, Đảng ủy chỉ đạo 100% chi bộ triển khai ứng dụng Sổ tay đảng viên điện tử.', []],
    ['Qua khảo sát, trên 90% công nhân có điện thoại thông minh và sử dụng Zalo hằng ngày.', []],
    ['Trong năm 2016, Ban Tổ chức Tỉnh ủy đã tổ chức 6 lớp tập huấn phần mềm cho các đảng bộ, có 85 học viên.', []],
    ['Tham dự lớp tập huấn có 85 học viên là cán bộ phụ trách công tác đảng vụ, nhân viên văn phòng đảng ủy.', []],
    // A result set over its plan ("97/130 chỉ tiêu", "156 ĐV/150 chỉ tiêu (104%)"); ratings under a label are none.
    ['- Kết nạp ĐV 9 tháng: 97/130 chỉ tiêu năm, đạt 74,6% KH.', [['party_admissions', 97, 'count', 'flow', 'exact'], ['party_admissions', 130, 'count', 'target', 'exact'], ['party_admissions', 74.6, 'percent', 'achievement', 'exact']]],
    ['- TH 2024: KN 156 ĐV/150 chỉ tiêu (104%).', [['party_admissions', 156, 'count', 'flow', 'exact'], ['party_admissions', 150, 'count', 'target', 'exact'], ['party_admissions', 104, 'percent', 'achievement', 'exact']]],
    ['Đợt cao điểm diễn ra từ ngày 7/5 đến 31/7, phấn đấu kết nạp 5.000 đoàn viên.', [['union_members', 5000, 'count', 'target', 'exact']]],
    ['- TCCSĐ đạt TSVM: 36/41 (87,8%); không có TCCSĐ yếu kém.', []],
    // A set of firms named as such employs a workforce (no threshold); members "kết nạp" right after them are admissions.
    ['Riêng tại KKT Vũng Áng, các DN FDI sử dụng trên 14.000 lao động nhưng mới có 6 tổ chức đảng với 127 ĐV.', [['workers', 14000, 'count', 'stock', 'more_than'], ['party_organizations', 6, 'count', 'stock', 'exact'], ['party_members', 127, 'count', 'stock', 'exact']]],
    ['Năm 2013, huyện phấn đấu thành lập mới 3 chi bộ ở những doanh nghiệp có trên 100 lao động.', [['party_organizations', 3, 'count', 'target', 'exact']]],
    ['Phó Bí thư cũng nhắc lại, 142 đảng viên kết nạp trong 3 năm qua là kết quả bước đầu.', [['party_admissions', 142, 'count', 'flow', 'exact']]],
    // A bare change of the stock just stated; a change's first state with its time between; a label that changed.
    ['Số đảng viên cuối năm 2018 là 412, tăng 174 so với cuối năm 2015.', [['party_members', 412, 'count', 'stock', 'exact'], ['party_members', 174, 'count', 'flow', 'exact']]],
    ['Nhiệm kỳ qua, số tổ chức cơ sở đảng trực thuộc từ 52 đầu nhiệm kỳ tăng lên 61.', [['party_organizations', 52, 'count', 'stock', 'exact'], ['party_organizations', 61, 'count', 'stock', 'exact']]],
    ['Toàn thành phố có 86 tổ chức cơ sở đoàn với 3.470 đoàn viên; tăng 9 tổ chức và 420 đoàn viên so với năm 2022.', [['youth_organizations', 86, 'count', 'stock', 'exact'], ['youth_members', 3470, 'count', 'stock', 'exact'], ['youth_organizations', 9, 'count', 'flow', 'exact'], ['youth_members', 420, 'count', 'flow', 'exact']]],
    // Those still being prepared are a pool; companions, tours and language classes are none of ours; members and
    // workers as one group are a workforce.
    ['Chi bộ đang tiếp tục theo dõi, bồi dưỡng 40 quần chúng ưu tú.', [['trainees', 40, 'count', 'stock', 'exact']]],
    ['Hiện có 33 quần chúng đang được bồi dưỡng, theo dõi để xem xét kết nạp.', [['trainees', 33, 'count', 'stock', 'exact']]],
    ['Chị được cử đi học lớp cảm tình Đảng năm ngoái cùng 4 công nhân khác.', []],
    ['Công đoàn đã trao 230 suất quà cho đoàn viên khó khăn; 42 đoàn viên được tham quan, nghỉ dưỡng tại Quy Nhơn.', []],
    ['Công đoàn phối hợp với chuyên môn tổ chức 2 lớp dạy tiếng Mông cho cán bộ kỹ thuật người Kinh.', []],
    ['Hơn 600 đoàn viên, người lao động của Công ty Cổ phần Khoáng sản Bảo Thắng đã tham gia.', [['workers', 600, 'count', 'stock', 'more_than']]],
    ['Ban Quản lý trao quyết định công nhận 2 CĐCS tại Công ty TNHH Sewon Vina.', [['union_grassroots', 2, 'count', 'flow', 'exact']]],
    ['Đoàn Khối vừa tổ chức lễ ra mắt 6 chi đoàn trong doanh nghiệp ngoài nhà nước.', [['youth_organizations', 6, 'count', 'flow', 'exact']]],
    ['6 tháng đầu năm, toàn ngành kết nạp 1.826 đoàn viên, đạt 73% kế hoạch năm, trong đó có 612 công nhân làm việc theo mùa vụ.', [['union_members', 1826, 'count', 'flow', 'exact'], ['union_members', 73, 'percent', 'achievement', 'exact'], ['union_members', 612, 'count', 'flow', 'exact']]],
    ['Các doanh nghiệp FDI chiếm khoảng 36% số doanh nghiệp nhưng sử dụng tới 71% tổng số lao động trong các KCN.', [['enterprises', 36, 'percent', 'share', 'about'], ['workers', 71, 'percent', 'share', 'exact']]],
    ['LĐLĐ giao chỉ tiêu thành lập 6 CĐCS; phấn đấu tỷ lệ kết nạp/giới thiệu cả năm đạt từ 45% trở lên.', [['union_grassroots', 6, 'count', 'target', 'exact'], ['party_admissions', 45, 'percent', 'target', 'at_least']]],
    ['Công nhân tại các KCN của tỉnh ước trên 45.000 người.', [['workers', 45000, 'count', 'stock', 'more_than']]],
    // Party members of a breakdown of admissions, described by "là", are admissions.
    ['Công đoàn đã giới thiệu 186 đoàn viên ưu tú; có 74 đoàn viên được kết nạp Đảng, trong đó 41 đảng viên là nữ.', [['referrals', 186, 'count', 'flow', 'exact'], ['party_admissions', 74, 'count', 'flow', 'exact'], ['party_admissions', 41, 'count', 'flow', 'exact']]],
    // The people an aid went to, listed, are no count; those of a group of new members counted by what they do are new members.
    ['Các đoàn viên được hỗ trợ lần này gồm chị Trần Thị Mai, 38 tuổi, công nhân Công ty CP Dệt may Sơn Nam; cùng 2 đoàn viên ở CĐCS trường học.', []],
    ['Trong số 148 đảng viên mới kết nạp, có 61 công nhân trực tiếp sản xuất.', [['party_admissions', 148, 'count', 'flow', 'exact'], ['party_admissions', 61, 'count', 'flow', 'exact']]],
    ['Năm 2023, LĐLĐ huyện có 300 đoàn viên mới kết nạp.', [['union_members', 300, 'count', 'flow', 'exact']]],
    // A year's plan that simply "is" N members is a plan of admissions; one that names the membership is not.
    ['Kế hoạch năm 2016 của Đảng bộ Khối là 350 đảng viên; như vậy, quý IV còn phải kết nạp 38 đảng viên.', [['party_admissions', 350, 'count', 'target', 'exact'], ['party_admissions', 38, 'count', 'target', 'exact']]],
    ['Kế hoạch năm 2025 của Đảng bộ về tổng số đảng viên là 1.200 đảng viên.', [['party_members', 1200, 'count', 'target', 'exact']]],
    // "trong số 14 chi bộ" counts; a change said of its own in a breakdown keeps its kind.
    ['Trong số 14 chi bộ hiện có, 5 chi bộ thuộc doanh nghiệp có vốn đầu tư nước ngoài.', [['party_organizations', 14, 'count', 'stock', 'exact'], ['party_organizations', 5, 'count', 'stock', 'exact']]],
    // "đơn vị" after "trong số N …," classifies a part of the organisations counted.
    ['Dù vậy, trong số 212 CĐCS, chỉ có 39 đơn vị ở doanh nghiệp đã có tổ chức đảng.', [['union_grassroots', 212, 'count', 'stock', 'exact'], ['union_grassroots', 39, 'count', 'stock', 'exact']]],
    ['Trong số 45 chi bộ, có 12 đơn vị chưa kết nạp được đảng viên.', [['party_organizations', 45, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'stock', 'exact']]],
    ['Đảng bộ có 98 TCCSĐ, gồm 31 đảng bộ cơ sở và 67 chi bộ cơ sở, với 4.836 đảng viên, tăng 412 đảng viên so với đầu nhiệm kỳ.', [['party_organizations', 98, 'count', 'stock', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact'], ['party_organizations', 67, 'count', 'stock', 'exact'], ['party_members', 4836, 'count', 'stock', 'exact'], ['party_members', 412, 'count', 'flow', 'exact']]],
    // Trainees admitted; what a survey found; a contrast ends what is said of a figure.
    ['Đến nay, đã có 31 học viên được kết nạp vào Đảng.', [['party_admissions', 31, 'count', 'flow', 'exact']]],
    ['Theo khảo sát của Công đoàn KKT, hiện vẫn còn 19 doanh nghiệp chưa thành lập CĐCS.', [['enterprises', 19, 'count', 'stock', 'exact']]],
    ['Bình Dương có hơn 1,2 triệu công nhân lao động, nhưng số công nhân được kết nạp vào Đảng mỗi năm vẫn còn khiêm tốn.', [['workers', 1200000, 'count', 'stock', 'more_than']]],
    ['Trong số 12 đảng viên mới có 5 đồng chí là công nhân.', [['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 5, 'count', 'flow', 'exact']]],
    // Members of a group of those admitted; those a class is for; "gần như toàn bộ" opens another subject.
    ['Trong 23 ĐV mới kết nạp có 15 ĐV là công nhân, chiếm 65,2%; 8 ĐV là đoàn viên thanh niên.', [['party_admissions', 23, 'count', 'flow', 'exact'], ['party_admissions', 15, 'count', 'flow', 'exact'], ['party_admissions', 65.2, 'percent', 'share', 'exact'], ['party_admissions', 8, 'count', 'flow', 'exact']]],
    ['Các cấp công đoàn mở 38 lớp bồi dưỡng nhận thức về Đảng cho 2.970 quần chúng ưu tú là đoàn viên công đoàn.', [['training_classes', 38, 'count', 'flow', 'exact'], ['trainees', 2970, 'count', 'flow', 'exact']]],
    ['Công ty có hơn 3.800 công nhân, gần như toàn bộ đã là đoàn viên.', [['workers', 3800, 'count', 'stock', 'more_than']]],
    // "bằng N% chỉ tiêu" is an achievement; "giải thể" is no contest; "xuống còn".
    ['Năm 2024 kết nạp 40 đảng viên, bằng 33,3% chỉ tiêu năm.', [['party_admissions', 40, 'count', 'flow', 'exact'], ['party_admissions', 33.3, 'percent', 'achievement', 'exact']]],
    ['Giải thể 3 chi bộ do doanh nghiệp ngừng hoạt động, nâng tổng số lên 84 tổ chức đảng với 1.306 đảng viên.', [['party_organizations', 3, 'count', 'flow', 'exact'], ['party_organizations', 84, 'count', 'stock', 'exact'], ['party_members', 1306, 'count', 'stock', 'exact']]],
    // "tỷ lệ này": the rate just stated, of another part.
    ['Khu vực FDI có 589 CĐCS, tỷ lệ đoàn viên/lao động đạt 94,1%; khu vực doanh nghiệp trong nước có 53 CĐCS, tỷ lệ này chỉ đạt 71,8%.', [['union_grassroots', 589, 'count', 'stock', 'exact'], ['union_members', 94.1, 'percent', 'share', 'exact'], ['union_grassroots', 53, 'count', 'stock', 'exact'], ['union_members', 71.8, 'percent', 'share', 'exact']]],
    // The admission rate of those referred; a class's participants are its trainees; those represented exist now.
    ['Tỷ lệ kết nạp/giới thiệu: 44,3%', [['party_admissions', 44.3, 'percent', 'share', 'exact']]],
    ['Năm 2023 đã mở 4 lớp bồi dưỡng nhận thức về Đảng dành riêng cho công nhân với 185 quần chúng tham gia.', [['training_classes', 4, 'count', 'flow', 'exact'], ['trainees', 185, 'count', 'flow', 'exact']]],
    ['Đại hội sẽ diễn ra trong 02 ngày với 300 đại biểu chính thức, đại diện cho hơn 196.000 đoàn viên công đoàn trong toàn tỉnh.', [['union_members', 196000, 'count', 'stock', 'more_than']]],
    ['Chúng tôi quyết tâm cả năm 2024 kết nạp 2.500 đoàn viên, thành lập 12 CĐCS.', [['union_members', 2500, 'count', 'target', 'exact'], ['union_grassroots', 12, 'count', 'target', 'exact']]],
    ['Đảng bộ tỉnh có 398 TCCSĐ (giảm 36 tổ chức do sắp xếp đơn vị hành chính cấp xã), 3.871 chi bộ trực thuộc đảng ủy cơ sở.', [['party_organizations', 398, 'count', 'stock', 'exact'], ['party_organizations', 3871, 'count', 'stock', 'exact']]],
    ['Nhiệm kỳ qua kết nạp 8.735 đảng viên, đạt 109,2% chỉ tiêu Nghị quyết Đại hội XVII (8.000 đảng viên).', [['party_admissions', 8735, 'count', 'flow', 'exact'], ['party_admissions', 109.2, 'percent', 'achievement', 'exact'], ['party_admissions', 8000, 'count', 'target', 'exact']]],
    // A change said in "đồng chí" is a change of the people just counted; each part of a clause names its own count.
    ['Số đảng viên là người dân tộc Khmer hiện là 9.418 đồng chí, tăng 1.702 đồng chí so với năm 2020.', [['party_members', 9418, 'count', 'stock', 'exact'], ['party_members', 1702, 'count', 'flow', 'exact']]],
    ['Số tổ chức đảng tăng từ 38 lên 86, số đảng viên từ 612 lên 1.544.', [['party_organizations', 38, 'count', 'stock', 'exact'], ['party_organizations', 86, 'count', 'stock', 'exact'], ['party_members', 612, 'count', 'stock', 'exact'], ['party_members', 1544, 'count', 'stock', 'exact']]],
    // Honours said after the noun, and vocational classes, are none of our metrics.
    ['Năm 2024 có 12 TCCSĐ được Ban Thường vụ Đảng ủy Khối tặng Giấy khen.', []],
    ['Công đoàn phối hợp với Ban Giám đốc tổ chức 6 lớp đào tạo tay nghề cho công nhân.', []],
    // "thiểu số 187" is a breakdown figure, not a label number like "số 1".
    ['Đảng bộ có 1.602 đảng viên, trong đó: nữ 521, dân tộc thiểu số 187.', [['party_members', 1602, 'count', 'stock', 'exact'], ['party_members', 521, 'count', 'stock', 'exact'], ['party_members', 187, 'count', 'stock', 'exact']]],
    // A lower-case counted noun opening the clause is the subject of "hiện có N"; a named body is not.
    ['Riêng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước hiện có 53, với 824 đảng viên.', [['party_organizations', 53, 'count', 'stock', 'exact'], ['party_members', 824, 'count', 'stock', 'exact']]],
    ['Công ty có 53, chiếm phần lớn.', []],
    // "Con số này" (this figure) is no count word: the rate that follows is read.
    ['Con số này cho thấy tỷ lệ doanh nghiệp có tổ chức đảng vẫn chưa tới 1%.', [['enterprises', 1, 'percent', 'share', 'less_than']]],
    // The quota itself, restated after a result; beside admissions it is an admissions quota.
    ['Đảng bộ kết nạp 486 đảng viên, vượt so với chỉ tiêu nghị quyết đại hội đề ra là 400 đảng viên.', [['party_admissions', 486, 'count', 'flow', 'exact'], ['party_admissions', 400, 'count', 'target', 'exact']]],
    // Workers who have not joined are workers, not new members.
    ['Toàn tỉnh còn khoảng 25.000 lao động chưa gia nhập tổ chức công đoàn.', [['workers', 25000, 'count', 'stock', 'about']]],
    // Business owners and managers admitted to the Party; a class with its trainees is a training class.
    ['Có 14 chủ doanh nghiệp, nhà quản lý làm việc trong doanh nghiệp FDI đã được kết nạp vào Đảng.', [['party_admissions', 14, 'count', 'flow', 'exact']]],
    ['Trong năm, Đảng ủy phối hợp mở 2 lớp với 183 học viên.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 183, 'count', 'flow', 'exact']]],
    // "năm 2023 đạt 158 đảng viên" continues a series of admissions; "nâng tổng số … đạt" does not.
    ['Năm 2020 kết nạp 96 đảng viên, năm 2021 là 104 và năm 2023 đạt 158 đảng viên.', [['party_admissions', 96, 'count', 'flow', 'exact'], ['party_admissions', 104, 'count', 'flow', 'exact'], ['party_admissions', 158, 'count', 'flow', 'exact']]],
    // People cared for or given gifts are none of our metrics.
    ['Dịp Tết, công đoàn các cấp chăm lo cho 25.000 đoàn viên.', []],
    ['Trung tâm Y tế khám bệnh, cấp thuốc miễn phí cho 1.000 công nhân.', []],
    // A sentence-initial "Trong đó" breaks down the admissions just stated.
    ['Năm 2023, Đảng bộ kết nạp 203 đảng viên. Trong đó có 71 đảng viên là công nhân trực tiếp sản xuất.', [['party_admissions', 203, 'count', 'flow', 'exact'], ['party_admissions', 71, 'count', 'flow', 'exact']]],
    ['Toàn tỉnh hiện có 1.245 tổ chức cơ sở đảng với 45.320 đảng viên.', [['party_organizations', 1245, 'count', 'stock', 'exact'], ['party_members', 45320, 'count', 'stock', 'exact']]],
    ['Thành lập mới 34 CĐCS, phát triển 2.150 đoàn viên công đoàn.', [['union_grassroots', 34, 'count', 'flow', 'exact'], ['union_members', 2150, 'count', 'flow', 'exact']]],
    ['LĐLĐ tỉnh đã giới thiệu 420 đoàn viên công đoàn ưu tú cho Đảng xem xét; trong đó, 215 đoàn viên được kết nạp vào Đảng.', [['referrals', 420, 'count', 'flow', 'exact'], ['party_admissions', 215, 'count', 'flow', 'exact']]],
    ['Kết nạp được 25 quần chúng ưu tú vào Đảng.', [['party_admissions', 25, 'count', 'flow', 'exact']]],
    ['Mở 12 lớp bồi dưỡng nhận thức về Đảng cho 1.020 quần chúng ưu tú.', [['training_classes', 12, 'count', 'flow', 'exact'], ['trainees', 1020, 'count', 'flow', 'exact']]],
    ['Tổ chức 3 lớp cảm tình Đảng với 245 học viên.', [['training_classes', 3, 'count', 'flow', 'exact'], ['trainees', 245, 'count', 'flow', 'exact']]],
    ['Đến nay, toàn tỉnh có 46 tổ chức đảng trong doanh nghiệp ngoài nhà nước với 1.132 đảng viên.', [['party_organizations', 46, 'count', 'stock', 'exact'], ['party_members', 1132, 'count', 'stock', 'exact']]],
    ['Trong năm, LĐLĐ huyện kết nạp 1.520 đoàn viên, thành lập 12 CĐCS.', [['union_members', 1520, 'count', 'flow', 'exact'], ['union_grassroots', 12, 'count', 'flow', 'exact']]],
    ['Đoàn Thanh niên kết nạp 320 đoàn viên mới, thành lập 5 chi đoàn.', [['youth_members', 320, 'count', 'flow', 'exact'], ['youth_organizations', 5, 'count', 'flow', 'exact']]],
    ['Tỉnh đoàn hiện có 85 chi đoàn với 2.300 đoàn viên thanh niên.', [['youth_organizations', 85, 'count', 'stock', 'exact'], ['youth_members', 2300, 'count', 'stock', 'exact']]],
    ['Khu công nghiệp có 320 doanh nghiệp đang hoạt động, thu hút trên 95.000 lao động.', [['enterprises', 320, 'count', 'stock', 'exact'], ['workers', 95000, 'count', 'stock', 'more_than']]],
    ['Số đảng viên được kết nạp là 56 đồng chí.', [['party_admissions', 56, 'count', 'flow', 'exact']]],
    ['Năm 2023 kết nạp 31 đảng viên, đạt 103% chỉ tiêu.', [['party_admissions', 31, 'count', 'flow', 'exact'], ['party_admissions', 103, 'percent', 'achievement', 'exact']]],
    ['Tỷ lệ đoàn viên công đoàn trên tổng số lao động đạt 87,5%.', [['union_members', 87.5, 'percent', 'share', 'exact']]],
    ['Mục tiêu đến năm 2025, thành lập mới 50 tổ chức đảng.', [['party_organizations', 50, 'count', 'target', 'exact']]],
    ['Chỉ tiêu năm 2024 kết nạp 120 đảng viên, đến nay đã kết nạp 98 đảng viên, đạt 81,7%.', [['party_admissions', 120, 'count', 'target', 'exact'], ['party_admissions', 98, 'count', 'flow', 'exact'], ['party_admissions', 81.7, 'percent', 'achievement', 'exact']]],
    ['Gần 200 quần chúng ưu tú được học lớp cảm tình Đảng.', [['trainees', 200, 'count', 'flow', 'about']]],
    // Jobs given to workers are a workforce, whatever verb or adverb gives them.
    ['Các doanh nghiệp giải quyết việc làm thường xuyên cho hơn 4.800 lao động.', [['workers', 4800, 'count', 'stock', 'more_than']]],
    ['Các doanh nghiệp duy trì việc làm ổn định cho 6.850 lao động.', [['workers', 6850, 'count', 'stock', 'exact']]],
    // A part of a clause names its own subject; "tổ chức" as a classifier counts the organisations just counted.
    ['Số TCCSĐ giảm 5, đảng viên giảm 167 do sắp xếp lại doanh nghiệp.', [['party_organizations', 5, 'count', 'flow', 'exact'], ['party_members', 167, 'count', 'flow', 'exact']]],
    ['Đến nay có 27 TCCSĐ với 613 đảng viên; tăng 5 tổ chức và 127 đảng viên.', [['party_organizations', 27, 'count', 'stock', 'exact'], ['party_members', 613, 'count', 'stock', 'exact'], ['party_organizations', 5, 'count', 'flow', 'exact'], ['party_members', 127, 'count', 'flow', 'exact']]],
    ['Công ty có khoảng 350 công nhân, phần đông là người dân tộc thiểu số, làm việc theo mùa vụ nên việc bồi dưỡng quần chúng vào Đảng phải kiên trì.', [['workers', 350, 'count', 'stock', 'about']]],
    // Those of a group of new ones are new; a share of a population is no achievement; the figure a change is from.
    ['Trong số 19 CĐCS thành lập mới có 2 CĐCS ở doanh nghiệp FDI và 11 CĐCS ở doanh nghiệp tư nhân.', [['union_grassroots', 19, 'count', 'flow', 'exact'], ['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_grassroots', 11, 'count', 'flow', 'exact']]],
    ['Trong 17 CĐCS mới có 5 CĐCS ở doanh nghiệp FDI.', [['union_grassroots', 17, 'count', 'flow', 'exact'], ['union_grassroots', 5, 'count', 'flow', 'exact']]],
    ['Đến nay, có 142 CĐCS doanh nghiệp đã ký kết TƯLĐTT, đạt 75,9% số CĐCS khu vực sản xuất, kinh doanh.', [['union_grassroots', 142, 'count', 'stock', 'exact'], ['union_grassroots', 75.9, 'percent', 'share', 'exact']]],
    ['Tỉnh có 44.870 đoàn viên, tăng 3.260 đoàn viên so với đầu nhiệm kỳ (41.610 đoàn viên).', [['union_members', 44870, 'count', 'stock', 'exact'], ['union_members', 3260, 'count', 'flow', 'exact'], ['union_members', 41610, 'count', 'stock', 'exact']]],
    // A hedged rate of a ratio; "tổ chức" before "thuộc"; a plan said with "là"; the rate the percent's own part names.
    ['Toàn khu vực có 196 doanh nghiệp có CĐCS trên tổng số 3.460 doanh nghiệp đang hoạt động, tỷ lệ chưa tới 6%.', [['enterprises', 196, 'count', 'stock', 'exact'], ['enterprises', 3460, 'count', 'stock', 'exact'], ['enterprises', 6, 'percent', 'share', 'less_than']]],
    ['Trong đó có 54 tổ chức cơ sở đảng trong doanh nghiệp, gồm 31 tổ chức thuộc khu vực Long An (cũ) và 23 tổ chức thuộc khu vực Tây Ninh (cũ).', [['party_organizations', 54, 'count', 'stock', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact'], ['party_organizations', 23, 'count', 'stock', 'exact']]],
    ['Toàn Đảng bộ kết nạp 68 đảng viên, đạt 113,3% chỉ tiêu (chỉ tiêu là 60).', [['party_admissions', 68, 'count', 'flow', 'exact'], ['party_admissions', 113.3, 'percent', 'achievement', 'exact'], ['party_admissions', 60, 'count', 'target', 'exact']]],
    ['Tổng số lao động tại các doanh nghiệp đã có CĐCS là 6.980 người, tỷ lệ đoàn viên/lao động đạt 77,5%.', [['workers', 6980, 'count', 'stock', 'exact'], ['union_members', 77.5, 'percent', 'share', 'exact']]],
    // A plan exceeded by a percent is an achievement, in a list too.
    ['Năm 2024 kết nạp 214 đảng viên, vượt 7% chỉ tiêu Nghị quyết.', [['party_admissions', 214, 'count', 'flow', 'exact'], ['party_admissions', 7, 'percent', 'achievement', 'exact']]],
    ['LĐLĐ tỉnh kết nạp mới 1.265 đoàn viên, thành lập 11 CĐCS, vượt lần lượt 26,5% và 10% so với chỉ tiêu.', [['union_members', 1265, 'count', 'flow', 'exact'], ['union_grassroots', 11, 'count', 'flow', 'exact'], ['union_members', 26.5, 'percent', 'achievement', 'exact'], ['union_grassroots', 10, 'percent', 'achievement', 'exact']]],
    // A political class's attendees are its trainees; a defence class's are no one of ours.
    ['Đảng ủy Khối mở 2 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới với 131 đồng chí tham dự.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 131, 'count', 'flow', 'exact']]],
    ['Công đoàn mở lớp bồi dưỡng kiến thức quốc phòng với 40 người tham dự.', []],
    // The most of a flow, in brackets after the body named, is of that flow; new members described by what they were.
    ['62 đảng viên này được kết nạp tại 18 chi bộ doanh nghiệp, nhiều nhất là Chi bộ Công ty TNHH Chế biến dừa Giồng Trôm (7 đảng viên).', [['party_admissions', 62, 'count', 'flow', 'exact'], ['party_organizations', 18, 'count', 'stock', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['Kết nạp 1.184 đảng viên; tỷ lệ đảng viên mới là đoàn viên thanh niên chiếm 71,6%.', [['party_admissions', 1184, 'count', 'flow', 'exact'], ['party_admissions', 71.6, 'percent', 'share', 'exact']]],
    // A bare part of a breakdown, placed somewhere, counts what its total counts.
    ['Thành lập mới 9 tổ chức cơ sở đảng, trong đó 6 ở doanh nghiệp ngoài nhà nước.', [['party_organizations', 9, 'count', 'flow', 'exact'], ['party_organizations', 6, 'count', 'flow', 'exact']]],
    // A rate inside the breakdown of a count of its family is of that count.
    ['Năm 2024, phấn đấu kết nạp 22 đảng viên trở lên, trong đó tỷ lệ đảng viên là công nhân trực tiếp sản xuất chiếm từ 50% trở lên.', [['party_admissions', 22, 'count', 'target', 'at_least'], ['party_admissions', 50, 'percent', 'target', 'at_least']]],
    // A discount is no share.
    ['Có 21 doanh nghiệp ký thỏa thuận hợp tác, giảm giá từ 5 đến 15% cho đoàn viên công đoàn.', [['enterprises', 21, 'count', 'stock', 'exact']]],
    // Those of a group named only by what was done to it; the admitted share of those referred; "tổ chức" in a comparison.
    ['Có 141 đoàn viên được kết nạp Đảng, đạt 44,3% so với số được giới thiệu. Trong số được kết nạp có 96 người là công nhân trực tiếp sản xuất.', [['party_admissions', 141, 'count', 'flow', 'exact'], ['party_admissions', 44.3, 'percent', 'share', 'exact'], ['party_admissions', 96, 'count', 'flow', 'exact']]],
    ['Có 86 tổ chức Đoàn, trong đó 58 chi đoàn cơ sở và 28 đoàn cơ sở; tăng 9 tổ chức so với năm 2022.', [['youth_organizations', 86, 'count', 'stock', 'exact'], ['youth_organizations', 58, 'count', 'stock', 'exact'], ['youth_organizations', 28, 'count', 'stock', 'exact'], ['youth_organizations', 9, 'count', 'flow', 'exact']]],
    // The share of firms of a size.
    ['Phần lớn là doanh nghiệp nhỏ và siêu nhỏ có dưới 10 lao động (chiếm 78,4%).', [['enterprises', 78.4, 'percent', 'share', 'exact']]],
    // Business owners counted in words; candidates for a committee are not referred to the Party.
    ['Riêng năm 2018 kết nạp ba chủ doanh nghiệp.', [['party_admissions', 3, 'count', 'flow', 'exact']]],
    ['Đảng ủy Khối thành lập mới ba TCCSĐ tại các DN ngoài nhà nước.', [['party_organizations', 3, 'count', 'flow', 'exact']]],
    ['Chi bộ kết nạp thêm 3 đảng viên và giới thiệu 2 đảng viên tham gia Ban Chấp hành công đoàn.', [['party_admissions', 3, 'count', 'flow', 'exact']]],
    // A duration inside the noun's phrase does not end it.
    ['Nhiệm kỳ này, chúng tôi đặt mục tiêu 100% người lao động có hợp đồng từ 1 tháng trở lên tham gia công đoàn.', [['union_members', 100, 'percent', 'target', 'exact']]],
    // The quota after an achievement is of what it measures; the admitted share of those referred, said with "bằng";
    // people of a breakdown of a flow of people are its share.
    ['Các cấp công đoàn đã giới thiệu 412 đoàn viên ưu tú; 187 đoàn viên được kết nạp vào Đảng, đạt 62,3% chỉ tiêu cả năm (300 đảng viên).', [['referrals', 412, 'count', 'flow', 'exact'], ['party_admissions', 187, 'count', 'flow', 'exact'], ['party_admissions', 62.3, 'percent', 'achievement', 'exact'], ['party_admissions', 300, 'count', 'target', 'exact']]],
    ['Có 268 đoàn viên được kết nạp vào Đảng, bằng 65% số được giới thiệu.', [['party_admissions', 268, 'count', 'flow', 'exact'], ['party_admissions', 65, 'percent', 'share', 'exact']]],
    ['Năm 2024 kết nạp 52 đảng viên, trong đó công nhân chiếm 61,5%.', [['party_admissions', 52, 'count', 'flow', 'exact'], ['party_admissions', 61.5, 'percent', 'share', 'exact']]],
    // A bare figure that brings the count before it up to now; both ends of a change, each with its year.
    ['Năm 2015 cả KCN Thăng Long II chỉ có 2 chi bộ, nay đã có 9.', [['party_organizations', 2, 'count', 'stock', 'exact'], ['party_organizations', 9, 'count', 'stock', 'exact']]],
    // Labelled lines: a label after a figure and a comma is a label of its own; a hedge after the colon; deeds named
    // by a label after a referral ("trong đó đã được kết nạp:"), with a period in brackets; plans and results as "KH:",
    // "TH:", "kế hoạch N, thực hiện M"; the rate of a fraction under a label is the part's.
    ['- CĐCS: 148, đoàn viên công đoàn: 47.925;', [['union_grassroots', 148, 'count', 'stock', 'exact'], ['union_members', 47925, 'count', 'stock', 'exact']]],
    ['- Công nhân lao động: 4.260 người, trong đó ĐVCĐ: 4.018;', [['workers', 4260, 'count', 'stock', 'exact'], ['union_members', 4018, 'count', 'stock', 'exact']]],
    ['- Lao động trong các DN: trên 62.000 người.', [['workers', 62000, 'count', 'stock', 'more_than']]],
    ['- Giới thiệu ĐVCĐ ưu tú cho Đảng: 138 người; trong đó đã được kết nạp: 49 người.', [['referrals', 138, 'count', 'flow', 'exact'], ['party_admissions', 49, 'count', 'flow', 'exact']]],
    ['Giới thiệu đoàn viên ưu tú cho Đảng: 214 (đã được kết nạp: 96).', [['referrals', 214, 'count', 'flow', 'exact'], ['party_admissions', 96, 'count', 'flow', 'exact']]],
    ['- Kết nạp từ đầu nhiệm kỳ: 38 đảng viên.', [['party_admissions', 38, 'count', 'flow', 'exact']]],
    ['- Kết nạp mới (9 tháng): 6.215 ĐVCĐ, đạt 103,6% kế hoạch năm.', [['union_members', 6215, 'count', 'flow', 'exact'], ['union_members', 103.6, 'percent', 'achievement', 'exact']]],
    ['2. Thành lập CĐCS: KH: 25; TH: 19 (đạt 76%).', [['union_grassroots', 25, 'count', 'target', 'exact'], ['union_grassroots', 19, 'count', 'flow', 'exact'], ['union_grassroots', 76, 'percent', 'achievement', 'exact']]],
    ['- Kết nạp đảng viên: kế hoạch 50, thực hiện 46 (đạt 92%).', [['party_admissions', 50, 'count', 'target', 'exact'], ['party_admissions', 46, 'count', 'flow', 'exact'], ['party_admissions', 92, 'percent', 'achievement', 'exact']]],
    ['- Đoàn viên công đoàn: 498.720/612.455 CNLĐ (81,4%).', [['union_members', 498720, 'count', 'stock', 'exact'], ['workers', 612455, 'count', 'stock', 'exact'], ['union_members', 81.4, 'percent', 'share', 'exact']]],
    // Guard: two nouns of one label are one label.
    ['- Chi đoàn, đoàn cơ sở: 12.', [['youth_organizations', 12, 'count', 'stock', 'exact']]],
    // Rankings: those after the leader are counted as the leader is, a bare figure after each name.
    ['TP Hồ Chí Minh dẫn đầu với 1.146 đảng viên mới, tiếp đến là Hà Nội với 982 đảng viên.', [['party_admissions', 1146, 'count', 'flow', 'exact'], ['party_admissions', 982, 'count', 'flow', 'exact']]],
    ['Dẫn đầu là LĐLĐ TP Hồ Chí Minh với 71.458 đoàn viên kết nạp mới; tiếp theo là Bình Dương (58.902), Đồng Nai (37.115) và Bắc Giang (21.507).', [['union_members', 71458, 'count', 'flow', 'exact'], ['union_members', 58902, 'count', 'flow', 'exact'], ['union_members', 37115, 'count', 'flow', 'exact'], ['union_members', 21507, 'count', 'flow', 'exact']]],
    ['Bình Dương dẫn đầu cả nước với 1.106 CĐCS. Tiếp theo là Đồng Nai (845) và Hà Nội (776).', [['union_grassroots', 1106, 'count', 'stock', 'exact'], ['union_grassroots', 845, 'count', 'stock', 'exact'], ['union_grassroots', 776, 'count', 'stock', 'exact']]],
    // Years labelling figures in brackets, or bare after ";"; a rate named after its percent.
    ['Số đoàn viên kết nạp mới các năm 2022 (3.560) và 2023 (3.902).', [['union_members', 3560, 'count', 'flow', 'exact'], ['union_members', 3902, 'count', 'flow', 'exact']]],
    ['Số đoàn viên kết nạp mới qua các năm (2019: 5.120; 2020: 4.380; 2021: 4.655).', [['union_members', 5120, 'count', 'flow', 'exact'], ['union_members', 4380, 'count', 'flow', 'exact'], ['union_members', 4655, 'count', 'flow', 'exact']]],
    ['Theo báo cáo, 86,2% là tỷ lệ đoàn viên trên tổng số lao động tại doanh nghiệp đã có CĐCS.', [['union_members', 86.2, 'percent', 'share', 'exact']]],
    // Bulletins: "ĐV" beside the union and no Party is a union member; "CB" after what is done to a Party cell is one;
    // a label after ";" labels the fraction after it; the share met in a plan's bracket is an achievement.
    ['- Thành lập mới: 17 CĐCS/2.083 ĐV.', [['union_grassroots', 17, 'count', 'flow', 'exact'], ['union_members', 2083, 'count', 'stock', 'exact']]],
    ['- Tổng số CĐCS trực thuộc: 1.284; ĐVCĐ: 176.530/192.418 CNVCLĐ (đạt 91,7%).', [['union_grassroots', 1284, 'count', 'stock', 'exact'], ['union_members', 176530, 'count', 'stock', 'exact'], ['workers', 192418, 'count', 'stock', 'exact'], ['union_members', 91.7, 'percent', 'share', 'exact']]],
    ['- Năm 2018 KN 46 ĐV trong DN ngoài KVNN; thành lập mới 4 CB; giải thể 2 CB.', [['party_admissions', 46, 'count', 'flow', 'exact'], ['party_organizations', 4, 'count', 'flow', 'exact'], ['party_organizations', 2, 'count', 'flow', 'exact']]],
    ['- ĐV tại DN ngoài KVNN: 206 ĐV, sinh hoạt tại 11 CB.', [['party_members', 206, 'count', 'stock', 'exact'], ['party_organizations', 11, 'count', 'stock', 'exact']]],
    ['- Kết nạp mới: 41.236 đoàn viên công đoàn (chỉ tiêu: 35.000; đạt 117,8%).', [['union_members', 41236, 'count', 'flow', 'exact'], ['union_members', 35000, 'count', 'target', 'exact'], ['union_members', 117.8, 'percent', 'achievement', 'exact']]],
    // Guards: "ĐV" beside a Party committee stays a Party member; "CB" elsewhere is no cell.
    ['Giai đoạn 2021-2025, Tỉnh ủy đề ra mục tiêu kết nạp khoảng 250 ĐV trong doanh nghiệp có tổ chức công đoàn.', [['party_admissions', 250, 'count', 'target', 'about']]],
    // A plan in brackets after "chỉ tiêu đề ra"; "phải" in a concession is no goal; "giảm còn N" is the state reached;
    // those trained and still waiting are a pool; an item under a heading that names admissions counts admissions.
    ['Năm 2023, Đảng bộ Khối đã kết nạp 186 đảng viên, vượt chỉ tiêu đề ra (150), đạt 124% kế hoạch.', [['party_admissions', 186, 'count', 'flow', 'exact'], ['party_admissions', 150, 'count', 'target', 'exact'], ['party_admissions', 124, 'percent', 'achievement', 'exact']]],
    ['Năm 2021, dù phải thực hiện phương án 3 tại chỗ, các chi bộ doanh nghiệp vẫn kết nạp được 19 đảng viên mới, đạt 76% chỉ tiêu năm.', [['party_admissions', 19, 'count', 'flow', 'exact'], ['party_admissions', 76, 'percent', 'achievement', 'exact']]],
    ['Số CĐCS doanh nghiệp giảm còn 142.', [['union_grassroots', 142, 'count', 'stock', 'exact']]],
    ['Hiện có 17 quần chúng đã qua lớp bồi dưỡng nhận thức về Đảng đang chờ hoàn tất thủ tục.', [['trainees', 17, 'count', 'stock', 'exact']]],
    ['Số đảng viên kết nạp trong năm phân theo địa bàn:\n+ KCN Quế Võ: 97 đảng viên;\n+ KCN Tiên Sơn: 84 đảng viên.', [['party_admissions', 97, 'count', 'flow', 'exact'], ['party_admissions', 84, 'count', 'flow', 'exact']]],
    // Guard: members that "tăng đều" under a heading are still members.
    ['Số đảng viên là người dân tộc thiểu số tăng đều qua các năm, cụ thể:\n- Nông trường Sa Bình: 38 đảng viên;\n- Nông trường Ya Ly: 29 đảng viên.', [['party_members', 38, 'count', 'stock', 'exact'], ['party_members', 29, 'count', 'stock', 'exact']]],
    ['Tuy nhiên, số đoàn viên giảm 512 người do nhiều doanh nghiệp thu hẹp sản xuất sau dịch COVID-19.', [['union_members', 512, 'count', 'flow', 'exact']]],
    ['Năm 2026, phấn đấu kết nạp không dưới 300 đảng viên; giảm số doanh nghiệp FDI trên 1.000 lao động chưa có tổ chức đảng.', [['party_admissions', 300, 'count', 'target', 'at_least']]],
    // Rankings by the deed named at the head of the sentence, or counted by the sentence before (no larger than it);
    // the places after the leader each with their figure ("Hải Phòng 131" is no room number).
    ['Về thành lập mới CĐCS, Hà Nội đứng đầu với 214 CĐCS, TP Hồ Chí Minh 198, Hải Phòng 131.', [['union_grassroots', 214, 'count', 'flow', 'exact'], ['union_grassroots', 198, 'count', 'flow', 'exact'], ['union_grassroots', 131, 'count', 'flow', 'exact']]],
    ['Về thành lập CĐCS, LĐLĐ quận Tân Bình đứng đầu với 37 CĐCS, LĐLĐ quận Bình Tân 29 CĐCS, LĐLĐ quận 7 có 21 CĐCS.', [['union_grassroots', 37, 'count', 'flow', 'exact'], ['union_grassroots', 29, 'count', 'flow', 'exact'], ['union_grassroots', 21, 'count', 'flow', 'exact']]],
    ['Năm 2019, các cấp công đoàn đã kết nạp 52.684 đoàn viên. Dẫn đầu là Công đoàn các KCX-KCN với 11.205 đoàn viên.', [['union_members', 52684, 'count', 'flow', 'exact'], ['union_members', 11205, 'count', 'flow', 'exact']]],
    // Guard: a leader larger than the flow before it counts what it has.
    ['Riêng 10 tháng năm 2018, Công đoàn các KCN thành lập 14 CĐCS. KCN Đồng Văn II dẫn đầu với 61 CĐCS.', [['union_grassroots', 14, 'count', 'flow', 'exact'], ['union_grassroots', 61, 'count', 'stock', 'exact']]],
    // Those present are the people counted right before "tham dự", not a count before them.
    ['Năm nay, đơn vị phấn đấu kết nạp thêm 8 trăm đoàn viên, thành lập 2 CĐCS mới, tổ chức Hội thao công nhân với khoảng 400 vận động viên tham dự.', [['union_members', 800, 'count', 'target', 'exact'], ['union_grassroots', 2, 'count', 'target', 'exact']]],
    // Company run-downs: a bare admission after the members just counted; a part after ";" with its own deed later counts
    // what it has; the bodies after the first, each with a bare figure; a body admits people; a bare change in a bracket
    // opened right after a flow is that flow's.
    ['Công ty TNHH Sinh Hòa Việt Nam 27 đảng viên, kết nạp 3; Công ty CP Bao bì Kim Chung 19 đảng viên, kết nạp 2.', [['party_members', 27, 'count', 'stock', 'exact'], ['party_admissions', 3, 'count', 'flow', 'exact'], ['party_members', 19, 'count', 'stock', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Đảng bộ Tổng Công ty CP Dệt may Nam Định kết nạp 9 đảng viên, Công ty CP May Thiên Trường 7, Công ty CP Dệt Nam Thành 3.', [['party_admissions', 9, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact'], ['party_admissions', 3, 'count', 'flow', 'exact']]],
    ['Chi bộ Công ty CP Gỗ Lái Thiêu kết nạp 4; Chi bộ Công ty TNHH May Thuận Phát Vina 3.', [['party_admissions', 4, 'count', 'flow', 'exact'], ['party_admissions', 3, 'count', 'flow', 'exact']]],
    ['Kết quả, toàn Đảng bộ kết nạp 138 đảng viên (tăng 17 so với năm 2022; đạt 115% kế hoạch), trong đó có 52 ĐV là công nhân trực tiếp sản xuất (chiếm 37,7%).', [['party_admissions', 138, 'count', 'flow', 'exact'], ['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 115, 'percent', 'achievement', 'exact'], ['party_admissions', 52, 'count', 'flow', 'exact'], ['party_admissions', 37.7, 'percent', 'share', 'exact']]],
    // Guard: the total a breakdown restates stays ("trong 38 TCCS đảng nói trên có …").
    ['Theo báo cáo, trong 38 TCCS đảng nói trên có 11 đảng bộ cơ sở, 27 chi bộ cơ sở.', [['party_organizations', 38, 'count', 'stock', 'exact'], ['party_organizations', 11, 'count', 'stock', 'exact'], ['party_organizations', 27, 'count', 'stock', 'exact']]],
    // Numbers that name firms and units; the rate after ", trong tổng số"; an admission the Party "đã xem xét" is done.
    ['Cụm có 7 doanh nghiệp với 6.920 CNLĐ, gồm Công ty Tân Cảng 189, Công ty 319.3 và Binh đoàn 15.', [['enterprises', 7, 'count', 'stock', 'exact'], ['workers', 6920, 'count', 'stock', 'exact']]],
    ['Đến 30/9/2020, đơn vị quản lý 97 CĐCS với 31.604 đoàn viên, trong tổng số 34.280 lao động (tỷ lệ 92,2%).', [['union_grassroots', 97, 'count', 'stock', 'exact'], ['union_members', 31604, 'count', 'stock', 'exact'], ['workers', 34280, 'count', 'stock', 'exact'], ['union_members', 92.2, 'percent', 'share', 'exact']]],
    ['Năm 2023, Đoàn cơ sở giới thiệu 9 đoàn viên ưu tú cho Đảng, Đảng ủy đã xem xét kết nạp 7 đồng chí.', [['referrals', 9, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    // "N trong số đó": a part of the count just stated, in the sentence or the one before (past a plan beside it).
    ['Năm 2023, Đảng bộ kết nạp 15 đảng viên mới, 11 trong số đó là người dân tộc thiểu số tại chỗ.', [['party_admissions', 15, 'count', 'flow', 'exact'], ['party_admissions', 11, 'count', 'flow', 'exact']]],
    ['Năm 2023, Đảng bộ đã kết nạp 37 đảng viên (chỉ tiêu 30 đảng viên). Đáng chú ý, 11 trong số đó là người dân tộc thiểu số.', [['party_admissions', 37, 'count', 'flow', 'exact'], ['party_admissions', 30, 'count', 'target', 'exact'], ['party_admissions', 11, 'count', 'flow', 'exact']]],
    // Members said to be newly admitted, no Party named, are new members of their own body; guard: "vào Đảng" stays.
    ['- 3.215 đoàn viên được kết nạp mới, trong đó khu vực ngoài nhà nước chiếm 78%.', [['union_members', 3215, 'count', 'flow', 'exact'], ['union_members', 78, 'percent', 'share', 'exact']]],
    ['Có 45 đoàn viên được kết nạp mới vào Đảng.', [['party_admissions', 45, 'count', 'flow', 'exact']]],
    ['Đó là số đoàn viên được các cấp công đoàn kết nạp mới trong năm 2023, đạt 108,5% chỉ tiêu.', [['union_members', 108.5, 'percent', 'achievement', 'exact']]],
    // A note's mark glued to a figure before its noun.
    ['Toàn tỉnh có 3.874(1) doanh nghiệp đang hoạt động; hiện có 245(2) tổ chức đảng với 1.020* đảng viên.', [['enterprises', 3874, 'count', 'stock', 'exact'], ['party_organizations', 245, 'count', 'stock', 'exact'], ['party_members', 1020, 'count', 'stock', 'exact']]],
    // People hired are workers; a workforce in English; firms meeting the criteria to found a union are firms.
    ['Năm 2023, công ty đã tuyển thêm 2.000 người.', [['workers', 2000, 'count', 'flow', 'exact']]],
    ['Chúng tôi có 680 employees, trong đó 412 là đoàn viên công đoàn.', [['workers', 680, 'count', 'stock', 'exact'], ['union_members', 412, 'count', 'stock', 'exact']]],
    ['Toàn huyện có 42 doanh nghiệp đạt tiêu chuẩn thành lập công đoàn cơ sở.', [['enterprises', 42, 'count', 'stock', 'exact']]],
    // "con số này" opening a sentence is the last count of the sentence before, not the noun named after it.
    ['Năm 2019 cả khu mới có 14 doanh nghiệp có tổ chức đảng. Đến tháng 5/2024, con số này đã là 23, số đảng viên tăng từ 318 lên 652 người.', [['enterprises', 14, 'count', 'stock', 'exact'], ['enterprises', 23, 'count', 'stock', 'exact'], ['party_members', 318, 'count', 'stock', 'exact'], ['party_members', 652, 'count', 'stock', 'exact']]],
    ['Toàn tỉnh có 412 chi bộ trong doanh nghiệp. Hiện nay con số này đã là 431 chi bộ.', [['party_organizations', 412, 'count', 'stock', 'exact'], ['party_organizations', 431, 'count', 'stock', 'exact']]],
    ['Nếu như năm 2016 chỉ có 9 tổ chức đảng trong doanh nghiệp FDI thì đến tháng 3/2024 con số này đã là 38, với 1.046 đảng viên.', [['party_organizations', 9, 'count', 'stock', 'exact'], ['party_organizations', 38, 'count', 'stock', 'exact'], ['party_members', 1046, 'count', 'stock', 'exact']]],
    ['Số tổ chức đảng trong doanh nghiệp ngoài nhà nước tăng từ 31 năm 2018 lên 52 năm 2023.', [['party_organizations', 31, 'count', 'stock', 'exact'], ['party_organizations', 52, 'count', 'stock', 'exact']]],
    // The total a count brings about; firms present at an event.
    ['Năm 2024 thành lập mới 5 chi bộ, nâng tổng số lên 48.', [['party_organizations', 5, 'count', 'flow', 'exact'], ['party_organizations', 48, 'count', 'stock', 'exact']]],
    ['Riêng năm 2024, đã tổ chức 4 buổi đối thoại với 120 doanh nghiệp FDI tham dự.', []],
    // Those of a workforce just stated who have joined the union are its members now.
    ['Doanh nghiệp có 1.350 công nhân thì 1.290 người đã vào công đoàn.', [['workers', 1350, 'count', 'stock', 'exact'], ['union_members', 1290, 'count', 'stock', 'exact']]],
    ['Năm 2023, có 1.200 lao động gia nhập công đoàn.', [['union_members', 1200, 'count', 'flow', 'exact']]],
    // People of a group of new members, counted by a classifier, item after item, are new members.
    ['Trong số 148 đảng viên mới kết nạp, có 61 người là công nhân trực tiếp sản xuất; 9 người là đoàn viên thanh niên.', [['party_admissions', 148, 'count', 'flow', 'exact'], ['party_admissions', 61, 'count', 'flow', 'exact'], ['party_admissions', 9, 'count', 'flow', 'exact']]],
    ['Trong số đảng viên mới có 71 người là công nhân trực tiếp sản xuất, 26 người là đoàn viên thanh niên.', [['party_admissions', 71, 'count', 'flow', 'exact'], ['party_admissions', 26, 'count', 'flow', 'exact']]],
    // Firms pointed at ("này") are no size class; a breakdown "Trong đó" of organisations counted the sentence before;
    // the subject of a part after "trong đó," is an abbreviation, not a named body.
    ['Các doanh nghiệp này sử dụng trên 9.300 lao động.', [['workers', 9300, 'count', 'stock', 'more_than']]],
    ['Khu vực này có 73 tổ chức cơ sở đảng. Trong đó, doanh nghiệp nhà nước chiếm 31 tổ chức, doanh nghiệp ngoài nhà nước 42 tổ chức.', [['party_organizations', 73, 'count', 'stock', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact'], ['party_organizations', 42, 'count', 'stock', 'exact']]],
    ['Toàn tỉnh có 2.874 CĐCS với 521.306 đoàn viên; trong đó, CĐCS khu vực ngoài nhà nước là 1.642.', [['union_grassroots', 2874, 'count', 'stock', 'exact'], ['union_members', 521306, 'count', 'stock', 'exact'], ['union_grassroots', 1642, 'count', 'stock', 'exact']]],
    // A rate set low before it names its whole after it; bodies listed after "thành lập" with their members are a state.
    ['Số đảng viên là công nhân vẫn chiếm tỷ lệ thấp, chỉ khoảng 12% tổng số đảng viên của Khối.', [['party_members', 12, 'percent', 'share', 'about']]],
    // A plan cited as the source of a present state, or of a past year's, recalls what there is or was; a figure joined by
    // "và" to a change is a change, inside a breakdown too; "kết nạp ngay"; a whole named after "đạt P%" makes a share;
    // workers not yet in the union are no members.
    ['Theo kế hoạch, hiện trên địa bàn phường có 312 doanh nghiệp đang hoạt động.', [['enterprises', 312, 'count', 'stock', 'exact']]],
    ['Theo kế hoạch, năm 2023 Đảng bộ Khối có 38 TCCSĐ với 1.520 đảng viên.', [['party_organizations', 38, 'count', 'stock', 'exact'], ['party_members', 1520, 'count', 'stock', 'exact']]],
    ['Theo kế hoạch, năm 2024 Đảng bộ Khối kết nạp 80 đảng viên.', [['party_admissions', 80, 'count', 'target', 'exact']]],
    ['Đảng bộ Khối có 214 tổ chức đảng, gồm 58 đảng bộ cơ sở và 156 chi bộ cơ sở, với 6.018 đảng viên, tăng 4 tổ chức đảng và 187 đảng viên so với cùng kỳ.', [['party_organizations', 214, 'count', 'stock', 'exact'], ['party_organizations', 58, 'count', 'stock', 'exact'], ['party_organizations', 156, 'count', 'stock', 'exact'], ['party_members', 6018, 'count', 'stock', 'exact'], ['party_organizations', 4, 'count', 'flow', 'exact'], ['party_members', 187, 'count', 'flow', 'exact']]],
    ['Tháng 10/2023, CĐCS công ty được thành lập, kết nạp ngay 1.947 đoàn viên.', [['union_members', 1947, 'count', 'flow', 'exact']]],
    ['Đến nay, CĐCS có 2.688 đoàn viên, đạt 86,2% tổng số lao động.', [['union_members', 2688, 'count', 'stock', 'exact'], ['union_members', 86.2, 'percent', 'share', 'exact']]],
    ['Hiện còn khoảng 120 doanh nghiệp chưa thành lập CĐCS, với gần 4.500 người lao động chưa được tập hợp vào tổ chức công đoàn.', [['enterprises', 120, 'count', 'stock', 'about'], ['workers', 4500, 'count', 'stock', 'about']]],
    ['Chi bộ công ty có 14 đảng viên, trong đó 6 đảng viên đang cùng công nhân thực hiện "3 tại chỗ".', [['party_members', 14, 'count', 'stock', 'exact'], ['party_members', 6, 'count', 'stock', 'exact']]],
    ['Thành lập mới 2 chi bộ ở các công ty cổ phần có vốn nhà nước dưới 50% chưa có tổ chức đảng.', [['party_organizations', 2, 'count', 'flow', 'exact']]],
    // The same count a year before, in brackets after it, is read as that count is ("cùng kỳ" is no label).
    ['Mở 14 lớp bồi dưỡng nhận thức về Đảng cho 1.126 học viên (cùng kỳ 998 học viên); các CĐCS đã giới thiệu 236 đoàn viên ưu tú cho cấp ủy xem xét (cùng kỳ 219), đạt 78,7% kế hoạch.', [['training_classes', 14, 'count', 'flow', 'exact'], ['trainees', 1126, 'count', 'flow', 'exact'], ['trainees', 998, 'count', 'flow', 'exact'], ['referrals', 236, 'count', 'flow', 'exact'], ['referrals', 219, 'count', 'flow', 'exact'], ['referrals', 78.7, 'percent', 'achievement', 'exact']]],
    ['Có 15 quần chúng được trao quyết định kết nạp Đảng.', [['party_admissions', 15, 'count', 'flow', 'exact']]],
    // (Bodies rated, as a fraction or a count, are none of ours.)
    ['Kết quả đánh giá năm 2022, 49/52 CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 31 CĐCS hoàn thành xuất sắc nhiệm vụ.', []],
    // A sector's share of workers is no share of capital; firms that registered a plan pledged nothing.
    ['Toàn tỉnh có 312.000 công nhân, trong đó khu vực có vốn đầu tư nước ngoài chiếm 14,2%.', [['workers', 312000, 'count', 'stock', 'exact'], ['workers', 14.2, 'percent', 'share', 'exact']]],
    ['Toàn tỉnh có hơn 1.200 DN đăng ký phương án “3 tại chỗ” với gần 80.000 lao động ở lại làm việc.', [['enterprises', 1200, 'count', 'stock', 'more_than'], ['workers', 80000, 'count', 'stock', 'about']]],
    // (Without "đã", unions founded with their members are what the period founded, members recruited with them; a
    // Youth Union branch with its members stays a state.)
    ['Thị đoàn thành lập 2 chi đoàn doanh nghiệp với 41 đoàn viên.', [['youth_organizations', 2, 'count', 'stock', 'exact'], ['youth_members', 41, 'count', 'stock', 'exact']]],
    ['Chín tháng năm 2024, LĐLĐ tỉnh kết nạp 3.318 đoàn viên; thành lập 21 CĐCS với 1.376 đoàn viên.', [['union_members', 3318, 'count', 'flow', 'exact'], ['union_grassroots', 21, 'count', 'flow', 'exact'], ['union_members', 1376, 'count', 'flow', 'exact']]],
    ['Các doanh nghiệp đã thành lập 138 CĐCS với 29.870 ĐVCĐ; 44 tổ chức đoàn với 2.310 đoàn viên thanh niên.', [['union_grassroots', 138, 'count', 'stock', 'exact'], ['union_members', 29870, 'count', 'stock', 'exact'], ['youth_organizations', 44, 'count', 'stock', 'exact'], ['youth_members', 2310, 'count', 'stock', 'exact']]],
    // The page of a source cited in a note ("tr. 12" ends no sentence) is no part of the figure its mark follows.
    ['Năm 2022, toàn tỉnh có 1.250 đảng viên trong doanh nghiệp(1).\n(1) Ban Tổ chức Trung ương: Báo cáo số 168-BC/BTCTW ngày 10/01/2023, tr. 12.', [['party_members', 1250, 'count', 'stock', 'exact']]],
    // Places in a series after the first count; what circumstances forced ("phải giải thể") is no goal.
    ['Hà Nội có 1.327 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước, TP. Hồ Chí Minh có 1.106, Bình Dương có 318.', [['party_organizations', 1327, 'count', 'stock', 'exact'], ['party_organizations', 1106, 'count', 'stock', 'exact'], ['party_organizations', 318, 'count', 'stock', 'exact']]],
    ['Năm 2019, thành phố phải giải thể 9 chi bộ do doanh nghiệp ngừng hoạt động.', [['party_organizations', 9, 'count', 'flow', 'exact']]],
    ['Năm 2025 phải thành lập mới 5 chi bộ.', [['party_organizations', 5, 'count', 'target', 'exact']]],
    // Admitted by bodies listed between "được" and "kết nạp"; all of those just counted; a share of a group of new members.
    ['Đoàn KKT giới thiệu 39 đoàn viên ưu tú, trong đó 17 đoàn viên đã được các chi bộ, đảng bộ doanh nghiệp kết nạp.', [['referrals', 39, 'count', 'flow', 'exact'], ['party_admissions', 17, 'count', 'flow', 'exact']]],
    ['Chi đoàn giới thiệu 5 đoàn viên ưu tú, cả 5 đều được Chi bộ công ty kết nạp.', [['referrals', 5, 'count', 'flow', 'exact'], ['party_admissions', 5, 'count', 'flow', 'exact']]],
    ['Trong tổng số đảng viên mới kết nạp của Đảng bộ Khối, hơn 70% là đoàn viên thanh niên.', [['party_admissions', 70, 'percent', 'share', 'more_than']]],
    // The year of a source cited between commas in a note is no part of the figure its mark follows.
    ['Hà Nội có 1.760 tổ chức cơ sở đảng trong doanh nghiệp(2).\n(2) Ban Tổ chức Trung ương: Số liệu thống kê đảng viên năm 2019, Hà Nội, 2020, tr. 21.', [['party_organizations', 1760, 'count', 'stock', 'exact']]],
    // A footnote mark after a figure; the second end of a change dated after it; firms registered are no pledge.
    ['Số tổ chức cơ sở đảng đã tăng từ 148 năm 2015 lên 209 vào giữa năm 2020, số đảng viên tăng từ 2.250 lên 3.416(1).', [['party_organizations', 148, 'count', 'stock', 'exact'], ['party_organizations', 209, 'count', 'stock', 'exact'], ['party_members', 2250, 'count', 'stock', 'exact'], ['party_members', 3416, 'count', 'stock', 'exact']]],
    ['Toàn tỉnh có 318 doanh nghiệp đăng ký hoạt động, trong đó 41 doanh nghiệp chế biến thủy sản, sử dụng khoảng 30.000 lao động.', [['enterprises', 318, 'count', 'stock', 'exact'], ['enterprises', 41, 'count', 'stock', 'exact'], ['workers', 30000, 'count', 'stock', 'about']]],
    // A quota met, named with its figure; the quota in brackets after a goal exceeded is of the count that exceeded it.
    ['Năm nay Đảng bộ tập trung hoàn thành chỉ tiêu kết nạp 150 đảng viên.', [['party_admissions', 150, 'count', 'target', 'exact']]],
    ['Đoàn Khối đã giới thiệu 312 đoàn viên ưu tú cho Đảng; có 205 đoàn viên được kết nạp vào Đảng, vượt chỉ tiêu đại hội đề ra (150 đoàn viên).', [['referrals', 312, 'count', 'flow', 'exact'], ['party_admissions', 205, 'count', 'flow', 'exact'], ['party_admissions', 150, 'count', 'target', 'exact']]],
    // Bodies founded in the firms counted.
    ['Công đoàn các KCN tỉnh đã thành lập CĐCS tại 5 DN FDI.', [['union_grassroots', 5, 'count', 'flow', 'exact']]],
    // A size class without "có" is a threshold; cooperatives, which no metric counts, each with a body count those bodies.
    ['Phấn đấu 100% doanh nghiệp từ 30 lao động trở lên có tổ chức công đoàn.', [['enterprises', 100, 'percent', 'target', 'exact']]],
    ['Toàn huyện có 52 HTX, 8 HTX có chi bộ; 3 HTX đã có tổ chức công đoàn với 57 đoàn viên.', [['party_organizations', 8, 'count', 'stock', 'exact'], ['union_grassroots', 3, 'count', 'stock', 'exact'], ['union_members', 57, 'count', 'stock', 'exact']]],
    // "N/M, đạt P%" with P = N/M: a result over its plan; a part of a whole of people, a share.
    ['- Kết nạp đảng viên trong doanh nghiệp: 236/250 người, đạt 94,4%;', [['party_admissions', 236, 'count', 'flow', 'exact'], ['party_admissions', 250, 'count', 'target', 'exact'], ['party_admissions', 94.4, 'percent', 'achievement', 'exact']]],
    ['- Thành lập tổ chức đảng: 17/20 tổ chức, đạt 85%;', [['party_organizations', 17, 'count', 'flow', 'exact'], ['party_organizations', 20, 'count', 'target', 'exact'], ['party_organizations', 85, 'percent', 'achievement', 'exact']]],
    ['Có 72/80 lao động tham gia công đoàn, đạt 90%.', [['union_members', 72, 'count', 'flow', 'exact'], ['workers', 80, 'count', 'stock', 'exact'], ['union_members', 90, 'percent', 'share', 'exact']]],
    // Units none of our nouns counts, each with a body of ours; a share of those newly admitted; the rate of a plan
    // named after a part is the total's achievement.
    ['Đến nay, 100% ấp, khóm có chi bộ.', [['party_organizations', 100, 'percent', 'share', 'exact']]],
    ['Phấn đấu đến cuối năm 2024, 100% thôn, tổ dân phố có chi bộ độc lập.', [['party_organizations', 100, 'percent', 'target', 'exact']]],
    ['Hiện có 1.061 CĐCS với 249.700 đoàn viên, chiếm 91,6% tổng số lao động tại các DN đã có tổ chức công đoàn.', [['union_grassroots', 1061, 'count', 'stock', 'exact'], ['union_members', 249700, 'count', 'stock', 'exact'], ['union_members', 91.6, 'percent', 'share', 'exact']]],
    ['Trên 70% đảng viên kết nạp mới là ĐVCĐ, đoàn viên thanh niên được công đoàn giới thiệu.', [['party_admissions', 70, 'percent', 'share', 'more_than']]],
    ['Phấn đấu ít nhất 70% số đảng viên kết nạp mới là công nhân lao động trực tiếp sản xuất.', [['party_admissions', 70, 'percent', 'target', 'at_least']]],
    ['Có 45% số đảng viên được kết nạp trong năm là nữ.', [['party_admissions', 45, 'percent', 'share', 'exact']]],
    ['Trong số đoàn viên được giới thiệu, 1.932 đoàn viên đã được kết nạp vào Đảng, đạt tỷ lệ 67,9%.', [['party_admissions', 1932, 'count', 'flow', 'exact'], ['party_admissions', 67.9, 'percent', 'share', 'exact']]],
    ['Trong số đoàn viên mới, lao động nữ chiếm 62%.', [['union_members', 62, 'percent', 'share', 'exact']]],
    ['Đảng ủy xã đã giới thiệu 19 đảng viên sinh hoạt tạm thời tại chi bộ nơi làm việc.', [['party_members', 19, 'count', 'flow', 'exact']]],
    ['LĐLĐ thành phố phát hiện chênh lệch 6.504 đoàn viên giữa số liệu báo cáo và thực tế.', [['union_members', 6504, 'count', 'flow', 'exact']]],
    ['Số chênh lệch giữa hai kỳ báo cáo là 15 đoàn viên.', [['union_members', 15, 'count', 'flow', 'exact']]],
    ['Tỷ lệ đoàn viên đóng đoàn phí đạt 97,6%.', [['union_members', 97.6, 'percent', 'share', 'exact']]],
    ['Năm 2016, 100% đảng viên đóng đảng phí đầy đủ, đúng kỳ hạn.', [['party_members', 100, 'percent', 'share', 'exact']]],
    ['9 tháng năm 2024, Công đoàn phường thành lập mới 2 CĐCS, kết nạp 1.128 ĐV mới (đạt 112,8% kế hoạch), phối hợp giới thiệu 37 ĐVCĐ ưu tú cho tổ chức đảng.', [['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_members', 1128, 'count', 'flow', 'exact'], ['union_members', 112.8, 'percent', 'achievement', 'exact'], ['referrals', 37, 'count', 'flow', 'exact']]],
    ['Năm 2023 kết nạp 17 QC ưu tú vào Đảng (đạt 113% NQ).', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 113, 'percent', 'achievement', 'exact']]],
    ['6 tháng đầu năm, 26 QC được học lớp nhận thức về Đảng.', [['trainees', 26, 'count', 'flow', 'exact']]],
    ['Phấn đấu mỗi chi bộ có ít nhất 5 đảng viên.', [['party_members', 5, 'count', 'target', 'at_least']]],
    ['Đến năm 2030, mỗi khu công nghiệp có ít nhất 1 đảng bộ hoặc chi bộ ghép các doanh nghiệp.', [['party_organizations', 1, 'count', 'target', 'at_least']]],
    ['Bình quân mỗi tháng có hơn 2.000 công nhân mất việc.', [['workers', 2000, 'count', 'flow', 'more_than']]],
    ['Công ty mở 2 lớp bồi dưỡng nhận thức về Đảng cho trăm rưỡi quần chúng ưu tú.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 150, 'count', 'flow', 'exact']]],
    ['Đoàn Thanh niên Công ty hiện có độ 1 vạn 2 nghìn đoàn viên thanh niên.', [['youth_members', 12000, 'count', 'stock', 'exact']]],
    ['Đến nay, 112 đoàn viên đã được công đoàn cơ sở tại nơi làm việc mới tiếp nhận, kết nạp lại.', [['union_members', 112, 'count', 'flow', 'exact']]],
    ['Đoàn Thanh niên Công ty có 436 đoàn viên; 92% thanh niên trong Công ty là đoàn viên.', [['youth_members', 436, 'count', 'stock', 'exact'], ['youth_members', 92, 'percent', 'share', 'exact']]],
    ['Toàn huyện có 426 đảng viên, chiếm chưa đầy 1% lực lượng lao động.', [['party_members', 426, 'count', 'stock', 'exact'], ['party_members', 1, 'percent', 'share', 'less_than']]],
    ['Huyện ủy đề ra chỉ tiêu kết nạp 180 đảng viên trở lên, trong đó công nhân, người lao động trong doanh nghiệp chiếm ít nhất 30%.', [['party_admissions', 180, 'count', 'target', 'at_least'], ['party_admissions', 30, 'percent', 'target', 'at_least']]],
    ['Từ năm 2023 đến nay, đã có 7 đoàn viên của công ty được giới thiệu cho Chi bộ xem xét kết nạp.', [['referrals', 7, 'count', 'flow', 'exact']]],
    ['Tỷ lệ kết nạp trên số được giới thiệu chỉ đạt 35,9%.', [['party_admissions', 35.9, 'percent', 'share', 'exact']]],
    ['Đoàn có 9.600 đoàn viên, trong khi lực lượng lao động của thành phố là khoảng 280.000 người.', [['union_members', 9600, 'count', 'stock', 'exact'], ['workers', 280000, 'count', 'stock', 'about']]],
    ['Khu kinh tế có trên 60.000 lao động, nhưng mới có khoảng 1,4% thanh niên công nhân sinh hoạt đoàn tại doanh nghiệp.', [['workers', 60000, 'count', 'stock', 'more_than'], ['youth_members', 1.4, 'percent', 'share', 'about']]],
    ['Năm 2015, cả khu chỉ có 9 chi bộ doanh nghiệp. Nay con số đã lên 31, trong đó có những chi bộ nằm ngay trong nhà máy.', [['party_organizations', 9, 'count', 'stock', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact']]],
    ['Với việc kết nạp hai đảng viên mới, Chi bộ Công ty từ 31 đảng viên nâng tổng số lên 33 đảng viên.', [['party_admissions', 2, 'count', 'flow', 'exact'], ['party_members', 31, 'count', 'stock', 'exact'], ['party_members', 33, 'count', 'stock', 'exact']]],
    ['Chi bộ có 46.930 đoàn viên/52.715 lao động.', [['union_members', 46930, 'count', 'stock', 'exact'], ['workers', 52715, 'count', 'stock', 'exact']]],
    ['Công đoàn xã có 5 CĐCS với 512 ĐVCĐ. Năm 2023, công đoàn xã kết nạp 126 ĐVCĐ, thành lập 2 CĐCS; LĐLĐ huyện hỗ trợ công đoàn xã và các CĐCS.\n\nĐảng bộ xã có 213 ĐV, 12 chi bộ. Năm 2023 kết nạp 7 ĐV, đạt 87,5% chỉ tiêu.', [['union_grassroots', 5, 'count', 'stock', 'exact'], ['union_members', 512, 'count', 'stock', 'exact'], ['union_members', 126, 'count', 'flow', 'exact'], ['union_grassroots', 2, 'count', 'flow', 'exact'], ['party_members', 213, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'stock', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact'], ['party_admissions', 87.5, 'percent', 'achievement', 'exact']]],
    ['Theo báo cáo sơ bộ, toàn Đảng bộ kết nạp 104 đảng viên. Sau khi hoàn tất hồ sơ, số liệu được điều chỉnh lên 127 đảng viên, đạt 105,8% chỉ tiêu năm.', [['party_admissions', 104, 'count', 'flow', 'exact'], ['party_admissions', 127, 'count', 'flow', 'exact'], ['party_admissions', 105.8, 'percent', 'achievement', 'exact']]],
    ['Năm 2017, Đảng bộ Công ty kết nạp 23 đảng viên, trong đó 15 đồng chí là công nhân, đạt 115% chỉ tiêu.', [['party_admissions', 23, 'count', 'flow', 'exact'], ['party_admissions', 15, 'count', 'flow', 'exact'], ['party_admissions', 115, 'percent', 'achievement', 'exact']]],
    // A share of those admitted named after the rate; a part over its whole of the same firms, written "N/M".
    ['Tỷ lệ đảng viên là công nhân trực tiếp sản xuất chiếm trên 80% số kết nạp mới.', [['party_admissions', 80, 'percent', 'share', 'more_than']]],
    ['Trong Khối, có 52/69 doanh nghiệp (đạt 75,4%) có tổ chức đảng.', [['enterprises', 52, 'count', 'stock', 'exact'], ['enterprises', 69, 'count', 'stock', 'exact'], ['enterprises', 75.4, 'percent', 'share', 'exact']]],
    // Labels of a deed or a quota before a figure and what it counts; a bracketed quota "cả năm".
    ['- Tổng số kết nạp cả nhiệm kỳ: 236 đảng viên', [['party_admissions', 236, 'count', 'flow', 'exact']]],
    ['- Chỉ tiêu năm 2022: 80 đảng viên', [['party_admissions', 80, 'count', 'target', 'exact']]],
    ['Phát triển mới 6.820 đoàn viên (chỉ tiêu cả năm 8.000).', [['union_members', 6820, 'count', 'flow', 'exact'], ['union_members', 8000, 'count', 'target', 'exact']]],
    // A bare noun labelling a fraction, and a rate line after it; a referral read before the admission it asks for.
    ['- Đoàn viên: 98.732/106.540 CNLĐ\n- Tỷ lệ: 92,7%', [['union_members', 98732, 'count', 'stock', 'exact'], ['workers', 106540, 'count', 'stock', 'exact'], ['union_members', 92.7, 'percent', 'share', 'exact']]],
    ['Qua phong trào, gần 40 đoàn viên ưu tú được giới thiệu cho tổ chức đảng xem xét, bồi dưỡng kết nạp.', [['referrals', 40, 'count', 'flow', 'about']]],
    ['Có 26 đoàn viên được giới thiệu và kết nạp vào Đảng.', [['party_admissions', 26, 'count', 'flow', 'exact']]],
    // A verb of an earlier clause governs no rate past a ";".
    ['Mục tiêu: mỗi năm giới thiệu ít nhất 4 đoàn viên ưu tú cho Đảng xem xét, kết nạp; 100% tổ công đoàn hoạt động hiệu quả.', [['referrals', 4, 'count', 'target', 'at_least']]],
    // Posts and infographics: symbols and emoji as list markers, a goal heading in capitals over them, an achievement
    // and a breakdown on lines of their own.
    ['🔴 PHÁT TRIỂN ĐẢNG VIÊN\n✅ Kết nạp 87 đảng viên mới\n👉 Đạt 108,7% chỉ tiêu năm\n👉 Trong đó 52 đảng viên là công nhân trực tiếp sản xuất\n\n🔴 MỤC TIÊU NĂM 2024\n🎯 Thành lập mới ít nhất 03 tổ chức đảng trong doanh nghiệp', [['party_admissions', 87, 'count', 'flow', 'exact'], ['party_admissions', 108.7, 'percent', 'achievement', 'exact'], ['party_admissions', 52, 'count', 'flow', 'exact'], ['party_organizations', 3, 'count', 'target', 'at_least']]],
    // A plan named as a document and registered capital are no goal cues; bodies dissolved are a flow.
    ['Trên địa bàn có 41 tổ chức đảng với 1.156 đảng viên; so với thời điểm ban hành Kế hoạch tăng 9 tổ chức đảng, 302 đảng viên.', [['party_organizations', 41, 'count', 'stock', 'exact'], ['party_members', 1156, 'count', 'stock', 'exact'], ['party_organizations', 9, 'count', 'flow', 'exact'], ['party_members', 302, 'count', 'flow', 'exact']]],
    ['Bình Dương có hơn 4.400 dự án FDI với tổng vốn đăng ký gần 43 tỷ USD; toàn tỉnh có trên 69.000 doanh nghiệp đang hoạt động.', [['enterprises', 69000, 'count', 'stock', 'more_than']]],
    ['Do doanh nghiệp dừng hoạt động, giai đoạn này có 4 chi bộ doanh nghiệp bị giải thể và 12 CĐCS chấm dứt hoạt động.', [['party_organizations', 4, 'count', 'flow', 'exact'], ['union_grassroots', 12, 'count', 'flow', 'exact']]],
    // A figure glued to its verb, as scraped pages print it.
    ['Trong nhiệm kỳ, các tổ chức đảng trong doanh nghiệp kết nạp203 đảng viên, đạt135% chỉ tiêu Nghị quyết Đại hội đề ra.', [['party_admissions', 203, 'count', 'flow', 'exact'], ['party_admissions', 135, 'percent', 'achievement', 'exact']]],
    // An assignment after a percent is no share: the count before it stands alone.
    ['Đảng bộ công ty kết nạp 25 đảng viên mới; 100% đảng viên được giao nhiệm vụ gắn với dây chuyền sản xuất.', [['party_admissions', 25, 'count', 'flow', 'exact']]],
    // A clause set against a goal cue reports what happened.
    ['Nhiều doanh nghiệp phải thu hẹp sản xuất, nhưng năm 2020 các cấp công đoàn vẫn kết nạp 1.508 đoàn viên.', [['union_members', 1508, 'count', 'flow', 'exact']]],
    // A rate that is the last count over the one before it, with no plan named, is a share; with a plan, an achievement.
    ['Năm qua giới thiệu 1.126 đoàn viên ưu tú cho Đảng, 402 người đã được kết nạp, đạt 35,7%.', [['referrals', 1126, 'count', 'flow', 'exact'], ['party_admissions', 402, 'count', 'flow', 'exact'], ['party_admissions', 35.7, 'percent', 'share', 'exact']]],
    ['Năm qua giới thiệu 1.126 đoàn viên ưu tú cho Đảng, 402 người đã được kết nạp, đạt 40%.', [['referrals', 1126, 'count', 'flow', 'exact'], ['party_admissions', 402, 'count', 'flow', 'exact'], ['party_admissions', 40, 'percent', 'achievement', 'exact']]],
    // A place in an address is no count.
    ['Đảng ủy Khối đã thành lập mới 3 chi bộ, gồm: Chi bộ Công ty TNHH Tân Phú, có trụ sở tại Km 1447, Quốc lộ 1A.', [['party_organizations', 3, 'count', 'flow', 'exact']]],
    // A label names the people a classifier counts; what follows a bracket is not said of a figure inside it.
    ['Số đoàn viên kết nạp mới: 2.190 người.', [['union_members', 2190, 'count', 'flow', 'exact']]],
    ['Vận động công nhân Công ty TNHH Gỗ Ea Tu (112 lao động) gia nhập tổ chức công đoàn.', [['workers', 112, 'count', 'stock', 'exact']]],
    // A class after a comma that starts another subject is not what the people counted attend.
    ['Có 120 công nhân, đoàn viên ưu tú tham gia học lớp cảm tình Đảng.', [['trainees', 120, 'count', 'flow', 'exact']]],
    ['Công ty có gần 4.000 công nhân, việc phát hiện quần chúng ưu tú không khó, khó là làm sao để các em có thời gian đi học lớp cảm tình Đảng.', [['workers', 4000, 'count', 'stock', 'about']]],
    ['Phấn đấu mỗi năm thành lập từ 2 đến 3 chi bộ.', [['party_organizations', 2, 'count', 'target', 'exact', 3]]],
    ['Có hai mươi lăm đảng viên sinh hoạt tại chi bộ.', [['party_members', 25, 'count', 'stock', 'exact']]],
    ['Trên địa bàn tỉnh có khoảng 1,2 triệu công nhân lao động.', [['workers', 1200000, 'count', 'stock', 'about']]],
    ['Đoàn Thanh niên giới thiệu 150 đoàn viên ưu tú cho Đảng xem xét kết nạp.', [['referrals', 150, 'count', 'flow', 'exact']]],
    ['Kết nạp 56 đảng viên, trong đó Công đoàn các khu công nghiệp 05 đảng viên, LĐLĐ huyện Đồng Phú 51 đảng viên.', [['party_admissions', 56, 'count', 'flow', 'exact'], ['party_admissions', 5, 'count', 'flow', 'exact'], ['party_admissions', 51, 'count', 'flow', 'exact']]],
    ['Tăng 5 chi bộ và 115 đảng viên so với năm 2014.', [['party_organizations', 5, 'count', 'flow', 'exact'], ['party_members', 115, 'count', 'flow', 'exact']]],
    ['Phấn đấu giới thiệu ít nhất 2 đoàn viên công đoàn ưu tú, trong đó có 50% được kết nạp.', [['referrals', 2, 'count', 'target', 'at_least'], ['party_admissions', 50, 'percent', 'target', 'exact']]],
    ['Vận động 10 nghìn cán bộ, công nhân lao động gia nhập tổ chức công đoàn.', [['union_members', 10000, 'count', 'flow', 'exact']]],
    ['Đảng bộ có 12 chi bộ, tối đa 30 đảng viên mỗi chi bộ.', [['party_organizations', 12, 'count', 'stock', 'exact'], ['party_members', 30, 'count', 'stock', 'at_most']]],
    ['Hiện có dưới 10% doanh nghiệp có tổ chức đảng.', [['enterprises', 10, 'percent', 'share', 'less_than']]],
    ['Có 1.250 ĐVCĐ tại 15 DN FDI.', [['union_members', 1250, 'count', 'stock', 'exact'], ['enterprises', 15, 'count', 'stock', 'exact']]],
    ['Kết nạp 45 ĐV mới trong năm 2023.', [['party_admissions', 45, 'count', 'flow', 'exact']]],
    ['Toàn tỉnh có 1.856 CĐCS với 245.000 CNLĐ.', [['union_grassroots', 1856, 'count', 'stock', 'exact'], ['workers', 245000, 'count', 'stock', 'exact']]],
    ['Tổng số đảng viên của Đảng bộ là 3.390 đồng chí.', [['party_members', 3390, 'count', 'stock', 'exact']]],
    ['Số đảng viên là chủ doanh nghiệp chiếm 12,5%.', [['party_members', 12.5, 'percent', 'share', 'exact']]],
    ['Đã kết nạp 87 đảng viên, tăng 12 đảng viên so với năm 2022 và đạt 108,8% chỉ tiêu.', [['party_admissions', 87, 'count', 'flow', 'exact'], ['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 108.8, 'percent', 'achievement', 'exact']]],
    ['Đảng bộ có 34 tổ chức cơ sở đảng với 812 đảng viên, tăng 9 tổ chức đảng và 231 đảng viên so với đầu nhiệm kỳ.', [['party_organizations', 34, 'count', 'stock', 'exact'], ['party_members', 812, 'count', 'stock', 'exact'], ['party_organizations', 9, 'count', 'flow', 'exact'], ['party_members', 231, 'count', 'flow', 'exact']]],
    ['Các cấp công đoàn đã kết nạp 1.376 đoàn viên, thành lập 19 CĐCS, đạt lần lượt 45,9% và 47,5% kế hoạch năm.', [['union_members', 1376, 'count', 'flow', 'exact'], ['union_grassroots', 19, 'count', 'flow', 'exact'], ['union_members', 45.9, 'percent', 'achievement', 'exact'], ['union_grassroots', 47.5, 'percent', 'achievement', 'exact']]],
    ['Số đoàn viên ưu tú giới thiệu cho Đảng: 586', [['referrals', 586, 'count', 'flow', 'exact']]],
    ['Trong đó CĐCS khu vực ngoài nhà nước: 19', [['union_grassroots', 19, 'count', 'stock', 'exact']]],
    ['Thành lập mới 14 CĐCS (kế hoạch 10), kết nạp 500 đoàn viên.', [['union_grassroots', 14, 'count', 'flow', 'exact'], ['union_grassroots', 10, 'count', 'target', 'exact'], ['union_members', 500, 'count', 'flow', 'exact']]],
    ['Đến nay, 38/46 doanh nghiệp đã thành lập công đoàn.', [['enterprises', 38, 'count', 'stock', 'exact'], ['enterprises', 46, 'count', 'stock', 'exact']]],
    ['Mỗi năm chúng tôi chỉ kết nạp được năm, sáu đảng viên.', [['party_admissions', 5, 'count', 'flow', 'about', 6]]],
    ['Đảng bộ thị xã đã thành lập 12 chi bộ trong doanh nghiệp, với tổng số 173 đảng viên.', [['party_organizations', 12, 'count', 'stock', 'exact'], ['party_members', 173, 'count', 'stock', 'exact']]],
    ['Đoàn Thanh niên có 19 chi đoàn với 640 đoàn viên; Công đoàn có 54 CĐCS với 11.830 đoàn viên.', [['youth_organizations', 19, 'count', 'stock', 'exact'], ['youth_members', 640, 'count', 'stock', 'exact'], ['union_grassroots', 54, 'count', 'stock', 'exact'], ['union_members', 11830, 'count', 'stock', 'exact']]],
    ['Giai đoạn 2026 - 2030, mỗi năm kết nạp 100 đảng viên.', [['party_admissions', 100, 'count', 'target', 'exact']]],
    // "cho N …" after an admission names those admitted; delegates "đại diện cho" the members stand for a stock.
    ['Đảng ủy xã tổ chức lễ kết nạp Đảng cho 2 quần chúng ưu tú là công nhân.', [['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Dự đại hội có 150 đại biểu, đại diện cho gần 1.700 đảng viên của 41 tổ chức cơ sở đảng.', [['party_members', 1700, 'count', 'stock', 'about'], ['party_organizations', 41, 'count', 'stock', 'exact']]],
    ['Công đoàn mở 3 lớp bồi dưỡng nhận thức về Đảng cho 240 đoàn viên ưu tú.', [['training_classes', 3, 'count', 'flow', 'exact'], ['trainees', 240, 'count', 'flow', 'exact']]],
    ['Ngày 12/8, Đảng ủy xã trao quyết định kết nạp đảng viên cho hai công nhân.', [['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Công đoàn cử 77 quần chúng ưu tú tham dự 02 lớp cảm tình Đảng.', [['trainees', 77, 'count', 'flow', 'exact'], ['training_classes', 2, 'count', 'flow', 'exact']]],
    // A fraction's part takes what happened after the noun; its whole is the stock.
    ['Tại công ty, 72/80 lao động tự nguyện gia nhập tổ chức công đoàn.', [['union_members', 72, 'count', 'flow', 'exact'], ['workers', 80, 'count', 'stock', 'exact']]],
    // A rate named against a whole is the share of the part; a predicate "N% là …" describes the last people counted.
    ['Công đoàn Công ty có 1.126 đoàn viên trên tổng số 1.180 lao động, đạt tỷ lệ 95,4%.', [['union_members', 1126, 'count', 'stock', 'exact'], ['workers', 1180, 'count', 'stock', 'exact'], ['union_members', 95.4, 'percent', 'share', 'exact']]],
    ['Công đoàn thành lập mới 4 CĐCS, nâng tổng số CĐCS lên 71 với 39.612 đoàn viên, đạt tỷ lệ 82,5% so với tổng số lao động.', [['union_grassroots', 4, 'count', 'flow', 'exact'], ['union_grassroots', 71, 'count', 'stock', 'exact'], ['union_members', 39612, 'count', 'stock', 'exact'], ['union_members', 82.5, 'percent', 'share', 'exact']]],
    ['Năm 2026 kết nạp 250 đảng viên, trong đó ít nhất 40% là công nhân.', [['party_admissions', 250, 'count', 'target', 'exact'], ['party_admissions', 40, 'percent', 'target', 'at_least']]],
    ['Phấn đấu hoàn thành 100% chỉ tiêu phát triển đoàn viên năm 2026.', [['union_members', 100, 'percent', 'target', 'exact']]],
    // A table header with a verb and its noun; a series with the same figure in two years.
    ['Kết nạp đoàn viên: 1.032', [['union_members', 1032, 'count', 'flow', 'exact']]],
    // "ít nhất một" is a count; "ngót" is about; a count named before its classifier "người".
    ['Mỗi LĐLĐ huyện phải có ít nhất một CĐCS mới.', [['union_grassroots', 1, 'count', 'target', 'at_least']]],
    ['Công đoàn các KCN hiện quản lý 52 CĐCS với ngót 1,2 vạn đoàn viên.', [['union_grassroots', 52, 'count', 'stock', 'exact'], ['union_members', 12000, 'count', 'stock', 'about']]],
    ['Số lao động trong KCN dao động từ 13.000 đến 14.500 người tùy thời vụ.', [['workers', 13000, 'count', 'stock', 'exact', 14500]]],
    // Space thousands; a bracket of parts; the subject of "chiếm"; the whole after the percent; the group named by "Trong số".
    ['Toàn tỉnh hiện có 1 986 chi đoàn với 72 415 đoàn viên.', [['youth_organizations', 1986, 'count', 'stock', 'exact'], ['youth_members', 72415, 'count', 'stock', 'exact']]],
    ['Đảng bộ xã có 1.884 đảng viên (nữ 612, dân tộc thiểu số 23).', [['party_members', 1884, 'count', 'stock', 'exact'], ['party_members', 612, 'count', 'stock', 'exact'], ['party_members', 23, 'count', 'stock', 'exact']]],
    ['Khu vực có hơn 1,3 triệu lao động, nhưng đảng viên chỉ chiếm chưa đến 1% tổng số lao động.', [['workers', 1300000, 'count', 'stock', 'more_than'], ['party_members', 1, 'percent', 'share', 'less_than']]],
    ['Đoàn viên công đoàn là thanh niên dưới 35 tuổi chiếm hơn 60%.', [['union_members', 60, 'percent', 'share', 'more_than']]],
    ['Đảng viên là người dân tộc thiểu số chiếm 47,3%; đảng viên nữ chiếm 41,6%.', [['party_members', 47.3, 'percent', 'share', 'exact'], ['party_members', 41.6, 'percent', 'share', 'exact']]],
    ['Doanh nghiệp quy mô nhỏ, sử dụng dưới 10 lao động, chiếm hơn 90% tổng số doanh nghiệp.', [['workers', 10, 'count', 'stock', 'less_than'], ['enterprises', 90, 'percent', 'share', 'more_than']]],
    ['Trong số đoàn viên mới, lao động nữ chiếm 62%.', [['union_members', 62, 'percent', 'share', 'exact']]],
    ['Đảng ủy xã đã giới thiệu 19 đảng viên sinh hoạt tạm thời tại chi bộ nơi làm việc.', [['party_members', 19, 'count', 'flow', 'exact']]],
    ['LĐLĐ thành phố phát hiện chênh lệch 6.504 đoàn viên giữa số liệu báo cáo và thực tế.', [['union_members', 6504, 'count', 'flow', 'exact']]],
    ['Số chênh lệch giữa hai kỳ báo cáo là 15 đoàn viên.', [['union_members', 15, 'count', 'flow', 'exact']]],
    ['Tỷ lệ đoàn viên đóng đoàn phí đạt 97,6%.', [['union_members', 97.6, 'percent', 'share', 'exact']]],
    ['Năm 2016, 100% đảng viên đóng đảng phí đầy đủ, đúng kỳ hạn.', [['party_members', 100, 'percent', 'share', 'exact']]],
    ['9 tháng năm 2024, Công đoàn phường thành lập mới 2 CĐCS, kết nạp 1.128 ĐV mới (đạt 112,8% kế hoạch), phối hợp giới thiệu 37 ĐVCĐ ưu tú cho tổ chức đảng.', [['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_members', 1128, 'count', 'flow', 'exact'], ['union_members', 112.8, 'percent', 'achievement', 'exact'], ['referrals', 37, 'count', 'flow', 'exact']]],
    ['Năm 2023 kết nạp 17 QC ưu tú vào Đảng (đạt 113% NQ).', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 113, 'percent', 'achievement', 'exact']]],
    ['6 tháng đầu năm, 26 QC được học lớp nhận thức về Đảng.', [['trainees', 26, 'count', 'flow', 'exact']]],
    ['Phấn đấu mỗi chi bộ có ít nhất 5 đảng viên.', [['party_members', 5, 'count', 'target', 'at_least']]],
    ['Đến năm 2030, mỗi khu công nghiệp có ít nhất 1 đảng bộ hoặc chi bộ ghép các doanh nghiệp.', [['party_organizations', 1, 'count', 'target', 'at_least']]],
    ['Bình quân mỗi tháng có hơn 2.000 công nhân mất việc.', [['workers', 2000, 'count', 'flow', 'more_than']]],
    ['Công ty mở 2 lớp bồi dưỡng nhận thức về Đảng cho trăm rưỡi quần chúng ưu tú.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 150, 'count', 'flow', 'exact']]],
    ['Đoàn Thanh niên Công ty hiện có độ 1 vạn 2 nghìn đoàn viên thanh niên.', [['youth_members', 12000, 'count', 'stock', 'exact']]],
    ['Đến nay, 112 đoàn viên đã được công đoàn cơ sở tại nơi làm việc mới tiếp nhận, kết nạp lại.', [['union_members', 112, 'count', 'flow', 'exact']]],
    ['Đoàn Thanh niên Công ty có 436 đoàn viên; 92% thanh niên trong Công ty là đoàn viên.', [['youth_members', 436, 'count', 'stock', 'exact'], ['youth_members', 92, 'percent', 'share', 'exact']]],
    ['Toàn huyện có 426 đảng viên, chiếm chưa đầy 1% lực lượng lao động.', [['party_members', 426, 'count', 'stock', 'exact'], ['party_members', 1, 'percent', 'share', 'less_than']]],
    ['Huyện ủy đề ra chỉ tiêu kết nạp 180 đảng viên trở lên, trong đó công nhân, người lao động trong doanh nghiệp chiếm ít nhất 30%.', [['party_admissions', 180, 'count', 'target', 'at_least'], ['party_admissions', 30, 'percent', 'target', 'at_least']]],
    ['Từ năm 2023 đến nay, đã có 7 đoàn viên của công ty được giới thiệu cho Chi bộ xem xét kết nạp.', [['referrals', 7, 'count', 'flow', 'exact']]],
    ['Tỷ lệ kết nạp trên số được giới thiệu chỉ đạt 35,9%.', [['party_admissions', 35.9, 'percent', 'share', 'exact']]],
    ['Đoàn có 9.600 đoàn viên, trong khi lực lượng lao động của thành phố là khoảng 280.000 người.', [['union_members', 9600, 'count', 'stock', 'exact'], ['workers', 280000, 'count', 'stock', 'about']]],
    ['Khu kinh tế có trên 60.000 lao động, nhưng mới có khoảng 1,4% thanh niên công nhân sinh hoạt đoàn tại doanh nghiệp.', [['workers', 60000, 'count', 'stock', 'more_than'], ['youth_members', 1.4, 'percent', 'share', 'about']]],
    ['Năm 2015, cả khu chỉ có 9 chi bộ doanh nghiệp. Nay con số đã lên 31, trong đó có những chi bộ nằm ngay trong nhà máy.', [['party_organizations', 9, 'count', 'stock', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact']]],
    ['Với việc kết nạp hai đảng viên mới, Chi bộ Công ty từ 31 đảng viên nâng tổng số lên 33 đảng viên.', [['party_admissions', 2, 'count', 'flow', 'exact'], ['party_members', 31, 'count', 'stock', 'exact'], ['party_members', 33, 'count', 'stock', 'exact']]],
    ['Chi bộ có 46.930 đoàn viên/52.715 lao động.', [['union_members', 46930, 'count', 'stock', 'exact'], ['workers', 52715, 'count', 'stock', 'exact']]],
    ['Công đoàn xã có 5 CĐCS với 512 ĐVCĐ. Năm 2023, công đoàn xã kết nạp 126 ĐVCĐ, thành lập 2 CĐCS; LĐLĐ huyện hỗ trợ công đoàn xã và các CĐCS.\n\nĐảng bộ xã có 213 ĐV, 12 chi bộ. Năm 2023 kết nạp 7 ĐV, đạt 87,5% chỉ tiêu.', [['union_grassroots', 5, 'count', 'stock', 'exact'], ['union_members', 512, 'count', 'stock', 'exact'], ['union_members', 126, 'count', 'flow', 'exact'], ['union_grassroots', 2, 'count', 'flow', 'exact'], ['party_members', 213, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'stock', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact'], ['party_admissions', 87.5, 'percent', 'achievement', 'exact']]],
    ['Theo báo cáo sơ bộ, toàn Đảng bộ kết nạp 104 đảng viên. Sau khi hoàn tất hồ sơ, số liệu được điều chỉnh lên 127 đảng viên, đạt 105,8% chỉ tiêu năm.', [['party_admissions', 104, 'count', 'flow', 'exact'], ['party_admissions', 127, 'count', 'flow', 'exact'], ['party_admissions', 105.8, 'percent', 'achievement', 'exact']]],
    ['Công đoàn giới thiệu 1.426 đoàn viên ưu tú; 74,9% số đảng viên mới kết nạp là đoàn viên công đoàn.', [['referrals', 1426, 'count', 'flow', 'exact'], ['party_admissions', 74.9, 'percent', 'share', 'exact']]],
    ['Đồng Nai có hơn 1.500 doanh nghiệp FDI, thu hút gần 900 nghìn lao động(1).', [['enterprises', 1500, 'count', 'stock', 'more_than'], ['workers', 900000, 'count', 'stock', 'about']]],
    // Plans in brackets after "năm" are no dates; the whole of a fraction is a stock whatever governs the part.
    ['Kết nạp mới 5.932 đoàn viên (kế hoạch năm 10.000 đoàn viên), thành lập mới 26 CĐCS (kế hoạch năm 40 CĐCS).', [['union_members', 5932, 'count', 'flow', 'exact'], ['union_members', 10000, 'count', 'target', 'exact'], ['union_grassroots', 26, 'count', 'flow', 'exact'], ['union_grassroots', 40, 'count', 'target', 'exact']]],
    // Pairs of figures under a heading that names two verbs count, in order, what each verb names.
    ['Số đoàn viên ưu tú được giới thiệu và kết nạp qua các năm như sau: năm 2019: 1.820 và 1.062; năm 2020: 1.645 và 917.', [['referrals', 1820, 'count', 'flow', 'exact'], ['party_admissions', 1062, 'count', 'flow', 'exact'], ['referrals', 1645, 'count', 'flow', 'exact'], ['party_admissions', 917, 'count', 'flow', 'exact']]],
    ['Nhiệm kỳ qua đã giới thiệu 2.946 đoàn viên ưu tú cho Đảng; đã có 1.587 đồng chí được kết nạp vào Đảng. Riêng năm 2022, con số này lần lượt là 612 và 341.', [['referrals', 2946, 'count', 'flow', 'exact'], ['party_admissions', 1587, 'count', 'flow', 'exact'], ['referrals', 612, 'count', 'flow', 'exact'], ['party_admissions', 341, 'count', 'flow', 'exact']]],
    // People counted with "người" after a noun and a word of sex or origin; not victims of an accident.
    ['Các KCN có 62 doanh nghiệp đang hoạt động, lao động nữ 71.947 người; lao động nước ngoài 1.386 người.', [['enterprises', 62, 'count', 'stock', 'exact'], ['workers', 71947, 'count', 'stock', 'exact'], ['workers', 1386, 'count', 'stock', 'exact']]],
    ['Năm 2018, toàn tỉnh xảy ra 21 vụ tai nạn lao động làm 23 người bị nạn, trong đó 7 người chết.', []],
    // Bulletins: abbreviations (QCƯT, BDNT, DNNNN), a period between a verb and its figure, a plan after "/KH", a year labelling a plan, bare referrals and admissions, a subject-verb-object label.
    ['Mở 6 lớp BDNT về Đảng cho 482 QCƯT là người lao động trong DNNNN.', [['training_classes', 6, 'count', 'flow', 'exact'], ['trainees', 482, 'count', 'flow', 'exact']]],
    ['Trên địa bàn thành phố có khoảng 22.500 DNNNN đang hoạt động.', [['enterprises', 22500, 'count', 'stock', 'about']]],
    ['- Kết nạp quý I: 58 ĐV, đạt 16,6% KH năm (KH 2021: 350 ĐV).', [['party_admissions', 58, 'count', 'flow', 'exact'], ['party_admissions', 16.6, 'percent', 'achievement', 'exact'], ['party_admissions', 350, 'count', 'target', 'exact']]],
    ['Kết nạp ĐV mới: 236/KH năm 450, đạt 52,4%.', [['party_admissions', 236, 'count', 'flow', 'exact'], ['party_admissions', 450, 'count', 'target', 'exact'], ['party_admissions', 52.4, 'percent', 'achievement', 'exact']]],
    ['Lũy kế từ đầu nhiệm kỳ 2023 - 2028: giới thiệu 402; kết nạp 149.', [['referrals', 402, 'count', 'flow', 'exact'], ['party_admissions', 149, 'count', 'flow', 'exact']]],
    ['CĐCS giới thiệu ĐVCĐ ưu tú: 315.', [['referrals', 315, 'count', 'flow', 'exact']]],
    ['Chuyển ĐV chính thức: 187; đề nghị tặng Huy hiệu Đảng: 152 ĐV.', []],
    // Both ends of a change of a flow are flows; "Trong số này" is the group just counted; association members in the Party.
    ['Số đảng viên kết nạp mới tăng từ 118 (năm 2019) lên 184 (năm 2023).', [['party_admissions', 118, 'count', 'flow', 'exact'], ['party_admissions', 184, 'count', 'flow', 'exact']]],
    ['Các cấp đã kết nạp 312 đảng viên. Trong số này, 74 người là công nhân trực tiếp sản xuất.', [['party_admissions', 312, 'count', 'flow', 'exact'], ['party_admissions', 74, 'count', 'flow', 'exact']]],
    ['Hội có 540 hội viên, trong đó 172 hội viên là đảng viên; năm 2024 có 26 hội viên được kết nạp Đảng.', [['party_members', 172, 'count', 'stock', 'exact'], ['party_admissions', 26, 'count', 'flow', 'exact']]],
    // A sentence opening with a generic noun is its subject; a share of all those admitted; a defence class is none of ours.
    ['Tổ chức đảng ở doanh nghiệp ngoài nhà nước là 187, với 2.960 đảng viên.', [['party_organizations', 187, 'count', 'stock', 'exact'], ['party_members', 2960, 'count', 'stock', 'exact']]],
    ['Nhiệm kỳ 2015 - 2020, các cấp ủy kết nạp 3.612 đảng viên trong doanh nghiệp, chiếm 31,4% tổng số đảng viên kết nạp toàn tỉnh.', [['party_admissions', 3612, 'count', 'flow', 'exact'], ['party_admissions', 31.4, 'percent', 'share', 'exact']]],
    ['Bộ CHQS tỉnh đã mở 6 lớp bồi dưỡng kiến thức quốc phòng - an ninh cho 420 chủ doanh nghiệp.', []],
    // A part that counts something else keeps its own kind; bodies dissolved are a flow.
    ['Đến nay chi bộ đã có 47 đảng viên, trong đó 39 đồng chí được kết nạp tại chỗ.', [['party_members', 47, 'count', 'stock', 'exact'], ['party_admissions', 39, 'count', 'flow', 'exact']]],
    ['Do nhiều doanh nghiệp ngừng hoạt động, trong năm có 29 CĐCS phải giải thể.', [['union_grassroots', 29, 'count', 'flow', 'exact']]],
    // "đạt X% số <whole>" after a count of a part of that whole is the part's share.
    ['Công đoàn KKT có 48 CĐCS với 10.065 đoàn viên, đạt 93,3% số lao động Việt Nam đang làm việc tại các doanh nghiệp.', [['union_grassroots', 48, 'count', 'stock', 'exact'], ['union_members', 10065, 'count', 'stock', 'exact'], ['union_members', 93.3, 'percent', 'share', 'exact']]],
    // What follows a comma is another clause.
    ['Công ty có gần 4.000 công nhân, việc phát hiện quần chúng ưu tú không khó, khó là làm sao để các em có thời gian đi học.', [['workers', 4000, 'count', 'stock', 'about']]],
    // Those admitted, named by what they were before, are still admitted.
    ['Năm 2016, Đảng bộ Khối kết nạp 156 đảng viên, trong đó có 58 đoàn viên thanh niên là công nhân trực tiếp sản xuất.', [['party_admissions', 156, 'count', 'flow', 'exact'], ['party_admissions', 58, 'count', 'flow', 'exact']]],
    // People a body has are its members; a Youth Union or a union admits its own members.
    ['Công ty có 230 công nhân, chi bộ có 5 đồng chí.', [['workers', 230, 'count', 'stock', 'exact'], ['party_members', 5, 'count', 'stock', 'exact']]],
    ['Từ đầu năm đến nay, chi đoàn kết nạp thêm 5 em là con em thành viên HTX.', [['youth_members', 5, 'count', 'flow', 'exact']]],
    ['Năm nay nghiệp đoàn kết nạp 40 người.', [['union_members', 40, 'count', 'flow', 'exact']]],
    // A quota given in Party members is one of members to admit; a bracket with an earlier period restates the count before it.
    ['Chỉ tiêu năm 2024 Đảng ủy Khối giao là 40 đảng viên.', [['party_admissions', 40, 'count', 'target', 'exact']]],
    ['Các cấp công đoàn giới thiệu 1.352 đoàn viên ưu tú cho Đảng xem xét; có 611 đoàn viên công đoàn được kết nạp vào Đảng (năm 2023: 540 người).', [['referrals', 1352, 'count', 'flow', 'exact'], ['party_admissions', 611, 'count', 'flow', 'exact'], ['party_admissions', 540, 'count', 'flow', 'exact']]],
    // A conjunction after a bare figure ends its phrase; miners are workers.
    ['Năm 2024, số TCCSĐ giảm 9 do sắp xếp, sáp nhập các đơn vị sự nghiệp.', [['party_organizations', 9, 'count', 'flow', 'exact']]],
    ['Công ty có 3.100 lao động, trong đó 2.400 thợ lò trực tiếp sản xuất dưới hầm sâu.', [['workers', 3100, 'count', 'stock', 'exact'], ['workers', 2400, 'count', 'stock', 'exact']]],
    // "đội ngũ" before the subject; "đủ" between a verb and its figure; "vào Đảng" of another subject after a comma.
    ['Đến cuối năm 2022, đội ngũ công nhân trong tỉnh có khoảng 168.000 người.', [['workers', 168000, 'count', 'stock', 'about']]],
    ['Toàn tỉnh phấn đấu kết nạp mới đủ 7.000 đoàn viên công đoàn.', [['union_members', 7000, 'count', 'target', 'exact']]],
    ['Công ty thành lập chi bộ với bảy đảng viên, giám đốc là người đầu tiên làm đơn xin vào Đảng.', [['party_members', 7, 'count', 'stock', 'exact']]],
    // The admission a referral asks for is part of the referral; a cell that considers and admits admits.
    ['- Giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp: 1.208 người, trong đó 596 người đã được kết nạp.', [['referrals', 1208, 'count', 'flow', 'exact'], ['party_admissions', 596, 'count', 'flow', 'exact']]],
    ['Chi bộ đã xem xét, kết nạp 5 đảng viên.', [['party_admissions', 5, 'count', 'flow', 'exact']]],
    // A unit word ("đơn vị", a bare "tổ chức") after a figure counts what the label or subject names.
    ['- Thành lập CĐCS: 64 đơn vị, đạt 106,7% chỉ tiêu;', [['union_grassroots', 64, 'count', 'flow', 'exact'], ['union_grassroots', 106.7, 'percent', 'achievement', 'exact']]],
    ['Tuy nhiên, số CĐCS tại doanh nghiệp chưa có tổ chức đảng vẫn còn 187 đơn vị.', [['union_grassroots', 187, 'count', 'stock', 'exact']]],
    // An achievement of what its plan names, or of what its own clause says was done, over the last count.
    ['Sau 4 tháng, toàn tỉnh đã kết nạp 1.142 đoàn viên, thành lập mới 9 CĐCS, đạt 38% kế hoạch về phát triển đoàn viên.', [['union_members', 1142, 'count', 'flow', 'exact'], ['union_grassroots', 9, 'count', 'flow', 'exact'], ['union_members', 38, 'percent', 'achievement', 'exact']]],
    ['Thành lập mới 9 CĐCS, kết quả phát triển đoàn viên mới đạt 57,9%.', [['union_grassroots', 9, 'count', 'flow', 'exact'], ['union_members', 57.9, 'percent', 'achievement', 'exact']]],
    // A goal stated with its figure before ":" is followed by what was done; a goal heading's ":" opens its goals.
    ['Chỉ tiêu giới thiệu 2.500 đoàn viên ưu tú cho Đảng: nhiệm kỳ qua giới thiệu 3.105 đoàn viên, đạt 124,2%.', [['referrals', 2500, 'count', 'target', 'exact'], ['referrals', 3105, 'count', 'flow', 'exact'], ['referrals', 124.2, 'percent', 'achievement', 'exact']]],
    ['Chỉ tiêu 6 tháng cuối năm: phát triển 500 đoàn viên, thành lập 4 CĐCS.', [['union_members', 500, 'count', 'target', 'exact'], ['union_grassroots', 4, 'count', 'target', 'exact']]],
    // People of a stock said to be members of something count members; people of a flow described by what they are stay that flow.
    ['Công ty hiện có hơn 3.200 công nhân, trong đó 3.050 người là đoàn viên công đoàn.', [['workers', 3200, 'count', 'stock', 'more_than'], ['union_members', 3050, 'count', 'stock', 'exact']]],
    ['Công ty có 500 công nhân, trong đó 320 người là nữ.', [['workers', 500, 'count', 'stock', 'exact'], ['workers', 320, 'count', 'stock', 'exact']]],
    // A fraction after a label: the part counts what the label names; a fraction is no date.
    ['- Tổng số đoàn viên: 11.482/13.236 lao động, tỷ lệ 86,7%.', [['union_members', 11482, 'count', 'stock', 'exact'], ['workers', 13236, 'count', 'stock', 'exact'], ['union_members', 86.7, 'percent', 'share', 'exact']]],
    ['Sau khi kết nạp 12.486 đoàn viên, toàn tỉnh có 46.930 đoàn viên/52.715 lao động.', [['union_members', 12486, 'count', 'flow', 'exact'], ['union_members', 46930, 'count', 'stock', 'exact'], ['workers', 52715, 'count', 'stock', 'exact']]],
    ['Tỷ lệ doanh nghiệp có tổ chức đảng là 0,8%; có tổ chức đoàn thanh niên 3,1%.', [['enterprises', 0.8, 'percent', 'share', 'exact'], ['youth_organizations', 3.1, 'percent', 'share', 'exact']]],
    ['Số tổ chức đảng thành lập mới (năm 2023: 9; năm 2024: 9).', [['party_organizations', 9, 'count', 'flow', 'exact'], ['party_organizations', 9, 'count', 'flow', 'exact']]],
    // A named Party body's "đồng chí" are its members, at the head of a sentence too; "hiện" may open the clause.
    ['Chi bộ có 15 đồng chí.', [['party_members', 15, 'count', 'stock', 'exact']]],
    ['Hiện chi bộ có 15 đồng chí.', [['party_members', 15, 'count', 'stock', 'exact']]],
    ['Đảng bộ Công ty hiện có 418 đồng chí sinh hoạt tại 12 chi bộ.', [['party_members', 418, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'stock', 'exact']]],
    // A change counted in "người" against another period, under a label that names the people.
    ['Số lao động tăng 8.920 người so với cuối năm 2017, chủ yếu tại KCN Khai Quang.', [['workers', 8920, 'count', 'flow', 'exact']]],
    ['Số đoàn viên công đoàn tăng 1.200 người so với năm 2022.', [['union_members', 1200, 'count', 'flow', 'exact']]],
    // Students of a Party class named earlier in the sentence.
    ['Năm ngoái, chi bộ mở lớp cảm tình Đảng ngay tại xưởng, có 34 công nhân theo học.', [['trainees', 34, 'count', 'flow', 'exact']]],
    ['Đảng ủy mở lớp bồi dưỡng nhận thức về Đảng cho 45 quần chúng.', [['trainees', 45, 'count', 'flow', 'exact']]],
    // "và" before another count word opens a part of its own, as a comma does.
    ['So với năm 2011, số chi bộ tăng 9 và số đảng viên tăng 118.', [['party_organizations', 9, 'count', 'flow', 'exact'], ['party_members', 118, 'count', 'flow', 'exact']]],
    ['Số tổ chức đảng tăng 5 và tổng số đảng viên là 1.234.', [['party_organizations', 5, 'count', 'flow', 'exact'], ['party_members', 1234, 'count', 'stock', 'exact']]],
    // A "nghiệp đoàn" (a union of the self-employed) has union members, in an article about the Youth Union too.
    ['Đoàn xã có 3 chi đoàn với 120 đoàn viên thanh niên. Các chi đoàn ngư dân được Đoàn xã ghi nhận. Xã có 1 nghiệp đoàn nghề cá với 58 đoàn viên.', [['youth_organizations', 3, 'count', 'stock', 'exact'], ['youth_members', 120, 'count', 'stock', 'exact'], ['union_grassroots', 1, 'count', 'stock', 'exact'], ['union_members', 58, 'count', 'stock', 'exact']]],
    // Drivers, staff, students and lecturers are people.
    ['Công ty có 612 lao động, gồm 540 tài xế và 72 nhân viên điều hành, kỹ thuật, văn phòng.', [['workers', 612, 'count', 'stock', 'exact'], ['workers', 540, 'count', 'stock', 'exact'], ['workers', 72, 'count', 'stock', 'exact']]],
    ['Trong các chi nhánh ngân hàng TMCP có hơn 1.600 cán bộ, nhân viên.', [['workers', 1600, 'count', 'stock', 'more_than']]],
    ['Đảng bộ đã kết nạp 11 sinh viên vào Đảng.', [['party_admissions', 11, 'count', 'flow', 'exact']]],
    ['Năm 2023, chi bộ giới thiệu 3 giảng viên trẻ để Đảng ủy xem xét.', [['referrals', 3, 'count', 'flow', 'exact']]],
    // Workers hired and members who left are changes; a quota compared with is a goal.
    ['Vào mùa cao điểm, công ty tuyển thêm khoảng 300 lao động thời vụ, nhiều người từ Quảng Ngãi ra.', [['workers', 300, 'count', 'flow', 'about']]],
    ['Năm 2017 kết nạp 1.214 đoàn viên mới, nhưng cũng có hơn 900 đoàn viên nghỉ việc, chuyển đi nơi khác.', [['union_members', 1214, 'count', 'flow', 'exact'], ['union_members', 900, 'count', 'flow', 'more_than']]],
    ['So với chỉ tiêu thành lập 10 CĐCS trong năm 2017 mà LĐLĐ TP giao, ngành mới đạt 60%.', [['union_grassroots', 10, 'count', 'target', 'exact'], ['union_grassroots', 60, 'percent', 'achievement', 'exact']]],
    // A footnote mark after the noun ends no word; the last of a list of what a body has is not those who turned out.
    ['Đảng bộ Khối hiện có 58 tổ chức cơ sở đảng với 2.416 đảng viên¹, sinh hoạt tại 193 chi bộ.', [['party_organizations', 58, 'count', 'stock', 'exact'], ['party_members', 2416, 'count', 'stock', 'exact'], ['party_organizations', 193, 'count', 'stock', 'exact']]],
    ['Đoàn Khối có 52 cơ sở đoàn, 1.903 đoàn viên thanh niên, ra quân hưởng ứng Tháng Thanh niên.', [['youth_organizations', 52, 'count', 'stock', 'exact'], ['youth_members', 1903, 'count', 'stock', 'exact']]],
    // An activity that only qualifies those who join stops no rate; an activity after a threshold stops its rate.
    ['Phấn đấu 100% người lao động ký hợp đồng lao động từ 1 tháng trở lên được kết nạp vào công đoàn.', [['union_members', 100, 'percent', 'target', 'exact']]],
    ['Năm 2021, Công đoàn ngành phấn đấu thành lập mới ít nhất 2 CĐCS; 100% CĐCS có từ 25 đoàn viên trở lên tổ chức hội nghị người lao động.', [['union_grassroots', 2, 'count', 'target', 'at_least'], ['union_members', 25, 'count', 'target', 'at_least']]],
    // One of a set named by what was done to it counts that deed; trainees stay trainees when a part of them is admitted;
    // a craftsman is a worker; bodies said to be new, a word of what they are between, are this period's.
    ['Năm 2023, anh là một trong hai công nhân của công ty được kết nạp vào Đảng.', [['party_admissions', 2, 'count', 'flow', 'exact']]],
    ['Anh là một trong ba đảng viên mới mà chi bộ công ty kết nạp năm ngoái.', [['party_admissions', 3, 'count', 'flow', 'exact']]],
    ['Trước đó, lớp thứ nhất đã bồi dưỡng cho 52 học viên, trong đó nhiều người đã được các chi bộ doanh nghiệp xem xét kết nạp.', [['trainees', 52, 'count', 'flow', 'exact']]],
    ['Xưởng tôi có 30 thợ, quanh năm làm hàng xuất khẩu.', [['workers', 30, 'count', 'stock', 'exact']]],
    ['Đây là một trong hai chi bộ HTX mới thành lập trên địa bàn xã.', [['party_organizations', 2, 'count', 'flow', 'exact']]],
    // The same period a year before, in a clause of its own, is the count it follows; members admitted in a sentence that
    // names a union and no Party are the union's; "con số này (chỉ) là" keeps the measure; a class's attendees described.
    ['Năm 2018 kết nạp 43 đảng viên, trong khi cùng kỳ năm 2017 là 35 đảng viên.', [['party_admissions', 43, 'count', 'flow', 'exact'], ['party_admissions', 35, 'count', 'flow', 'exact']]],
    ['Năm 2019, 12 CĐCS đã được thành lập mới trong các doanh nghiệp ngoài nhà nước, với 468 đoàn viên được kết nạp.', [['union_grassroots', 12, 'count', 'flow', 'exact'], ['union_members', 468, 'count', 'flow', 'exact']]],
    ['Các chi bộ doanh nghiệp kết nạp được 64 đảng viên. Riêng khối doanh nghiệp FDI, con số này chỉ là 7.', [['party_admissions', 64, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['Huyện đã mở 11 lớp bồi dưỡng nhận thức về Đảng, với 684 quần chúng là người lao động trong doanh nghiệp tham dự.', [['training_classes', 11, 'count', 'flow', 'exact'], ['trainees', 684, 'count', 'flow', 'exact']]],
    // Bare counts listed before the noun they share, with no cue; a bare part before the whole it is of; the most done.
    ['Đảng bộ các huyện Đồng Hỷ, Phú Lương và Võ Nhai có 12, 9 và 7 chi bộ doanh nghiệp.', [['party_organizations', 12, 'count', 'stock', 'exact'], ['party_organizations', 9, 'count', 'stock', 'exact'], ['party_organizations', 7, 'count', 'stock', 'exact']]],
    ['Các phường Phú Bài, Phong Điền và Hương Trà là ba địa bàn kết nạp nhiều nhất, với 24, 17 và 11 đảng viên.', [['party_admissions', 24, 'count', 'flow', 'exact'], ['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 11, 'count', 'flow', 'exact']]],
    ['Đáng chú ý, 19 trong số 34 đảng viên mới là công nhân trực tiếp sản xuất.', [['party_admissions', 19, 'count', 'flow', 'exact'], ['party_admissions', 34, 'count', 'flow', 'exact']]],
    // Referred by union bodies listed after "được"; a pull quote restated in the body is one statement.
    ['Trong năm 2020, 412 đoàn viên ưu tú đã được các công đoàn cơ sở, chi đoàn giới thiệu cho tổ chức đảng.', [['referrals', 412, 'count', 'flow', 'exact']]],
    ['"Xưởng em có 1.200 công nhân mà chỉ có 5 đảng viên thôi!"\n\nChị kể: "Xưởng em có 1.200 công nhân mà chỉ có 5 đảng viên thôi!" rồi cười.', [['workers', 1200, 'count', 'stock', 'exact'], ['party_members', 5, 'count', 'stock', 'exact']]],
    // Only one is a count; "con số ấy … mới chỉ là" is the count before, another time; a series after a duration;
    // members of a change said in people, their noun first; a class's participants.
    ['Năm 2020, cả công ty mới có một chi đoàn với chừng vài chục đoàn viên.', [['youth_organizations', 1, 'count', 'stock', 'exact']]],
    ['Riêng khu vực doanh nghiệp ngoài nhà nước có 29 tổ chức cơ sở đảng; con số ấy vào đầu nhiệm kỳ 2020 - 2025 mới chỉ là 22.', [['party_organizations', 29, 'count', 'stock', 'exact'], ['party_organizations', 22, 'count', 'stock', 'exact']]],
    ['Cụ thể, năm 2021 kết nạp 11 đảng viên, năm 2022 là 16, 10 tháng năm 2023 là 21.', [['party_admissions', 11, 'count', 'flow', 'exact'], ['party_admissions', 16, 'count', 'flow', 'exact'], ['party_admissions', 21, 'count', 'flow', 'exact']]],
    ['Năm 2021, đoàn viên công đoàn toàn thành phố tăng ròng 12.268 người.', [['union_members', 12268, 'count', 'flow', 'exact']]],
    ['Năm 2018, Trung tâm mở 2 lớp bồi dưỡng nhận thức về Đảng riêng cho khối doanh nghiệp với 73 quần chúng ưu tú tham gia.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 73, 'count', 'flow', 'exact']]],
    // "con số này" is a figure of its own size; comrades under a label of members moving in or out, or dying.
    ['Hiện khu vực này có 73 tổ chức đảng, gồm 12 đảng bộ và 61 chi bộ, với 1.126 đảng viên. Trước thời điểm sắp xếp tổ chức bộ máy (tháng 7/2025), con số này là 70.', [['party_organizations', 73, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'stock', 'exact'], ['party_organizations', 61, 'count', 'stock', 'exact'], ['party_members', 1126, 'count', 'stock', 'exact'], ['party_organizations', 70, 'count', 'stock', 'exact']]],
    ['- Chuyển sinh hoạt đảng chính thức đến: 19 đồng chí; chuyển đi: 33 đồng chí;\n- Đảng viên từ trần: 4 đồng chí.', [['party_members', 19, 'count', 'flow', 'exact'], ['party_members', 33, 'count', 'flow', 'exact'], ['party_members', 4, 'count', 'flow', 'exact']]],
    // Figures after a supposition are of it, those before are not; admitted alone after those referred; "riêng … là" is a
    // part of the count before; "con số tương ứng là" maps a pair onto the sentence before.
    ['Năm 2023 kết nạp 45 đảng viên; nếu mỗi chi bộ chỉ cần kết nạp 1 đảng viên mỗi năm thì toàn Khối đã có thêm 64 đảng viên.', [['party_admissions', 45, 'count', 'flow', 'exact']]],
    ['Các công đoàn cơ sở thuộc Khối giới thiệu 263 đoàn viên công đoàn ưu tú; 142 đã được kết nạp.', [['referrals', 263, 'count', 'flow', 'exact'], ['party_admissions', 142, 'count', 'flow', 'exact']]],
    ['Các CĐCS đã giới thiệu 65 đoàn viên ưu tú cho tổ chức đảng xem xét; 28 người đã được đứng trong hàng ngũ của Đảng.', [['referrals', 65, 'count', 'flow', 'exact'], ['party_admissions', 28, 'count', 'flow', 'exact']]],
    ['Các tổ chức Đoàn trong doanh nghiệp đã kết nạp 320 đoàn viên, riêng các doanh nghiệp trong KCN Trà Nóc là 214.', [['youth_members', 320, 'count', 'flow', 'exact'], ['youth_members', 214, 'count', 'flow', 'exact']]],
    ['Năm 2018, Đoàn cơ sở thành lập 4 chi đoàn, kết nạp 156 đoàn viên. Năm 2017, các con số tương ứng là 3 và 142.', [['youth_organizations', 4, 'count', 'flow', 'exact'], ['youth_members', 156, 'count', 'flow', 'exact'], ['youth_organizations', 3, 'count', 'flow', 'exact'], ['youth_members', 142, 'count', 'flow', 'exact']]],
    // "tổ chức" after places counts the organisations the sentence named; the next places of the series follow; examples
    // of a deed done by many count the deed; a rate over a whole named after an abbreviation is the part's; "Đoàn KCN".
    ['Thành phố Tuyên Quang là địa phương có nhiều TCCSĐ trong DN ngoài nhà nước nhất với 34 tổ chức, tiếp đến huyện Yên Sơn 17 tổ chức.', [['party_organizations', 34, 'count', 'stock', 'exact'], ['party_organizations', 17, 'count', 'stock', 'exact']]],
    ['Các địa phương có nhiều tổ chức đảng là TP Hải Dương 38 tổ chức, huyện Cẩm Giàng 17, thị xã Chí Linh 14.', [['party_organizations', 38, 'count', 'stock', 'exact'], ['party_organizations', 17, 'count', 'stock', 'exact'], ['party_organizations', 14, 'count', 'stock', 'exact']]],
    ['Tổ chức đảng trong doanh nghiệp ngoài nhà nước tăng từ 23 tổ chức (năm 2008) lên 96 tổ chức.', [['party_organizations', 23, 'count', 'stock', 'exact'], ['party_organizations', 96, 'count', 'stock', 'exact']]],
    ['Nhiều đảng bộ kết nạp được nhiều ĐV như Đảng bộ Công ty CP Cảng biển Cẩm Nguyên 24 ĐV, Chi bộ Công ty CP Gạch Tân Bình Đông 7 ĐV.', [['party_admissions', 24, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['Các DN trong Khối có 31.250 đoàn viên công đoàn (ĐVCĐ) trên tổng số 33.870 lao động, đạt tỷ lệ 92,3%.', [['union_members', 31250, 'count', 'stock', 'exact'], ['workers', 33870, 'count', 'stock', 'exact'], ['union_members', 92.3, 'percent', 'share', 'exact']]],
    ['Năm 2014, Đoàn KCX-KCN kết nạp 2.615 đoàn viên mới.', [['youth_members', 2615, 'count', 'flow', 'exact']]],
    // Members counted, then a bare admission later in the clause; "năm nay N" goes on a series; a sentence that opens a
    // series of years goes on with the count of the sentence before, one of its size.
    ['Chi bộ có 31 đảng viên, năm nay kết nạp 6.', [['party_members', 31, 'count', 'stock', 'exact'], ['party_admissions', 6, 'count', 'flow', 'exact']]],
    ['Chi bộ có 19 đảng viên; năm ngoái kết nạp 4, năm nay 5, đều là công nhân.', [['party_members', 19, 'count', 'stock', 'exact'], ['party_admissions', 4, 'count', 'flow', 'exact'], ['party_admissions', 5, 'count', 'flow', 'exact']]],
    ['Hiện có 42 chi đoàn trong doanh nghiệp. Năm 2019 là 37, năm 2020 là 42.', [['youth_organizations', 42, 'count', 'stock', 'exact'], ['youth_organizations', 37, 'count', 'stock', 'exact'], ['youth_organizations', 42, 'count', 'stock', 'exact']]],
    // Bare parts of the bodies counted before: of a kind after "là", placed after "là của", dissolved; people placed by
    // where they work; a count label closed by an abbreviation in brackets.
    ['Trong 118 tổ chức đảng, 7 là đảng bộ cơ sở, 111 là chi bộ cơ sở.', [['party_organizations', 118, 'count', 'stock', 'exact'], ['party_organizations', 7, 'count', 'stock', 'exact'], ['party_organizations', 111, 'count', 'stock', 'exact']]],
    ['Toàn khu vực có 263 CĐCS, tăng 4 so với đầu năm, do có 13 phải giải thể.', [['union_grassroots', 263, 'count', 'stock', 'exact'], ['union_grassroots', 4, 'count', 'flow', 'exact'], ['union_grassroots', 13, 'count', 'flow', 'exact']]],
    ['Đảng bộ có tổng số 2.915 đảng viên, trong đó 316 làm việc tại doanh nghiệp FDI.', [['party_members', 2915, 'count', 'stock', 'exact'], ['party_members', 316, 'count', 'stock', 'exact']]],
    ['- Số đoàn viên công đoàn (ĐVCĐ): 11.385/13.020 lao động tại các DN có CĐCS (đạt 87,4%).', [['union_members', 11385, 'count', 'stock', 'exact'], ['workers', 13020, 'count', 'stock', 'exact'], ['union_members', 87.4, 'percent', 'share', 'exact']]],
    // A part of the set named at the head of its clause; a part eligible; no noun of a cause.
    ['Trong 21 chi bộ, 15 ở các doanh nghiệp cao su, chế biến hạt điều.', [['party_organizations', 21, 'count', 'stock', 'exact'], ['party_organizations', 15, 'count', 'stock', 'exact']]],
    ['Trên địa bàn huyện hiện có 436 doanh nghiệp đang hoạt động, trong đó 58 đủ điều kiện thành lập tổ chức đảng.', [['enterprises', 436, 'count', 'stock', 'exact'], ['enterprises', 58, 'count', 'stock', 'exact']]],
    // A Party cell admits to the Party; a count broken down by kind after "Chia theo …:"; the next place of a ranking.
    ['Năm nay chi bộ kết nạp được 5 công nhân, tất cả đều do công đoàn giới thiệu.', [['party_admissions', 5, 'count', 'flow', 'exact']]],
    ['Năm 2021, thành lập mới 46 CĐCS. Chia theo loại hình: doanh nghiệp nhà nước 2, doanh nghiệp ngoài nhà nước 31, doanh nghiệp có vốn đầu tư nước ngoài 13.', [['union_grassroots', 46, 'count', 'flow', 'exact'], ['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_grassroots', 31, 'count', 'flow', 'exact'], ['union_grassroots', 13, 'count', 'flow', 'exact']]],
    ['Đảng bộ Công ty Cổ phần Khoáng sản Bắc Hà Sơn dẫn đầu với 14 đảng viên mới; Chi bộ Công ty TNHH Lâm sản Nà Phặc đứng thứ hai với 9 đảng viên.', [['party_admissions', 14, 'count', 'flow', 'exact'], ['party_admissions', 9, 'count', 'flow', 'exact']]],
    // The figures after "Chia theo …:" that add up to a count of the sentence before break that count down.
    ['Năm 2021, thành lập mới 46 CĐCS, kết nạp 3.120 đoàn viên. Chia theo loại hình: doanh nghiệp nhà nước 2, doanh nghiệp ngoài nhà nước 31, doanh nghiệp có vốn đầu tư nước ngoài 13.', [['union_grassroots', 46, 'count', 'flow', 'exact'], ['union_members', 3120, 'count', 'flow', 'exact'], ['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_grassroots', 31, 'count', 'flow', 'exact'], ['union_grassroots', 13, 'count', 'flow', 'exact']]],
    // Bodies are founded and people admitted: a bare figure founded before members counts their bodies; one admitted, with
    // firms after it, counts those the Party admits.
    ['Năm 2022, Công đoàn KCN Yên Phong thành lập thêm 6, kết nạp 1.250 đoàn viên.', [['union_grassroots', 6, 'count', 'flow', 'exact'], ['union_members', 1250, 'count', 'flow', 'exact']]],
    ['Năm 2023, Đoàn Thanh niên các KCN phấn đấu thành lập thêm 3, kết nạp 150 đoàn viên mới.', [['youth_organizations', 3, 'count', 'target', 'exact'], ['youth_members', 150, 'count', 'target', 'exact']]],
    ['- Phát triển đảng viên: kết nạp 86, trong đó doanh nghiệp FDI 40, doanh nghiệp tư nhân 46.', [['party_admissions', 86, 'count', 'flow', 'exact'], ['party_admissions', 40, 'count', 'flow', 'exact'], ['party_admissions', 46, 'count', 'flow', 'exact']]],
    // A part a label names before "trên tổng số"; "con số này" with its noun, and "các con số này lần lượt là" over two
    // sentences; a series of years after a sentence that names the count with no figure (its trend no deed).
    ['Số đoàn viên là 5.230 trên tổng số 6.100 lao động.', [['union_members', 5230, 'count', 'stock', 'exact'], ['workers', 6100, 'count', 'stock', 'exact']]],
    ['Năm 2022, Đảng bộ xã kết nạp 14 đảng viên. Năm 2021, con số này là 9 đảng viên.', [['party_admissions', 14, 'count', 'flow', 'exact'], ['party_admissions', 9, 'count', 'flow', 'exact']]],
    ['Khu công nghiệp có 31 tổ chức đảng. Số đảng viên là 720. Năm 2018, các con số này lần lượt là 25 và 540.', [['party_organizations', 31, 'count', 'stock', 'exact'], ['party_members', 720, 'count', 'stock', 'exact'], ['party_organizations', 25, 'count', 'stock', 'exact'], ['party_members', 540, 'count', 'stock', 'exact']]],
    ['Số đoàn viên công đoàn được kết nạp mới ở các doanh nghiệp FDI tăng đều. Năm 2021 là 1.240, năm 2022 là 1.560.', [['union_members', 1240, 'count', 'flow', 'exact'], ['union_members', 1560, 'count', 'flow', 'exact']]],
    ['Số chi bộ trong doanh nghiệp tư nhân tăng qua từng năm. Năm 2020 là 12, năm 2021 là 15, dù nhiều doanh nghiệp giải thể.', [['party_organizations', 12, 'count', 'stock', 'exact'], ['party_organizations', 15, 'count', 'stock', 'exact']]],
    // A line headed by a deed and what it is done to; firms registered are no pledge; quotas in a bracket after the plan;
    // "năm ngoái là" in a series; a quota of members a year is of admissions; a floor between a rate and its noun.
    ['5. Giới thiệu đoàn viên ưu tú cho Đảng: 126 đoàn viên.', [['referrals', 126, 'count', 'flow', 'exact']]],
    ['2. Thành lập công đoàn cơ sở: kế hoạch 15 CĐCS, thực hiện 18 CĐCS, đạt 120%.', [['union_grassroots', 15, 'count', 'target', 'exact'], ['union_grassroots', 18, 'count', 'flow', 'exact'], ['union_grassroots', 120, 'percent', 'achievement', 'exact']]],
    ['Huyện có 860 doanh nghiệp đăng ký thành lập, trong đó 512 doanh nghiệp đang hoạt động.', [['enterprises', 860, 'count', 'stock', 'exact'], ['enterprises', 512, 'count', 'stock', 'exact']]],
    ['Năm 2019, toàn tỉnh kết nạp 1.140 đoàn viên, vượt chỉ tiêu mà Ban Chấp hành Liên đoàn Lao động tỉnh giao cho cả năm (900 đoàn viên và 6 CĐCS).', [['union_members', 1140, 'count', 'flow', 'exact'], ['union_members', 900, 'count', 'target', 'exact'], ['union_grassroots', 6, 'count', 'target', 'exact']]],
    ['Năm 2020, chi bộ kết nạp 6 đảng viên, năm ngoái là 4 đảng viên.', [['party_admissions', 6, 'count', 'flow', 'exact'], ['party_admissions', 4, 'count', 'flow', 'exact']]],
    ['Chỉ tiêu 150 đảng viên mỗi năm.', [['party_admissions', 150, 'count', 'target', 'exact']]],
    ['Phấn đấu 95% trở lên doanh nghiệp có tổ chức công đoàn.', [['enterprises', 95, 'percent', 'target', 'at_least']]],
    // A label that names the deed alone, after referrals; "một lớp" opened.
    ['Năm 2022, các CĐCS giới thiệu 204 đoàn viên ưu tú cho Đảng, năm 2023 là 231 đoàn viên; số được kết nạp qua 2 năm là 318 người.', [['referrals', 204, 'count', 'flow', 'exact'], ['referrals', 231, 'count', 'flow', 'exact'], ['party_admissions', 318, 'count', 'flow', 'exact']]],
    ['Đảng ủy xã mở một lớp bồi dưỡng nhận thức về Đảng cho 52 quần chúng ưu tú.', [['training_classes', 1, 'count', 'flow', 'exact'], ['trainees', 52, 'count', 'flow', 'exact']]],
    // The class a figure is of, or held for, by its own words; who those referred are, a share of them.
    ['Cũng trong 6 tháng, trung tâm mở 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 93 học viên và 2 lớp bồi dưỡng kiến thức quốc phòng - an ninh cho 160 học viên là cán bộ, đảng viên.', [['training_classes', 1, 'count', 'flow', 'exact'], ['trainees', 93, 'count', 'flow', 'exact']]],
    ['Trung tâm mở 3 lớp tin học và 2 lớp cảm tình Đảng cho 90 quần chúng.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 90, 'count', 'flow', 'exact']]],
    ['Khoảng 28% số đoàn viên được giới thiệu là công nhân đang làm việc trong các doanh nghiệp ngoài nhà nước.', [['referrals', 28, 'percent', 'share', 'about']]],
    // "chục" alone after a hedge is ten; "kết nạp được" after "xem xét," is done, not asked.
    ['Tại xã Đông Cuông, hơn chục doanh nghiệp chế biến gỗ hiện chưa có tổ chức đảng.', [['enterprises', 10, 'count', 'stock', 'more_than']]],
    ['Năm 2023, công đoàn giới thiệu 6 đoàn viên ưu tú cho Đảng ủy xem xét, kết nạp được 4 đảng viên.', [['referrals', 6, 'count', 'flow', 'exact'], ['party_admissions', 4, 'count', 'flow', 'exact']]],
    // Firms people work at are counted (firms where something was done are not: see the not-facts table).
    ['Năm 2023, các KCN thu hút 350.000 lao động đang làm việc tại 1.540 doanh nghiệp.', [['workers', 350000, 'count', 'stock', 'exact'], ['enterprises', 1540, 'count', 'stock', 'exact']]],
    // A goal in members after the admission it names is one of members to admit (not a total after "nâng tổng số … lên").
    ['Chỉ tiêu kết nạp đảng viên trong doanh nghiệp năm 2026 của Đảng ủy xã là 30 đảng viên.', [['party_admissions', 30, 'count', 'target', 'exact']]],
    ['Năm 2026, phấn đấu kết nạp 50 đảng viên, nâng tổng số đảng viên lên 3.000 đảng viên.', [['party_admissions', 50, 'count', 'target', 'exact'], ['party_members', 3000, 'count', 'target', 'exact']]],
    // A part said of its own after "riêng"; workers said to have joined the union; the difference from another period's flow.
    ['Công ty giảm gần 600 lao động trong 2 năm, riêng đảng viên giảm 74 đồng chí.', [['workers', 600, 'count', 'flow', 'about'], ['party_members', 74, 'count', 'flow', 'exact']]],
    ['Ở khu vực ngoài nhà nước, số lao động khoảng 24.300 người, trong đó đã tham gia công đoàn 15.870 người.', [['workers', 24300, 'count', 'stock', 'about'], ['union_members', 15870, 'count', 'stock', 'exact']]],
    ['Năm 2016, Đảng bộ Khối kết nạp 96 đảng viên, nhiều hơn năm 2015 là 14 đảng viên, đạt 106,7% chỉ tiêu.', [['party_admissions', 96, 'count', 'flow', 'exact'], ['party_admissions', 14, 'count', 'flow', 'exact'], ['party_admissions', 106.7, 'percent', 'achievement', 'exact']]],
    // Workers laid off or out of work are a change of the workforce (those to be laid off: see the not-facts table); "đầu năm"
    // is no five; people a union admits in a sentence that names no Party are its members.
    ['Năm 2023, các doanh nghiệp da giày đã cắt giảm hơn 8.000 lao động.', [['workers', 8000, 'count', 'flow', 'more_than']]],
    ['Công ty phá sản khiến hơn 700 công nhân mất việc.', [['workers', 700, 'count', 'flow', 'more_than']]],
    ['Đầu năm công đoàn có 620 đoàn viên, cả năm kết nạp thêm 190 người, cuối năm chỉ còn 575 đoàn viên.', [['union_members', 620, 'count', 'stock', 'exact'], ['union_members', 190, 'count', 'flow', 'exact'], ['union_members', 575, 'count', 'stock', 'exact']]],
    // The same period a year before in a bracket, a figure with a noun of its own: the count of the sentence with that noun.
    ['Năm 2019, Trung tâm Chính trị mở 3 lớp bồi dưỡng nhận thức về Đảng cho 236 quần chúng ưu tú (cùng kỳ năm 2018 là 2 lớp với 171 học viên).', [['training_classes', 3, 'count', 'flow', 'exact'], ['trainees', 236, 'count', 'flow', 'exact'], ['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 171, 'count', 'flow', 'exact']]],
    // A year closing a name is no count, inside a breakdown too.
    ['Năm 2018, LĐLĐ thành phố phấn đấu thành lập 25 công đoàn cơ sở, phát triển 2.000 đoàn viên, trong đó tập trung vào khu vực doanh nghiệp du lịch để phục vụ Carnaval Hạ Long 2018.', [['union_grassroots', 25, 'count', 'target', 'exact'], ['union_members', 2000, 'count', 'target', 'exact']]],
    // The places after the leader of a ranking, separated by ";" or "và".
    ['Lâm Đồng dẫn đầu khu vực với 812 đoàn viên được giới thiệu; Đắk Lắk 764; Gia Lai 690; Kon Tum 351 và Đắk Nông 289.', [['referrals', 812, 'count', 'flow', 'exact'], ['referrals', 764, 'count', 'flow', 'exact'], ['referrals', 690, 'count', 'flow', 'exact'], ['referrals', 351, 'count', 'flow', 'exact'], ['referrals', 289, 'count', 'flow', 'exact']]],
    // Those of a team said to be members are no team's size.
    ['Hiện nay, trong 126 tổ trưởng chuyền của công ty có 38 người là đảng viên.', [['party_members', 38, 'count', 'stock', 'exact']]],
    // Each place of a list after the first, its figure bare in brackets, counts what the place before did (any length of list).
    ['Các địa phương có nhiều tổ chức đảng trong doanh nghiệp khu vực ngoài nhà nước nhất là TP Hồ Chí Minh (2.136 tổ chức đảng), Hà Nội (1.874), Bình Dương (612), Đồng Nai (455) và Hải Phòng (398).', [['party_organizations', 2136, 'count', 'stock', 'exact'], ['party_organizations', 1874, 'count', 'stock', 'exact'], ['party_organizations', 612, 'count', 'stock', 'exact'], ['party_organizations', 455, 'count', 'stock', 'exact'], ['party_organizations', 398, 'count', 'stock', 'exact']]],
    ['Thanh Hóa kết nạp 412 đảng viên trong các doanh nghiệp ngoài nhà nước, đứng thứ ba cả nước, sau TP Hồ Chí Minh (1.136 đảng viên) và Hà Nội (857 đảng viên); xếp trên Nghệ An (389) và Hải Phòng (341).', [['party_admissions', 412, 'count', 'flow', 'exact'], ['party_admissions', 1136, 'count', 'flow', 'exact'], ['party_admissions', 857, 'count', 'flow', 'exact'], ['party_admissions', 389, 'count', 'flow', 'exact'], ['party_admissions', 341, 'count', 'flow', 'exact']]],
    ['Con số này cao hơn nhiều so với các địa phương như Bình Dương (4.120 đoàn viên được giới thiệu), Đồng Nai (3.785) hay Hà Nội (6.940).', [['referrals', 4120, 'count', 'flow', 'exact'], ['referrals', 3785, 'count', 'flow', 'exact'], ['referrals', 6940, 'count', 'flow', 'exact']]],
    // So does a province named after the figure before, its figure bare.
    ['Bắc Giang đã có 58 tổ chức đảng trong doanh nghiệp FDI, Vĩnh Phúc 44, trong khi Hải Dương mới có 23.', [['party_organizations', 58, 'count', 'stock', 'exact'], ['party_organizations', 44, 'count', 'stock', 'exact'], ['party_organizations', 23, 'count', 'stock', 'exact']]],
    ['Long An giới thiệu 1.120 đoàn viên; Tiền Giang 704; An Giang 512.', [['referrals', 1120, 'count', 'flow', 'exact'], ['referrals', 704, 'count', 'flow', 'exact'], ['referrals', 512, 'count', 'flow', 'exact']]],
    // A result the sentence before stated, referred back to at the head of this one, then its rate of the plan.
    ['Trong 6 tháng đầu năm 2015, Thanh Hóa kết nạp 412 đảng viên trong các doanh nghiệp ngoài nhà nước. Kết quả trên đạt 51,5% kế hoạch năm.', [['party_admissions', 412, 'count', 'flow', 'exact'], ['party_admissions', 51.5, 'percent', 'achievement', 'exact']]],
    // The people a political class has are its trainees (never classes), workers too; "anh em", "chị em" before workers.
    ['Lớp bồi dưỡng nhận thức về Đảng năm 2015 có 42 người.', [['trainees', 42, 'count', 'flow', 'exact']]],
    ['Lớp cảm tình Đảng năm 2015 có 42 anh em công nhân tham gia.', [['trainees', 42, 'count', 'flow', 'exact']]],
    ['Công ty có 300 chị em lao động nữ.', [['workers', 300, 'count', 'stock', 'exact']]],
    // The women among the people a sentence opens on, or among those just counted after "có".
    ['Chi bộ kết nạp 5 đảng viên mới. Các đảng viên mới có tuổi đời từ 23 đến 31, đều là công nhân trực tiếp sản xuất, trong đó có 3 nữ.', [['party_admissions', 5, 'count', 'flow', 'exact'], ['party_admissions', 3, 'count', 'flow', 'exact']]],
    ['Chi bộ kết nạp 9 đảng viên mới. Các đảng viên mới có tuổi đời từ 22 đến 35; 7 người là nữ.', [['party_admissions', 9, 'count', 'flow', 'exact'], ['party_admissions', 7, 'count', 'flow', 'exact']]],
    ['Trong 12 đảng viên mới có 8 nữ; 10 người là công nhân trực tiếp sản xuất.', [['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 8, 'count', 'flow', 'exact'], ['party_admissions', 10, 'count', 'flow', 'exact']]],
    // The parts of people counted, by their jobs; what the clause says befell them.
    ['Chi bộ kết nạp 3 đảng viên mới, gồm 2 tổ trưởng sản xuất và 1 kỹ sư.', [['party_admissions', 3, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact'], ['party_admissions', 1, 'count', 'flow', 'exact']]],
    ['5 năm qua công đoàn đã giới thiệu 23 đoàn viên cho Đảng, trong đó có 2 phó quản đốc vừa được kết nạp hồi tháng 6.', [['referrals', 23, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    // A mass admission ("kết nạp tập trung"); the running total of a deed ("nâng tổng số đảng viên kết nạp 9 tháng lên").
    ['Thị ủy Mỹ Hào tổ chức lễ kết nạp tập trung 12 đảng viên là công nhân.', [['party_admissions', 12, 'count', 'flow', 'exact']]],
    ['Quý III, toàn Đảng bộ kết nạp 37 đảng viên, nâng tổng số đảng viên kết nạp 9 tháng lên 104 đảng viên, đạt 69,3% kế hoạch năm.', [['party_admissions', 37, 'count', 'flow', 'exact'], ['party_admissions', 104, 'count', 'flow', 'exact'], ['party_admissions', 69.3, 'percent', 'achievement', 'exact']]],
    // After an admission, a change against the start of the term is the membership's, not a difference of admissions.
    ['Đảng ủy kết nạp 14 đảng viên, đạt 140% chỉ tiêu đại hội đề ra, tăng 9 đảng viên so với đầu nhiệm kỳ.', [['party_admissions', 14, 'count', 'flow', 'exact'], ['party_admissions', 140, 'percent', 'achievement', 'exact'], ['party_members', 9, 'count', 'flow', 'exact']]],
    // A class named by the admission it prepares for: those it is for are its trainees.
    ['Trung tâm Bồi dưỡng chính trị mở 6 lớp bồi dưỡng kết nạp Đảng cho 389 quần chúng là người lao động.', [['training_classes', 6, 'count', 'flow', 'exact'], ['trainees', 389, 'count', 'flow', 'exact']]],
    // The Youth Union body named after the figure, none before it.
    ['Số đoàn viên là công nhân lao động trong doanh nghiệp là 1.135 người, chiếm 46,1% tổng số đoàn viên của Đoàn Khối.', [['youth_members', 1135, 'count', 'stock', 'exact'], ['youth_members', 46.1, 'percent', 'share', 'exact']]],
    // People listed by their jobs before what befell them.
    ['Mười bảy chủ doanh nghiệp, giám đốc điều hành đã được kết nạp vào Đảng.', [['party_admissions', 17, 'count', 'flow', 'exact']]],
    // A bare figure after the verb that counted a noun earlier in the sentence; a body that admits, its figure bare.
    ['Năm 2017 mở 2 lớp bồi dưỡng nhận thức về Đảng, năm 2018 mở 3.', [['training_classes', 2, 'count', 'flow', 'exact'], ['training_classes', 3, 'count', 'flow', 'exact']]],
    ['Năm 2018 chi bộ kết nạp thêm 4.', [['party_admissions', 4, 'count', 'flow', 'exact']]],
    // What the line's label names, stated bare after "có"; its parts after "gồm" are states too.
    ['- Tổ chức đảng: thành lập mới 6, giải thể 1; hiện có 112, gồm 39 đảng bộ cơ sở và 73 chi bộ cơ sở.', [['party_organizations', 6, 'count', 'flow', 'exact'], ['party_organizations', 1, 'count', 'flow', 'exact'], ['party_organizations', 112, 'count', 'stock', 'exact'], ['party_organizations', 39, 'count', 'stock', 'exact'], ['party_organizations', 73, 'count', 'stock', 'exact']]],
    // "đưa tổng số lên" as "nâng tổng số lên"; those who studied a class of ours, bare.
    ['Năm 2024, huyện phấn đấu thành lập thêm 2 chi bộ, đưa tổng số lên 23.', [['party_organizations', 2, 'count', 'target', 'exact'], ['party_organizations', 23, 'count', 'target', 'exact']]],
    ['Công đoàn đã giới thiệu 410 đoàn viên ưu tú để tổ chức đảng xem xét, bồi dưỡng; đã có 185 học lớp nhận thức về Đảng.', [['referrals', 410, 'count', 'flow', 'exact'], ['trainees', 185, 'count', 'flow', 'exact']]],
    // "chủ DN" (business owners) as people, like "chủ doanh nghiệp".
    ['Có 17 chủ DN là đảng viên.', [['party_members', 17, 'count', 'stock', 'exact']]],
    ['Năm 2021, Đảng bộ Khối kết nạp 73 ĐV, trong đó có 6 chủ DN.', [['party_admissions', 73, 'count', 'flow', 'exact'], ['party_admissions', 6, 'count', 'flow', 'exact']]],
    // The people a workshop or a department has are its workforce ("anh em", "chị em" as people); those who joined a fishing union are members.
    ['Anh kể: "Bộ phận tôi có hơn 200 anh em, hồi năm 2016 chỉ có mình anh tổ trưởng là đảng viên."', [['workers', 200, 'count', 'stock', 'more_than']]],
    ['Chị kể: "Phân xưởng sợi có khoảng 500 người, người dân tộc chiếm quá nửa."', [['workers', 500, 'count', 'stock', 'about']]],
    ['Ông kể: "Tàu tôi có 12 lao động đi biển, giờ 10 anh em đã vào nghiệp đoàn."', [['workers', 12, 'count', 'stock', 'exact'], ['union_members', 10, 'count', 'flow', 'exact']]],
    // Members expelled leave the membership, as those struck off do; those disciplined otherwise stay members.
    ['Trong năm, các cấp ủy đã xóa tên 41 đảng viên, cho ra khỏi Đảng 9 đảng viên vi phạm tư cách.', [['party_members', 41, 'count', 'flow', 'exact'], ['party_members', 9, 'count', 'flow', 'exact']]],
    ['Cấp ủy các cấp thi hành kỷ luật 112 đảng viên, trong đó khai trừ 11 đảng viên.', [['party_members', 11, 'count', 'flow', 'exact']]],
    ['Toàn Đảng bộ có 21 đảng viên từ trần, 6 đảng viên bị xóa tên, 2 đảng viên bị khai trừ ra khỏi Đảng.', [['party_members', 21, 'count', 'flow', 'exact'], ['party_members', 6, 'count', 'flow', 'exact'], ['party_members', 2, 'count', 'flow', 'exact']]],
    // The parts of new members by who they are, after a sentence or a heading about them; without one, of the membership.
    ['Chất lượng đảng viên mới kết nạp từng bước được nâng lên. Đảng viên là người dân tộc thiểu số 1.149 đồng chí, chiếm 89,3%; đảng viên nữ 497 đồng chí, chiếm 38,6%.', [['party_admissions', 1149, 'count', 'flow', 'exact'], ['party_admissions', 89.3, 'percent', 'share', 'exact'], ['party_admissions', 497, 'count', 'flow', 'exact'], ['party_admissions', 38.6, 'percent', 'share', 'exact']]],
    ['Đảng bộ có 2.300 đảng viên; đảng viên là người dân tộc thiểu số 1.149 đồng chí.', [['party_members', 2300, 'count', 'stock', 'exact'], ['party_members', 1149, 'count', 'stock', 'exact']]],
    // Bodies after the first of a run-down, whose names run on in small letters ("Đảng bộ Quân sự tỉnh").
    ['Toàn Đảng bộ tỉnh kết nạp 1.286 đảng viên, trong đó đảng bộ các huyện kết nạp 1.043 đảng viên; Đảng bộ Quân sự tỉnh 96; Đảng bộ Công an tỉnh 38.', [['party_admissions', 1286, 'count', 'flow', 'exact'], ['party_admissions', 1043, 'count', 'flow', 'exact'], ['party_admissions', 96, 'count', 'flow', 'exact'], ['party_admissions', 38, 'count', 'flow', 'exact']]],
    // Sectors after the first of a run-down ("khối trường học 126"); "Đảng viên mới là nữ 49 đồng chí".
    ['Toàn tỉnh kết nạp 1.865 đảng viên, trong đó đảng bộ các huyện kết nạp 1.200 đảng viên; khối cơ quan 157; khối trường học 126 (có 31 học sinh trung học phổ thông).', [['party_admissions', 1865, 'count', 'flow', 'exact'], ['party_admissions', 1200, 'count', 'flow', 'exact'], ['party_admissions', 157, 'count', 'flow', 'exact'], ['party_admissions', 126, 'count', 'flow', 'exact']]],
    ['Đảng viên mới là nữ 49 đồng chí, chiếm 38,9%.', [['party_admissions', 49, 'count', 'flow', 'exact'], ['party_admissions', 38.9, 'percent', 'share', 'exact']]],
    // Bodies dissolved, said further after them ("… trong doanh nghiệp ngoài nhà nước phải giải thể"), are this period's.
    ['Đã có 6 tổ chức đảng trong doanh nghiệp ngoài nhà nước phải giải thể do doanh nghiệp dừng hoạt động.', [['party_organizations', 6, 'count', 'flow', 'exact']]],
    ['Năm 2024, có 12 CĐCS doanh nghiệp giải thể do doanh nghiệp ngừng hoạt động.', [['union_grassroots', 12, 'count', 'flow', 'exact']]],
    // A list item's bare "label: figure" under a total's "Trong đó:" is a part of that total ("+ Khối các cơ quan tỉnh: 86").
    ['- Kết nạp đảng viên: 1.862 đồng chí, đạt 103,4% kế hoạch. Trong đó:\n  + Khối huyện, thành phố, thị xã: 1.488\n  + Lực lượng vũ trang: 146', [['party_admissions', 1862, 'count', 'flow', 'exact'], ['party_admissions', 103.4, 'percent', 'achievement', 'exact'], ['party_admissions', 1488, 'count', 'flow', 'exact'], ['party_admissions', 146, 'count', 'flow', 'exact']]],
    // A count whose bracketed share is its share of the admissions just counted is a part of those admitted; a share that
    // does not fit them leaves it a count of the membership.
    ['- Kết nạp đảng viên: 1.862 đồng chí.\n- Đảng viên nữ: 971 (52,1%)', [['party_admissions', 1862, 'count', 'flow', 'exact'], ['party_admissions', 971, 'count', 'flow', 'exact'], ['party_admissions', 52.1, 'percent', 'share', 'exact']]],
    ['- Kết nạp đảng viên: 1.862 đồng chí.\n- Đảng viên nữ: 971 (35,2%)', [['party_admissions', 1862, 'count', 'flow', 'exact'], ['party_members', 971, 'count', 'stock', 'exact'], ['party_members', 35.2, 'percent', 'share', 'exact']]],
    // Shares of one whole named once, after the last of them ("… chiếm 78,2% tổng số đảng viên mới").
    ['Đảng viên nữ chiếm 57,8%; đảng viên dưới 30 tuổi chiếm 78,2% tổng số đảng viên mới.', [['party_admissions', 57.8, 'percent', 'share', 'exact'], ['party_admissions', 78.2, 'percent', 'share', 'exact']]],
    ['Đảng viên nữ chiếm 41,5% tổng số đảng viên của Đảng bộ.', [['party_members', 41.5, 'percent', 'share', 'exact']]],
    // "lực lượng vũ trang 127" is the armed forces' figure, no page ("trang 127"); a sector's name may hold a comma.
    ['Toàn Đảng bộ kết nạp 1.032 đảng viên, trong đó khối quận, huyện 748, lực lượng vũ trang 127, khối cơ quan 71.', [['party_admissions', 1032, 'count', 'flow', 'exact'], ['party_admissions', 748, 'count', 'flow', 'exact'], ['party_admissions', 127, 'count', 'flow', 'exact'], ['party_admissions', 71, 'count', 'flow', 'exact']]],
    ['Trong đó, khối xã, phường kết nạp 684 đảng viên; khối cơ quan hành chính, đơn vị sự nghiệp 157; khối doanh nghiệp 57.', [['party_admissions', 684, 'count', 'flow', 'exact'], ['party_admissions', 157, 'count', 'flow', 'exact'], ['party_admissions', 57, 'count', 'flow', 'exact']]],
    // Of units no metric counts (cooperatives), the rate that have a body is the body's share.
    ['Tỷ lệ HTX có tổ chức đảng mới đạt 3,4%; tỷ lệ HTX có từ 10 lao động trở lên đã thành lập CĐCS đạt 72%.', [['party_organizations', 3.4, 'percent', 'share', 'exact'], ['union_grassroots', 72, 'percent', 'share', 'exact']]],
    // The next clause's ", có tổ chức đoàn thanh niên" names no body of the share before it.
    ['Số doanh nghiệp có tổ chức công đoàn chiếm khoảng 4,8%, có tổ chức đoàn thanh niên chỉ khoảng 1,2%.', [['enterprises', 4.8, 'percent', 'share', 'about'], ['enterprises', 1.2, 'percent', 'share', 'about']]],
    // Fishermen, farmers and cooperative members "ưu tú" are candidates, as workers are.
    ['Thị ủy đã mở 1 lớp bồi dưỡng nhận thức về Đảng cho 32 ngư dân ưu tú; các chi bộ HTX giới thiệu 14 thành viên HTX ưu tú cho Đảng.', [['training_classes', 1, 'count', 'flow', 'exact'], ['trainees', 32, 'count', 'flow', 'exact'], ['referrals', 14, 'count', 'flow', 'exact']]],
    // A labour federation's fishermen's guilds are its unions.
    ['LĐLĐ huyện thành lập 2 nghiệp đoàn nghề cá với 140 đoàn viên nghiệp đoàn.', [['union_grassroots', 2, 'count', 'flow', 'exact'], ['union_members', 140, 'count', 'flow', 'exact']]],
    // The items of a bracketed list of bodies, their names in small letters after the first, count what the first does.
    ['Một số đảng bộ kết nạp được nhiều đảng viên như Đảng bộ Tập đoàn Điện lực Việt Nam (812 đảng viên) và Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam (498 đảng viên).', [['party_admissions', 812, 'count', 'flow', 'exact'], ['party_admissions', 498, 'count', 'flow', 'exact']]],
    ['Các đơn vị làm tốt là Công đoàn Công ty Than Khe Tre (216 đoàn viên được giới thiệu), Công đoàn Công ty Than Nam Cẩm (198 đoàn viên) và Công đoàn Công ty Kho vận Lạc Long (143 đoàn viên).', [['referrals', 216, 'count', 'flow', 'exact'], ['referrals', 198, 'count', 'flow', 'exact'], ['referrals', 143, 'count', 'flow', 'exact']]],
    // "nhiều" before a bracket does not reach into it ("nhiều nhất cả nước (cả nước hiện có …)").
    ['Hà Nội là địa phương có số CĐCS nhiều nhất cả nước (cả nước hiện có khoảng 123.000 CĐCS).', [['union_grassroots', 123000, 'count', 'stock', 'about']]],
    // State groups and corporations are enterprises; a share of capital is no body's share.
    ['Cùng với đó, 19 tập đoàn, tổng công ty được chuyển về các bộ quản lý ngành.', [['enterprises', 19, 'count', 'stock', 'exact']]],
    ['Hiện 100% doanh nghiệp nhà nước nắm giữ trên 50% vốn điều lệ đã có tổ chức đảng.', [['enterprises', 100, 'percent', 'share', 'exact']]],
    // The figures of a ranking by a deed ("dẫn đầu … về phát triển đoàn viên", "về số đoàn viên kết nạp mới") count that deed's members.
    ['Các địa phương dẫn đầu cả nước về phát triển đoàn viên là TP Hồ Chí Minh (136.112 đoàn viên), Bình Dương (101.540 đoàn viên).', [['union_members', 136112, 'count', 'flow', 'exact'], ['union_members', 101540, 'count', 'flow', 'exact']]],
    ['Bắc Ninh đứng thứ 3 cả nước về số đoàn viên kết nạp mới, chỉ sau TP Hồ Chí Minh (102.300 đoàn viên) và Bình Dương (61.450 đoàn viên).', [['union_members', 102300, 'count', 'flow', 'exact'], ['union_members', 61450, 'count', 'flow', 'exact']]],
    ['Các địa phương có nhiều đoàn viên nhất là TP Hồ Chí Minh (1.136.112 đoàn viên) và Bình Dương (612.000 đoàn viên).', [['union_members', 1136112, 'count', 'stock', 'exact'], ['union_members', 612000, 'count', 'stock', 'exact']]],
    // A change of the members a label names ("số đoàn viên giảm 2.860 người"), not of the bodies dissolved before it.
    ['Có 19 CĐCS bị giải thể do doanh nghiệp ngừng hoạt động, số đoàn viên giảm 2.860 người, nên so với cuối năm 2020 tổng số đoàn viên chỉ tăng 355 người.', [['union_grassroots', 19, 'count', 'flow', 'exact'], ['union_members', 2860, 'count', 'flow', 'exact'], ['union_members', 355, 'count', 'flow', 'exact']]],
    // A body's share of the members named after the percent is a share of the members.
    ['Tổng số đảng viên của khu vực là 3.650 đảng viên, riêng Đảng bộ Thiên Phúc đã chiếm gần 19% số đảng viên của khu vực này.', [['party_members', 3650, 'count', 'stock', 'exact'], ['party_members', 19, 'percent', 'share', 'about']]],
    // A whole read as the members there are is the plan when the rate after the fraction names one.
    ['- Kết nạp đảng viên: 96/150 đảng viên, đạt 64% chỉ tiêu nhiệm kỳ;', [['party_admissions', 96, 'count', 'flow', 'exact'], ['party_admissions', 150, 'count', 'target', 'exact'], ['party_admissions', 64, 'percent', 'achievement', 'exact']]],
    // Workers drawn into the union are members; a workforce's share employed stays workers.
    ['Phấn đấu đến năm 2030 thu hút 90% người lao động gia nhập tổ chức công đoàn.', [['union_members', 90, 'percent', 'target', 'exact']]],
    ['Các doanh nghiệp FDI thu hút 70% tổng số lao động của tỉnh.', [['workers', 70, 'percent', 'share', 'exact']]],
    // No label or date word numbers a percent ("cuối nhiệm kỳ 100%").
    ['Mục tiêu: đến cuối nhiệm kỳ 100% doanh nghiệp đều thành lập được tổ chức đảng.', [['enterprises', 100, 'percent', 'target', 'exact']]],
    // "đề nghị" with the year it asks for governs the goals after it.
    ['Đồng chí Bí thư đề nghị năm 2024 thành lập mới ít nhất 3 chi bộ, kết nạp từ 30 đảng viên trở lên.', [['party_organizations', 3, 'count', 'target', 'at_least'], ['party_admissions', 30, 'count', 'target', 'at_least']]],
    // The total raised ends the breakdown before it, and is what there is.
    ['Đảng bộ thành lập mới 4 chi bộ, trong đó có hai chi bộ ở doanh nghiệp Hàn Quốc, nâng tổng số tổ chức đảng trực thuộc lên 31 với 812 đảng viên.', [['party_organizations', 4, 'count', 'flow', 'exact'], ['party_organizations', 2, 'count', 'flow', 'exact'], ['party_organizations', 31, 'count', 'stock', 'exact'], ['party_members', 812, 'count', 'stock', 'exact']]],
    // A label of the deed alone, nearest the figure, names what it counts ("… và số được kết nạp là 187 người").
    ['Riêng 5 năm gần đây, số đoàn viên được giới thiệu là 315 người và số được kết nạp là 187 người.', [['referrals', 315, 'count', 'flow', 'exact'], ['party_admissions', 187, 'count', 'flow', 'exact']]],
    // A body's own size as a goal is no size threshold ("… đặt mục tiêu đến năm 2030 có từ 80 đảng viên trở lên").
    ['Đảng bộ Công ty đặt mục tiêu đến năm 2030 có từ 80 đảng viên trở lên.', [['party_members', 80, 'count', 'target', 'at_least']]],
    // Members received, where they work and where from said between, are a change of the membership, whatever the list governed.
    ['Chi bộ đã kết nạp 41 đảng viên; đồng thời tiếp nhận 11 đảng viên đang làm việc tại Công ty chuyển sinh hoạt đảng từ địa phương về.', [['party_admissions', 41, 'count', 'flow', 'exact'], ['party_members', 11, 'count', 'flow', 'exact']]],
    // A body had right after a percent, the units left unsaid ("…; 60% có tổ chức đoàn thanh niên").
    ['Phấn đấu 80% doanh nghiệp có từ 30 lao động trở lên có tổ chức công đoàn; 60% có tổ chức đoàn thanh niên.', [['enterprises', 80, 'percent', 'target', 'exact'], ['youth_organizations', 60, 'percent', 'target', 'exact']]],
    // Members under a label of the deed done to them; a figure a correction denies ("không phải 37") is none.
    ['Sửa số đảng viên kết nạp 6 tháng của Đảng bộ Khối Doanh nghiệp tỉnh là 73 đảng viên, không phải 37 đảng viên như bản đăng trước.', [['party_admissions', 73, 'count', 'flow', 'exact']]],
    // What a federation assigns to the unions under it ("giao các cấp công đoàn …") is a goal; workers hired on top, added.
    ['LĐLĐ thành phố giao các cấp công đoàn năm 2024 phát triển 1.500 đoàn viên, thành lập mới 6 CĐCS.', [['union_members', 1500, 'count', 'target', 'exact'], ['union_grassroots', 6, 'count', 'target', 'exact']]],
    ['Vào mùa thu hoạch, Công ty thuê thêm khoảng 300 lao động thời vụ.', [['workers', 300, 'count', 'flow', 'about']]],
    // "trên" between a part and its whole is "out of"; before a count alone, "over".
    ['Công ty có 2.950 đoàn viên trên 3.100 lao động; công ty bạn có trên 436 lao động.', [['union_members', 2950, 'count', 'stock', 'exact'], ['workers', 3100, 'count', 'stock', 'exact'], ['workers', 436, 'count', 'stock', 'more_than']]],
    // A bare fraction after the next body of a run-down counts what the fraction before it did, part and whole.
    ['Tiếp đến là CĐCS Công ty TNHH MTV Thuốc lá Đông Kinh: 168 đoàn viên/171 lao động; CĐCS Công ty CP Vật tư nông nghiệp Kỳ Lừa 95/98.', [['union_members', 168, 'count', 'stock', 'exact'], ['workers', 171, 'count', 'stock', 'exact'], ['union_members', 95, 'count', 'stock', 'exact'], ['workers', 98, 'count', 'stock', 'exact']]],
    // "ĐV mới" in a Youth Union bulletin, beside the Youth Union and no Party, are its new members.
    ['Đoàn Khối Doanh nghiệp tỉnh báo cáo nhanh Tháng Thanh niên: các chi đoàn, Đoàn cơ sở ra quân đồng loạt.\n- KN 137 ĐV mới (đạt 114,2% KH tháng); trao thẻ ĐV điện tử qua ứng dụng "Thanh niên Việt Nam".', [['youth_members', 137, 'count', 'flow', 'exact'], ['youth_members', 114.2, 'percent', 'achievement', 'exact']]],
    // What was done in the same period before, in brackets ("(TH cùng kỳ 2023: 189)"), counts as the figure it follows.
    ['- Giới thiệu: 214 ĐVCĐ ưu tú (TH cùng kỳ 2023: 189).', [['referrals', 214, 'count', 'flow', 'exact'], ['referrals', 189, 'count', 'flow', 'exact']]],
    // The staff of a hospital, a school or a ship, listed with "nhân viên", are its workforce.
    ['Bệnh viện hiện có 650 giường bệnh, hơn 1.300 y bác sĩ, nhân viên; trường có 214 cán bộ, giáo viên, nhân viên.', [['workers', 1300, 'count', 'stock', 'more_than'], ['workers', 214, 'count', 'stock', 'exact']]],
    // Hospitals and clinics, resorts and branches, which no metric counts, with a body: that body's count or share.
    ['Trên địa bàn hiện có 18 bệnh viện, phòng khám đa khoa tư nhân có tổ chức đảng với 312 đảng viên.', [['party_organizations', 18, 'count', 'stock', 'exact'], ['party_members', 312, 'count', 'stock', 'exact']]],
    ['Phấn đấu 100% khu nghỉ dưỡng đã đi vào hoạt động có tổ chức công đoàn.', [['union_grassroots', 100, 'percent', 'target', 'exact']]],
    ['Phấn đấu 100% trường ngoài công lập, bệnh viện tư nhân có từ 3 đảng viên chính thức trở lên có chi bộ.', [['party_organizations', 100, 'percent', 'target', 'exact']]],
    // The Youth Union by its short name admits its members ("toàn Đoàn", "Đoàn kết nạp"), and the parts of those it admitted
    // are its members too; unions' grassroots bodies ("công đoàn cơ sở") are no Youth Union bodies.
    ['Năm 2023, toàn Đoàn đã kết nạp 1.316 đoàn viên mới, trong đó 842 đoàn viên là công nhân, người lao động tại doanh nghiệp.', [['youth_members', 1316, 'count', 'flow', 'exact'], ['youth_members', 842, 'count', 'flow', 'exact']]],
    ['Năm 2017, Đoàn kết nạp 96 đoàn viên mới; các công đoàn cơ sở đã kết nạp 1.126 đoàn viên.', [['youth_members', 96, 'count', 'flow', 'exact'], ['union_members', 1126, 'count', 'flow', 'exact']]],
    // What a programme or a resolution "đề ra:" lists after the colon are its goals.
    ['Chương trình hành động đề ra: năm 2024 kết nạp ít nhất 450 đảng viên; thành lập mới 3 chi bộ trong doanh nghiệp FDI.', [['party_admissions', 450, 'count', 'target', 'at_least'], ['party_organizations', 3, 'count', 'target', 'exact']]],
    // A quota of Party members assigned is a quota of admissions.
    ['Năm 2024, Đảng bộ Khối được giao chỉ tiêu 150 đảng viên.', [['party_admissions', 150, 'count', 'target', 'exact']]],
    // A change said in brackets inside a breakdown keeps its kind, and is no part of the total.
    ['Đảng bộ có 120 tổ chức cơ sở đảng với 5.104 đảng viên, trong đó 39 tổ chức cơ sở đảng trong doanh nghiệp (giảm 2 tổ chức cơ sở đảng do hợp nhất các công ty thủy lợi).', [['party_organizations', 120, 'count', 'stock', 'exact'], ['party_members', 5104, 'count', 'stock', 'exact'], ['party_organizations', 39, 'count', 'stock', 'exact'], ['party_organizations', 2, 'count', 'flow', 'exact']]],
    // The parts of a count, placed, in the bracket right after it.
    ['Đến nay mới có 8 tổ chức đảng (6 ở bệnh viện, 2 ở phòng khám đa khoa) với 148 đảng viên.', [['party_organizations', 8, 'count', 'stock', 'exact'], ['party_organizations', 6, 'count', 'stock', 'exact'], ['party_organizations', 2, 'count', 'stock', 'exact'], ['party_members', 148, 'count', 'stock', 'exact']]],
    // "N/M" before a rate that is N over M is a fraction, not a day and month; the whole of bodies founded is their plan.
    ['- Thành lập mới tổ chức cơ sở đảng: 4/6 tổ chức, đạt 66,7%;', [['party_organizations', 4, 'count', 'flow', 'exact'], ['party_organizations', 6, 'count', 'target', 'exact'], ['party_organizations', 66.7, 'percent', 'achievement', 'exact']]],
    ['Năm 2024 thành lập mới 12/15 công đoàn cơ sở, đạt 80%.', [['union_grassroots', 12, 'count', 'flow', 'exact'], ['union_grassroots', 15, 'count', 'target', 'exact'], ['union_grassroots', 80, 'percent', 'achievement', 'exact']]],
    // A question's condition supposes only from its "nếu" on.
    ['Công ty có 300 công nhân, nếu có 5 đảng viên thì lập chi bộ được không?', [['workers', 300, 'count', 'stock', 'exact']]],
    // The share of those admitted or trained who are of some kind is a share of them, whatever noun names the kind; a
    // workforce's share of members stays the members'.
    ['Năm 2023, các chi bộ doanh nghiệp kết nạp 41 đảng viên, trong đó nữ chiếm 46,3%, đoàn viên thanh niên chiếm 70,7%.', [['party_admissions', 41, 'count', 'flow', 'exact'], ['party_admissions', 46.3, 'percent', 'share', 'exact'], ['party_admissions', 70.7, 'percent', 'share', 'exact']]],
    ['Trong số 173 đảng viên mới, công nhân trực tiếp sản xuất chiếm 64,7%.', [['party_admissions', 173, 'count', 'flow', 'exact'], ['party_admissions', 64.7, 'percent', 'share', 'exact']]],
    ['Năm 2024, Đảng ủy tổ chức 2 lớp bồi dưỡng nhận thức về Đảng cho 126 học viên, trong đó 84,1% là đoàn viên thanh niên.', [['training_classes', 2, 'count', 'flow', 'exact'], ['trainees', 126, 'count', 'flow', 'exact'], ['trainees', 84.1, 'percent', 'share', 'exact']]],
    ['Năm 2023 công ty tuyển dụng 500 lao động, trong đó 60% là đoàn viên công đoàn.', [['workers', 500, 'count', 'flow', 'exact'], ['union_members', 60, 'percent', 'share', 'exact']]],
    // "mới" before the verb of a rate is "only": "đảng viên mới đạt 4%" are Party members, not new ones.
    ['Tính trên tổng số người lao động trong khu vực này, tỷ lệ lao động là đảng viên mới đạt 4%.', [['party_members', 4, 'percent', 'share', 'exact']]],
    // The running total of a deed, raised, with "số" alone.
    ['Quý III kết nạp 12 đảng viên, nâng số kết nạp 9 tháng lên 31 đảng viên.', [['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 31, 'count', 'flow', 'exact']]],
    // The numbers of communes named by a number are no counts; where every commune of the list has one, they count by commune.
    ['KCN có 21.000 lao động, trong đó khoảng 70% là thanh niên, đến từ các xã Tân Lập 1, Tân Lập 2, Phước Lập và thị trấn Mỹ Phước.', [['workers', 21000, 'count', 'stock', 'exact'], ['workers', 70, 'percent', 'share', 'about']]],
    ['Năm 2018 kết nạp 7 đảng viên, cụ thể: xã An Phú Tân 2, xã Tam Ngãi 1, thị trấn Cầu Kè 2.', [['party_admissions', 7, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact'], ['party_admissions', 1, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    // Bodies merged or moved are a change of the period; what a body was made of is not.
    ['Năm 2019, Công đoàn ngành đã hợp nhất 8 CĐCS thành 4 CĐCS, giải thể 5 CĐCS.', [['union_grassroots', 8, 'count', 'flow', 'exact'], ['union_grassroots', 4, 'count', 'flow', 'exact'], ['union_grassroots', 5, 'count', 'flow', 'exact']]],
    ['Trong năm, Đảng ủy Khối đã điều chuyển 4 TCCSĐ về các đảng bộ huyện.', [['party_organizations', 4, 'count', 'flow', 'exact']]],
    ['Toàn tỉnh hiện có 99 đảng bộ xã, phường, được hình thành từ việc hợp nhất 318 đảng bộ xã, phường, thị trấn trước đây.', [['party_organizations', 99, 'count', 'stock', 'exact'], ['party_organizations', 318, 'count', 'stock', 'exact']]],
    ['Năm 2019, tổng số đảng viên của Đảng bộ sau hợp nhất là 1.196 đảng viên.', [['party_members', 1196, 'count', 'stock', 'exact']]],
    // Party members moving their registration and workers leaving or taken back are changes of the period; not the members a
    // body starts with, nor those not moved yet.
    ['Năm 2020, trong số 57 đảng viên của công ty, 31 đồng chí được chuyển sinh hoạt đảng về đảng bộ các xã nơi cư trú.', [['party_members', 57, 'count', 'stock', 'exact'], ['party_members', 31, 'count', 'flow', 'exact']]],
    ['Năm 2020, có 23 đảng viên nghỉ hưu đã được chuyển sinh hoạt đảng về nơi cư trú.', [['party_members', 23, 'count', 'flow', 'exact']]],
    ['Chi bộ công ty được thành lập tháng 4/2022 với 5 đảng viên chuyển sinh hoạt từ các đơn vị khác về.', [['party_members', 5, 'count', 'stock', 'exact']]],
    ['Qua rà soát, hiện vẫn còn 37 đảng viên chưa được giới thiệu chuyển sinh hoạt đảng về nơi cư trú.', [['party_members', 37, 'count', 'stock', 'exact']]],
    ['Năm 2020, công ty đã giải quyết chế độ cho 58 lao động dôi dư, trong đó 21 người nghỉ hưu trước tuổi, 37 người chấm dứt hợp đồng lao động.', [['workers', 58, 'count', 'flow', 'exact'], ['workers', 21, 'count', 'flow', 'exact'], ['workers', 37, 'count', 'flow', 'exact']]],
    ['Sau cổ phần hóa, năm 2021 công ty tuyển dụng trở lại 134 lao động.', [['workers', 134, 'count', 'flow', 'exact']]],
    ['Năm 2020, hơn 1.700 công nhân phải nghỉ việc.', [['workers', 1700, 'count', 'flow', 'more_than']]],
    ['Năm 2020, Liên đoàn Lao động huyện đã chuyển sinh hoạt công đoàn cho 90 đoàn viên về công đoàn cơ sở các đơn vị tiếp nhận.', [['union_members', 90, 'count', 'flow', 'exact']]],
    // Old provinces named with their era in a series, each with its bare figure; people after a sentence-initial "Trong đó".
    ['Toàn tỉnh có 286 tổ chức đảng trong doanh nghiệp. Trong đó khu vực Lâm Đồng (cũ) có 121 tổ chức đảng, Bình Thuận (cũ) 118, Đắk Nông (cũ) 47.', [['party_organizations', 286, 'count', 'stock', 'exact'], ['party_organizations', 121, 'count', 'stock', 'exact'], ['party_organizations', 118, 'count', 'stock', 'exact'], ['party_organizations', 47, 'count', 'stock', 'exact']]],
    ['Năm 2023 kết nạp 1.415 đảng viên. Trong đó, khu vực Cần Thơ (cũ) 903 người, khu vực Sóc Trăng (cũ) 298 người.', [['party_admissions', 1415, 'count', 'flow', 'exact'], ['party_admissions', 903, 'count', 'flow', 'exact'], ['party_admissions', 298, 'count', 'flow', 'exact']]],
    // Both ends of a change are states, "còn" the second as "lên" is; a difference from another time is a change, exact.
    ['Năm 2023, số chi bộ giảm từ 1.466 chi bộ xuống còn 1.412 chi bộ.', [['party_organizations', 1466, 'count', 'stock', 'exact'], ['party_organizations', 1412, 'count', 'stock', 'exact']]],
    ['Năm 2023, số chi bộ trực thuộc đảng ủy cơ sở giảm từ 1.466 còn 1.412 chi bộ.', [['party_organizations', 1466, 'count', 'stock', 'exact'], ['party_organizations', 1412, 'count', 'stock', 'exact']]],
    ['Năm 2023 số đảng viên là 812, ít hơn 23 đảng viên so với cuối năm 2022.', [['party_members', 812, 'count', 'stock', 'exact'], ['party_members', 23, 'count', 'flow', 'exact']]],
    ['Năm 2023 công ty có nhiều hơn 200 đảng viên.', [['party_members', 200, 'count', 'stock', 'more_than']]],
    // The plan a rate names after it, with its noun ("chỉ tiêu về đoàn viên"), is what the rate is of.
    ['Năm 2023, Công đoàn thành phố thành lập 40 công đoàn cơ sở, đạt 53,8% chỉ tiêu về đoàn viên.', [['union_grassroots', 40, 'count', 'flow', 'exact'], ['union_members', 53.8, 'percent', 'achievement', 'exact']]],
    // Bodies moved whole and firms equitised or divested are changes of the period; probationers made full members are not counted.
    ['Năm 2020, Ban Thường vụ Tỉnh ủy đã quyết định chuyển 6 đảng bộ cơ sở và 4 chi bộ cơ sở từ Đảng bộ Khối Doanh nghiệp tỉnh về trực thuộc các huyện ủy.', [['party_organizations', 6, 'count', 'flow', 'exact'], ['party_organizations', 4, 'count', 'flow', 'exact']]],
    ['Năm 2020 toàn tỉnh cổ phần hóa 4 doanh nghiệp, thoái vốn nhà nước tại 7 doanh nghiệp.', [['enterprises', 4, 'count', 'flow', 'exact'], ['enterprises', 7, 'count', 'flow', 'exact']]],
    // A rate said to be reached ("mới đạt", "đã đạt") after the goals of the sentence is how far they are met.
    ['Chỉ tiêu năm 2024 là phát triển 12.000 đoàn viên, thành lập 90 công đoàn cơ sở; sau 5 tháng, chúng tôi mới đạt 43,8% chỉ tiêu về đoàn viên.', [['union_members', 12000, 'count', 'target', 'exact'], ['union_grassroots', 90, 'count', 'target', 'exact'], ['union_members', 43.8, 'percent', 'achievement', 'exact']]],
    // A union's density named "tỷ lệ tập hợp" alone; a result referred back to past the shares that described it.
    ['Năm 2023, Công đoàn Công ty có 4.051 đoàn viên, tỷ lệ tập hợp đạt 99,3%.', [['union_members', 4051, 'count', 'stock', 'exact'], ['union_members', 99.3, 'percent', 'share', 'exact']]],
    ['Năm 2023, các chi bộ doanh nghiệp kết nạp 41 đảng viên, trong đó nữ chiếm 46,3%. Kết quả này bằng 68,3% chỉ tiêu cả nhiệm kỳ.', [['party_admissions', 41, 'count', 'flow', 'exact'], ['party_admissions', 46.3, 'percent', 'share', 'exact'], ['party_admissions', 68.3, 'percent', 'achievement', 'exact']]],
    // What is said of people before where they go is still said of them.
    ['Năm 2023 chi bộ giới thiệu 6 quần chúng, mới có 2 người được kết nạp, vì hồ sơ lý lịch phải gửi về quê xác minh.', [['referrals', 6, 'count', 'flow', 'exact'], ['party_admissions', 2, 'count', 'flow', 'exact']]],
    // A figure written both in words and in digits, either way round, is read once.
    ['Năm 2023, Đảng bộ có sáu mươi tám (68) tổ chức cơ sở đảng với hai nghìn chín trăm mười bốn (2.914) đảng viên.', [['party_organizations', 68, 'count', 'stock', 'exact'], ['party_members', 2914, 'count', 'stock', 'exact']]],
    ['Năm 2023 kết nạp 213 (hai trăm mười ba) đảng viên, mở 09 (chín) lớp bồi dưỡng nhận thức về Đảng.', [['party_admissions', 213, 'count', 'flow', 'exact'], ['training_classes', 9, 'count', 'flow', 'exact']]],
    // A rate in words, "phần trăm" spelled out.
    ['Năm 2023 LĐLĐ tỉnh thành lập 27 công đoàn cơ sở, đạt bốn mươi lăm phần trăm kế hoạch.', [['union_grassroots', 27, 'count', 'flow', 'exact'], ['union_grassroots', 45, 'percent', 'achievement', 'exact']]],
    // The share of members named by "số" before "chiếm" is the members' share, not the workforce's; those just admitted and other counts keep theirs.
    ['Năm 2023, số đảng viên trong các khu công nghiệp chỉ chiếm khoảng 0,6% tổng số lao động.', [['party_members', 0.6, 'percent', 'share', 'about']]],
    ['Song số đảng viên là công nhân chỉ chiếm chưa tới 2% tổng số lao động năm 2023.', [['party_members', 2, 'percent', 'share', 'less_than']]],
    ['Năm 2023 kết nạp 40 đảng viên; số đảng viên kết nạp là công nhân trực tiếp sản xuất chiếm 71,4%.', [['party_admissions', 40, 'count', 'flow', 'exact'], ['party_admissions', 71.4, 'percent', 'share', 'exact']]],
    // (The figures of a breakdown by unit are no names.)
    ['Năm 2023 kết nạp 40 đảng viên, trong đó Chi bộ Công ty A 12, Chi bộ Công ty B 15.', [['party_admissions', 40, 'count', 'flow', 'exact'], ['party_admissions', 12, 'count', 'flow', 'exact'], ['party_admissions', 15, 'count', 'flow', 'exact']]],
    ['Năm 2023 Đảng bộ kết nạp 14 đảng viên, trong đó Chi bộ số 2 (Xí nghiệp May 2) kết nạp 6 đồng chí.', [['party_admissions', 14, 'count', 'flow', 'exact'], ['party_admissions', 6, 'count', 'flow', 'exact']]],
    // People named as those the sentence before counted, after a sentence-initial "Trong đó", are a part of them.
    ['Năm 2023 Trung tâm Chính trị huyện mở lớp bồi dưỡng nhận thức về Đảng cho 60 quần chúng ưu tú. Trong đó có 19 quần chúng là công nhân lao động.', [['trainees', 60, 'count', 'flow', 'exact'], ['trainees', 19, 'count', 'flow', 'exact']]],
    // The members a body is founded with, after a clause of referrals: no verb of that clause governs them.
    ['Năm 2023, công đoàn giới thiệu 14 đoàn viên ưu tú, trong đó 6 người đã được kết nạp, góp phần để Đảng ủy xã thành lập Chi bộ Công ty với 11 đảng viên.', [['referrals', 14, 'count', 'flow', 'exact'], ['party_admissions', 6, 'count', 'flow', 'exact'], ['party_members', 11, 'count', 'stock', 'exact']]],
    // Bulletins' shorthand: "ĐBCS", "CBCS" are Party bodies, "TL" founds, and a plain "ĐV" beside "ĐVTN" is a Party member.
    ['Năm 2023 Đảng bộ Khối có 112 TCCSĐ (34 ĐBCS, 78 CBCS).', [['party_organizations', 112, 'count', 'stock', 'exact'], ['party_organizations', 34, 'count', 'stock', 'exact'], ['party_organizations', 78, 'count', 'stock', 'exact']]],
    ['- Năm 2023 TL mới 6 TCCSĐ; TL 3 CĐCS.', [['party_organizations', 6, 'count', 'flow', 'exact'], ['union_grassroots', 3, 'count', 'flow', 'exact']]],
    ['- Năm 2023 KN 203 ĐV; trong đó: CNLĐ trực tiếp SX 126 ĐV, là ĐVTN 151 ĐV.', [['party_admissions', 203, 'count', 'flow', 'exact'], ['party_admissions', 126, 'count', 'flow', 'exact'], ['party_admissions', 151, 'count', 'flow', 'exact']]],
    // In an article of the unions, a plain "ĐV" in a sentence that names no body is a union member; "PTĐV", "PT thêm" develop.
    ['Năm 2023, Công đoàn tỉnh có 120 CĐCS. LĐLĐ chỉ đạo các CĐCS. Các cấp CĐ phấn đấu PT thêm 37.600 ĐV. + PTĐV 8 tháng năm 2023: 1.108 ĐV.', [['union_grassroots', 120, 'count', 'stock', 'exact'], ['union_members', 37600, 'count', 'target', 'exact'], ['union_members', 1108, 'count', 'flow', 'exact']]],
    // A pair of nouns labels a pair of figures: the part counts the first, the whole the second.
    ['Năm 2023, ĐVCĐ/CNLĐ: 1.200/1.350.', [['union_members', 1200, 'count', 'stock', 'exact'], ['workers', 1350, 'count', 'stock', 'exact']]],
    // Bulletins' "KN" after those referred: the share admitted, and a bare figure admitted.
    ['Năm 2023 GT ít nhất 60 ĐVCĐ ưu tú cho Đảng, trong đó 50% được KN.', [['referrals', 60, 'count', 'flow', 'at_least'], ['party_admissions', 50, 'percent', 'share', 'exact']]],
    ['Năm 2023 GT 58 ĐVCĐ, đã được KN 17.', [['referrals', 58, 'count', 'flow', 'exact'], ['party_admissions', 17, 'count', 'flow', 'exact']]],
    // A heading of goals whose bracket says what it goes with ("(Kèm theo Kế hoạch số …)") still heads goals.
    ['PHỤ LỤC Phân bổ chỉ tiêu giai đoạn 2021-2025 (Kèm theo Kế hoạch số 38-KH/ĐUK ngày 12/4/2021 của Ban Thường vụ Đảng ủy Khối)\n- Đảng bộ Ban Quản lý Khu kinh tế tỉnh: thành lập mới 8 chi bộ, kết nạp 130 đảng viên.', [['party_organizations', 8, 'count', 'target', 'exact'], ['party_admissions', 130, 'count', 'target', 'exact']]],
    // A section of goals headed by a line of its own in sentence case ("Mục tiêu giai đoạn 2023-2025"), up to the next heading.
    ['Thực trạng\nThành phố hiện có 412 doanh nghiệp có tổ chức đảng năm 2022.\nMục tiêu giai đoạn 2023-2025\nThành lập mới ít nhất 12 tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước.\nKết nạp 120 đảng viên là công nhân lao động.', [['enterprises', 412, 'count', 'stock', 'exact'], ['party_organizations', 12, 'count', 'target', 'at_least'], ['party_admissions', 120, 'count', 'target', 'exact']]],
    // "giới thiệu cho chi bộ N …": the body referred to may stand between the verb and its figure.
    ['Năm 2023 công đoàn công ty giới thiệu cho chi bộ 6 đoàn viên công đoàn ưu tú.', [['referrals', 6, 'count', 'flow', 'exact']]],
    // Members said to be new ("phát triển mới") after their figure are a flow.
    ['Năm 2023 LĐLĐ huyện xếp thứ nhất với 4.820 đoàn viên phát triển mới.', [['union_members', 4820, 'count', 'flow', 'exact']]],
    // (So does a heading whose document is said in a bracket on the line under it.)
    ['Phân bổ chỉ tiêu giai đoạn 2021-2025\n(Kèm theo Kế hoạch số 38-KH/ĐUK ngày 12/4/2021)\n- Đảng bộ các doanh nghiệp ngoài khu vực nhà nước tỉnh: thành lập mới 5 chi bộ, kết nạp 85 đảng viên.', [['party_organizations', 5, 'count', 'target', 'exact'], ['party_admissions', 85, 'count', 'target', 'exact']]],
    // "KN 187/170 ĐV (đạt 110% KH)": the whole of a fraction measured by a rate of the plan is the plan, also with the rate
    // in a bracket; the parts after "trong đó" are of those admitted, not of the plan.
    ['Năm 2016, Đảng bộ Khối KN 187/170 ĐV (đạt 110% KH); trong đó 102 ĐV là CNLĐ trực tiếp SX, 28 ĐV ở DN FDI.', [['party_admissions', 187, 'count', 'flow', 'exact'], ['party_admissions', 170, 'count', 'target', 'exact'], ['party_admissions', 110, 'percent', 'achievement', 'exact'], ['party_admissions', 102, 'count', 'flow', 'exact'], ['party_admissions', 28, 'count', 'flow', 'exact']]],
    ['Năm 2023, Đảng bộ kết nạp 138/150 đảng viên, đạt 92% kế hoạch; trong đó 79 đảng viên là công nhân.', [['party_admissions', 138, 'count', 'flow', 'exact'], ['party_admissions', 150, 'count', 'target', 'exact'], ['party_admissions', 92, 'percent', 'achievement', 'exact'], ['party_admissions', 79, 'count', 'flow', 'exact']]],
    // A zone named by its number ("ở KCN Đức Hòa 1") is no count; the figures of zones listed in a bracket are.
    ['Năm 2017, các KCN có 132 DN chưa có CĐCS, tập trung ở KCN Đức Hòa 1, KCN Xuyên Á.', [['enterprises', 132, 'count', 'stock', 'exact']]],
    ['Năm 2023 có 22 chi bộ ở các KCN (KCN Thuận Đạo 9, KCN Phúc Long 5, KCN Nhựt Chánh 8).', [['party_organizations', 22, 'count', 'stock', 'exact'], ['party_organizations', 9, 'count', 'stock', 'exact'], ['party_organizations', 5, 'count', 'stock', 'exact'], ['party_organizations', 8, 'count', 'stock', 'exact']]],
    // A bare part placed in a bracket ("(11 ở DN FDI)") counts what the figure before the bracket counts, inside a breakdown too.
    ['Năm 2021, Đảng bộ có 58 TCCSĐ với 5.912 ĐV; trong đó 21 TCCSĐ ở DN ngoài khu vực nhà nước (11 ở DN FDI) với 1.034 ĐV.', [['party_organizations', 58, 'count', 'stock', 'exact'], ['party_members', 5912, 'count', 'stock', 'exact'], ['party_organizations', 21, 'count', 'stock', 'exact'], ['party_organizations', 11, 'count', 'stock', 'exact'], ['party_members', 1034, 'count', 'stock', 'exact']]],
    // "TCCS Đoàn": the Youth Union's grassroots organisations, abbreviated.
    ['Năm 2022, Đoàn Khối có 58 TCCS Đoàn, 2.436 ĐVTN.', [['youth_organizations', 58, 'count', 'stock', 'exact'], ['youth_members', 2436, 'count', 'stock', 'exact']]],
    // A bulletin's shorthand deed as a label, with its period inside ("PTĐV 8 tháng năm 2024: ").
    ['+ PTĐV 8 tháng năm 2024: 1.108 ĐV (KH năm 1.500, đạt 73,9%).', [['party_admissions', 1108, 'count', 'flow', 'exact'], ['party_admissions', 1500, 'count', 'target', 'exact'], ['party_admissions', 73.9, 'percent', 'achievement', 'exact']]],
    // A figure joined by "và" to a change compared with another time is such a change, not what the verb before it did.
    ['Năm 2023 kết nạp 164 đảng viên; tăng 8 tổ chức đảng và 119 đảng viên so với cuối năm 2022.', [['party_admissions', 164, 'count', 'flow', 'exact'], ['party_organizations', 8, 'count', 'flow', 'exact'], ['party_members', 119, 'count', 'flow', 'exact']]],
    // Two chart series on one line, split by a dash, each read with its own label.
    ['Số tổ chức cơ sở đảng: 2013: 31 | 2018: 46 — Số đảng viên: 2013: 905 | 2018: 1.372', [['party_organizations', 31, 'count', 'stock', 'exact'], ['party_organizations', 46, 'count', 'stock', 'exact'], ['party_members', 905, 'count', 'stock', 'exact'], ['party_members', 1372, 'count', 'stock', 'exact']]],
    // A chart's labels one to a line ("2021: 1.036"), read under its title (past a bracket under the title).
    ['ĐƯỢC KẾT NẠP VÀO ĐẢNG\n(6 tháng đầu năm)\n2021: 1.036\n2022: 1.218', [['party_admissions', 1036, 'count', 'flow', 'exact'], ['party_admissions', 1218, 'count', 'flow', 'exact']]],
    // A review's clauses: a deed and what it is done to, then the plan, the result and the rate ("bằng" too), clause by clause.
    ['Năm 2023, về thành lập tổ chức cơ sở đảng, chỉ tiêu Nghị quyết đề ra là 15, thực hiện 17, đạt 113,3%; kết nạp đảng viên: chỉ tiêu 250, thực hiện 236, bằng 94,4%; thành lập tổ chức đoàn: chỉ tiêu 30, thực hiện 24, bằng 80%.', [['party_organizations', 15, 'count', 'target', 'exact'], ['party_organizations', 17, 'count', 'flow', 'exact'], ['party_organizations', 113.3, 'percent', 'achievement', 'exact'], ['party_admissions', 250, 'count', 'target', 'exact'], ['party_admissions', 236, 'count', 'flow', 'exact'], ['party_admissions', 94.4, 'percent', 'achievement', 'exact'], ['youth_organizations', 30, 'count', 'target', 'exact'], ['youth_organizations', 24, 'count', 'flow', 'exact'], ['youth_organizations', 80, 'percent', 'achievement', 'exact']]],
    ['Năm 2023, chỉ tiêu thành lập mới tổ chức đảng, Nghị quyết đề ra 20, thực hiện 17, bằng 85%.', [['party_organizations', 20, 'count', 'target', 'exact'], ['party_organizations', 17, 'count', 'flow', 'exact'], ['party_organizations', 85, 'percent', 'achievement', 'exact']]],
    // (Results set against plans are done, whatever later year the sentence before named.)
    ['Nghị quyết đề ra 5 chỉ tiêu cụ thể đến năm 2025. Sau 3 năm, về kết nạp đảng viên, chỉ tiêu là 250, thực hiện 236, bằng 94,4%.', [['party_admissions', 250, 'count', 'target', 'exact'], ['party_admissions', 236, 'count', 'flow', 'exact'], ['party_admissions', 94.4, 'percent', 'achievement', 'exact']]],
    // A quota of a deed named before its figure ("chỉ tiêu giới thiệu … là 300 đoàn viên") is that deed's goal.
    ['Năm 2023, chỉ tiêu giới thiệu đoàn viên ưu tú theo Chỉ thị là 300 đoàn viên, đến nay mới đạt 71,3%.', [['referrals', 300, 'count', 'target', 'exact'], ['referrals', 71.3, 'percent', 'achievement', 'exact']]],
    // The rate a goal set, reached: "tỷ lệ này mới đạt", "kết quả đạt"; and "bằng N% mục tiêu" after a rate is the plan met.
    ['Năm 2015 đặt mục tiêu đến năm 2020 có 80% doanh nghiệp thành lập tổ chức công đoàn; đến nay tỷ lệ này mới đạt 71,4%.', [['enterprises', 80, 'percent', 'target', 'exact'], ['enterprises', 71.4, 'percent', 'share', 'exact']]],
    ['Năm 2020 Nghị quyết đặt chỉ tiêu 75% doanh nghiệp có tổ chức công đoàn; kết quả đạt 81,5%, vượt chỉ tiêu.', [['enterprises', 75, 'percent', 'target', 'exact'], ['enterprises', 81.5, 'percent', 'share', 'exact']]],
    ['Năm 2020, tỷ lệ doanh nghiệp có tổ chức đảng đạt 24,6%, bằng 82% mục tiêu Chỉ thị đề ra.', [['enterprises', 24.6, 'percent', 'share', 'exact'], ['enterprises', 82, 'percent', 'achievement', 'exact']]],
    // A PDF's line cut a figure after its thousands dot ("6." / "417 đoàn viên"), after a word or alone on a line that the line
    // before runs into; a list's number alone on its line is no head of a figure.
    ['Năm 2017, các cấp công đoàn trong tỉnh kết nạp mới 6.\n417 đoàn viên, đạt 107% kế hoạch.', [['union_members', 6417, 'count', 'flow', 'exact'], ['union_members', 107, 'percent', 'achievement', 'exact']]],
    ['Năm 2023, khu vực này có 96 công đoàn cơ sở với\n9.\n318 đoàn viên.', [['union_grassroots', 96, 'count', 'stock', 'exact'], ['union_members', 9318, 'count', 'stock', 'exact']]],
    ['Kết quả năm 2023:\n1.\n100 doanh nghiệp có tổ chức công đoàn.', [['enterprises', 100, 'count', 'stock', 'exact']]],
    // A PDF's table one cell per line under a caption, its header cells wrapped after a count word ("Số" / "TCCSĐ"), onto a
    // period ("Kết nạp" / "6 tháng", "Thời điểm" / "7/2020") or a small letter; a change column's signs ("+6", "Tăng (+),").
    ['PHỤ LỤC\nTT\nLoại hình doanh nghiệp\nSố\nTCCSĐ\nSố đảng\nviên\nKết nạp\n6 tháng\n1\nDoanh nghiệp nhà nước\n19\n612\n8\n2\nCông ty cổ phần có vốn nhà nước\n16\n447\n11', [['party_organizations', 19, 'count', 'stock', 'exact'], ['party_members', 612, 'count', 'stock', 'exact'], ['party_admissions', 8, 'count', 'flow', 'exact'], ['party_organizations', 16, 'count', 'stock', 'exact'], ['party_members', 447, 'count', 'stock', 'exact'], ['party_admissions', 11, 'count', 'flow', 'exact']]],
    ['BIỂU SỐ LIỆU SO SÁNH\nTT\nNội dung\nThời điểm\n7/2020\nThời điểm\n6/2023\nTăng (+),\ngiảm (-)\n1\nTổ chức cơ sở đảng trong DN ngoài nhà nước\n21\n27\n+6\n2\nĐoàn viên công đoàn\n6.840\n8.215\n+1.375', [['party_organizations', 21, 'count', 'stock', 'exact'], ['party_organizations', 27, 'count', 'stock', 'exact'], ['party_organizations', 6, 'count', 'flow', 'exact'], ['union_members', 6840, 'count', 'stock', 'exact'], ['union_members', 8215, 'count', 'stock', 'exact'], ['union_members', 1375, 'count', 'flow', 'exact']]],
    // A social post's "+" glued after a figure ("950+", "52k+", "1.050+") is more than it; "15+20" is a sum, no "+".
    ['Năm 2023 công đoàn kết nạp 950+ đoàn viên mới.', [['union_members', 950, 'count', 'flow', 'more_than']]],
    ['Năm 2023 toàn tỉnh có 52k+ doanh nghiệp đang hoạt động với 312k+ đoàn viên.', [['enterprises', 52000, 'count', 'stock', 'more_than'], ['union_members', 312000, 'count', 'stock', 'more_than']]],
    // Emoji (two code units each) before a wrapped line shift no edit of the join: "12" stays whole.
    ['Chuyến xe Công đoàn 2024 🚌🚌🚌 🧧🧧\n\nNăm 2023 Liên đoàn Lao động tỉnh cho biết trên địa bàn các khu công nghiệp của tỉnh hiện\ncó 12 doanh nghiệp có tổ chức công đoàn.', [['enterprises', 12, 'count', 'stock', 'exact']]],
    // Lines a PDF cut short: at a range's dash ("từ 45 -" / "50 đảng viên"), after a comma before a long line, after "ít
    // nhất", before a figure's head alone on its line ("… với" / "9." / "318 đoàn viên"); not a page's number ("- 2 -").
    ['Năm 2023 phấn đấu mỗi năm kết nạp từ 45 -\n50 đảng viên là người lao động trong doanh nghiệp ngoài nhà nước.', [['party_admissions', 45, 'count', 'target', 'exact', 50]]],
    ['Năm 2017, các cấp công đoàn kết nạp mới 6.\n417 đoàn viên,\nđạt 107% chỉ tiêu Tổng Liên đoàn giao (chỉ tiêu 6.000); thành lập mới 38 CĐCS.', [['union_members', 6417, 'count', 'flow', 'exact'], ['union_members', 107, 'percent', 'achievement', 'exact'], ['union_members', 6000, 'count', 'target', 'exact'], ['union_grassroots', 38, 'count', 'flow', 'exact']]],
    ['Năm 2023 trong các doanh nghiệp ngoài nhà nước của huyện có 96 công đoàn cơ sở với\n9.\n318 đoàn viên; 22 chi đoàn với 418 đoàn viên thanh niên.', [['union_grassroots', 96, 'count', 'stock', 'exact'], ['union_members', 9318, 'count', 'stock', 'exact'], ['youth_organizations', 22, 'count', 'stock', 'exact'], ['youth_members', 418, 'count', 'stock', 'exact']]],
    ['Năm 2023 toàn tỉnh có 1.046 công đoàn cơ sở.\n- 2 -\n205 CĐCS với 19.830 đoàn viên công đoàn ở khu vực ngoài nhà nước.', [['union_grassroots', 1046, 'count', 'stock', 'exact'], ['union_grassroots', 205, 'count', 'stock', 'exact'], ['union_members', 19830, 'count', 'stock', 'exact']]],
    // A table one cell per line whose rows are numbered and labelled by their year, under a header with an empty notes column.
    ['Biểu số 01\nTT\nNăm\nSố đảng viên\nkết nạp\nTrong đó: công\nnhân trực tiếp\nsản xuất\nGhi chú\n1\n2012\n68\n29\n2\n2013\n74\n31', [['party_admissions', 68, 'count', 'flow', 'exact'], ['party_admissions', 29, 'count', 'flow', 'exact'], ['party_admissions', 74, 'count', 'flow', 'exact'], ['party_admissions', 31, 'count', 'flow', 'exact']]],
    // Those present or absent under a minute's labels ("có mặt:", "vắng mặt:", "có lý do:"), and the share present.
    ['Năm 2024, tổng số đoàn viên công đoàn của Công ty: 1.248; có mặt: 1.102 đoàn viên (đạt 88,3%); vắng mặt: 146 đoàn viên (có lý do: 139, không lý do: 07).', [['union_members', 1248, 'count', 'stock', 'exact']]],
    // A hiring done is a change of the workforce (jobs to fill are not: see the table of inputs that yield nothing).
    ['Năm 2022 các doanh nghiệp dệt may đã tuyển thêm 11.740 lao động.', [['workers', 11740, 'count', 'flow', 'exact']]],
    // A capital after a comma opens the list's next item: "86 đoàn viên, Công đoàn cơ sở có …" is no "đoàn viên công đoàn".
    ['Năm 2023 công ty có Chi bộ với 11 đảng viên, Chi đoàn thanh niên có 86 đoàn viên, Công đoàn cơ sở có 1.290 đoàn viên.', [['party_members', 11, 'count', 'stock', 'exact'], ['youth_members', 86, 'count', 'stock', 'exact'], ['union_members', 1290, 'count', 'stock', 'exact']]],
    // (Not "mắc ca", a crop: the workers of a firm that grows it are its workforce.)
    ['Năm 2023 doanh nghiệp có hơn 300 công nhân trồng, chế biến cà phê và mắc ca.', [['workers', 300, 'count', 'stock', 'more_than']]],
    // Targets met counted ("hoàn thành 21/24 chỉ tiêu") are no plan of the count before; those trained in a trade or sent to
    // work abroad are no workforce.
    ['Năm 2023, toàn Đảng bộ tỉnh với hơn 132.600 đảng viên đã hoàn thành 21/24 chỉ tiêu chủ yếu.', [['party_members', 132600, 'count', 'stock', 'more_than']]],
    ['Năm 2023, các doanh nghiệp trong tỉnh sử dụng 52.000 lao động; trong năm tuyển sinh, đào tạo nghề cho 26.400 người; đưa 6.800 người đi làm việc ở nước ngoài.', [['workers', 52000, 'count', 'stock', 'exact']]],
    // Firms founded, back or idled in the period ("thành lập mới", "quay trở lại hoạt động", "tạm ngừng hoạt động") are a flow.
    ['Năm 2023 toàn tỉnh có thêm 312 doanh nghiệp thành lập mới, 98 doanh nghiệp quay trở lại hoạt động, nâng tổng số doanh nghiệp đang hoạt động lên 5.350 doanh nghiệp.', [['enterprises', 312, 'count', 'flow', 'exact'], ['enterprises', 98, 'count', 'flow', 'exact'], ['enterprises', 5350, 'count', 'stock', 'exact']]],
    // The plan a result is set against, named right before its figure ("vượt chỉ tiêu 85%", "vượt mục tiêu 9.000 đoàn viên"),
    // is a goal; a result said done after the plan ("mới thực hiện được 14, đạt 56%") is a result.
    ['Năm 2020, tỷ lệ đoàn viên trên tổng số công nhân lao động tại các doanh nghiệp đã có CĐCS đạt 86,4%, vượt chỉ tiêu 85% mà Chỉ thị đề ra.', [['union_members', 86.4, 'percent', 'share', 'exact'], ['union_members', 85, 'percent', 'target', 'exact']]],
    ['Năm 2020, công đoàn có 176 công đoàn cơ sở với 9.820 đoàn viên, vượt mục tiêu 9.000 đoàn viên mà Nghị quyết đặt ra.', [['union_grassroots', 176, 'count', 'stock', 'exact'], ['union_members', 9820, 'count', 'stock', 'exact'], ['union_members', 9000, 'count', 'target', 'exact']]],
    ['Năm 2020, chỉ tiêu thành lập mới 25 chi bộ, đảng bộ trong doanh nghiệp mới thực hiện được 14, đạt 56%.', [['party_organizations', 25, 'count', 'target', 'exact'], ['party_organizations', 14, 'count', 'flow', 'exact'], ['party_organizations', 56, 'percent', 'achievement', 'exact']]],
    // New unions, then their members after a comma ("11 CĐCS mới, 1k7 đoàn viên"): members who joined with them.
    ['Năm 2023 KCN VSIP Bắc Ninh: 11 CĐCS mới, 1k7 đoàn viên.', [['union_grassroots', 11, 'count', 'flow', 'exact'], ['union_members', 1700, 'count', 'flow', 'exact']]],
    // Items of a list, each a figure bare in brackets, the first opening with its noun: "gồm nghiệp đoàn xe ôm (3), bốc xếp (2)".
    ['Năm 2023 toàn tỉnh đã có 8 nghiệp đoàn với 642 đoàn viên, gồm nghiệp đoàn xe ôm (3), bốc xếp (2), buôn bán tại chợ (2) và xây dựng (1).', [['union_grassroots', 8, 'count', 'stock', 'exact'], ['union_members', 642, 'count', 'stock', 'exact'], ['union_grassroots', 3, 'count', 'stock', 'exact'], ['union_grassroots', 2, 'count', 'stock', 'exact'], ['union_grassroots', 2, 'count', 'stock', 'exact'], ['union_grassroots', 1, 'count', 'stock', 'exact']]],
    // A clause of its own after a comma ("…, nhưng", "…, trong khi") keeps a strike or a presence it names from the figure
    // before it; "con số" before a noun is its count; workers joined to a union past a place are members who joined.
    ['Năm 2019 Công ty đã có CĐCS với 2.180 đoàn viên, nhưng Chủ tịch CĐCS là trợ lý của Tổng Giám đốc nên công nhân không tìm đến công đoàn mà tự ý ngừng việc.', [['union_members', 2180, 'count', 'stock', 'exact']]],
    ['Năm 2019 có 1.100 công nhân của công ty ngừng việc vì bị nợ lương tháng 7 và tháng 8, trong khi CĐCS công ty chỉ có 640 đoàn viên.', [['union_members', 640, 'count', 'stock', 'exact']]],
    ['Năm 2024 Công đoàn công ty có 3.150 đoàn viên nên ai cũng muốn góp mặt, cổ vũ cho đội nhà.', [['union_members', 3150, 'count', 'stock', 'exact']]],
    ['Đến năm 2024, con số tổ chức cơ sở đảng đã tăng lên 68.', [['party_organizations', 68, 'count', 'stock', 'exact']]],
    ['Năm 2024 đã có 38 người lao động nước ngoài tại 9 doanh nghiệp được kết nạp vào công đoàn cơ sở.', [['union_members', 38, 'count', 'flow', 'exact'], ['enterprises', 9, 'count', 'stock', 'exact']]],
    // Data boxes, a figure on its line and its label on the next: the label ends its box ("1.426" / "trong số đó …" / "96" / "chi bộ …").
    ['Năm 2023:\n1.426\ntrong số đó là công nhân trực tiếp sản xuất\n96\nchi bộ, đảng bộ cơ sở thành lập mới trong doanh nghiệp ngoài nhà nước', [['party_organizations', 96, 'count', 'flow', 'exact']]],
    // A department named for planning ("Sở Kế hoạch và Đầu tư") sets no goal; firms registered as idled, dissolved or back are a flow.
    ['Theo số liệu của Sở Kế hoạch và Đầu tư, năm 2024 toàn tỉnh có 312 doanh nghiệp thành lập mới.', [['enterprises', 312, 'count', 'flow', 'exact']]],
    ['Năm 2024 có 1.064 doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn, 237 doanh nghiệp hoàn tất thủ tục giải thể, 153 doanh nghiệp đăng ký hoạt động trở lại.', [['enterprises', 1064, 'count', 'flow', 'exact'], ['enterprises', 237, 'count', 'flow', 'exact'], ['enterprises', 153, 'count', 'flow', 'exact']]],
    // A rate named with its hedge and no verb ("tỉ lệ đoàn viên trên 98% số người lao động") is the named rate, of the whole after it.
    ['Năm 2024 Công đoàn phấn đấu kết nạp mới 600 đoàn viên, bảo đảm tỉ lệ đoàn viên trên 98% số người lao động.', [['union_members', 600, 'count', 'target', 'exact'], ['union_members', 98, 'percent', 'target', 'more_than']]],
    // A quiz's options under its question are no facts; its answer is.
    ['Câu 7: Đến ngày 31/12/2024, Đảng bộ Khối có bao nhiêu chi bộ và bao nhiêu đảng viên?\nA. 31 chi bộ, 548 đảng viên; B. 35 chi bộ, 590 đảng viên; C. 38 chi bộ, 612 đảng viên.\nĐáp án: C. Có 38 chi bộ với 612 đảng viên.', [['party_organizations', 38, 'count', 'stock', 'exact'], ['party_members', 612, 'count', 'stock', 'exact']]],
    // Series by year: ", năm 2021 có 19", "năm 2024 lên 5" say the year's figure; a later year's step of a series of
    // admissions ("năm 2021 … vẫn tăng lên 61 đảng viên", "năm cao nhất là 2022 với 74 đảng viên") is admissions; the bare
    // states after a change's end ("lên 101 (năm 2021), 107 (năm 2022) …") are states.
    ['Năm 2020 có 17 doanh nghiệp, năm 2022 có 24, năm 2023 có 27 và đến tháng 5/2024 là 29 doanh nghiệp.', [['enterprises', 17, 'count', 'stock', 'exact'], ['enterprises', 24, 'count', 'stock', 'exact'], ['enterprises', 27, 'count', 'stock', 'exact'], ['enterprises', 29, 'count', 'stock', 'exact']]],
    ['Năm 2019 toàn Đảng bộ kết nạp 45 đảng viên, năm 2020 là 52, năm 2021 dù chịu ảnh hưởng của dịch Covid-19 vẫn tăng lên 61 đảng viên.', [['party_admissions', 45, 'count', 'flow', 'exact'], ['party_admissions', 52, 'count', 'flow', 'exact'], ['party_admissions', 61, 'count', 'flow', 'exact']]],
    ['Năm 2019 kết nạp 45 đảng viên; đến năm 2023 số đảng viên tăng lên 610 đảng viên.', [['party_admissions', 45, 'count', 'flow', 'exact'], ['party_members', 610, 'count', 'stock', 'exact']]],
    ['Từ năm 2018 đến năm 2022, mỗi năm bình quân kết nạp 58 đảng viên; năm cao nhất là 2022 với 74 đảng viên.', [['party_admissions', 58, 'count', 'flow', 'exact'], ['party_admissions', 74, 'count', 'flow', 'exact']]],
    ['Năm 2024 số tổ chức đảng tăng từ 96 (năm 2020) lên 101 (năm 2021), 107 (năm 2022) và 121 vào tháng 5/2024.', [['party_organizations', 96, 'count', 'stock', 'exact'], ['party_organizations', 101, 'count', 'stock', 'exact'], ['party_organizations', 107, 'count', 'stock', 'exact'], ['party_organizations', 121, 'count', 'stock', 'exact']]],
    // Workers admitted to the Party past the places they work, listed: those admitted.
    ['Năm 2024 có 190 người lao động ở các khu chế xuất, khu công nghiệp được kết nạp Đảng.', [['party_admissions', 190, 'count', 'flow', 'exact']]],
    ['Năm 2024 công ty có 1.200 công nhân tại 3 nhà máy, trong đó 30 người được kết nạp Đảng.', [['workers', 1200, 'count', 'stock', 'exact'], ['party_admissions', 30, 'count', 'flow', 'exact']]],
    // A fact sheet: a short line of its own naming a count ("Đảng viên", "Công đoàn cơ sở") says what the labels of the line
    // under it count, a deed in the label what befell them, the periods a label names aside.
    ['Báo cáo năm 2024.\n\nĐảng viên\nTổng số: 964. Trong đó nữ: 312.\n\nPhát triển đảng viên\nTừ đầu năm đến hết tháng 5/2024: 38 người.\n\nCông đoàn cơ sở\nThành lập mới trong 5 tháng: 4.', [['party_members', 964, 'count', 'stock', 'exact'], ['party_members', 312, 'count', 'stock', 'exact'], ['party_admissions', 38, 'count', 'flow', 'exact'], ['union_grassroots', 4, 'count', 'flow', 'exact']]],
    // A firm's workforce told unit by unit (shifts, workshops, departments, teams): each unit's part of it; a state said by a
    // body of its own past a ";" after a deed is no deed's.
    ['Năm 2024 công nhân làm việc theo 3 ca: ca sáng 1.520 người, ca chiều 1.410 người và ca đêm 930 người.', [['workers', 1520, 'count', 'stock', 'exact'], ['workers', 1410, 'count', 'stock', 'exact'], ['workers', 930, 'count', 'stock', 'exact']]],
    ['Năm 2024 công ty có 5.930 lao động, gồm xưởng may 2.860 người, xưởng đế 790 người và khối văn phòng 140 người.', [['workers', 5930, 'count', 'stock', 'exact'], ['workers', 2860, 'count', 'stock', 'exact'], ['workers', 790, 'count', 'stock', 'exact'], ['workers', 140, 'count', 'stock', 'exact']]],
    ['Năm 2024 Công đoàn các KCN đã giới thiệu 112 đoàn viên ưu tú cho tổ chức đảng; Đoàn Thanh niên các KCN có 45 tổ chức cơ sở đoàn, 8.930 đoàn viên.', [['referrals', 112, 'count', 'flow', 'exact'], ['youth_organizations', 45, 'count', 'stock', 'exact'], ['youth_members', 8930, 'count', 'stock', 'exact']]],
    // A bracket right after the noun is passed over ("209 đoàn viên (chiếm 40,8%) đã được kết nạp vào Đảng"), and says nothing
    // of the figure itself ("11 đảng viên (chưa tính 02 đồng chí vừa được kết nạp)"); a share of all referred, in a bracket right
    // after those referred, is theirs.
    ['Năm 2023 LĐLĐ tỉnh giới thiệu 512 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng; có 209 đoàn viên (chiếm 40,8%) đã được kết nạp vào Đảng.', [['referrals', 512, 'count', 'flow', 'exact'], ['party_admissions', 209, 'count', 'flow', 'exact'], ['party_admissions', 40.8, 'percent', 'share', 'exact']]],
    ['Năm 2023 Công đoàn Khu kinh tế Phú Quốc giới thiệu 64 đoàn viên (12,5% tổng số đoàn viên được giới thiệu toàn tỉnh).', [['referrals', 64, 'count', 'flow', 'exact'], ['referrals', 12.5, 'percent', 'share', 'exact']]],
    // A goal's own period after the figure dates no result before it; a breakdown ("gồm") after a bracket breaks down the
    // count before the bracket.
    ['Sau 3 năm, toàn thành phố đã thành lập mới 74 tổ chức đảng, đạt 74% mục tiêu đến năm 2025 (100 tổ chức).', [['party_organizations', 74, 'count', 'flow', 'exact'], ['party_organizations', 74, 'percent', 'achievement', 'exact'], ['party_organizations', 100, 'count', 'target', 'exact']]],
    ['Đến cuối năm 2023, toàn Đảng bộ có 623 tổ chức cơ sở đảng (tăng 18 tổ chức so với năm 2022), gồm 171 đảng bộ và 452 chi bộ.', [['party_organizations', 623, 'count', 'stock', 'exact'], ['party_organizations', 18, 'count', 'flow', 'exact'], ['party_organizations', 171, 'count', 'stock', 'exact'], ['party_organizations', 452, 'count', 'stock', 'exact']]],
    // A step of a series told sentence by sentence with its verb left out counts what the step before did (a deed or a plan).
    ['Năm 2022, kết nạp 17 đảng viên. Năm 2023, 24 đảng viên. 11 tháng năm 2024, 19 đảng viên.', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_admissions', 24, 'count', 'flow', 'exact'], ['party_admissions', 19, 'count', 'flow', 'exact']]],
    ['Năm 2022, phấn đấu kết nạp 30 đảng viên. Năm 2023, 35 đảng viên.', [['party_admissions', 30, 'count', 'target', 'exact'], ['party_admissions', 35, 'count', 'target', 'exact']]],
    // A state after a series step is no step: the sentence says more than a period and a figure, the step before named another
    // noun, or the sentence before opens with no period.
    ['Năm 2022, kết nạp 17 đảng viên. Năm 2023, toàn Đảng bộ có 1.024 đảng viên.', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_members', 1024, 'count', 'stock', 'exact']]],
    ['Năm 2022, thành lập mới 3 chi bộ. Năm 2023, 240 đảng viên.', [['party_organizations', 3, 'count', 'flow', 'exact'], ['party_members', 240, 'count', 'stock', 'exact']]],
    ['Đảng bộ kết nạp 17 đảng viên. Năm 2023, 240 đảng viên.', [['party_admissions', 17, 'count', 'flow', 'exact'], ['party_members', 240, 'count', 'stock', 'exact']]],
    // People opening a line under a fact sheet's heading are what the heading counts.
    ['Đảng viên\n312 đồng chí. Trong đó 74 đồng chí là người dân tộc thiểu số.', [['party_members', 312, 'count', 'stock', 'exact'], ['party_members', 74, 'count', 'stock', 'exact']]],
    // People admitted, a part of those who joined the union, with no Party named, joined the union; those admitted to the
    // Party, broken down by their work in the sentence after.
    ['Năm 2024, đã có 2.580 người lao động đăng ký gia nhập công đoàn qua Zalo, trong đó 2.104 người đã được kết nạp.', [['union_members', 2580, 'count', 'flow', 'exact'], ['union_members', 2104, 'count', 'flow', 'exact']]],
    ['Năm 2024, toàn tỉnh kết nạp 1.486 đảng viên trong doanh nghiệp. Trong đó có 1.402 công nhân lao động và 84 chủ doanh nghiệp.', [['party_admissions', 1486, 'count', 'flow', 'exact'], ['party_admissions', 1402, 'count', 'flow', 'exact'], ['party_admissions', 84, 'count', 'flow', 'exact']]],
    ['Năm 2024, toàn tỉnh có 1.486 đảng viên trong doanh nghiệp. Trong đó có 1.402 công nhân lao động.', [['party_members', 1486, 'count', 'stock', 'exact'], ['workers', 1402, 'count', 'stock', 'exact']]],
    // Examples of bodies that did much, the deed named before them, count that deed; a bracket of workers after it does not.
    ['Năm 2021, nhiều đảng bộ kết nạp được số lượng lớn như Đảng bộ Công ty Xi măng Long Sơn (28 đảng viên), Đảng bộ Công ty Giày Thanh Hưng (21 đảng viên).', [['party_admissions', 28, 'count', 'flow', 'exact'], ['party_admissions', 21, 'count', 'flow', 'exact']]],
    ['Năm 2021, nhiều chi bộ kết nạp được nhiều đảng viên như Chi bộ Công ty May Sơn Hà (1.200 công nhân).', [['workers', 1200, 'count', 'stock', 'exact']]],
    // Workers deployed, their clause ending with them, are a site's workforce.
    ['Năm 2024, nhà thầu huy động 2.100 lao động, trong đó khoảng 700 người là lao động địa phương.', [['workers', 2100, 'count', 'stock', 'exact'], ['workers', 700, 'count', 'stock', 'about']]],
    // Workers away from home, with what they send home after them; a fraction of counts unhedged stays counts.
    ['Năm 2024, cả huyện có trên 11.000 lao động đi làm ăn xa, gửi về quê mỗi năm hàng trăm tỷ đồng.', [['workers', 11000, 'count', 'stock', 'more_than']]],
    ['Năm 2024, 38/46 doanh nghiệp có tổ chức đảng.', [['enterprises', 38, 'count', 'stock', 'exact'], ['enterprises', 46, 'count', 'stock', 'exact']]],
    // The year of a quarter is no count.
    ['Năm 2024, kết nạp 50 đảng viên. Hội nghị tiếp theo tổ chức vào quý III/2024.', [['party_admissions', 50, 'count', 'flow', 'exact']]],
    // A quota of Party members handed out is a quota of admissions, its items too; what was done after it, with "đã", is done.
    ['Năm 2024, chỉ tiêu được giao cụ thể: Đảng ủy phường Điện Biên Phủ 15 đảng viên, Đảng ủy phường Mường Thanh 12 đảng viên.', [['party_admissions', 15, 'count', 'target', 'exact'], ['party_admissions', 12, 'count', 'target', 'exact']]],
    ['Năm 2024, Đảng bộ Công ty May Hưng Nguyên được giao 20 đảng viên, đến nay đã kết nạp 24, đạt 120%.', [['party_admissions', 20, 'count', 'target', 'exact'], ['party_admissions', 24, 'count', 'flow', 'exact'], ['party_admissions', 120, 'percent', 'achievement', 'exact']]],
    ['Năm 2025, phấn đấu toàn Đảng bộ có 1.500 đảng viên.', [['party_members', 1500, 'count', 'target', 'exact']]],
    // A plan named by its deed after a rate; a place in a ranking is no count.
    ['6 tháng đầu năm 2023, LĐLĐ thành phố đã phát triển mới 4.126 đoàn viên, thành lập 31 CĐCS, đạt 68,8% chỉ tiêu cả năm về phát triển đoàn viên.', [['union_members', 4126, 'count', 'flow', 'exact'], ['union_grassroots', 31, 'count', 'flow', 'exact'], ['union_members', 68.8, 'percent', 'achievement', 'exact']]],
    ['Năm 2022, công ty có 1.200 lao động và lọt Top 10 doanh nghiệp công nghệ số Việt Nam.', [['workers', 1200, 'count', 'stock', 'exact']]],
    // A quota of each ("mỗi … ít nhất N") is a goal, not what each did ("đã", or "được" after the verb).
    ['Mỗi công đoàn cấp trên cơ sở giới thiệu ít nhất 10 đoàn viên ưu tú cho tổ chức đảng xem xét, bồi dưỡng.', [['referrals', 10, 'count', 'target', 'at_least']]],
    ['Mỗi CĐCS ở doanh nghiệp đã có tổ chức đảng giới thiệu ít nhất 1 đoàn viên ưu tú mỗi năm.', [['referrals', 1, 'count', 'target', 'at_least']]],
    ['Năm 2023, mỗi chi bộ đã kết nạp ít nhất 1 đảng viên.', [['party_admissions', 1, 'count', 'flow', 'at_least']]],
    ['Mỗi CĐCS ở doanh nghiệp đã có chi bộ đều giới thiệu được ít nhất 02 đoàn viên.', [['referrals', 2, 'count', 'flow', 'at_least']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('extractFacts: numbers that are not facts', () => {
  it.each([
    // Ratios, "not one", suppositions, support, those present and those met, villages.
    // The gap to a target said the other way round; delegates of bodies at a conference.
    // Densities per head of population, shares of the economy, students of a trade course.
    'Các cấp ủy đã quán triệt, triển khai thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XII đến 100% chi bộ.',
    // Firms honoured; people who came to celebrate or to watch; those who took part in an event named before them; people
    // not yet admitted; a ratio in words; only one, of places said in general.
    'Dịp này, 10 doanh nghiệp tiêu biểu trong thực hiện chính sách đối với người lao động được UBND tỉnh tặng Bằng khen.',
    'Hơn 50 đoàn viên, công nhân cùng tổ, cùng chuyền với chị Nhung đến chung vui.',
    'Đợt hiến máu tháng 6 vừa qua có 120 đoàn viên, công nhân tham gia.',
    'Số quần chúng đã qua lớp nhưng chưa được kết nạp hiện là 190 người, đây là nguồn để kết nạp trong những tháng cuối năm.',
    'Bây giờ, trong tổ của chị, cứ mười người thì có hai, ba người đã học lớp cảm tình Đảng.',
    'Ở vùng than, có những phân xưởng hàng trăm thợ lò nhưng chỉ có một chi bộ.',
    // Bare figures whose only noun after them is that of a cause.
    'Từ đầu nhiệm kỳ đến nay, huyện thành lập mới 7, giải thể 2 do doanh nghiệp ngừng hoạt động.',
    // Bodies and members rated, and the shares of those rated.
    'Kết quả đánh giá, xếp loại chất lượng năm 2019, có 28 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 29,2%), 59 hoàn thành tốt nhiệm vụ.',
    'Về đảng viên, 2.418 ĐV đủ tư cách hoàn thành tốt nhiệm vụ, 214 ĐV đủ tư cách hoàn thành xuất sắc nhiệm vụ.',
    'Năm 2020, có 836 công đoàn cơ sở đạt "Công đoàn cơ sở vững mạnh", chiếm 74,8%.',
    // Lower grades in a sentence that reports ratings; students of a trade.
    'Kết quả đánh giá, xếp loại chất lượng hoạt động năm 2025: 132 công đoàn cơ sở hoàn thành nhiệm vụ; 42 công đoàn cơ sở không xếp loại do mới thành lập.',
    'Công ty mở lớp đào tạo nghề chế biến chè cho 40 học viên.',
    // Those in a model of work.
    'Trong thời gian giãn cách xã hội năm 2021, hơn 600 đoàn viên tham gia mô hình “3 tại chỗ”.',
    // Suppositions, wherever they start.
    'Đại diện một chủ đầu tư ví dụ: "Giả sử một công trường có 300 công nhân, chỉ cần 3 người là đảng viên chính thức là đủ lập chi bộ.',
    '"Giá như có được 5 chi bộ ở các doanh nghiệp lớn trong KCN thì việc tập hợp công nhân sẽ thuận lợi hơn nhiều", ông nói.',
    // A rate of workers leaving their jobs.
    'Sau 5 năm có chi bộ, ông nhận thấy tỷ lệ công nhân nghỉ việc giảm từ 18% xuống còn 7%.',
    // A year said to be a year of something; two figures in a row with a comma alone are a range said loosely.
    'Năm 2025 là năm tổ chức công đoàn tỉnh thực hiện sắp xếp bộ máy theo mô hình chính quyền địa phương 2 cấp.',
    // One of a set that is only described, or that is to be admitted; contestants.
    'Đây là một trong hai đảng bộ có số đảng viên đông nhất tỉnh.',
    'Chị Mai hiện là một trong 12 đoàn viên công đoàn đang được chi bộ công ty bồi dưỡng để xem xét kết nạp Đảng.',
    'Hội thi năm nay có 45 thợ giỏi đến từ các doanh nghiệp trong tỉnh.',
    'Từ 7 giờ 30 phút, 692/1.480 công nhân ở các bộ phận may, gò ráp và đóng gói không vào xưởng làm việc.',
    'Mục tiêu đến năm 2030, thành phố phấn đấu đạt 30 doanh nghiệp hoạt động/1.000 dân; kinh tế tư nhân tăng trưởng bình quân 12-13%/năm, đóng góp trên 55% GRDP.',
    'Khóa kế toán thực hành tổng hợp: giảm 30% học phí, chỉ còn 1.490.000đ cho 50 học viên đăng ký sớm.',
    // Those honoured and those given gifts; both figures of a fraction of bodies rated.
    'Dịp này, 63 đảng viên trong Đảng bộ được trao Huy hiệu 30, 40, 45 năm tuổi Đảng.',
    'Dịp đón Xuân, Ban Thường vụ Đảng ủy Khối đã thăm, tặng quà 25 đảng viên lão thành, gia đình chính sách.',
    'Thực hiện Hướng dẫn 03/HD-TLĐ, 160/160 CĐCS khu vực doanh nghiệp đã được đánh giá, xếp loại.',
    // Rates of contracts, insurance and jobs.
    'Nhiệm kỳ qua, 100% người lao động được ký hợp đồng lao động, tham gia BHXH, BHYT đầy đủ.',
    'Đại hội đề ra mục tiêu nhiệm kỳ 2023 - 2028: phấn đấu 100% người lao động có việc làm ổn định.',
    // A class of firms by size, without "có".
    // A share of capital, a share of wages, an activity held at firms, a regular activity, the firms' own business plans,
    // a slogan in quotes, what each person is put in charge of.
    'Đề nghị doanh nghiệp hỗ trợ 100% tiền lương cho công nhân trong những ngày đi học lớp bồi dưỡng.',
    'Năm 2025 tổ chức đối thoại tại 100% doanh nghiệp có công đoàn.',
    'Phấn đấu duy trì 100% chi bộ sinh hoạt chuyên đề ít nhất 1 lần/quý.',
    'Hầu hết các doanh nghiệp đạt trên 50% kế hoạch doanh thu năm.',
    'Công ty hoàn thành 48,5% kế hoạch sản lượng năm.',
    'Mỗi Ủy viên Ban Thường vụ Tỉnh Đoàn phụ trách ít nhất một doanh nghiệp.',
    'Tuy nhiên, nhiều doanh nghiệp dưới 10 lao động chưa đủ điều kiện thành lập công đoàn.',
    // A rate of leaving work.
    'Mỗi năm có khoảng 20% lao động ở các doanh nghiệp FDI nghỉ việc hoặc chuyển nơi làm việc.',
    // The rate of an activity.
    'Nhờ vậy, tỷ lệ đảng viên tham gia sinh hoạt luôn đạt trên 95%.',
    // Those inspected or supervised, the parts of them, and what an inspection of a practice covers.
    'Đảng ủy Khối đã kiểm tra 12 tổ chức đảng và 18 đảng viên; giám sát chuyên đề 9 tổ chức đảng và 14 đảng viên, trong đó có 6 đảng viên là cấp ủy viên.',
    'UBKT các cấp cũng kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí tại 15 TCCSĐ.',
    // Strikers, a yearly growth rate, a share of copies or of money spent, a date after a day word.
    '(BAG) - Sáng 13/10, hơn 1.200 công nhân Công ty TNHH Giày da Phú Thành Lợi (KCN Thạnh Lộc, khu vực Kiên Giang cũ) đồng loạt ngừng việc.',
    'Doanh thu của các doanh nghiệp tăng bình quân 8 - 10%/năm.',
    'Toàn tỉnh có thỏa ước lao động tập thể với tổng số 214 bản, trong đó 48 bản được đánh giá xếp loại A, chiếm 22,4%.',
    'Tổng chi tài chính công đoàn là 72,7 tỷ đồng, trong đó chi trực tiếp chăm lo, bảo vệ, đào tạo đoàn viên và NLĐ chiếm 58,4%.',
    'Lương tháng 9 lẽ ra được trả vào ngày 10/10 nhưng đến ngày 13/10 công ty vẫn chưa chi trả.',
    'Bí thư Đảng ủy Khối thẳng thắn: “Còn 13 đảng viên nữa mới đạt chỉ tiêu.”',
    'Tại hội nghị, đại diện 11 tổ chức đảng doanh nghiệp đã tham luận, chia sẻ kinh nghiệm.',
    'Số công đoàn cơ sở thành lập mới trong quý bằng 105% so với cùng kỳ; số đoàn viên công đoàn tăng 8,5%.',
    'Số đoàn viên giảm 12% so với năm 2023.',
    'Ngày hội Thanh niên công nhân đã thu hút hơn 2.000 đoàn viên thanh niên tham gia với 15 hoạt động.',
    'Đội hình "Thanh niên tình nguyện KKT Nghi Sơn" gồm 45 đoàn viên duy trì hoạt động thường xuyên.',
    'Cuộc thi "Thợ giỏi" năm 2023 có 40 thí sinh thì 11 người là đoàn viên của Công ty.',
    'Như vậy còn thiếu 336 đảng viên.',
    'Đợt này, Đảng bộ có 68 đảng viên vinh dự được nhận Huy hiệu Đảng, trong đó: Huy hiệu 75 năm tuổi Đảng: 1 đồng chí; Huy hiệu 30 năm tuổi Đảng: 18 đồng chí.',
    'Ủy ban Kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 5 đảng viên.',
    'Ủy ban Kiểm tra Đảng ủy Khối thi hành kỷ luật khiển trách 1 đảng viên vi phạm.',
    'Ủy ban Kiểm tra các cấp đã kiểm tra 14 tổ chức đảng và 23 đảng viên; thi hành kỷ luật 5 đảng viên.',
    'Công đoàn cơ sở công ty có Ban Chấp hành gồm 7 đồng chí.',
    // A numbered shift, those at a forum: a size and attendance, no counts.
    'Mỗi quý, Tổng Giám đốc người Nhật ngồi đối diện gần 100 công nhân để nghe họ nói.',
    'Mỗi năm công ty cử khoảng 15 công nhân giỏi sang Nhật tu nghiệp 3 tháng.',
    'Công ty làm việc 3 ca liên tục; riêng ca 3 tại xưởng lưu hóa có khoảng 320 công nhân.',
    'Cũng trong buổi sáng, hơn 200 công nhân Khu công nghiệp Phú Bài đã tham gia diễn đàn "Công nhân với Đảng".',
    'Một khảo sát nhanh do Công đoàn các KCN thực hiện với 500 công nhân tại 8 doanh nghiệp cho thấy 68% người được hỏi muốn vào công đoàn.',
    'Tính ra, gần 400 công nhân mới có 1 đảng viên.',
    'Lễ kết nạp được tổ chức ngay tại nhà ăn ca, trước gần 600 công nhân đang nghỉ trưa.',
    'Ngay sau buổi lễ, hơn 200 đoàn viên, thanh niên đã ra quân dọn vệ sinh tuyến bờ kè.',
    'Phong trào "Doanh nghiệp giỏi" có 18 doanh nghiệp được UBND huyện tôn vinh.',
    'Đại hội phấn đấu hằng năm 95% trở lên hộ hội viên đạt danh hiệu sản xuất giỏi.',
    'Đại hội phấn đấu hằng năm 95% trở lên hội viên được học tập, quán triệt nghị quyết của Hội.',
    'Hằng năm có trên 90% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
    '100% đảng viên được giao nhiệm vụ gắn với dây chuyền sản xuất.',
    // Those at an event.
    'Tham gia lễ ra quân có hơn 250 đoàn viên thanh niên công nhân đến từ các công ty chè.',
    'Gần 200 học viên đã tham dự tại điểm cầu chính ở TP Quy Nhơn và 10 điểm cầu trực tuyến.',
    'Năm 2025, cuộc thi thu hút hơn 12.500 lượt người dự thi, trong đó có hơn 3.000 đảng viên, đoàn viên, người lao động ở các doanh nghiệp tham gia.',
    // The rules for a committee's size; activities of those counted after a rate.
    'Số lượng ủy viên Ban Chấp hành CĐCS dưới 30 đoàn viên không quá 3 người; từ 30 đến dưới 100 đoàn viên không quá 7 người.',
    '100% cấp ủy viên cơ sở được bồi dưỡng nghiệp vụ; 100% cơ sở đoàn tổ chức học tập chuyên đề.',
    'Khoảng 40% lao động chưa qua đào tạo nghề.',
    'Đến năm 2030, tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 100%.',
    'Công ty khai thác được 6.250 tấn mủ quy khô, đạt 48,6% kế hoạch năm.',
    'Công đoàn cơ sở công ty có 23 công đoàn bộ phận.',
    'Nhiều doanh nghiệp có thời điểm phải cho 1/3 lao động nghỉ luân phiên.',
    'Số thu kinh phí công đoàn năm 2023 đạt 104% dự toán.',
    'Năm 2024 chỉ xảy ra 1 vụ ngừng việc tại một doanh nghiệp, kéo dài 2 ngày với hơn 700 công nhân tham gia, do doanh nghiệp chậm trả lương.',
    '5 tháng đầu năm, xảy ra 2 vụ ngừng việc tập thể tại 2 công ty với khoảng 3.500 người tham gia.',
    'Nói cách khác, cứ 200 công nhân mới có 1 đảng viên.',
    'Có những chi đoàn bản cả năm không giới thiệu được một đoàn viên nào.',
    'Giả sử mỗi tổ chức đảng trong doanh nghiệp chỉ cần kết nạp 1 đảng viên mỗi năm, con số ấy đã không dừng ở 48.',
    'Công đoàn hỗ trợ 2.465 đoàn viên có hoàn cảnh khó khăn với tổng số tiền 4,3 tỷ đồng.',
    'Cùng dự có đồng chí Trưởng Ban Tổ chức Tỉnh ủy, lãnh đạo LĐLĐ tỉnh và đại diện 35 doanh nghiệp trong các KCN.',
    'Chiều 27/5, đồng chí Bí thư Tỉnh ủy đã đối thoại với hơn 400 đoàn viên, công nhân lao động tại các khu công nghiệp.',
    'Đến cuối năm 2024, 100% bản có đảng viên.',
    'Nghị quyết 28-NQ/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy.',
    'Đại hội Đảng bộ tỉnh lần thứ XIII, nhiệm kỳ 2020-2025.',
    'Sáng 23/4, hơn 200 đại biểu tham dự hội nghị.',
    'Khối thi đua số 1 gồm 12 đơn vị.',
    'Hỗ trợ 500 triệu đồng cho công nhân lao động.',
    'Tặng 25 bằng khen cho các tập thể có thành tích.',
    'Trong 02 ngày (01 - 02/6/2024), hội nghị diễn ra sôi nổi.',
    'Liên hệ: 0271.3879.123.',
    'Đang truy cập1,180 Hôm nay122,974',
    'Thực hiện giai đoạn 2021 – 2025.',
    'Theo Quyết định số 151-QĐ/TU của Tỉnh ủy.',
    'Hai đơn vị trao đổi kinh nghiệm.',
    'Dịp này, Thị ủy khen thưởng 4 tập thể, 10 cá nhân có thành tích xuất sắc.',
    'Sau hơn 02 năm hoạt động, từ một Đảng bộ nhỏ.',
    'Thực hiện Chỉ thị 07-CT/TW của Ban Bí thư.',
    'Thời gian chờ: 60 giây.',
    'Công ty có vốn đầu tư 15 triệu USD.',
    'Tổ công tác gồm 7 đồng chí.',
    'Học sinh lớp 12 trường THPT.',
    'Doanh nghiệp có từ 30 lao động trở lên phải thành lập công đoàn.',
    'Theo Điều 5 Luật Công đoàn năm 2012.',
    'Tăng trưởng kinh tế đạt 8,5%.',
    'Xếp hạng: 5 - 1 phiếu bầu.',
    'Đảng ủy Khối phối hợp 3 nhóm nội dung.',
    'Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII.',
    'Điện thoại: 0913 456 789.',
    'Ngày 8-1, đoàn công tác làm việc tại 3 xã.',
    'Các tin khác 16/06/2021, 19:55.',
    'Đề nghị tặng Huy hiệu Đảng cho 37 đồng chí.',
    'Chuyển đảng chính thức cho 61 đảng viên dự bị.',
    'Tặng giấy khen cho 8 tổ chức đảng, 14 đảng viên.',
    'Khoảng 1.500 thanh niên công nhân tham gia ngày hội.',
    'Phấn đấu tỷ lệ doanh nghiệp FDI có trên 200 lao động thành lập công đoàn.',
    // Beneficiaries of a programme or a service, honours listed under their heading, a team's size in a story.
    'Công đoàn phối hợp tổ chức chương trình "Tết Sum vầy" cho 2.500 công nhân không về quê.',
    'LĐLĐ tổ chức khám sức khỏe miễn phí cho 1.000 đoàn viên công đoàn.',
    '- Bằng khen của LĐLĐ tỉnh: 25 CĐCS vững mạnh xuất sắc và 48 đoàn viên tiêu biểu.',
    'Chị Năm, tổ trưởng tổ fillet cá với 40 người, được kết nạp Đảng vào tháng 3.',
    'Nhóm thợ hàn gồm 12 người của phân xưởng được kết nạp vào Công đoàn.',
    'Chị Xuyến, tổ trưởng tổ lột tôm với 60 công nhân, vừa được kết nạp vào Đảng hồi tháng 8.',
    'Mỗi ca có khoảng 300 công nhân, nhiều tổ trưởng là đảng viên trẻ.',
    // People present at an event, and "a few".
    'Hơn 1.000 đoàn viên, người lao động đã tham dự buổi lễ.',
    'Quý I tổ chức 5 đợt ra quân tình nguyện với sự tham gia của hơn 300 đoàn viên, thanh niên.',
    'Hội thao có sự tham gia của gần 1.200 công nhân lao động trong khu công nghiệp.',
    'Dự có ông Lộc, Phó Chủ tịch LĐLĐ tỉnh; đại diện Ban Quản lý các KCN và hơn 300 công nhân.',
    'Một số CĐCS mỗi tháng chỉ tăng được dăm ba đoàn viên.',
    'LĐLĐ tổ chức 36 lớp tập huấn nghiệp vụ cho hơn 2.150 cán bộ công đoàn cơ sở.',
    'Tham gia hội thi có 12 đội thi của 12 công đoàn cơ sở với 48 thí sinh.',
    'Công đoàn tổ chức Chuyến xe Công đoàn đưa 1.500 công nhân về quê đón Tết.',
    'Hơn 1.000 công nhân được xe công đoàn đưa về quê đón Tết.',
    'Chị Hằng, tổ trưởng một chuyền lắp ráp 60 người, là đảng viên được kết nạp năm 2024.',
    'Đây là một trong hai đảng bộ trực thuộc Tỉnh ủy.',
    'Ngày hội thu hút hơn 2.000 đoàn viên, thanh niên tham gia.',
    'Hơn 1.500 đoàn viên, thanh niên công nhân đã tham gia ngày hội.',
    // Classes of general education, held by a Party committee: "Đảng ủy" names who holds them, not a Party class.
    'Vì vậy, năm 2020, Đảng ủy phối hợp với Công đoàn mở 2 lớp bổ túc văn hóa cho 64 công nhân.',
    'Đảng ủy mở lớp tin học cho 30 đảng viên.',
    // Incidents counted in "vụ".
    'Nhờ làm tốt công tác an toàn, năm 2020 số vụ tai nạn lao động giảm 2 vụ so với năm trước.',
    // Youth Union awareness classes; dues collected against what is due.
    'Phối hợp mở 24 lớp cảm tình Đoàn cho 1.860 thanh niên ưu tú.',
    'Việc thu kinh phí công đoàn 2% quỹ lương ở khu vực ngoài nhà nước mới đạt khoảng 40% số phải thu.',
    // What each person is to mentor; those a safety course is held for.
    'Bí thư Đảng ủy cho biết, mỗi cửa hàng trưởng là đảng viên đều được giao kèm cặp từ 1-2 nhân viên trẻ để tạo nguồn.',
    'Trong tháng 8, Sở sẽ phối hợp với Liên đoàn Lao động tỉnh mở lớp tập huấn kỹ thuật an toàn cho khoảng 185 người là chỉ huy trưởng mỏ.',
    // The members of a troupe; a share of revenue after a sum of money.
    'Chương trình văn nghệ do đội văn nghệ gồm 25 nữ đoàn viên công đoàn của công ty biểu diễn đã mang lại nhiều tiếng cười.',
    'Tổng doanh thu năm 2018 của các doanh nghiệp ước đạt 18.000 tỉ đồng, riêng gia công xuất khẩu phần mềm chiếm trên 70%.',
    // Those a worker mentors; firms rated to a standard; those present at an opening; hires at a monthly rate; students enrolled.
    'Năm qua, anh kèm cặp 10 công nhân mới thành thợ hàn bậc 3.',
    'Năm 2023 có thêm 15 doanh nghiệp đạt tiêu chuẩn Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động.',
    'Dự lễ khai mạc có lãnh đạo các sở, ngành và khoảng 1.500 công nhân lao động, đoàn viên công đoàn.',
    'Có DN mỗi tháng tuyển mới 200 - 300 người nhưng cũng nghỉ chừng ấy.',
    'Năm học 2023-2024, trường tuyển mới 1.850 sinh viên, tăng 11% so với năm trước.',
    // Those present, "dự" ending their clause; the partners of a deal for members.
    'Lễ phát động tổ chức tại Khu công nghiệp An Nghiệp, với khoảng 800 công nhân dự;',
    'Công đoàn ký kết thỏa thuận ưu đãi với 08 doanh nghiệp cung cấp dịch vụ cho đoàn viên.',
    'Công ty có 15 CB, CNV tham gia hội thao.',
    'Kết quả cho thấy có 11 TCCSĐ đạt trong sạch, vững mạnh tiêu biểu.',
    'Chương trình thu hút ~500 công nhân đến từ các doanh nghiệp chế biến thủy sản, may mặc trên địa bàn tham gia.',
    // Bodies just listed, counted again as a group; bodies honoured.
    'Tính chung 5 CĐCS kể trên đều hoạt động hiệu quả.',
    // Those taking part in an event named after them, in quotes or by its kind.
    'Hơn 1.500 đoàn viên, công nhân KCN Phố Nối tham gia "Chủ nhật Đỏ".',
    'Có 300 đoàn viên tham gia hiến máu tình nguyện.',
    // Tens, not a figure.
    'Có hàng chục doanh nghiệp chưa có công đoàn.',
    // Firms where something was done: a dialogue, a lawsuit, an inspection.
    'Trong tháng 3, đơn vị đã tổ chức đối thoại tại 6 doanh nghiệp.',
    'LĐLĐ tỉnh đã thực hiện quyền khởi kiện thay NLĐ đối với 5 doanh nghiệp.',
    '- Kiểm tra công tác an toàn, vệ sinh lao động tại 35 doanh nghiệp; kiến nghị khắc phục 71 tồn tại.',
    // Workers to be laid off.
    'Khi doanh nghiệp dự kiến cắt giảm 1.200 lao động, công đoàn đã đề nghị đối thoại.',
    // The rate of a plan of houses built, after the houses.
    'Năm 2022 các cấp công đoàn đã vận động xây mới 46 căn nhà và sửa chữa 18 căn, đạt 106,7% kế hoạch.',
    // "năm" right after a figure is the years it counts, not five.
    'Đây là lần đầu tiên sau 3 năm Chi bộ Công ty kết nạp được đảng viên mới.',
    // People called out for a task.
    'Huyện đoàn phối hợp Đoàn xã huy động khoảng 300 đoàn viên thanh niên tham gia nạo vét 2 km kênh mương nội đồng.',
    // Those disciplined stay members.
    'Năm 2023, Ủy ban Kiểm tra đã thi hành kỷ luật khiển trách 3 đảng viên.',
    // The expelled as one form of discipline among others listed.
    'Cấp ủy đã thi hành kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 2, cách chức 1, khai trừ 1.',
    // Those honoured for "học tập và làm theo tư tưởng … Hồ Chí Minh" (the campaign, no class) are no trainees.
    'Dịp này, Đảng ủy trao Huy hiệu 30 năm tuổi Đảng cho 2 đồng chí và khen thưởng 4 tập thể, 9 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    // Fishermen's guilds the sentence puts under the fisheries association, and their members.
    'Thị xã Sông Cầu hiện có 4 nghiệp đoàn nghề cá trực thuộc Hội Nghề cá thị xã, với 312 đoàn viên nghiệp đoàn và 64 tàu cá.',
    // Whom each member is to help, a list of verbs before them; a squad's size.
    'Chi bộ đã phân công mỗi đảng viên theo dõi, giúp đỡ hai đến ba công nhân có triển vọng.',
    'Đoàn Công ty thành lập đội hình 25 đoàn viên xung kích hỗ trợ cạo mủ ở các lô cao su xa.',
    // Those an inspection is of, however long what it inspects ("kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí … đối với").
    'Ủy ban Kiểm tra công bố quyết định kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm 2017 và 9 tháng đầu năm 2018 đối với 18 tổ chức cơ sở đảng trực thuộc.',
    // Doctors at an event are no workforce.
    'Ngay sau lễ phát động, 15 y, bác sĩ của Bệnh viện Hữu nghị Đa khoa Nghệ An đã khám bệnh, tư vấn sức khỏe miễn phí cho công nhân.',
    // Those whose finances are inspected; the share inspected, or paying their dues.
    'Ủy ban Kiểm tra kiểm tra tài chính đảng và việc thu, nộp đảng phí tại 10 tổ chức cơ sở đảng.',
    'Năm nay, 100% tổ chức cơ sở đảng trong Khối được kiểm tra việc thu, nộp đảng phí.',
    'Ủy ban Kiểm tra Đảng ủy kiểm tra ít nhất 20% tổ chức cơ sở đảng về thu, nộp đảng phí.',
    'Năm 2016, Ủy ban Kiểm tra kiểm tra 4 chi bộ, giám sát 12 đảng viên; 100% đảng viên đóng đảng phí đúng quy định.',
    'Đảng viên làm việc tại doanh nghiệp đóng đảng phí theo tỷ lệ 1% thu nhập hằng tháng.',
    'Bà Huỳnh Thị Mỹ Duyên tái đắc cử Chủ tịch Công đoàn cơ sở với tỷ lệ 98,2%.',
    'Các đại hội đã bầu 4.318 ủy viên ban chấp hành CĐCS, trong đó nữ chiếm 46,2%.',
    'Công đoàn phấn đấu 100% tổ công đoàn đăng ký và thực hiện tốt phong trào thi đua.',
    'Hội Phụ nữ xã vận động 45 chị em tham gia lớp truyền nghề do nghệ nhân trong ấp đứng lớp.',
    'Khu kinh tế Nghi Sơn: Bình quân 1 đảng viên/50 lao động.',
    'Đến năm 2025 nâng tỷ lệ lên bình quân 1 đảng viên/40 lao động.',
    'Cứ 10 doanh nghiệp FDI thì có tới 7 doanh nghiệp chưa có tổ chức đảng.',
    '"Mỗi ca có ít nhất một đảng viên làm tổ trưởng an toàn.',
    'Bình quân mỗi chi bộ có 8 đảng viên.',
    'Tại Công ty cổ phần Môi trường đô thị, phần vốn nhà nước chiếm 51%, tương đương 24,5 tỷ đồng.',
    'Tỉnh phấn đấu hoàn thành thoái vốn tại cả hai doanh nghiệp trong năm 2024.',
    'Trong cuộc bầu cử lần này, 4 cán bộ công đoàn của tỉnh được giới thiệu ứng cử đại biểu HĐND tỉnh.',
    'Kết quả sơ bộ có 19 đồng chí trúng cử đại biểu HĐND các cấp.',
    'Đảng ủy tổ chức phát thẻ đảng viên cho 64 đồng chí.',
    'Muốn kết nạp được một người phải mất một, hai năm theo dõi, bồi dưỡng.',
    'Ngày hội thu hút khoảng 1.200 thanh niên công nhân đang làm việc tại các doanh nghiệp trong khu công nghiệp và các cụm công nghiệp lân cận tham gia.',
    // A day and month stays a date when the rate after it is no ratio of the two.
    'Chiều 4/6 tổ chức hội nghị sơ kết, đạt 90% số đại biểu được triệu tập.',
    // The figures of a condition a question asks about.
    'Hỏi: Nếu công ty tôi có 30 công nhân cùng muốn đi học lớp bồi dưỡng nhận thức về Đảng thì công ty có phải bố trí thời gian không?',
    'Một công nhân khác hỏi: “Nếu công ty có 5 đảng viên thì đã đủ để lập chi bộ chưa?”',
    // The last of those an honour or a presence lists.
    'Dịp này, Đảng ủy các Khu công nghiệp tỉnh tặng Giấy khen cho Chi bộ và 5 đảng viên có thành tích tiêu biểu.',
    'Lễ kỷ niệm được tổ chức chiều 20-5, với sự tham dự của đại diện Huyện ủy Hải Hậu, Đảng ủy thị trấn Yên Định và 80 đảng viên, công nhân qua các thời kỳ.',
    // Probationers made full members ("chuyển đảng chính thức") are no change of the membership.
    '- Chuyển ĐV chính thức: 538.',
    // Those a union takes home are its welfare's travellers, no workforce.
    'Sáng 5/2, hơn 600 công nhân, người lao động mang theo vali, thùng quà, xếp hàng lên những chiếc xe khách dán băng rôn "Chuyến xe Công đoàn".',
    // An election's vote share, those present or absent at a congress, a pay rise, and the last of a list of those honoured.
    'Đồng chí Lưu Quốc Huy trúng cử Bí thư Chi bộ với số phiếu đạt 100%.',
    'Bà Thúy tái đắc cử Chủ tịch công đoàn cơ sở với 97,6% số phiếu.',
    '100% đảng viên trong Chi bộ có mặt tại Đại hội.',
    'Đại hội có 2 đảng viên vắng mặt có lý do.',
    'Công đoàn vận động Công ty tăng lương 2 lần, mỗi lần từ 5 - 6%.',
    'Đảng ủy thị trấn tặng giấy khen cho 2 tập thể và 5 đảng viên có thành tích xuất sắc.',
    // A number that ends the name of a unit, and codes.
    'Năm 2023 Chi bộ Nhà máy May 1 là chi bộ đông nhất của Đảng bộ.',
    'Công ty TNHH Hanwoo Vina 2 (mã số doanh nghiệp 4601346829) có trụ sở tại Lô CN3.',
    'Anh Quyết, thợ cơ điện bậc 4/7, mã số công nhân 02917, làm việc tại Nhà máy May 5.',
    'Năm 2023 chị chuyển sinh hoạt từ Chi bộ Xóm 4, xã Nghi Thuận về.',
    'Năm 2023 Đảng bộ sơ kết việc thực hiện KL 80 và NQ 28 tại các doanh nghiệp.',
    'Năm 2023 Đảng ủy thành lập tổ chức đảng tại doanh nghiệp có vốn NN dưới 50%.',
    // Those honoured, named by a label before their figure, and a correction's figures for people honoured.
    'Năm 2023, số tập thể được Chủ tịch LĐLĐ thành phố tặng Bằng khen không phải là 12 công đoàn cơ sở như bản tin đã nêu, mà là 21 công đoàn cơ sở.',
    'Bản đăng năm 2023 ghi "tuyên dương hơn 300 công nhân lao động tiêu biểu". Số liệu chính xác là 130 công nhân lao động.',
    // A training in skills for cadres is no Party-awareness class: those it is for are no trainees of ours.
    'Năm 2023, Đảng ủy Khối tổ chức hội nghị tập huấn nghiệp vụ công tác đảng viên cho hơn 200 đồng chí là bí thư, cán bộ làm công tác đảng vụ.',
    // Children, and the set of those singled out one is in.
    'Năm 2024 anh có 3 người con, con trai lớn đang học lớp 11.',
    'Năm 2025, chị là 1 trong 60 đoàn viên, người lao động tiêu biểu được LĐLĐ tỉnh tặng Bằng khen.',
    // Those given a ticket, a house or a trip: beneficiaries, no count of ours.
    'Năm 2019 công ty có 52 công nhân được đi “Chuyến xe Công đoàn” về quê đón Tết.',
    'Năm 2023 cả ba đoàn viên được nhận nhà đều là công nhân của công ty.',
    // The firms that back an event ("đồng hành", "tài trợ"): sponsors, no count of ours.
    'Năm 2023 đồng hành cùng chương trình còn có 300+ tình nguyện viên của Tỉnh Đoàn và 12 doanh nghiệp vận tải trên địa bàn tỉnh.',
    'Năm 2023 chương trình nhận được sự tài trợ của 15 doanh nghiệp trong khu công nghiệp.',
    // Jobs to fill ("nhu cầu tuyển dụng", "cần tuyển thêm"), shares of them, a shortage: no workforce.
    'Năm 2024 các doanh nghiệp trong KCN có nhu cầu tuyển dụng khoảng 12.500 lao động, trong đó khoảng 30% là lao động nữ.',
    'Năm 2024 nhu cầu tuyển dụng trong quý I/2024 của các doanh nghiệp khoảng 9.000 lao động.',
    'Năm 2024 Công ty TNHH May Việt Thành cần tuyển thêm 300 công nhân may.',
    'Năm 2017 tình trạng nhảy việc khiến nhiều doanh nghiệp thiếu từ 5 đến 10% lao động.',
    // People counted by what an epidemic did to them or asked of them (F0, infected, isolated, vaccinated, on duty at checkpoints),
    // and the rates of those measures.
    'Năm 2021 công ty có hơn 1.500 công nhân là F1 phải đi cách ly tập trung.',
    'Trong đợt dịch năm 2021 có hơn 21.000 đoàn viên, người lao động bị nhiễm COVID-19, hơn 60 người không qua khỏi.',
    'Năm 2021 tỷ lệ công nhân được tiêm ít nhất 1 mũi vắc xin đạt 96%.',
    // Targets met counted ("hoàn thành 21/24 chỉ tiêu"), those trained in a trade, those sent to work abroad: none of ours.
    // Volunteers put on a task ("bố trí 20 đoàn viên thanh niên tình nguyện hỗ trợ …").
    'Năm 2021 Liên đoàn Lao động tỉnh bố trí 20 đoàn viên thanh niên tình nguyện hỗ trợ hướng dẫn, khai báo y tế.',
    // The turnout a class drew where no Party class is named; those at a ceremony said far after them; a congress's seats in a table.
    'Năm 2017 lớp học do Nghiệp đoàn Hướng dẫn viên du lịch tự do tỉnh đăng cai, thu hút 52 học viên đến từ 4 huyện.',
    'Năm 2025 hơn 700 đoàn viên, người lao động đang làm việc tại các doanh nghiệp chế biến thủy sản ở Khu công nghiệp Khánh An và phường 8, TP Cà Mau đã tham dự buổi lễ.',
    'STT | Tổ chức cơ sở đảng | Đại biểu chính thức | Cấp ủy (dự kiến)\n1 | Đảng bộ Công ty CP Thủy điện Sông Xanh | 80 | 9\n2 | Đảng bộ Công ty CP Cà phê Đức Lập | 60 | 7',
    // Strikers, their firm's name and address in a bracket between them and the strike; a percent of strikes or cases.
    'Sáng 29/1/2024, hơn 1.200 công nhân bộ phận lắp ráp của Công ty TNHH Công nghệ Hưng Vĩ Việt Nam (Khu công nghiệp WHA Industrial Zone 1 - Nghệ An, huyện Nghi Lộc) đồng loạt ngừng việc.',
    'Năm 2020 phấn đấu 100% cuộc ngừng việc tập thể có sự tham gia của công đoàn.',
    'Năm 2016 các cấp công đoàn tổ chức đối thoại định kỳ tại 100% doanh nghiệp có CĐCS.',
    // Those chosen to speak for the others, those who entered a contest, those who turned out for a volunteer day.
    'Năm 2024 công đoàn cơ sở cử 11 người lao động làm đại diện đối thoại với người sử dụng lao động.',
    'Năm 2024 công ty tôi có 9 anh chị em đi thi, ai cũng có giải.',
    'Ảnh: 40 đoàn viên tham gia ngày Chủ nhật xanh năm 2024, dọn vệ sinh khu nhà trọ công nhân.',
    // An example or a case put ("Ví dụ, một doanh nghiệp có …", "Trường hợp công ty chỉ có …"), and a chapter's number.
    'Ví dụ, một doanh nghiệp có 300 người lao động làm việc theo 3 ca thì có thể tổ chức hội nghị đại biểu năm 2024.',
    'Chẳng hạn, một doanh nghiệp chỉ có 8 lao động, nếu từ 5 người trở lên tự nguyện làm đơn gia nhập thì công đoàn cấp trên xem xét.',
    'Trường hợp công ty chỉ có 2 đảng viên chính thức, chưa đủ điều kiện lập chi bộ riêng, cấp ủy cấp trên xem xét.',
    'Năm 2024.\n02 Công đoàn - “cánh tay nối dài”\nNội dung.',
    // Shares of those who take part in a contest or keep their meetings, and of bodies with someone taking part.
    'Năm 2024 mỗi công đoàn cơ sở phấn đấu có ít nhất 70% đoàn viên tham gia dự thi.',
    'Năm 2024, 100% tổ chức cơ sở đảng trực thuộc có người tham gia.',
    'Năm 2025 các chi bộ duy trì 100% đảng viên sinh hoạt đúng quy định.',
    // How full a place is, those in need of a home, those at a dialogue.
    'Năm 2024 khu nhà ở công nhân Trà Nóc có 160 phòng, công suất sử dụng đạt 95%.',
    'Năm 2024 LĐLĐ huyện đã lập danh sách 1.260 đoàn viên có nhu cầu thuê, mua nhà ở xã hội.',
    'Tham dự buổi đối thoại có khoảng 600 công nhân lao động đại diện cho các doanh nghiệp trong tỉnh năm 2024.',
    // One shift's size in a story, not a workforce told unit by unit.
    'Năm 2024 ca 3 tại xưởng A3 có khoảng 320 công nhân.',
    // A list's number or a chart's axis opening a line under a fact sheet's heading.
    'Công đoàn cơ sở\n1. LĐLĐ huyện Krông Pắc dẫn đầu khối thi đua năm 2024.',
    'Đảng viên kết nạp mới\n200\n150\n100',
    // How many came to the meetings; members given a card; members honoured, with who they are or how they take it first.
    'Năm 2024, các chi bộ đã tổ chức được 46 buổi sinh hoạt trực tuyến, tỷ lệ đảng viên tham dự bình quân đạt 93%.',
    'Năm 2024, LĐLĐ tỉnh phấn đấu 100% đoàn viên được cấp thẻ đoàn viên điện tử.',
    'Năm 2024, đồng chí Bí thư chúc mừng 21 đảng viên vinh dự nhận Huy hiệu Đảng.',
    'Năm 2024, trong số 3 đảng viên lão thành nhận Huy hiệu 50 năm tuổi Đảng có đồng chí Ksor H\'Blăk.',
    // Workers called out for a task.
    'Năm 2024, công ty huy động 500 công nhân tham gia hiến máu tình nguyện.',
    // A hedged fraction up to tenths is a proportion; those a union takes home for Tết are travellers.
    'Năm 2024, gần 2/5 đảng viên trong Đảng bộ là người có nơi cư trú ngoài tỉnh.',
    'Năm 2024, hơn 3/5 doanh nghiệp có công đoàn.',
    'Năm 2024, 1.200 công nhân về quê ăn Tết trên các chuyến xe công đoàn.',
    // Joining asked about or striven for.
    'Năm 2024, có 11 người tự tìm đến hỏi tôi thủ tục vào Đảng, tôi rất mừng.',
    // The share of bodies rated, said before the rating.
    'Có 78% CĐCS đạt vững mạnh.',
    'Phấn đấu 85% tổ chức cơ sở đảng đạt trong sạch vững mạnh.',
    'Công đoàn Khối được tặng Cờ thi đua xuất sắc, 5 CĐCS nhận Bằng khen.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('extractFacts: traceability', () => {
  const text = normalizeText('Tính đến hết ngày 31/5/2024, LĐLĐ tỉnh có 463 công đoàn cơ sở. Kết nạp 56 đảng viên, trong đó LĐLĐ huyện Đồng Phú 22 đảng viên, LĐLĐ huyện Bù Đăng 34 đảng viên.');
  const facts = extractFacts(text, { published: '2024-06-02' });

  it('gives every fact its sentence and mention with offsets into the text', () => {
    for (const f of facts) {
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(text.slice(f.mention.start, f.mention.end)).toBe(f.mention.text);
    }
  });

  it('reads the as-of date and the scope', () => {
    expect(facts[0]).toMatchObject({ metric: 'union_grassroots', value: 463, as_of: '2024-05-31', scope: 'LĐLĐ tỉnh' });
  });

  it('ends the scope before the verb of a change ("lên", "giảm")', () => {
    const raised = extractFacts(normalizeText('Năm 2023, Đảng bộ Khối kết nạp 163 đảng viên, nâng tổng số đảng viên toàn Đảng bộ lên đến 3.126 đảng viên.'), { published: '2024-06-02' });
    expect(raised.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([['party_admissions', 163, 'flow', 'Đảng bộ Khối'], ['party_members', 3126, 'stock', 'toàn Đảng bộ']]);
    const cut = extractFacts(normalizeText('So với đầu năm 2023, toàn Đảng bộ giảm 2 tổ chức cơ sở đảng do cổ phần hóa.'), { published: '2024-06-02' });
    expect(cut.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([['party_organizations', 2, 'flow', 'toàn Đảng bộ']]);
    // ("mở" opens a class; "Khu kinh tế mở Chu Lai" is an open economic zone, a name.)
    const opened = extractFacts(normalizeText('Năm 2023, Đảng ủy Khối Doanh nghiệp tỉnh mở 3 lớp bồi dưỡng nhận thức về Đảng. Năm 2023, Đảng bộ Khu kinh tế mở Chu Lai khai giảng 2 lớp bồi dưỡng nhận thức về Đảng.'), { published: '2024-06-02' });
    expect(opened.map((f) => [f.value, f.scope])).toEqual([[3, 'Đảng ủy Khối Doanh nghiệp tỉnh'], [2, 'Đảng bộ Khu kinh tế mở Chu Lai']]);
  });

  it('links breakdown parts to their total and says when they add up', () => {
    const [, total, a, b] = facts;
    expect(a!.parent).toBe(total!.id);
    expect(b!.parent).toBe(total!.id);
    expect(a!.scope).toBe('LĐLĐ huyện Đồng Phú');
    expect(total!.parts_sum_match).toBe(true);
  });
});

describe('extractFacts: the period a sentence leaves to the next', () => {
  it('does not date the next sentence by the term that names a congress', () => {
    const text = 'Theo báo cáo, các cấp ủy tập trung tạo nguồn gắn với chuẩn bị đại hội chi bộ nhiệm kỳ 2020 - 2022. Toàn Đảng bộ tỉnh kết nạp 1.167 đảng viên, đạt 48,6% kế hoạch năm.';
    const list = extractFacts(normalizeText(text), { published: '2019-07-10' });
    expect(list.map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([['party_admissions', 1167, 'flow', null], ['party_admissions', 48.6, 'achievement', null]]);
    // (A term that is the period of what follows still dates it.)
    const term = extractFacts(normalizeText('Nhiệm kỳ 2020 - 2025, Đảng bộ đã kết nạp 120 đảng viên. Riêng khối doanh nghiệp kết nạp 40 đảng viên.'), { published: '2025-07-10' });
    expect(term.map((f) => [f.value, f.period])).toEqual([[120, '2020-2025'], [40, '2020-2025']]);
  });
});

describe('extractFacts: breakdowns and their totals', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2024-07-12' });
  const find = (list: ReturnType<typeof facts>, metric: string, value: number) => list.find((f) => f.metric === metric && f.value === value);

  it('reads the items under a "trong đó:" line as parts of its total, counting what the total counts', () => {
    const list = facts('- Giới thiệu 412 đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó:\n    + Đoàn viên là công nhân trực tiếp sản xuất: 287 người;\n    + Đoàn viên là cán bộ công đoàn cơ sở: 125 người.\n- Giải thể 9 CĐCS do doanh nghiệp ngừng hoạt động.');
    const total = find(list, 'referrals', 412)!;
    expect(find(list, 'referrals', 287)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(find(list, 'referrals', 125)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(total.parts_sum_match).toBe(true);
    // The list of parts ends with the first item of another kind.
    expect(find(list, 'union_grassroots', 9)?.parent).toBeNull();
  });

  it('keeps the reading of items under a total that is a stock: members among workers stay members', () => {
    const list = facts('Tổng số lao động trong các doanh nghiệp: 152.640 người, trong đó:\n+ Đoàn viên công đoàn: 141.205 người;\n+ Nữ: 98.310 người.');
    expect(find(list, 'union_members', 141205)).toMatchObject({ kind: 'stock' });
  });

  it('links a part to the total that counts the same thing', () => {
    const list = facts('Toàn tỉnh có 1.146 CĐCS với 168.392 đoàn viên, trong đó:\n+ Khu vực doanh nghiệp ngoài nhà nước: 812 CĐCS, 141.205 đoàn viên;\n+ Khu vực hành chính, sự nghiệp: 334 CĐCS, 27.187 đoàn viên.');
    const orgs = find(list, 'union_grassroots', 1146)!;
    const members = find(list, 'union_members', 168392)!;
    expect(find(list, 'union_grassroots', 812)?.parent).toBe(orgs.id);
    expect(find(list, 'union_grassroots', 334)?.parent).toBe(orgs.id);
    expect(find(list, 'union_members', 141205)?.parent).toBe(members.id);
    expect(orgs.parts_sum_match).toBe(true);
    expect(members.parts_sum_match).toBe(true);
  });

  it('reads a labelled figure of the same noun in brackets after a count as its part, but not a plan', () => {
    const list = facts('Năm 2022, các cấp công đoàn đã giới thiệu 612 đoàn viên ưu tú cho Đảng xem xét; trong đó có 287 đoàn viên đã được kết nạp vào Đảng (khu vực doanh nghiệp ngoài nhà nước: 103 đoàn viên).');
    expect(find(list, 'party_admissions', 103)).toMatchObject({ kind: 'flow', parent: find(list, 'party_admissions', 287)!.id });
    const own = facts('Năm 2022 đã kết nạp 287 đoàn viên vào Đảng (riêng khu vực doanh nghiệp có 103 đoàn viên).');
    expect(find(own, 'party_admissions', 103)).toMatchObject({ kind: 'flow', parent: find(own, 'party_admissions', 287)!.id });
    expect(facts('Kết nạp 50 đảng viên (kế hoạch: 45 đảng viên).').map((f) => [f.metric, f.value, f.kind, f.parent])).toEqual([
      ['party_admissions', 50, 'flow', null],
      ['party_admissions', 45, 'target', null],
    ]);
  });

  it('reads the items under "Cơ cấu như sau:" as parts of the count the sentence before gave', () => {
    const list = facts('Năm 2023, toàn Đảng bộ kết nạp 356 đảng viên, đạt 101,7% chỉ tiêu (chỉ tiêu 350), giảm 22 đảng viên so với năm 2022. Cơ cấu như sau:\n+ Đảng viên là công nhân trực tiếp sản xuất: 247 người;\n+ Đảng viên là cán bộ quản lý: 92 người.');
    const total = find(list, 'party_admissions', 356)!;
    expect(find(list, 'party_admissions', 247)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(find(list, 'party_admissions', 92)).toMatchObject({ kind: 'flow', parent: total.id });
  });

  it('reads bare figures under short labels in a bracket right after a count as its parts, but not a table number or a plan', () => {
    const list = facts('Tổ chức đoàn: 173 (đoàn cơ sở 38, chi đoàn cơ sở 135); ĐVTN: 5.812.\nCông đoàn, Đoàn TN giới thiệu: 214 người ưu tú (ĐVCĐ: 139; ĐVTN: 75).');
    const orgs = find(list, 'youth_organizations', 173)!;
    expect(find(list, 'youth_organizations', 38)).toMatchObject({ kind: 'stock', parent: orgs.id });
    expect(find(list, 'youth_organizations', 135)).toMatchObject({ kind: 'stock', parent: orgs.id });
    const referred = find(list, 'referrals', 214)!;
    expect(find(list, 'referrals', 139)).toMatchObject({ kind: 'flow', parent: referred.id });
    expect(find(list, 'referrals', 75)).toMatchObject({ kind: 'flow', parent: referred.id });
    expect(facts('Nhiệm kỳ 2020-2025, các cấp ủy kết nạp 615 đảng viên trong doanh nghiệp (Bảng 1).').map((f) => f.value)).toEqual([615]);
    // (A referral's count may end with what the Party is to do: "cho Đảng xem xét, bồi dưỡng (".)
    const referral = facts('Các đoàn thể giới thiệu 112 đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng (công đoàn 74, đoàn thanh niên 38).');
    const all = find(referral, 'referrals', 112)!;
    expect(find(referral, 'referrals', 74)).toMatchObject({ kind: 'flow', parent: all.id });
    expect(find(referral, 'referrals', 38)).toMatchObject({ kind: 'flow', parent: all.id });
    // (The achievement after the bracket is the total's, not a part's share.)
    expect(facts('Thành lập mới CĐCS: 87 đơn vị (khu vực ngoài nhà nước 61 đơn vị), đạt 87% chỉ tiêu.').map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['union_grassroots', 87, 'flow'],
      ['union_grassroots', 61, 'flow'],
      ['union_grassroots', 87, 'achievement'],
    ]);
  });

  it('passes over a plan in brackets to find the total a "trong đó" breaks down', () => {
    const list = facts('Trong quý I, các cấp ủy đã kết nạp 12 đảng viên mới (kế hoạch năm 2024 là 60 đảng viên), đạt 20% kế hoạch, trong đó 7 đảng viên là công nhân lao động trực tiếp sản xuất.');
    expect(find(list, 'party_admissions', 7)).toMatchObject({ kind: 'flow', parent: find(list, 'party_admissions', 12)!.id });
  });

  it('reads a footnote as the breakdown of the figure its mark follows, and its own number as no figure', () => {
    const list = facts('Từ tháng 11/2020 đến nay đã kết nạp 118 đảng viên(3), đạt 118% chỉ tiêu.\nToàn tỉnh có 402 đảng viên (4) trong các doanh nghiệp.\n-----\n(3) Năm 2021: 31 đảng viên; năm 2022: 39 đảng viên; 11 tháng năm 2023: 48.\n(4) Trong đó: Đảng bộ Khối Doanh nghiệp tỉnh 218 đảng viên; các huyện ủy 184 đảng viên.');
    const total = find(list, 'party_admissions', 118)!;
    for (const v of [31, 39, 48]) expect(find(list, 'party_admissions', v)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(total.parts_sum_match).toBe(true);
    expect(find(list, 'party_members', 218)).toMatchObject({ kind: 'stock', parent: find(list, 'party_members', 402)!.id });
    expect(list.filter((f) => f.value === 3 || f.value === 4)).toEqual([]);
  });

  it('takes a numbered list "(1) … (2) …" for no footnotes', () => {
    const list = facts('Các giải pháp: (1) kết nạp 20 đảng viên; (2) thành lập 3 chi bộ.\n(1) Năm 2021: 31 đảng viên.');
    expect(find(list, 'party_members', 31)).toMatchObject({ kind: 'stock', parent: null });
  });

  it('reads "+" items under a "-" item, and items under a "Trong đó:" of its own, as parts of the count before', () => {
    const nested = facts('- Kết nạp quý I: 58 ĐV, đạt 16,6% KH năm (KH 2024: 350 ĐV)\n  + CNLĐ trực tiếp SX: 27\n  + ĐV trong DNNNN: 31\n- Chuyển ĐV chính thức: 73');
    const total = find(nested, 'party_admissions', 58)!;
    expect(find(nested, 'party_admissions', 27)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(find(nested, 'party_admissions', 31)).toMatchObject({ kind: 'flow', parent: total.id });
    const own = facts('2. Kết nạp ĐV mới: 236, đạt 52,4%. Trong đó:\n   - CNLĐ trực tiếp sản xuất: 118\n   - ĐV trong DNNNN: 97');
    expect(find(own, 'party_admissions', 118)).toMatchObject({ kind: 'flow', parent: find(own, 'party_admissions', 236)!.id });
  });

  it('passes over a plan in brackets to find the total a "trong đó:" line breaks down', () => {
    const list = facts('3. Về kết nạp đảng viên: năm 2023 toàn Đảng bộ kết nạp 326 đảng viên, đạt 108,7 % chỉ tiêu (chỉ tiêu 300 đảng viên), trong đó:\n- Công nhân trực tiếp sản xuất: 198 đồng chí;\n- Người dân tộc thiểu số: 14 đồng chí.');
    const total = find(list, 'party_admissions', 326)!;
    expect(find(list, 'party_admissions', 198)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(find(list, 'party_admissions', 14)).toMatchObject({ kind: 'flow', parent: total.id });
  });

  it('reads a comparison stated before its change as a change of the flow, and passes over plans and changes to find a total', () => {
    const list = facts('- Kết nạp 173 ĐV, đạt 115,3% chỉ tiêu (150 ĐV); so với cùng kỳ tăng 22 ĐV.\nTrong đó có 68 ĐV là công nhân trực tiếp sản xuất, 5 ĐV là chủ DN.');
    const total = find(list, 'party_admissions', 173)!;
    expect(find(list, 'party_admissions', 22)).toMatchObject({ kind: 'flow' });
    expect(find(list, 'party_admissions', 68)).toMatchObject({ kind: 'flow', parent: total.id });
    expect(find(list, 'party_admissions', 5)).toMatchObject({ kind: 'flow', parent: total.id });
  });

  it('links no part to a total of something else', () => {
    const list = facts('Toàn huyện hiện có 312 doanh nghiệp đang hoạt động, trong đó có 5 doanh nghiệp có vốn đầu tư nước ngoài, thu hút hơn 9.600 lao động.');
    expect(find(list, 'enterprises', 5)?.parent).toBe(find(list, 'enterprises', 312)!.id);
    expect(find(list, 'workers', 9600)?.parent).toBeNull();
  });
});

describe('extractFacts: spans that start this year', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2024-05-20' }).map((f) => [f.metric, f.value, f.kind]);

  it('reads what a span starting in the year of the article and ending later heads as planned, unless a result is reported', () => {
    expect(facts('Giai đoạn 2024 – 2025: Thành lập mới ít nhất 10 tổ chức cơ sở đảng; kết nạp tối thiểu 150 đảng viên.')).toEqual([
      ['party_organizations', 10, 'target'],
      ['party_admissions', 150, 'target'],
    ]);
    expect(facts('Giai đoạn 2024 – 2025, toàn tỉnh đã kết nạp 150 đảng viên.')).toEqual([['party_admissions', 150, 'flow']]);
  });
});

describe('extractFacts: headings over lists of goals', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2024-03-14' }).map((f) => [f.metric, f.value, f.kind]);

  it('makes goals of numbered items under a goal heading, the number split from its text or not', () => {
    expect(facts('Kế hoạch đề ra các chỉ tiêu cụ thể như sau:\n1. Toàn Đảng bộ kết nạp 145 đảng viên.\n2. Mỗi chi bộ thôn mỗi năm kết nạp ít nhất 01 đảng viên.\n3. Mở từ 8 đến 10 lớp bồi dưỡng nhận thức về Đảng cho khoảng 400 quần chúng ưu tú.')).toEqual([
      ['party_admissions', 145, 'target'],
      ['party_admissions', 1, 'target'],
      ['training_classes', 8, 'target'],
      ['trainees', 400, 'target'],
    ]);
  });

  it('reads the items under "Nhiệm vụ năm 2025:" as goals', () => {
    expect(facts('Năm 2024 kết nạp 187 đảng viên.\nNhiệm vụ năm 2025:\n+ Kết nạp 200 đảng viên trở lên;\n+ Thành lập mới từ 3 đến 5 tổ chức đảng.')).toEqual([
      ['party_admissions', 187, 'flow'],
      ['party_admissions', 200, 'target'],
      ['party_organizations', 3, 'target'],
    ]);
  });

  it('reads a short heading line without a colon as a heading ("II. CHỈ TIÊU GIAO CỤ THỂ"), but not one that reports results', () => {
    expect(facts('II. CHỈ TIÊU GIAO CỤ THỂ\n- Công đoàn các Khu công nghiệp tỉnh: 8.500 đoàn viên, 30 CĐCS;\n- LĐLĐ huyện Đức Hòa: 2.000 đoàn viên, 10 CĐCS;\nIII. TỔ CHỨC THỰC HIỆN\nLĐLĐ tỉnh thành lập 4 tổ công tác.')).toEqual([
      ['union_members', 8500, 'target'],
      ['union_grassroots', 30, 'target'],
      ['union_members', 2000, 'target'],
      ['union_grassroots', 10, 'target'],
    ]);
    expect(facts('Kết quả thực hiện các chỉ tiêu năm 2023:\n- Kết nạp 56 đảng viên;\n- Thành lập 3 chi bộ.')).toEqual([
      ['party_admissions', 56, 'flow'],
      ['party_organizations', 3, 'flow'],
    ]);
  });

  it('reads the unmarked lines under a goal section heading ("2. Chỉ tiêu năm 2024") as goals, up to the next heading', () => {
    // (A page's <li> items carry no list mark; the review of the year before is a result even though a plan states it.)
    expect(facts('1. Kết quả năm 2023\nKế hoạch nêu: năm 2023, Công đoàn các KCN kết nạp 1.126 đoàn viên.\n2. Chỉ tiêu năm 2024\nKết nạp 1.000 đoàn viên; thành lập mới 5 CĐCS.\nGiới thiệu 25 đoàn viên ưu tú cho Đảng.\n3. Giải pháp\nCông đoàn các KCN thành lập 4 tổ công tác, vận động 300 công nhân.')).toEqual([
      ['union_members', 1126, 'flow'],
      ['union_members', 1000, 'target'],
      ['union_grassroots', 5, 'target'],
      ['referrals', 25, 'target'],
    ]);
    // (A heading that names more than goals does not govern unmarked lines, nor does the end of a title broken over lines.)
    expect(facts('Mục tiêu và kết quả\nKết nạp 56 đảng viên.')).toEqual([['party_admissions', 56, 'flow']]);
    const report = [
      'ĐẢNG ỦY KHU KINH TẾ VŨNG ÁNG          Hà Tĩnh, ngày 20 tháng 12 năm 2023',
      '                               BÁO CÁO',
      '     tổng kết công tác xây dựng Đảng năm 2023, phương hướng',
      '                       nhiệm vụ năm 2024',
      '',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Năm 2023, các doanh nghiệp trong Khu kinh tế sử dụng khoảng',
      '21.400 lao động. Công đoàn KKT có 118 CĐCS',
      'với 15.920 ĐVCĐ.',
    ].join('\n');
    expect(facts(report)).toEqual([
      ['workers', 21400, 'stock'],
      ['union_grassroots', 118, 'stock'],
      ['union_members', 15920, 'stock'],
    ]);
  });

  it('reads the sentences after one that announces goals without stating them as goals, in its paragraph', () => {
    expect(facts('Kế hoạch đề ra các chỉ tiêu cụ thể. Năm 2024, thành lập mới 5 chi đoàn trong doanh nghiệp; kết nạp 350 đoàn viên.\nNăm 2023, Tỉnh Đoàn thành lập 4 chi đoàn trong doanh nghiệp.')).toEqual([
      ['youth_organizations', 5, 'target'],
      ['youth_members', 350, 'target'],
      ['youth_organizations', 4, 'flow'],
    ]);
    expect(facts('Kế hoạch đề ra các chỉ tiêu cụ thể. Kết quả, toàn Đảng bộ đã kết nạp 56 đảng viên.')).toEqual([['party_admissions', 56, 'flow']]);
  });

  it('keeps what "hiện có" states in a list of goals a stock, and a later period in its own clause', () => {
    expect(facts('Các chỉ tiêu cụ thể:\n1. Kết nạp 145 đảng viên.\n2. Trên địa bàn huyện hiện có 57 doanh nghiệp đang hoạt động; phấn đấu đến năm 2025 thành lập 01 chi bộ ghép.')).toEqual([
      ['party_admissions', 145, 'target'],
      ['enterprises', 57, 'stock'],
      ['party_organizations', 1, 'target'],
    ]);
  });
});

describe('extractFacts: lines broken in mid-sentence before a figure', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2024-01-20' }).map((f) => [f.metric, f.value, f.kind]);

  it('reads a figure at the head of a line with the words that end the line before', () => {
    expect(facts('Ban Thường vụ Đảng ủy Khối đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho\n4 tổ chức cơ sở đảng và 6 đảng viên có thành tích xuất sắc.')).toEqual([]);
    expect(facts('Trong năm 2023, toàn Đảng bộ Khối đã xem xét, kết nạp\n56 đảng viên mới, đạt 112% chỉ tiêu.')).toEqual([
      ['party_admissions', 56, 'flow'],
      ['party_admissions', 112, 'achievement'],
    ]);
  });

  it('reads a figure at the head of a line after "trong đó", and a short line that ends in the figure of its verb', () => {
    expect(facts('Trong 6 tháng, toàn Đảng bộ kết nạp 138 đảng viên, đạt 55,2% kế hoạch năm, trong đó\n96 đảng viên là công nhân trực tiếp sản xuất.')).toEqual([
      ['party_admissions', 138, 'flow'],
      ['party_admissions', 55.2, 'achievement'],
      ['party_admissions', 96, 'flow'],
    ]);
    expect(facts('Đến ngày 30/6/2023, Đảng bộ Khối có 47\ntổ chức cơ sở đảng với tổng số 5.312 đảng viên.')).toEqual([
      ['party_organizations', 47, 'stock'],
      ['party_members', 5312, 'stock'],
    ]);
    // (Not a short line of its own: a heading with a figure.)
    expect(facts('Chương trình số 12\ncủa Ban Thường vụ Tỉnh ủy về phát triển đảng viên.')).toEqual([]);
  });

  it('reads a figure at the head of a line after a line that ends in a comma', () => {
    expect(facts('Sáu tháng đầu năm, toàn Đảng bộ Khối kết nạp 43 đảng viên; trong đó có 18 đảng viên là người dân tộc thiểu số,\n29 đảng viên là công nhân trực tiếp sản xuất.')).toEqual([
      ['party_admissions', 43, 'flow'],
      ['party_admissions', 18, 'flow'],
      ['party_admissions', 29, 'flow'],
    ]);
  });

  it('joins a sentence across the page break of a PDF, past its running header or page number', () => {
    const page = 'Năm 2022, các cấp công đoàn đã giới thiệu 612 đoàn viên ưu tú; trong đó có 287 đoàn viên đã được kết\n\nLĐLĐ tỉnh Hòa Bình - Báo cáo số 312/BC-LĐLĐ          Trang 2/5\nnạp vào Đảng.';
    expect(facts(page)).toEqual([
      ['referrals', 612, 'flow'],
      ['party_admissions', 287, 'flow'],
    ]);
    expect(facts('Thành lập mới 3 chi bộ trong doanh nghiệp ngoài nhà nước; giải\n\n2\n\nthể 2 chi bộ do doanh nghiệp giải thể, phá sản.')).toEqual([
      ['party_organizations', 3, 'flow'],
      ['party_organizations', 2, 'flow'],
    ]);
    // (A figure continues an open line past the break too.)
    expect(facts('Đảng ủy phối hợp với Trung tâm Chính trị tổ chức 02 lớp bồi dưỡng nhận thức về Đảng cho\n\nBÁO CÁO SỐ 87-BC/ĐUK                     Trang 1/3\n\n134 quần chúng ưu tú.')).toEqual([
      ['training_classes', 2, 'flow'],
      ['trainees', 134, 'flow'],
    ]);
  });

  it('leaves a line alone that opens with a list number or a period', () => {
    expect(facts('Kết quả công tác phát triển đảng viên trong năm được trình bày như sau\n1. Kết nạp 56 đảng viên.')).toEqual([['party_admissions', 56, 'flow']]);
    expect(facts('Đảng ủy Khối giao chỉ tiêu cho các tổ chức cơ sở đảng và\n6 tháng cuối năm, Đảng bộ kết nạp 20 đảng viên.')).toEqual([['party_admissions', 20, 'flow']]);
  });
});

describe('extractFacts: infographic boxes and chart labels copied as text', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2023-04-18' }).map((f) => [f.metric, f.value, f.kind, f.period]);

  it('reads a data box\'s figure on a line of its own with the label on the next', () => {
    expect(facts('SỐ LIỆU NỔI BẬT\n674\nđảng viên được kết nạp trong 5 năm\n128\ntổ chức đảng trong doanh nghiệp ngoài nhà nước').map((f) => f.slice(0, 3))).toEqual([
      ['party_admissions', 674, 'flow'],
      ['party_organizations', 128, 'stock'],
    ]);
  });

  it('reads a chart\'s series "Label: 2018: 118 | 2019: 131", each figure of its year, a plan line the plan of the line above', () => {
    expect(facts('Biểu đồ: Số đảng viên kết nạp trong doanh nghiệp so với chỉ tiêu\nKết nạp: 2018: 118 | 2019: 131\nChỉ tiêu: 2018: 110 | 2019: 120')).toEqual([
      ['party_admissions', 118, 'flow', '2018'],
      ['party_admissions', 131, 'flow', '2019'],
      ['party_admissions', 110, 'target', '2018'],
      ['party_admissions', 120, 'target', '2019'],
    ]);
    // (Keys of months, a label with no colon, figures in thousands.)
    expect(facts('Số tổ chức đảng: 2020: 66 | 2022: 78 | 6/2022: 93\nSỐ ĐOÀN VIÊN CÔNG ĐOÀN TOÀN TỈNH (nghìn người) 2017: 158,2 | 2018: 161,7\nSố đảng viên kết nạp từng năm: 2019: 136 | 6 tháng 2020: 118')).toEqual([
      ['party_organizations', 66, 'stock', '2020'],
      ['party_organizations', 78, 'stock', '2022'],
      ['party_organizations', 93, 'stock', '2022-06'],
      ['union_members', 158200, 'stock', '2017'],
      ['union_members', 161700, 'stock', '2018'],
      ['party_admissions', 136, 'flow', '2019'],
      ['party_admissions', 118, 'flow', '2020-01..2020-06'],
    ]);
    // (A bare series takes the chart's title above it.)
    expect(facts('BIỂU ĐỒ: SỐ ĐẢNG VIÊN ĐƯỢC KẾT NẠP QUA CÁC NĂM\n2019: 352 | 2020: 318')).toEqual([
      ['party_admissions', 352, 'flow', '2019'],
      ['party_admissions', 318, 'flow', '2020'],
    ]);
  });
});

describe('extractFacts: figures listed "lần lượt" or "tương ứng"', () => {
  const facts = (text: string) => extractFacts(normalizeText(text), { published: '2019-12-20' }).map((f) => [f.metric, f.value, f.kind]);
  const withPeriods = (text: string) => extractFacts(normalizeText(text), { published: '2024-12-20' }).map((f) => [f.metric, f.value, f.kind, f.period]);

  it('reads every list of a sentence, each figure of its own year when the sentence lists as many years', () => {
    expect(withPeriods('Năm 2017, 2018 và 2019, toàn tỉnh thành lập mới lần lượt 41, 56 và 63 CĐCS, kết nạp tương ứng 9.870, 12.415 và 14.202 đoàn viên.')).toEqual([
      ['union_grassroots', 41, 'flow', '2017'],
      ['union_grassroots', 56, 'flow', '2018'],
      ['union_grassroots', 63, 'flow', '2019'],
      ['union_members', 9870, 'flow', '2017'],
      ['union_members', 12415, 'flow', '2018'],
      ['union_members', 14202, 'flow', '2019'],
    ]);
  });

  it('gives one label and its years, or one subject after a lead-in, to every figure of the list', () => {
    expect(withPeriods('Theo số liệu, số CĐCS năm 2021, 2022, 2023 lần lượt là 228, 241, 259; đoàn viên tương ứng 118.600, 127.350 và 139.020 người.')).toEqual([
      ['union_grassroots', 228, 'stock', '2021'],
      ['union_grassroots', 241, 'stock', '2022'],
      ['union_grassroots', 259, 'stock', '2023'],
      ['union_members', 118600, 'stock', '2021'],
      ['union_members', 127350, 'stock', '2022'],
      ['union_members', 139020, 'stock', '2023'],
    ]);
    expect(facts('Trong ba năm, số đoàn viên được giới thiệu lần lượt là 71, 83 và 96.')).toEqual([
      ['referrals', 71, 'flow'],
      ['referrals', 83, 'flow'],
      ['referrals', 96, 'flow'],
    ]);
    expect(facts('Đảng bộ có 98 TCCSĐ với 4.912 đảng viên, tăng lần lượt 5 tổ chức và 139 đảng viên so với đầu năm.')).toEqual([
      ['party_organizations', 98, 'stock'],
      ['party_members', 4912, 'stock'],
      ['party_organizations', 5, 'flow'],
      ['party_members', 139, 'flow'],
    ]);
  });

  it('reads the years of a series by the series\' verb, and a total after a list as what the list counts', () => {
    expect(withPeriods('Năm 2020 toàn Đảng bộ kết nạp 218 đảng viên, năm 2021 là 196, năm 2022 tăng lên 241, năm 2023 đạt 267 và năm 2024 là 289 đảng viên.')).toEqual([
      ['party_admissions', 218, 'flow', '2020'],
      ['party_admissions', 196, 'flow', '2021'],
      ['party_admissions', 241, 'flow', '2022'],
      ['party_admissions', 267, 'flow', '2023'],
      ['party_admissions', 289, 'flow', '2024'],
    ]);
    expect(facts('Các năm 2016, 2017, 2018, Đảng bộ kết nạp lần lượt 38, 47, 61 đảng viên, tổng cộng 146 đảng viên, vượt 17% so với chỉ tiêu.')).toEqual([
      ['party_admissions', 38, 'flow'],
      ['party_admissions', 47, 'flow'],
      ['party_admissions', 61, 'flow'],
      ['party_admissions', 146, 'flow'],
      ['party_admissions', 17, 'achievement'],
    ]);
    expect(withPeriods('Nếu năm 2014 chỉ có 118 đoàn viên được giới thiệu thì năm 2019 con số này là 286 và năm 2023 đạt 402, gấp 3,4 lần.')).toEqual([
      ['referrals', 118, 'flow', '2014'],
      ['referrals', 286, 'flow', '2019'],
      ['referrals', 402, 'flow', '2023'],
    ]);
  });

  it('reads both states of a change, in a part after ";" that names its own noun, and "từ … tăng lên …"', () => {
    expect(facts('Số CĐCS từ 312 (năm 2014) tăng lên 478; đoàn viên từ 104.600 lên 168.230 người, chiếm 93,1% tổng số 180.700 lao động tại các KCN.')).toEqual([
      ['union_grassroots', 312, 'stock'],
      ['union_grassroots', 478, 'stock'],
      ['union_members', 104600, 'stock'],
      ['union_members', 168230, 'stock'],
      ['union_members', 93.1, 'share'],
      ['workers', 180700, 'stock'],
    ]);
    expect(facts('Số chi bộ doanh nghiệp từ 17 tăng lên 21 với 318 đảng viên.')).toEqual([
      ['party_organizations', 17, 'stock'],
      ['party_organizations', 21, 'stock'],
      ['party_members', 318, 'stock'],
    ]);
  });

  it('maps bare figures, in order, onto the subjects listed before the cue', () => {
    expect(facts('Số tổ chức đảng và đảng viên ở doanh nghiệp ngoài nhà nước lần lượt là 9 và 104.')).toEqual([
      ['party_organizations', 9, 'stock'],
      ['party_members', 104, 'stock'],
    ]);
    // (Those honoured are no count of ours.)
    expect(facts('Số quần chúng ưu tú được cử đi học lớp bồi dưỡng nhận thức về Đảng, số đảng viên dự bị hiện nay và số đảng viên được trao Huy hiệu Đảng lần lượt là 64, 31 và 8.')).toEqual([
      ['trainees', 64, 'flow'],
      ['party_members', 31, 'stock'],
    ]);
  });

  it('reads percents against a goal, reported, as achievements of the subjects listed', () => {
    expect(facts('Hai chỉ tiêu quan trọng là phát triển đoàn viên và thành lập CĐCS lần lượt đạt 142% và 127% so với Nghị quyết Đại hội lần thứ II đề ra.')).toEqual([
      ['union_members', 142, 'achievement'],
      ['union_grassroots', 127, 'achievement'],
    ]);
    expect(facts('6 tháng đầu năm, kết nạp mới 612 đoàn viên, thành lập 3 CĐCS, đạt tương ứng 61,2% và 60% kế hoạch năm.')).toEqual([
      ['union_members', 612, 'flow'],
      ['union_grassroots', 3, 'flow'],
      ['union_members', 61.2, 'achievement'],
      ['union_grassroots', 60, 'achievement'],
    ]);
  });

  it('gives every figure of a list the noun after the last', () => {
    expect(facts('Công đoàn và Đoàn thanh niên đã giới thiệu lần lượt 58 và 41 đoàn viên ưu tú để chi bộ bồi dưỡng, xem xét kết nạp.')).toEqual([
      ['referrals', 58, 'flow'],
      ['referrals', 41, 'flow'],
    ]);
    expect(facts('Riêng Công ty Cổ phần Cà phê Ea Pốk và Công ty Cổ phần Cao su Phú Xuân có lần lượt 112 và 86 đảng viên.')).toEqual([
      ['party_members', 112, 'stock'],
      ['party_members', 86, 'stock'],
    ]);
  });

  it('keeps a goal a goal, and "tương ứng với" no list', () => {
    expect(facts('Năm 2020, phấn đấu tỷ lệ đoàn viên đạt 80% so với tổng số lao động.')).toEqual([['union_members', 80, 'target']]);
  });
});
