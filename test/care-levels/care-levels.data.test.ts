import {expect} from '@open-wc/testing';
import {barGeometry, parseCareLevelsData, stepNeighbours} from '../../src/components/care-levels/care-levels.data.js';
import {ProblemList} from '../../src/shared/problems.js';

describe('care-level data and layout', () => {
  it('steps between neighbouring levels among those shown', () => {
    const all = ['withdrawal', 'residential', 'php', 'iop', 'outpatient', 'continuing'] as const;
    expect(stepNeighbours('iop', all)).to.deep.equal({up: 'php', down: 'outpatient'});
    expect(stepNeighbours('iop', ['residential', 'iop', 'continuing'])).to.deep.equal({up: 'residential', down: 'continuing'});
    expect(stepNeighbours('residential', all)).to.deep.equal({down: 'php'});
    expect(stepNeighbours('withdrawal', all)).to.deep.equal({});
  });

  it('places bars on the 0 to 40 hour scale', () => {
    expect(barGeometry({kind: 'hours', min: 9, max: 20})).to.deep.equal({start: 22.5, size: 27.5, open: false});
    expect(barGeometry({kind: 'hours', min: 20})).to.deep.equal({start: 50, size: 50, open: true});
    expect(barGeometry({kind: 'all-day'})).to.deep.equal({start: 0, size: 100, open: true});
    expect(barGeometry({kind: 'varies'})).to.equal(undefined);
    expect(barGeometry({min: 12, max: 12})).to.deep.equal({start: 30, size: 1, open: false});
    expect(barGeometry({min: 30, max: 60})).to.deep.equal({start: 75, size: 25, open: true});
  });

  it('parses hours given as one number or a range', () => {
    const problems = new ProblemList();
    const data = parseCareLevelsData(
      {levels: {iop: {hours: 10}, php: {hours: {min: 20, max: 25}}, outpatient: {hours: {min: 2}}}},
      problems,
    );
    expect(data.levels).to.deep.equal({
      iop: {hours: {min: 10, max: 10}},
      php: {hours: {min: 20, max: 25}},
      outpatient: {hours: {min: 2, max: 2}},
    });
    expect(problems.items).to.deep.equal([]);
  });

  it('rejects data that is not an object', () => {
    const problems = new ProblemList();
    expect(parseCareLevelsData([1, 2], problems)).to.deep.equal({});
    expect(problems.items.map((p) => p.code)).to.deep.equal(['expected-object']);
  });
});
