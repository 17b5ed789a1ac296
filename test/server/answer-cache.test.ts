import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerCache, questionOf } from "../../src/server/answer-cache.js";

describe("the answer cache of pure routes", () => {
  it("answers a repeated question without computing it again", () => {
    const cache = new AnswerCache(2);
    let computed = 0;
    const answer = () => `answer ${++computed}`;
    expect(cache.get("a", answer)).toBe("answer 1");
    expect(cache.get("a", answer)).toBe("answer 1");
    expect(computed).toBe(1);
  });

  it("forgets the least recently asked question first, and never holds more than its bound", () => {
    const cache = new AnswerCache(2);
    cache.get("a", () => "A");
    cache.get("b", () => "B");
    cache.get("a", () => "A again"); // a is now the most recent
    cache.get("c", () => "C"); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.get("a", () => "recomputed")).toBe("A");
    expect(cache.get("b", () => "B recomputed")).toBe("B recomputed");
  });

  it("asks the same question whatever the order of the query's parameters", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (query) => {
        const reversed = Object.fromEntries(Object.entries(query).reverse());
        expect(questionOf(reversed)).toBe(questionOf(query));
      }),
    );
    expect(questionOf({ power: "5GW" })).not.toBe(questionOf({ power: "5 GW", grid: "us" }));
  });
});
