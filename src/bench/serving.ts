// `npm run bench` (third part): a simulated day of serving, chat and briefings, for 10M and 100M users. The day is
// simulated second by second in cohorts, so its cost does not grow with users; figures go to bench/RESULTS.md.
import { evaluateScenario, parseScenario } from "../core/index.js";
import { loadCatalog } from "../node/data-files.js";
import { machine, writeSection } from "./results-file.js";

const catalog = loadCatalog();
const scenario = (users: string) =>
  parseScenario({
    sites: [{ id: "abilene", project: "stargate-abilene" }],
    workloads: [
      {
        name: "pulse",
        kind: "serving",
        model: { parameters: "400B", activeParameters: "100B", precision: "fp8" },
        users,
        regions: [
          { utcOffset: -5, share: "40%" },
          { utcOffset: 1, share: "30%" },
          { utcOffset: 7, share: "30%" },
        ],
        briefings: { calls: 10, inputTokens: "4k", outputTokens: 300 },
      },
    ],
  });

const time = (users: string) => {
  const s = scenario(users);
  evaluateScenario(s, catalog, { simulateDay: true, seed: 1 }); // warm-up
  const start = performance.now();
  const r = evaluateScenario(s, catalog, { simulateDay: true, seed: 1 }).workloads.pulse;
  const seconds = (performance.now() - start) / 1000;
  const requests =
    r?.kind === "serving" ? (r.daySimulation?.chatRequests ?? 0) + (r.briefingsPerDay ?? 0) : 0;
  return { seconds, requests };
};
const ten = time("10M");
const hundred = time("100M");
const fmt = (v: number) => Math.round(v).toLocaleString("en-US");

const report = `## Serving: a simulated day

Machine: ${machine()}. Source: src/bench/serving.ts.

| what | time | requests in the day | target |
| --- | --- | --- | --- |
| 10M users, chat and Pulse-like briefings, three time zones, one core | ${ten.seconds.toFixed(2)} s | ${fmt(ten.requests)} | under 10 s |
| 100M users, the same, one core | ${hundred.seconds.toFixed(2)} s | ${fmt(hundred.requests)} | under 60 s |

The day runs second by second with requests in cohorts (all arrivals of a second together), so the time does not
grow with users; latencies are exact to one second, the cohort resolution. Two cores are not needed.
`;
writeSection("serving", report);
process.stdout.write(report);
