import {expect} from '@open-wc/testing';
import {ProblemList} from '../../src/shared/problems.js';
import {readChoice, readChoiceList, readClinicText, readNumber} from '../../src/shared/validate.js';

describe('clinic data readers', () => {
  it('keeps valid texts of a per-language object and names each bad one', () => {
    const problems = new ProblemList();
    expect(readClinicText({en: ' Hi ', es: '', 'not a tag': 'x', fr: 3}, 'name', problems)).to.deep.equal({en: 'Hi'});
    expect(problems.items.map((p) => `${p.field}:${p.code}`)).to.deep.equal([
      'name.es:empty',
      'name.not a tag:unknown-field',
      'name.fr:expected-text',
    ]);
  });

  it('accepts numbers only inside their range', () => {
    const problems = new ProblemList();
    expect(readNumber(12, 'h', problems, [0, 168])).to.equal(12);
    expect(readNumber(200, 'h', problems, [0, 168])).to.equal(undefined);
    expect(readNumber('12', 'h', problems, [0, 168])).to.equal(undefined);
    expect(problems.items.map((p) => p.code)).to.deep.equal(['expected-number', 'expected-number']);
  });

  it('reads a list attribute in order, reporting unknown and repeated ids', () => {
    const problems = new ProblemList();
    expect(readChoiceList('c, a b a zz', ['a', 'b', 'c'], 'levels', problems)).to.deep.equal(['c', 'a', 'b']);
    expect(problems.items.map((p) => `${p.code}:${p.value ?? ''}`)).to.deep.equal(['duplicate:a', 'unknown-value:zz']);
    expect(readChoiceList('', ['a', 'b'], 'levels', new ProblemList())).to.deep.equal(['a', 'b']);
  });

  it('falls back to the default for an unknown choice, and says so', () => {
    const problems = new ProblemList();
    expect(readChoice(' B ', ['a', 'b'], 'a', 'x', problems)).to.equal('b');
    expect(readChoice('q', ['a', 'b'], 'a', 'x', problems)).to.equal('a');
    expect(problems.items).to.have.length(1);
    expect(problems.items[0]!.outcome).to.equal('default-used');
  });
});
