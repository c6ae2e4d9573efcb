/**
 * What the sentence scan hands over: a Draft per figure (a fact before ids,
 * parents and evidence are settled by finalize-facts.ts), and the state one
 * paragraph carries from sentence to sentence.
 */
import type { VerbClass } from '../cues.js';
import type { PeriodMention } from '../find-period.js';
import type { Fact } from '../types.js';

export interface Draft extends Omit<Fact, 'id' | 'parent' | 'evidence' | 'mention'> {
  sentenceIndex: number;
  mentionStart: number;
  mentionEnd: number;
  verb: VerbClass | null;
  /** Index (in drafts) of the total this is a part of. */
  parentIndex: number | null;
  /** Set on parts introduced by a sentence-initial "Trong đó": parent is found later by metric. */
  pendingParent: boolean;
  /** A comparison with another period ("tăng 12 … so với năm 2022"): never the figure a percent or part refers to. */
  isDelta: boolean;
  /** The plan of the count before it, written "N/M" ("kết nạp 138/150 đảng viên, đạt 92%"): never the total of the parts after it. */
  planOfFraction?: boolean;
}

export interface ParagraphState {
  paragraph: number;
  scope: string | null;
  period: PeriodMention | null;
  /** Inside a list introduced by a target heading ("Chỉ tiêu năm 2024:" then "+ …" lines). */
  targetList: boolean;
  /** After a sentence that announces goals and states none ("Kế hoạch đề ra các chỉ tiêu cụ thể."), in the same paragraph. */
  announcedTargets?: boolean;
  /** The article is about the Youth Union: a bare "đoàn viên" with no other cue is a Youth Union member (asked only then, so computed on demand). */
  youthArticle: () => boolean;
  /** Whether the article is about the unions (extractFacts): a bare "ĐV" there is a union member. */
  unionArticle: () => boolean;
  /**
   * Index (in drafts) of the total this paragraph's figures are parts of: a sub-item ("+ …: 287 người;")
   * under a line that ends in a breakdown cue ("giới thiệu 412 đoàn viên ưu tú; trong đó:"), or null.
   */
  partOf: number | null;
  /**
   * A heading that says what its list items count but gives no figure ("Kết quả kết nạp đảng viên của
   * các đảng bộ trực thuộc:"), for the items under it ("+ Thành ủy Sóc Trăng: 152;"); else null.
   */
  itemHeading: string | null;
  /** The sentence before, in this paragraph, when it gave no figure ("… số đảng viên được kết nạp tăng qua từng năm."); else null. */
  quiet?: string | null;
}
