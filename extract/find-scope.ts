/**
 * The organisation or place a figure is about, as the sentence names it:
 * "Khối thi đua số 1 LĐLĐ tỉnh Bình Phước có 463 công đoàn cơ sở" → "Khối thi
 * đua số 1 LĐLĐ tỉnh Bình Phước"; "trong đó … LĐLĐ huyện Bù Đăng 24 đảng viên"
 * → "LĐLĐ huyện Bù Đăng".
 */
import { lowerCasedSlice, lowerTwin } from './lower-case.js';
import { execAtBoundary } from './word-boundary.js';

/**
 * Words that start the name of an organisation or a place.
 * Must match "Đảng bộ thị xã", "LĐLĐ huyện Đồng Phú", "Công ty TNHH Pouchen";
 * must not match "đảng viên" ("đảng" alone is not a head). Scanned with
 * execAtBoundary: a match right after a letter is skipped.
 */
const SCOPE_HEAD = /(?:Đảng bộ|Đảng ủy|Chi bộ|Công đoàn|Liên đoàn Lao động|LĐLĐ|Huyện ủy|Thị ủy|Thành ủy|Tỉnh ủy|Quận ủy|Ban Thường vụ|BTV|Khối thi đua|Công ty|Tập đoàn|Tổng công ty|Khu công nghiệp|KCN|Ban Quản lý|Đoàn Thanh niên|Tỉnh đoàn|Thành đoàn|Huyện đoàn|toàn tỉnh|toàn thành phố|toàn huyện|toàn Đảng bộ|toàn khối|toàn ngành|huyện|thị xã|thành phố|tỉnh|quận|xã(?!\s+hội)|phường|thị trấn|TP\.|TX\.)(?![\p{L}])/giu;
/** SCOPE_HEAD for lower-cased text (lower-case.ts); the name is then read from the original text. */
const SCOPE_HEAD_LOWER = lowerTwin(SCOPE_HEAD);

/**
 * Where a name ends: a verb or particle that starts the predicate, or punctuation.
 * Must stop "Đảng bộ thị xã đã kết nạp" before "đã".
 */
const SCOPE_STOP = /\s(?:có|đã|đang|sẽ|với|kết nạp|thành lập|giới thiệu|tổ chức|hiện|là|gồm|phát triển|tăng|giảm|lên|xuống|đạt|chiếm|mở(?!\s+\p{Lu})|khai giảng|phấn đấu|quyết tâm|KN|GT|TL|PTĐV|PT|được|vận động|tiếp cận|phối hợp|chỉ đạo|mới|luôn|còn|cũng|trong|tại|về|nâng|thu hút|trao|và|cho|của|khoảng|chừng|cỡ|tầm|xấp xỉ|ngót|ước|dẫn đầu|đứng đầu|đứng thứ|xếp thứ|ra mắt|từ|vẫn)(?![\p{L}])|[,;:()"“”]|\s[-–]\s/u;

const MAX_SCOPE_LENGTH = 70;

/**
 * Where the clause before `end` starts: `Math.max(from, i + 1)` for the last ",", ";" or ":" at `i`
 * before `end` (-1 for none), found by one walk back that stops once `i + 1` can no longer exceed
 * `from` (three `lastIndexOf` over the whole text before the figure cost more).
 */
function _clauseStart(text: string, end: number, from: number): number {
  for (let i = end - 1; i >= 0 && i + 1 > from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return i + 1;
  }
  return Math.max(from, 0);
}

/**
 * The scope for a number starting at `at` in `sentence`: the last name in the
 * clause before the number (the clause starts after the last ",", ";", ":" or
 * "trong đó", and never before `from`, the end of the previous figure); names inside a longer name ("tỉnh" in "LĐLĐ tỉnh Bình Phước")
 * are part of it. Null when the clause names nothing (the caller then inherits
 * the previous fact's scope).
 */
export function findScope(sentence: string, at: number, breakdowns: readonly number[], from = 0): string | null {
  const left = sentence.slice(0, at);
  let clauseStart = _clauseStart(sentence, left.length, from);
  for (const b of breakdowns) if (b < at && b + 7 > clauseStart) clauseStart = b + 7;
  const clause = left.slice(clauseStart);
  let last: string | null = null;
  let coveredUntil = -1;
  // (The clause is the end of `left`, a start of the sentence.)
  const lower = lowerCasedSlice(sentence, left.length - clause.length, left.length);
  const re = lower === null ? SCOPE_HEAD : SCOPE_HEAD_LOWER;
  const s = lower ?? clause;
  re.lastIndex = 0;
  for (let head = execAtBoundary(re, s, false); head; head = execAtBoundary(re, s, false)) {
    if (head.index < coveredUntil) continue;
    const headEnd = head.index + head[0].length;
    const rest = clause.slice(headEnd);
    const stop = SCOPE_STOP.exec(rest);
    const name = (clause.slice(head.index, headEnd) + (stop ? rest.slice(0, stop.index) : rest)).trimEnd();
    coveredUntil = head.index + name.length;
    last = name;
  }
  if (last === null) return null;
  let name = last.trim();
  if (name.length > MAX_SCOPE_LENGTH) name = name.slice(0, MAX_SCOPE_LENGTH).replace(/\s\S*$/u, '');
  return name.length >= 3 ? name : null;
}
