/**
 * Is a fetched article about Party, trade-union or youth-union development in
 * enterprises and workplaces? Pages that are not are still archived, with the
 * reason, so that the filter can be audited and tuned (issue 3).
 *
 * `classifyTopic({ title, text })`:
 *   1. normalise once (NFC, new-style tone marks);
 *   2. count every cue of `topic-cues.ts` in the title and in the body (body
 *      mentions capped per cue, title mentions × TITLE_FACTOR);
 *   3. no Party/union/youth cue at all → skipped: off-topic if an off-topic cue
 *      is there ("off-topic: sport (bóng đá)"), else "no Party/union cue…";
 *   4. an off-topic headline with no on-topic word in it, or more off-topic
 *      than on-topic evidence overall → skipped as off-topic;
 *   5. Party or youth cues with neither a workplace cue nor a union cue (unions
 *      are workplace organisations) → skipped: a Party congress or a school
 *      cell is not what we count;
 *   6. a score below MIN_SCORE → skipped as weak;
 *   7. otherwise kept, with the strongest cues named.
 *
 * Deterministic and pure: same input, same verdict.
 */
import { normalizeText } from '../extract/normalize-text.js';
import {
  BODY_MATCH_CAP,
  MIN_SCORE,
  OFF_TOPIC_CUES,
  ON_TOPIC_CUES,
  TITLE_FACTOR,
  type CueGroup,
  type OffTopicCategory,
  type TopicCue,
} from './topic-cues.js';

export interface TopicInput {
  title: string | null;
  text: string;
}

export interface TopicVerdict {
  kept: boolean;
  /** Readable: "kept: 7 cues (kết nạp, đảng viên, chi bộ, …)", "off-topic: sport (bóng đá)". */
  reason: string;
  /** On-topic evidence minus off-topic evidence. */
  score: number;
  /** Labels of the on-topic cues found, strongest first. */
  cues: string[];
}

/** Cue labels shown in a reason before "…". */
const REASON_CUE_COUNT = 3;

interface CueHit {
  label: string;
  score: number;
  inTitle: boolean;
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

function scoreCue(cue: TopicCue, title: string, body: string): CueHit | null {
  const inTitle = title === '' ? 0 : countMatches(cue.pattern, title);
  const inBody = Math.min(countMatches(cue.pattern, body), BODY_MATCH_CAP);
  if (inTitle + inBody === 0) return null;
  return { label: cue.label, score: cue.weight * (inBody + TITLE_FACTOR * Math.min(inTitle, 1)), inTitle: inTitle > 0 };
}

const byScore = (a: CueHit, b: CueHit): number => b.score - a.score;

function listLabels(hits: readonly CueHit[], max = REASON_CUE_COUNT): string {
  const labels = hits.slice(0, max).map((h) => h.label);
  return hits.length > max ? `${labels.join(', ')}, …` : labels.join(', ');
}

export function classifyTopic(input: TopicInput): TopicVerdict {
  // 1.
  const title = normalizeText(input.title ?? '');
  const body = normalizeText(input.text);

  // 2.
  const onTopic: Array<CueHit & { group: CueGroup }> = [];
  for (const cue of ON_TOPIC_CUES) {
    const hit = scoreCue(cue, title, body);
    if (hit) onTopic.push({ ...hit, group: cue.group });
  }
  const offTopic = new Map<OffTopicCategory, CueHit[]>();
  for (const cue of OFF_TOPIC_CUES) {
    const hit = scoreCue(cue, title, body);
    if (hit) offTopic.set(cue.category, [...(offTopic.get(cue.category) ?? []), hit]);
  }
  onTopic.sort(byScore);
  const sum = (hits: readonly CueHit[]): number => hits.reduce((total, h) => total + h.score, 0);
  const organisations = onTopic.filter((h) => h.group !== 'workplace');
  const organisationScore = sum(organisations);
  const workplaceScore = sum(onTopic.filter((h) => h.group === 'workplace'));
  const unionScore = sum(onTopic.filter((h) => h.group === 'union'));
  const offScore = sum([...offTopic.values()].flat());
  const score = organisationScore + workplaceScore - offScore;
  const cues = onTopic.map((h) => h.label);
  const skip = (reason: string): TopicVerdict => ({ kept: false, reason, score, cues });

  // The off-topic category with the most evidence, for the reason.
  const strongestOff = [...offTopic.entries()]
    .map(([category, hits]) => ({ category, hits: [...hits].sort(byScore), total: sum(hits) }))
    .sort((a, b) => b.total - a.total)[0];
  const offReason = strongestOff === undefined ? null : `off-topic: ${strongestOff.category} (${listLabels(strongestOff.hits)})`;

  // 3.
  if (organisations.length === 0) return skip(offReason ?? 'no Party/union cue in title or body');
  // 4.
  if (offReason !== null) {
    const offInTitle = [...offTopic.values()].flat().some((h) => h.inTitle);
    const onInTitle = organisations.some((h) => h.inTitle);
    if ((offInTitle && !onInTitle) || offScore >= organisationScore) return skip(offReason);
  }
  // 5.
  if (workplaceScore === 0 && unionScore === 0) return skip(`no enterprise or workplace cue with the Party/youth cues (${listLabels(organisations)})`);
  // 6.
  if (score < MIN_SCORE) return skip(`weak: score ${score} < ${MIN_SCORE} (${listLabels(onTopic)})`);
  // 7.
  return { kept: true, reason: `kept: ${onTopic.length} cues (${listLabels(onTopic)})`, score, cues };
}
