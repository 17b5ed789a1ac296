import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauseRoles, type Named } from "../../src/core/headlines/clause.js";

// Sentences of our own: each names its organisations by hand, so a wrong role (the lender for the borrower, the
// seller for the buyer) fails the test whatever the catalog holds.
const NAMES = [
  "Nvidia",
  "OpenAI",
  "Oracle",
  "JPMorgan",
  "CoreWeave",
  "Microsoft",
  "Amazon",
  "Anthropic",
  "Mistral",
  "Bpifrance",
  "EDF",
  "MGX",
];

function named(text: string): Named[] {
  const out: Named[] = [];
  for (const name of NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({ id: name.toLowerCase(), start: at, end: at + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The agent and counterparty of the clause around `figure` in `text`. */
function roles(text: string, figure: string) {
  const at = text.indexOf(figure);
  const r = clauseRoles(
    text,
    { start: 0, end: text.length },
    { start: at, end: at + figure.length },
    named(text),
  );
  return { agent: r.agent?.id, counterparty: r.counterparty?.id, passive: r.passive };
}

describe("clause roles in English", () => {
  it("takes an active verb's subject as the agent and its object as the counterparty", () => {
    expect(roles("Nvidia will invest $100 billion in OpenAI.", "$100 billion")).toEqual({
      agent: "nvidia",
      counterparty: "openai",
      passive: false,
    });
  });

  it("takes the agent of a passive after 'by', and its subject as the counterparty", () => {
    expect(roles("CoreWeave was lent $2.6 billion by JPMorgan.", "$2.6 billion")).toEqual({
      agent: "jpmorgan",
      counterparty: "coreweave",
      passive: true,
    });
    expect(roles("The $18 billion campus will be built by Oracle.", "$18 billion").agent).toBe("oracle");
  });

  it("tells the lender from the borrower by the verb's direction", () => {
    expect(roles("JPMorgan lent $2 billion to CoreWeave.", "$2 billion")).toMatchObject({
      agent: "jpmorgan",
      counterparty: "coreweave",
    });
    expect(roles("CoreWeave borrowed $2 billion from JPMorgan.", "$2 billion")).toMatchObject({
      agent: "coreweave",
      counterparty: "jpmorgan",
    });
  });

  it("tells the buyer from the seller", () => {
    expect(roles("Microsoft bought $10 billion of chips from Nvidia.", "$10 billion")).toMatchObject({
      agent: "microsoft",
      counterparty: "nvidia",
    });
    expect(roles("Nvidia sold $10 billion of chips to Microsoft.", "$10 billion")).toMatchObject({
      agent: "nvidia",
      counterparty: "microsoft",
    });
  });

  it("gives a relative clause's figure to its antecedent, not to the sentence's first company", () => {
    const text = "Microsoft praised Amazon, which will spend $200 billion this year.";
    expect(roles(text, "$200 billion").agent).toBe("amazon");
    const that = "JPMorgan leads the banks that will lend $38 billion to CoreWeave.";
    expect(roles(that, "$38 billion")).toMatchObject({ agent: "jpmorgan", counterparty: "coreweave" });
  });

  it("gives each coordinated clause its own subject, and a subjectless one the first clause's", () => {
    const text = "Amazon will spend $200 billion and Microsoft will spend $140 billion.";
    expect(roles(text, "$200 billion").agent).toBe("amazon");
    expect(roles(text, "$140 billion").agent).toBe("microsoft");
    expect(roles("Oracle signed the lease and raised $18 billion.", "$18 billion").agent).toBe("oracle");
  });
});

describe("clause roles in French", () => {
  it("takes an active verb's subject as the agent and the object after 'dans' as the counterparty", () => {
    expect(roles("MGX investira 10 milliards d'euros dans Mistral.", "10 milliards")).toMatchObject({
      agent: "mgx",
      counterparty: "mistral",
    });
  });

  it("takes the agent of a passive after 'par'", () => {
    expect(
      roles("Le campus a été financé à hauteur de 3 milliards d'euros par Bpifrance.", "3 milliards"),
    ).toMatchObject({ agent: "bpifrance", passive: true });
  });

  it("tells the lender from the borrower", () => {
    expect(roles("Bpifrance prête 500 millions d'euros à Mistral.", "500 millions")).toMatchObject({
      agent: "bpifrance",
      counterparty: "mistral",
    });
    expect(roles("Mistral emprunte 500 millions d'euros auprès de Bpifrance.", "500 millions")).toMatchObject(
      {
        agent: "mistral",
        counterparty: "bpifrance",
      },
    );
  });

  it("gives a relative clause's figure to its antecedent and coordinated clauses their own subjects", () => {
    expect(roles("EDF a choisi Mistral, qui a levé 1,7 milliard d'euros.", "1,7 milliard").agent).toBe(
      "mistral",
    );
    const text = "EDF fournira 1 GW et Mistral achètera 18 000 puces à Nvidia.";
    expect(roles(text, "1 GW").agent).toBe("edf");
    expect(roles(text, "18 000 puces")).toMatchObject({ agent: "mistral", counterparty: "nvidia" });
  });
});

describe("clause roles of a pronoun subject", () => {
  it("names no agent for 'it' or 'elle' but says the subject refers back", () => {
    const at = (text: string, figure: string) => {
      const i = text.indexOf(figure);
      return clauseRoles(
        text,
        { start: 0, end: text.length },
        { start: i, end: i + figure.length },
        named(text),
      );
    };
    for (const [text, figure] of [
      ["It will spend $200 billion this year.", "$200 billion"],
      ["Elle investira 5 milliards d'euros.", "5 milliards"],
    ] as const) {
      expect(at(text, figure).agent).toBeUndefined();
      expect(at(text, figure).pronoun).toBe(true);
    }
    expect(at("Amazon will spend $200 billion.", "$200 billion").pronoun).toBe(false);
  });
});

describe("clause roles on bad input", () => {
  it("names no one where there is no verb, no entity or no text", () => {
    expect(roles("$5 billion.", "$5 billion")).toEqual({
      agent: undefined,
      counterparty: undefined,
      passive: false,
    });
    expect(roles("Nvidia OpenAI $5 billion", "$5 billion").agent).toBeUndefined();
    const empty = clauseRoles("", { start: 0, end: 0 }, { start: 0, end: 0 }, []);
    expect(empty.agent).toBeUndefined();
    expect(empty.verb).toBe(false);
  });

  it("reads a bounded window around the figure, whatever the sentence's length (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (pad) => {
        const text = `${"and which, ".repeat(pad / 10)}Nvidia will invest $100 billion in OpenAI ${"x ".repeat(pad / 2)}`;
        const at = text.indexOf("$100 billion");
        const r = clauseRoles(text, { start: 0, end: text.length }, { start: at, end: at + 12 }, named(text));
        return r.clause.end - r.clause.start < 700 && r.agent?.id === "nvidia";
      }),
      { seed: 13, numRuns: 20 },
    );
  });
});
