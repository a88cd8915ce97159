// Table tests of the page's exports (www/exporters.js): CSV cells and brat standoff offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv, bratFragments, bratAnn, safeStem } from '../../www/exporters.js';

test('csvCell quotes what needs quoting and defuses formulas', () => {
  const cases = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+44 20', "'+44 20"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    [null, ''],
    [0.5, '0.5'],
  ];
  for (const [input, want] of cases) assert.equal(csvCell(input), want, JSON.stringify(input));
  assert.equal(toCsv(['a', 'b'], [[1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
});

test('brat fragments: cut at line breaks, blank ends trimmed, counted in characters', () => {
  const cps = Array.from('😀 ab\ncd\r\n\n ef ');
  // 😀=0 ' '=1 a=2 b=3 \n=4 c=5 d=6 \r=7 \n=8 \n=9 ' '=10 e=11 f=12 ' '=13
  assert.deepEqual(bratFragments(cps, [2, 4]), [[2, 4]]);
  assert.deepEqual(bratFragments(cps, [2, 7]), [[2, 4], [5, 7]]);
  assert.deepEqual(bratFragments(cps, [1, 14]), [[2, 4], [5, 7], [11, 13]]);
  assert.deepEqual(bratFragments(cps, [7, 10]), []);
});

test('bratAnn: every text-bound annotation picks out its text; quotes link speaker and cue', () => {
  const text = '😀 “Good\nday,” said Ann Lee.\n';
  const cps = Array.from(text);
  const span = (s) => {
    const i = text.indexOf(s);
    const a = Array.from(text.slice(0, i)).length;
    return [a, a + Array.from(s).length];
  };
  const result = {
    quotes: [{ id: 'q1', kind: 'direct', span: span('Good\nday,'), parts: [span('Good\nday,')], text: 'Good\nday,',
      speaker: { span: span('Ann Lee'), text: 'Ann Lee', name: 'Ann Lee' }, cue: { span: span('said'), text: 'said' } }],
    entities: [{ id: 'e1', type: 'person', name: 'Ann Lee', mentions: [{ span: span('Ann Lee'), text: 'Ann Lee' }] }],
    claims: [{ id: 'c1', span: span('said Ann Lee.'), text: 'said Ann Lee.', kinds: ['attributed'], score: 0.25, hedge: null }],
  };
  const ann = bratAnn(text, result);
  const lines = ann.trimEnd().split('\n');
  assert.ok(lines.includes('T2\tQuote 3 7;8 12\tGood day,'), ann);
  assert.ok(lines.includes('A1\tKind T2 direct'), ann);
  assert.ok(lines.some((l) => /^R1\tSpokenBy Arg1:T2 Arg2:T3$/.test(l)), ann);
  assert.ok(lines.some((l) => /^R2\tCuedBy Arg1:T2 Arg2:T4$/.test(l)), ann);
  for (const l of lines.filter((x) => x.startsWith('T'))) {
    const [, typeSpans, words] = l.split('\t');
    const frags = typeSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([a, b]) => cps.slice(a, b).join('')).join(' '), words, l);
  }
});

test('safeStem makes archive names safe and unique', () => {
  const taken = new Set();
  assert.equal(safeStem('a/b:c.txt', taken), 'a_b_c');
  assert.equal(safeStem('a_b_c.html', taken), 'a_b_c_2');
  assert.equal(safeStem('..hidden', taken), '_hidden');
  assert.equal(safeStem('<img src=x>.txt', taken), '_img src=x_');
});
