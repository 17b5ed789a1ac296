import { describe, expect, it } from "vitest";
import { explainText } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const checksOf = (text: string) => explainText(text, catalog).claims.flatMap((c) => c.checks);

// Sentences of our own (issue 13, item 3): each check compares like with like, or says nothing.
describe("checks that say what an analyst would", () => {
  it("does not price a wind farm's megawatts as a data centre's", () => {
    expect(checksOf("Microsoft agreed to buy the output of a 600 MW wind farm for $900 million.")).toEqual(
      [],
    );
    expect(checksOf("The utility will buy $2 billion of fuel cells, an option on 800 megawatts.")).toEqual(
      [],
    );
  });

  it("prices a chip order against the accelerators' share of the site, not its all-in capex", () => {
    const [check] = checksOf(
      "The company will buy $20 billion of Nvidia chips for its 1 GW campus in Texas.",
    );
    expect(check?.message.id).toBe("check.chips");
    // The accelerators' share of 1 GW runs from the bottom-up chips to the all-in capex less the buildings (~$13B):
    // $20B sits inside it, where against the all-in $35-60B it would read as a part.
    expect(check?.verdict).toBe("consistent");
    expect(check?.range?.p90).toBeGreaterThan(35e9);
  });

  it("reads a loan well below the site's cost as financing part of it", () => {
    const [check] = checksOf(
      "The developer will raise $3 billion from equity investors for its 1 GW campus.",
    );
    expect(check?.reason).toBe("financing");
  });

  it("does not call a second campus a phase of the third", () => {
    const text =
      "Stargate is growing. A second campus, Vantage's Frontier site in Shackelford County, is planned at 1.4 GW, and a third, in New Mexico, could reach 2 GW.";
    expect(checksOf(text).filter((k) => k.kind === "phase")).toEqual([]);
  });

  it("checks a first phase against the total of its own sentence", () => {
    const text =
      "The venture will build 1 gigawatt of AI capacity in Sakai by 2030, starting with a 150 MW first phase in 2026.";
    const phases = checksOf(text).filter((k) => k.kind === "phase");
    expect(phases.map((k) => k.figures)).toEqual([["150 MW", "1 gigawatt"]]);
  });

  it("adds up parts stated sentences apart: 6 + 10 + 10 = 26 GW", () => {
    const text =
      "AMD will supply 6 GW of accelerators over four years. Nvidia's deal covers 10 GW of systems, its largest. Broadcom will design chips for another 10 GW by 2029. In all, the commitments reach 26 GW.";
    const sums = checksOf(text).filter((k) => k.kind === "sum");
    expect(sums.map((k) => k.figures)).toEqual([["26 GW", "6 GW", "10 GW", "10 GW"]]);
  });

  it("says a count that names no chip fits an older generation: 500,000 GPUs in 600 MW", () => {
    // 600 MW / 500,000 = 1.2 kW per GPU all-in: H100-class, not the ~2.7 kW the model gives a GB200 with its share.
    const [check] = checksOf(
      "By 2028 the company plans 500,000 GPUs at its two sites, drawing 600 MW in total.",
    );
    expect(check?.reason).toBe("older-generation");
  });

  it("sizes Google TPUs as TPUs, not as GB200", () => {
    const [check] = checksOf(
      "Anthropic will use up to one million Google TPUs, more than 1 GW of capacity, in 2026.",
    );
    expect(check?.kind).toBe("accelerators");
    expect(check?.message.params.accelerator).toBe("tpu-v7");
  });
});
