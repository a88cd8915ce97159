// Table test of the page's word-level difference (www/diff.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff, wordKey, wordingDiffers } from '../../www/diff.js';

const show = (runs) => runs.map((r) => `${r.op}:${r.words.join(' ')}`);

const cases = [
  {
    name: 'an inserted phrase',
    ref: 'The threat from North Korea is increasing,',
    variant: 'The threat from North Korea of course is increasing,',
    want: ['same:The threat from North Korea', 'add:of course', 'same:is increasing,'],
  },
  {
    name: 'an inserted phrase, and the variant quotes more',
    ref: 'The threat from North Korea is increasing,',
    variant: 'The threat from North Korea of course is increasing, Our forces in Japan are very important',
    want: ['same:The threat from North Korea', 'add:of course', 'same:is increasing,', 'after:Our forces in Japan are very important'],
  },
  {
    name: 'a removed word',
    ref: 'we will not back down now',
    variant: 'we will not back down',
    want: ['same:we will not back down', 'cut-after:now'],
  },
  {
    name: 'a word replaced in the middle',
    ref: 'about 49,000 troops are there',
    variant: 'about 50,000 troops are there',
    want: ['same:about', 'del:49,000', 'add:50,000', 'same:troops are there'],
  },
  {
    name: 'case, punctuation and curly quotes do not count',
    ref: 'It’s a “big deal,” he said',
    variant: "it's a \"big deal\" he said.",
    want: ["same:it's a \"big deal\" he said."],
  },
  {
    name: 'the variant starts earlier',
    ref: 'guidelines will transform the alliance',
    variant: 'the new guidelines will transform the alliance',
    want: ['before:the new', 'same:guidelines will transform the alliance'],
  },
  {
    name: 'nothing in common',
    ref: 'yes indeed',
    variant: 'no way',
    want: ['del:yes indeed', 'add:no way'],
  },
  {
    name: 'empty reference',
    ref: '',
    variant: 'some words',
    want: ['add:some words'],
  },
  {
    name: 'identical',
    ref: 'one two three',
    variant: 'one  two\nthree',
    want: ['same:one two three'],
  },
];

for (const c of cases) {
  test(`wordDiff: ${c.name}`, () => {
    assert.deepEqual(show(wordDiff(c.ref, c.variant)), c.want);
  });
}

test('wordingDiffers counts changes inside the shared stretch only', () => {
  assert.equal(wordingDiffers(wordDiff('a b c', 'a x b c')), true);
  assert.equal(wordingDiffers(wordDiff('a b c', 'a b c d e')), false);
  assert.equal(wordingDiffers(wordDiff('a b c', 'b c')), false);
});

test('wordKey', () => {
  assert.equal(wordKey('“Hello,”'), 'hello');
  assert.equal(wordKey('U.S.-Japan'), 'u.s.-japan');
  assert.equal(wordKey('—'), '');
});

test('a very long pair is reported as wholly different, not aligned', () => {
  const long = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
  const runs = wordDiff(long, long);
  assert.deepEqual(runs.map((r) => r.op), ['del', 'add']);
});
