/**
 * crawlers/topic-filter.ts with the cues of crawlers/topic-cues.ts: every seed
 * and golden article kept, every off-topic fixture skipped with a readable
 * reason, and a table of headlines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC_CUES, ON_TOPIC_CUES, type TopicCue } from '../crawlers/topic-cues.js';
import { classifyTopic } from '../crawlers/topic-filter.js';
import { loadCorpus, OFF_TOPIC_DIR } from './fixture-sites/corpus.js';
import { ON_TOPIC } from './fixture-sites/types.js';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const SHARED_SEEDS_DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** A saved text as scraped: first line the title (sometimes chrome, as in seed 004), the rest the body. */
function readArticle(dir: string, name: string): { name: string; title: string; text: string } {
  const [title = '', ...rest] = readFileSync(join(dir, name), 'utf8').split('\n');
  return { name, title, text: rest.join('\n') };
}

const texts = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
const golden = texts(GOLDEN_DIR).map((name) => readArticle(GOLDEN_DIR, name));
const seeds = texts(SHARED_SEEDS_DIR).map((name) => readArticle(SHARED_SEEDS_DIR, name));
const offTopic = texts(OFF_TOPIC_DIR).map((name) => readArticle(OFF_TOPIC_DIR, name));

describe('cues', () => {
  const all: Array<[string, TopicCue]> = [...ON_TOPIC_CUES, ...OFF_TOPIC_CUES].map((cue) => [cue.label, cue]);
  it.each(all)('%s matches its example and not its counter-example', (_label, cue) => {
    cue.pattern.lastIndex = 0;
    expect(cue.pattern.test(cue.example), cue.example).toBe(true);
    cue.pattern.lastIndex = 0;
    expect(cue.pattern.test(cue.counterExample), cue.counterExample).toBe(false);
    expect(cue.pattern.flags).toContain('u');
  });

  it('labels are unique within each list', () => {
    for (const list of [ON_TOPIC_CUES, OFF_TOPIC_CUES]) expect(new Set(list.map((c) => c.label)).size).toBe(list.length);
  });
});

describe('corpus', () => {
  it.each([...golden, ...seeds].map((a) => [a.name, a] as const))('keeps %s', (_name, article) => {
    const verdict = classifyTopic(article);
    expect(verdict.kept, verdict.reason).toBe(true);
    expect(verdict.reason).toMatch(/^kept: \d+ cues \(/u);
    // Without its title too: the body alone is enough for every one of them.
    expect(classifyTopic({ title: null, text: `${article.title}\n${article.text}` }).kept).toBe(true);
  });

  it.each([
    ['the-thao-bong-da.txt', /^off-topic: sport \(bóng đá/u],
    ['thoi-tiet-mua-lon.txt', /^off-topic: weather \(mưa lớn/u],
    // Enterprises and industrial zones, but no Party or union organisation: an economy story.
    ['kinh-te-xuat-khau.txt', /^no Party\/union cue in title or body$/u],
  ])('skips off-topic/%s', (name, reason) => {
    const article = offTopic.find((a) => a.name === name);
    expect(article).toBeDefined();
    const verdict = classifyTopic(article ?? { title: null, text: '' });
    expect(verdict.kept).toBe(false);
    expect(verdict.reason).toMatch(reason);
  });

  it('every off-topic fixture is covered by the table above', () => {
    expect(offTopic.map((a) => a.name)).toEqual(['kinh-te-xuat-khau.txt', 'the-thao-bong-da.txt', 'thoi-tiet-mua-lon.txt']);
  });

  it('agrees with the fixture sites on every article they serve (seeds, golden .txt and .html, off-topic)', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThan(30);
    const disagreements = corpus
      .map((a) => ({ source: a.source, expected: ON_TOPIC.has(a.topic ?? 'party'), verdict: classifyTopic({ title: a.title, text: a.body }) }))
      .filter((x) => x.verdict.kept !== x.expected)
      .map((x) => `${x.source}: ${x.verdict.reason}`);
    expect(disagreements).toEqual([]);
  });
});

describe('headlines alone', () => {
  it.each([
    ['Kết nạp 141 đảng viên trong doanh nghiệp', true, /^kept: 3 cues \(kết nạp, đảng viên, doanh nghiệp\)$/u],
    ['Phát triển đảng viên trong doanh nghiệp ngoài nhà nước: Cần cách làm sáng tạo', true, /^kept:/u],
    ['Hà Nội: Năm 2024 phát triển mới hơn 46.000 đoàn viên công đoàn', true, /^kept:.*phát triển đoàn viên/u],
    ['Thành lập 12 CĐCS tại KCN Quang Châu', true, /^kept:.*CĐCS/u],
    ['LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm', true, /^kept:/u],
    ['Đảng ủy Khối Doanh nghiệp tỉnh sơ kết công tác xây dựng Đảng', true, /^kept:/u],
    ['Thành lập chi bộ đảng trong doanh nghiệp FDI', true, /^kept:/u],
    ['Ký kết chương trình phối hợp xây dựng tổ chức đảng, công đoàn trong doanh nghiệp', true, /^kept:/u],
    ['Chi đoàn doanh nghiệp tổ chức hội trại cho công nhân', true, /^kept:/u],
    ['Khánh Hoà: kết nạp đảng viên là công nhân', true, /^kept:/u], // old-style tone mark, normalised
    ['Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030', false, /^no enterprise or workplace cue with the Party\/youth cues \(đảng bộ\)$/u],
    ['Kết nạp đảng viên trong học sinh, sinh viên', false, /^no enterprise or workplace cue/u],
    ['Đội bóng đá nữ tỉnh giành chức vô địch giải trẻ', false, /^off-topic: sport \(bóng đá, vô địch\)$/u],
    ['Giải bóng đá công nhân do LĐLĐ tỉnh tổ chức', false, /^off-topic: sport/u],
    ['Mưa lớn kéo dài, nhiều tuyến đường ngập sâu', false, /^off-topic: weather/u],
    ['Giá xăng giảm lần thứ ba liên tiếp', false, /^off-topic: prices/u],
    ['Kết quả xổ số kiến thiết ngày 2/6', false, /^off-topic: lottery/u],
    ['Tai nạn giao thông trên quốc lộ 13', false, /^off-topic: traffic/u],
    ['Hoa hậu Việt Nam 2024 về thăm quê', false, /^off-topic: showbiz/u],
    ['Kim ngạch xuất khẩu 9 tháng tăng hơn 12%', false, /^no Party\/union cue in title or body$/u],
    ['Doanh nghiệp trong khu công nghiệp tuyển 2.000 lao động', false, /^no Party\/union cue/u],
    ['Công đoàn thăm hỏi', false, /^weak: score 3 < 8 \(công đoàn\)$/u],
  ])('%s → %s', (title, kept, reason) => {
    const verdict = classifyTopic({ title, text: '' });
    expect(verdict.kept).toBe(kept);
    expect(verdict.reason).toMatch(reason);
  });
});

describe('verdict', () => {
  it('weighs the title three times, counts body mentions up to a cap, and lists cues strongest first', () => {
    const inBody = classifyTopic({ title: 'Tin hoạt động', text: 'Kết nạp đảng viên trong doanh nghiệp.' });
    const inTitle = classifyTopic({ title: 'Kết nạp đảng viên trong doanh nghiệp', text: '' });
    expect(inTitle.score).toBe(3 * inBody.score);
    const many = classifyTopic({ title: null, text: 'đảng viên '.repeat(50) + 'doanh nghiệp' });
    expect(many.score).toBe(3 * 5 + 1);
    expect(many.cues).toEqual(['đảng viên', 'doanh nghiệp']);
  });

  it('an article about union work that mentions a football match is kept; off-topic must outweigh it', () => {
    const text = 'Năm 2024, LĐLĐ tỉnh phát triển mới 5.000 đoàn viên công đoàn, thành lập 40 công đoàn cơ sở trong doanh nghiệp. Nhân dịp này, công đoàn tổ chức giải bóng đá cho công nhân.';
    const verdict = classifyTopic({ title: 'Công đoàn các KCN vượt chỉ tiêu phát triển đoàn viên', text });
    expect(verdict.kept).toBe(true);
  });

  it('is deterministic and does not depend on earlier calls (global regexes are reset)', () => {
    const article = golden[0] ?? { title: '', text: '' };
    const first = classifyTopic(article);
    classifyTopic({ title: 'đảng viên đảng viên', text: 'đảng viên' });
    expect(classifyTopic(article)).toEqual(first);
  });
});
