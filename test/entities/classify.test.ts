import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/entities/candidates.js';
import { classifyCandidate } from '../../src/entities/classify.js';

const classified = (text: string) => findCandidates(text).flatMap(classifyCandidate);

// Outputs as they were before the classifier's char-check fast paths (digits, hyphens, acronyms, compounds).
describe('classifyCandidate', () => {
  it("sorts The launch of a Hwasong-19 missile, said KCNA.", () => {
    expect(classified("The launch of a Hwasong-19 missile, said KCNA.")).toEqual([{"kind": "organization", "surface": "KCNA", "cue": false, "canonical": "Korean Central News Agency"}]);
  });

  it("sorts A Putin-Kim summit ended.", () => {
    expect(classified("A Putin-Kim summit ended.")).toEqual([{"kind": "person", "surface": "Putin", "cue": false}, {"kind": "person", "surface": "Kim", "cue": false}]);
  });

  it("sorts Seoul-based analyst Hong Min said so.", () => {
    expect(classified("Seoul-based analyst Hong Min said so.")).toEqual([{"kind": "person", "surface": "Seoul-based", "cue": false}, {"kind": "person", "surface": "Hong Min", "cue": true}]);
  });

  it("sorts He met U.N. Secretary-General Antonio Guterres on Friday.", () => {
    expect(classified("He met U.N. Secretary-General Antonio Guterres on Friday.")).toEqual([{"kind": "person", "surface": "Secretary-General Antonio Guterres", "cue": false}]);
  });

  it("sorts The Ministry of Foreign Affairs of Russia said.", () => {
    expect(classified("The Ministry of Foreign Affairs of Russia said.")).toEqual([]);
  });

  it("sorts Talks in Abdel-Fattah el-Sisi country", () => {
    expect(classified("Talks in Abdel-Fattah el-Sisi country")).toEqual([{"kind": "person", "surface": "Talks", "cue": false}, {"kind": "person", "surface": "Abdel-Fattah el-Sisi", "cue": false}]);
  });

  it("sorts The NATO and IAEA chiefs, 2 B-52 jets", () => {
    expect(classified("The NATO and IAEA chiefs, 2 B-52 jets")).toEqual([{"kind": "organization", "surface": "NATO", "cue": false, "canonical": "NATO"}, {"kind": "organization", "surface": "IAEA", "cue": false, "canonical": "International Atomic Energy Agency"}]);
  });

  it("sorts Foreign Minister Sergei Lavrov of Russia arrived", () => {
    expect(classified("Foreign Minister Sergei Lavrov of Russia arrived")).toEqual([{"kind": "person", "surface": "Sergei Lavrov", "cue": true}, {"kind": "place", "surface": "Russia", "cue": false, "canonical": "Russia"}]);
  });
});

// A run is sorted once and kept (classify.ts plans); what depends on the text around it must still be read each time.
describe('classifyCandidate: the same run in different places', () => {
  it('reads the cue of each mention from its own context', () => {
    expect(classified('analyst Hong Min left')).toEqual([{ kind: 'person', surface: 'Hong Min', cue: true }]);
    expect(classified('then Hong Min left')).toEqual([{ kind: 'person', surface: 'Hong Min', cue: false }]);
    expect(classified('Hong Min said so.')).toEqual([{ kind: 'person', surface: 'Hong Min', cue: true }]);
    expect(classified('analyst Hong Min left')).toEqual([{ kind: 'person', surface: 'Hong Min', cue: true }]);
  });

  it('drops sentence-start words only at the start of a sentence', () => {
    expect(classified('However Kim Jong Un left.')).toEqual([{ kind: 'person', surface: 'Kim Jong Un', cue: false }]);
    expect(classified('and However Kim Jong Un left.')).toEqual([{ kind: 'person', surface: 'However Kim Jong Un', cue: false }]);
    expect(classified('However Kim Jong Un left.')).toEqual([{ kind: 'person', surface: 'Kim Jong Un', cue: false }]);
  });

  it('drops a headed organisation in a headline only', () => {
    const org = { kind: 'organization', surface: 'Defence Ministry', cue: false };
    expect(classified('He praised the Defence Ministry for it.')).toEqual([org]);
    expect(classified('Defence Ministry, Navy Troops Deploy Near Border')).not.toContainEqual(org);
    expect(classified('He praised the Defence Ministry for it.')).toEqual([org]);
  });
});
