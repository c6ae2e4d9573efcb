/**
 * Golden articles (test/golden/) and the blind sets (test/heldout/, test/blind2/, test/blind3/, test/blind4/, test/blind5/, test/blind6/, test/blind7/, test/blind8/, test/blind9/, test/blind10/, test/blind11/, test/blind12/, test/blind13/, test/blind14/, test/blind15/, test/blind16/, test/blind17/, test/blind18/, test/blind19/, test/blind20/, test/blind21/, test/blind22/, test/blind23/, test/blind24/, test/blind25/, test/blind26/, test/blind27/, test/blind28/, test/blind29/, test/blind30/, test/blind31/, test/blind32/, test/blind33/, test/blind34/, test/blind35/, test/blind36/, test/blind37/, test/blind38/, test/blind39/, test/blind40/, test/blind41/, test/blind42/, test/blind43/, test/blind44/, test/blind45/, test/blind46/, test/blind47/, test/blind48/, test/blind49/, test/blind50/, test/blind51/, test/blind52/, test/blind53/, test/blind54/, test/blind55/, test/blind56/, test/blind57/, test/blind58/, test/blind59/, test/blind60/, test/blind61/, test/blind62/, test/blind63/, test/blind64/, test/blind65/, test/blind66/, test/blind67/, test/blind68/, test/blind69/, test/blind70/, test/blind71/, test/blind72/, test/blind73/, test/blind74/, test/blind75/, test/blind76/, test/blind77/, test/blind78/, test/blind79/, test/blind80/, test/blind81/, test/blind82/, test/blind83/, test/blind84/, test/blind85/, test/blind86/, test/blind87/, test/blind88/, test/blind89/, test/blind90/, test/blind91/, test/blind92/, test/blind93/, test/blind94/, test/blind95/, test/blind96/, test/blind97/, test/blind98/, test/blind99/, test/blind100/, test/blind101/, test/blind102/, test/blind103/, test/blind104/, test/blind105/, test/blind106/, test/blind107/, test/blind108/, test/blind109/, test/blind110/, test/blind111/, test/blind112/, test/blind113/, test/blind114/, test/blind115/, test/blind116/, test/blind117/, test/blind118/, test/blind119/, test/blind120/, test/blind121/, test/blind122/, test/blind123/, test/blind124/, test/blind125/, test/blind126/, test/blind127/, test/blind128/, test/blind129/, test/blind130/, test/blind131/, test/blind132/, test/blind133/, test/blind134/, test/blind135/, test/blind136/, test/blind137/, test/blind138/, test/blind139/, test/blind140/, test/blind141/, test/blind142/, test/blind143/, test/blind144/, test/blind145/, test/blind146/, test/blind147/, test/blind148/, test/blind149/, test/blind150/, test/blind151/, test/blind152/, test/blind153/, test/blind154/, test/blind155/, test/blind156/, test/blind157/, test/blind158/, test/blind159/, test/blind160/, test/blind161/, test/blind162/, test/blind163/, test/blind164/, test/blind165/, test/blind166/, test/blind167/, test/blind168/, test/blind169/, test/blind170/, test/blind171/, test/blind172/, test/blind173/, test/blind174/, test/blind175/, test/blind176/, test/blind177/, test/blind178/, test/blind179/, test/blind180/, test/blind181/, test/blind182/, test/blind183/, test/blind184/, test/blind185/, test/blind186/, test/blind187/, test/blind188/, test/blind189/, test/blind190/, test/blind191/, test/blind192/, test/blind193/, test/blind194/, test/blind195/, test/blind196/, test/blind197/, test/blind198/, test/blind199/, test/blind200/, test/blind201/, test/blind202/, test/blind203/, test/blind204/, test/blind205/, test/blind206/, test/blind207/, test/blind208/, test/blind209/, test/blind210/, test/blind211/, test/blind212/, test/blind213/):
 * the project's own corpora of articles written in the styles of real
 * provincial reporting, each beside its hand-annotated expected facts. Scored
 * like the seeds; CI fails below the floors in test/eval/baseline.json, and
 * articles that state no figure must yield none.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFromBytes } from '../extract/index.js';
import { _checkGates } from '../extract/needed-words.js';
import { describeMisses, loadGolden, scoreArticle, summarize } from './_score.js';

type Floors = { f1: number; kind: number; province: number; published: number };
// Every gated rule checks, on all these articles, that its gate skipped no match (extract/needed-words.ts).
_checkGates(true);

const baseline = JSON.parse(readFileSync(new URL('./eval/baseline.json', import.meta.url), 'utf8')) as Record<'golden' | 'heldout' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6' | 'blind7' | 'blind8' | 'blind9' | 'blind10' | 'blind11' | 'blind12' | 'blind13' | 'blind14' | 'blind15' | 'blind16' | 'blind17' | 'blind18' | 'blind19' | 'blind20' | 'blind21' | 'blind22' | 'blind23' | 'blind24' | 'blind25' | 'blind26' | 'blind27' | 'blind28' | 'blind29' | 'blind30' | 'blind31' | 'blind32' | 'blind33' | 'blind34' | 'blind35' | 'blind36' | 'blind37' | 'blind38' | 'blind39' | 'blind40' | 'blind41' | 'blind42' | 'blind43' | 'blind44' | 'blind45' | 'blind46' | 'blind47' | 'blind48' | 'blind49' | 'blind50' | 'blind51' | 'blind52' | 'blind53' | 'blind54' | 'blind55' | 'blind56' | 'blind57' | 'blind58' | 'blind59' | 'blind60' | 'blind61' | 'blind62' | 'blind63' | 'blind64' | 'blind65' | 'blind66' | 'blind67' | 'blind68' | 'blind69' | 'blind70' | 'blind71' | 'blind72' | 'blind73' | 'blind74' | 'blind75' | 'blind76' | 'blind77' | 'blind78' | 'blind79' | 'blind80' | 'blind81' | 'blind82' | 'blind83' | 'blind84' | 'blind85' | 'blind86' | 'blind87' | 'blind88' | 'blind89' | 'blind90' | 'blind91' | 'blind92' | 'blind93' | 'blind94' | 'blind95' | 'blind96' | 'blind97' | 'blind98' | 'blind99' | 'blind100' | 'blind101' | 'blind102' | 'blind103' | 'blind104' | 'blind105' | 'blind106' | 'blind107' | 'blind108' | 'blind109' | 'blind110' | 'blind111' | 'blind112' | 'blind113' | 'blind114' | 'blind115' | 'blind116' | 'blind117' | 'blind118' | 'blind119' | 'blind120' | 'blind121' | 'blind122' | 'blind123' | 'blind124' | 'blind125' | 'blind126' | 'blind127' | 'blind128' | 'blind129' | 'blind130' | 'blind131' | 'blind132' | 'blind133' | 'blind134' | 'blind135' | 'blind136' | 'blind137' | 'blind138' | 'blind139' | 'blind140' | 'blind141' | 'blind142' | 'blind143' | 'blind144' | 'blind145' | 'blind146' | 'blind147' | 'blind148' | 'blind149' | 'blind150' | 'blind151' | 'blind152' | 'blind153' | 'blind154' | 'blind155' | 'blind156' | 'blind157' | 'blind158' | 'blind159' | 'blind160' | 'blind161' | 'blind162' | 'blind163' | 'blind164' | 'blind165' | 'blind166' | 'blind167' | 'blind168' | 'blind169' | 'blind170' | 'blind171' | 'blind172' | 'blind173' | 'blind174' | 'blind175' | 'blind176' | 'blind177' | 'blind178' | 'blind179' | 'blind180' | 'blind181' | 'blind182' | 'blind183' | 'blind184' | 'blind185' | 'blind186' | 'blind187' | 'blind188' | 'blind189' | 'blind190' | 'blind191' | 'blind192' | 'blind193' | 'blind194' | 'blind195' | 'blind196' | 'blind197' | 'blind198' | 'blind199' | 'blind200' | 'blind201' | 'blind202' | 'blind203' | 'blind204' | 'blind205' | 'blind206' | 'blind207' | 'blind208' | 'blind209' | 'blind210' | 'blind211' | 'blind212' | 'blind213', Floors>;

for (const corpusName of ['golden', 'heldout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42', 'blind43', 'blind44', 'blind45', 'blind46', 'blind47', 'blind48', 'blind49', 'blind50', 'blind51', 'blind52', 'blind53', 'blind54', 'blind55', 'blind56', 'blind57', 'blind58', 'blind59', 'blind60', 'blind61', 'blind62', 'blind63', 'blind64', 'blind65', 'blind66', 'blind67', 'blind68', 'blind69', 'blind70', 'blind71', 'blind72', 'blind73', 'blind74', 'blind75', 'blind76', 'blind77', 'blind78', 'blind79', 'blind80', 'blind81', 'blind82', 'blind83', 'blind84', 'blind85', 'blind86', 'blind87', 'blind88', 'blind89', 'blind90', 'blind91', 'blind92', 'blind93', 'blind94', 'blind95', 'blind96', 'blind97', 'blind98', 'blind99', 'blind100', 'blind101', 'blind102', 'blind103', 'blind104', 'blind105', 'blind106', 'blind107', 'blind108', 'blind109', 'blind110', 'blind111', 'blind112', 'blind113', 'blind114', 'blind115', 'blind116', 'blind117', 'blind118', 'blind119', 'blind120', 'blind121', 'blind122', 'blind123', 'blind124', 'blind125', 'blind126', 'blind127', 'blind128', 'blind129', 'blind130', 'blind131', 'blind132', 'blind133', 'blind134', 'blind135', 'blind136', 'blind137', 'blind138', 'blind139', 'blind140', 'blind141', 'blind142', 'blind143', 'blind144', 'blind145', 'blind146', 'blind147', 'blind148', 'blind149', 'blind150', 'blind151', 'blind152', 'blind153', 'blind154', 'blind155', 'blind156', 'blind157', 'blind158', 'blind159', 'blind160', 'blind161', 'blind162', 'blind163', 'blind164', 'blind165', 'blind166', 'blind167', 'blind168', 'blind169', 'blind170', 'blind171', 'blind172', 'blind173', 'blind174', 'blind175', 'blind176', 'blind177', 'blind178', 'blind179', 'blind180', 'blind181', 'blind182', 'blind183', 'blind184', 'blind185', 'blind186', 'blind187', 'blind188', 'blind189', 'blind190', 'blind191', 'blind192', 'blind193', 'blind194', 'blind195', 'blind196', 'blind197', 'blind198', 'blind199', 'blind200', 'blind201', 'blind202', 'blind203', 'blind204', 'blind205', 'blind206', 'blind207', 'blind208', 'blind209', 'blind210', 'blind211', 'blind212', 'blind213'] as const) {
const dir = fileURLToPath(new URL(`./${corpusName}/`, import.meta.url));
const floors = baseline[corpusName];
const gold = loadGolden(dir);

const scored = gold.map((g) => {
  const result = extractFromBytes(readFileSync(g.path), { fileName: g.path });
  return { gold: g, result, score: scoreArticle(g, { province: result.meta.province, published: result.meta.published, facts: result.facts }) };
});
const corpus = summarize(scored.map((s) => s.score));
const report = scored.filter((s) => s.score.fp + s.score.fn > 0 || !s.score.provinceOk || !s.score.publishedOk).map((s) => describeMisses(s.score)).join('\n');

describe(`${corpusName} corpus`, () => {
  it('has its articles', () => {
    expect(gold.length).toBeGreaterThanOrEqual(corpusName === 'golden' ? 30 : 20);
  });

  it(`scores at or above the floors (F1 ${corpus.f1.toFixed(3)}, kind ${corpus.kind.toFixed(3)}, province ${corpus.province.toFixed(3)}, published ${corpus.published.toFixed(3)})`, () => {
    expect(corpus.f1, report).toBeGreaterThanOrEqual(floors.f1);
    expect(corpus.kind, report).toBeGreaterThanOrEqual(floors.kind);
    expect(corpus.province, report).toBeGreaterThanOrEqual(floors.province);
    expect(corpus.published, report).toBeGreaterThanOrEqual(floors.published);
  });

  it.each(gold.filter((g) => g.facts.length === 0).map((g) => [g.file]))('%s states no figure and yields no fact', (file) => {
    const s = scored.find((x) => x.gold.file === file)!;
    expect(s.result.facts.map((f) => `${f.metric} ${f.value} «${f.mention.text}»`)).toEqual([]);
  });

  it.each(scored.map((s) => [s.gold.file, s] as const))('%s: every fact is traceable to its sentence', (_file, s) => {
    for (const f of s.result.facts) {
      expect(s.result.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(s.result.text.slice(f.mention.start, f.mention.end)).toBe(f.mention.text);
    }
  });
});
}
