// Bad and unusual inputs a user can give, each with the exit status and the words its one message must contain.
// Shared by the named-input test (against the built CLI) and kept as data so a new case is one row.

/** A scenario with one 1 GW site of GB200; `site` adds lines to the site, `tail` lines after it. */
export const scenario = (site = "", tail = "") =>
  `sites:\n  - id: a\n    power: 1 GW\n    accelerator: gb200\n${site}${tail}`;
/** The same with one training run on it; `run` adds lines to the workload. */
export const training = (run = "", model = "parameters: 70B, tokens: 15T") =>
  scenario(
    "",
    `workloads:\n  - name: t\n    kind: training\n    sites: [a]\n    model: { ${model} }\n${run}`,
  );
const twoSites = (link: string) =>
  `sites:\n  - { id: a, power: 1 GW, accelerator: gb200 }\n  - { id: b, power: 1 GW, accelerator: gb200 }\nlinks:\n  - { between: [a, b], ${link} }\nworkloads:\n  - { name: t, kind: training, sites: [a, b], model: { parameters: 70B, tokens: 15T } }\n`;
const validCase = (published: string, id = "c1") =>
  `- id: ${id}\n  source: test\n  inputs:\n    sites: [{ id: a, power: 1 GW, accelerator: gb200 }]\n  published:\n    ${published}\n`;
const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`;

export interface NamedInput {
  readonly name: string;
  readonly args: readonly string[];
  /** Files written to a temporary folder first; `{dir}` in args is that folder. */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  readonly stdin?: string | Buffer;
  readonly status: number;
  /** Words the message (stderr) or, for a success, the output must contain, in order. */
  readonly says: RegExp;
}

export const NAMED_INPUTS: readonly NamedInput[] = [
  // Files that are not scenario files
  { name: "a missing file", args: ["run", "{dir}/nope.yaml"], status: 1, says: /nope\.yaml: no such file/ },
  { name: "a folder", args: ["run", "{dir}"], status: 1, says: /is a folder, not a file/ },
  { name: "/dev/zero", args: ["run", "/dev/zero"], status: 1, says: /\/dev\/zero: is binary/ },
  {
    name: "/dev/urandom",
    args: ["run", "/dev/urandom"],
    status: 1,
    says: /\/dev\/urandom: is (binary|not UTF-8)/,
  },
  { name: "/dev/null", args: ["run", "/dev/null"], status: 1, says: /\/dev\/null: the file is empty/ },
  {
    name: "an empty file",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "" },
    status: 1,
    says: /f\.yaml: the file is empty/,
  },
  {
    name: "only comments",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "# nothing\n" },
    status: 1,
    says: /f\.yaml: the file is empty/,
  },
  {
    name: "a binary file",
    args: ["run", "{dir}/f.png"],
    files: { "f.png": Buffer.from([137, 80, 78, 71, 0, 1, 2]) },
    status: 1,
    says: /f\.png: is binary/,
  },
  {
    name: "Latin-1 text",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": Buffer.from([110, 97, 109, 101, 58, 32, 0xe9, 10]) },
    status: 1,
    says: /f\.yaml: is not UTF-8 text/,
  },
  {
    name: "11 MB of YAML",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": `# ${"x".repeat(11e6)}\n` },
    status: 1,
    says: /f\.yaml: is 11\.0 MB; scenario and case files are at most 10 MB/,
  },
  {
    name: "a scenario on /dev/stdin",
    args: ["run", "/dev/stdin"],
    stdin: scenario(),
    status: 0,
    says: /site a/,
  },
  {
    name: "binary on /dev/stdin",
    args: ["run", "/dev/stdin"],
    stdin: Buffer.alloc(100_000),
    status: 1,
    says: /\/dev\/stdin: is binary/,
  },
  // YAML that does not parse or is not plain data
  {
    name: "an unclosed list",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites: [\n" },
    status: 1,
    says: /f\.yaml:\d+:\d+: malformed YAML/,
  },
  {
    name: "JSON with trailing text",
    args: ["run", "{dir}/f.json"],
    files: { "f.json": '{"sites": []} }' },
    status: 1,
    says: /f\.json:1:\d+: malformed YAML/,
  },
  {
    name: "a key written twice",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "name: a\nname: b\nsites: []\n" },
    status: 1,
    says: /f\.yaml:2:\d+: malformed YAML: Map keys must be unique/,
  },
  {
    name: "an undefined alias",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    pue: *nope\n") },
    status: 1,
    says: /f\.yaml: malformed YAML: an alias \(\*name\) with no anchor/,
  },
  {
    name: "an alias bomb",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": bomb },
    status: 1,
    says: /f\.yaml: malformed YAML: too many aliases/,
  },
  {
    name: "flow nesting 5,000 deep",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n` },
    status: 1,
    says: /f\.yaml:1:\d+: nesting is deeper than 64 levels/,
  },
  {
    name: "block nesting 3,000 deep",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n") },
    status: 1,
    says: /f\.yaml:65:1: nesting is deeper than 64 levels/,
  },
  {
    name: "!!binary as a quantity",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    pue: !!binary aGVsbG8=\n") },
    status: 1,
    says: /f\.yaml:5:\d+: sites\[0\]\.pue: binary data \(!!binary\) is not accepted/,
  },
  {
    name: "!!set as a quantity",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    pue: !!set { a }\n") },
    status: 1,
    says: /sites\[0\]\.pue: a set \(!!set\) is not accepted/,
  },
  {
    name: "a list at the root",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "- a\n- b\n" },
    status: 1,
    says: /f\.yaml.*invalid value a list \(expected a mapping/,
  },
  {
    name: "a number at the root",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "42\n" },
    status: 1,
    says: /f\.yaml.*invalid value 42 \(expected a mapping/,
  },
  // Quantities that are not finite, not positive or not physical
  {
    name: ".nan",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    pue: .nan\n") },
    status: 1,
    says: /f\.yaml:5:\d+: sites\[0\]\.pue: invalid fraction: \.nan is not a finite number/,
  },
  {
    name: ".inf",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    utilisation: .inf\n") },
    status: 1,
    says: /sites\[0\]\.utilisation: invalid fraction: Infinity is not a finite number/,
  },
  {
    name: "-.inf",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    renewableShare: -.inf\n") },
    status: 1,
    says: /sites\[0\]\.renewableShare: invalid fraction: -Infinity is not a finite number/,
  },
  {
    name: "1e400",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    pue: 1e400\n") },
    status: 1,
    says: /sites\[0\]\.pue: invalid fraction: Infinity is not a finite number/,
  },
  {
    name: "'1e400 GW'",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 1e400 GW }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: '1e400 GW' is too large to represent/,
  },
  {
    name: "a 305-digit power",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": `sites:\n  - { id: a, power: "${"9".repeat(305)} MW" }\n` },
    status: 1,
    says: /sites\[0\]\.power: invalid power: .* (is too large to represent|is above 1\.00 TW)/,
  },
  {
    name: "5 mW (milliwatts)",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 5 mW }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: '5 mW' .*'m' is milli, not M \(write MW/,
  },
  {
    name: "5 km as a power",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 5 km }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: '5 km' has a unit 'km' that is not a power/,
  },
  {
    name: "a bare number as a power",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 1200 }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: 1200 needs a unit/,
  },
  {
    name: "0 GW",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 0 GW }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: '0 GW' is not above 0 W/,
  },
  {
    name: "-5 GW",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: -5 GW }\n" },
    status: 1,
    says: /sites\[0\]\.power: invalid power: '-5 GW' is not above 0 W/,
  },
  {
    name: "a denormal MFU",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("    mfu: 5e-324\n") },
    status: 1,
    says: /workloads\[0\]\.mfu: invalid fraction: 5e-324 is below 0\.100%/,
  },
  {
    name: "a denormal goodput",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("    goodput: 1e-300\n") },
    status: 1,
    says: /workloads\[0\]\.goodput: invalid fraction: 1e-300 is below 0\.100%/,
  },
  {
    name: "a link of 1 bit/s",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": twoSites("bandwidth: 1 bit/s") },
    status: 1,
    says: /links\[0\]\.bandwidth: invalid bandwidth: '1 bit\/s' is below 1\.00 Mbps/,
  },
  {
    name: "a link of 1e-300 bit/s",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": twoSites("bandwidth: 1e-300 bps") },
    status: 1,
    says: /links\[0\]\.bandwidth: .* is below 1\.00 Mbps/,
  },
  {
    name: "a checkpoint written at 1 bit/s",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("    checkpoint: { writeBandwidth: 1 bps }\n") },
    status: 1,
    says: /workloads\[0\]\.checkpoint\.writeBandwidth: .* is below 1\.00 Mbps/,
  },
  {
    name: "activeParameters above parameters",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("", "parameters: 70B, activeParameters: 400B, tokens: 15T") },
    status: 1,
    says: /workloads\[0\]\.model\.activeParameters: .*400B is above parameters 70\.0B/,
  },
  {
    name: "parameters of 5e-324",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("", "parameters: 5e-324, tokens: 15T") },
    status: 1,
    says: /workloads\[0\]\.model\.parameters: invalid count: 5e-324 is below 1\.00k/,
  },
  {
    name: "a misspelt key in an inline grid",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": scenario("    grid: { carbonIntensty: 300 }\n") },
    status: 1,
    says: /sites\[0\]\.grid\.carbonIntensity: is missing[\s\S]*Unrecognized key: "carbonIntensty"/,
  },
  {
    name: ".nan in an inline grid",
    args: ["run", "{dir}/f.yaml"],
    files: {
      "f.yaml": scenario("    grid: { carbonIntensity: .nan, waterIntensity: 1, electricityPrice: 50 }\n"),
    },
    status: 1,
    says: /sites\[0\]\.grid\.carbonIntensity: invalid carbon intensity: \.nan is not a finite number/,
  },
  {
    name: "a word as a checkpoint interval",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("    checkpoint: { interval: banana }\n") },
    status: 1,
    says: /workloads\[0\]\.checkpoint\.interval: invalid duration: 'banana' does not start with a number/,
  },
  {
    name: "a misspelt checkpoint key",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training("    checkpoint: { intervall: 1 h }\n") },
    status: 1,
    says: /workloads\[0\]\.checkpoint: Unrecognized key: "intervall"/,
  },
  {
    name: "a misspelt key at the root",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": `${scenario()}workload: []\n` },
    status: 1,
    says: /f\.yaml:\d+:\d+: Unrecognized key: "workload"/,
  },
  {
    name: "an unknown accelerator",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 1 GW, accelerator: h1000 }\n" },
    status: 1,
    says: /unknown accelerator 'h1000'/,
  },
  {
    name: "a site id used twice",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": "sites:\n  - { id: a, power: 1 GW }\n  - { id: a, power: 2 GW }\n" },
    status: 1,
    says: /'a'.*(twice|more than once)/,
  },
  {
    name: "a workload on an unknown site",
    args: ["run", "{dir}/f.yaml"],
    files: { "f.yaml": training().replace("sites: [a]", "sites: [zz]") },
    status: 1,
    says: /unknown site 'zz'|'zz'/,
  },
  {
    name: "sites named __proto__ and constructor",
    args: ["run", "{dir}/f.yaml", "--json"],
    files: {
      "f.yaml":
        "sites:\n  - { id: __proto__, power: 1 GW }\n  - { id: constructor, power: 1 GW }\n  - { id: toString, power: 1 GW }\n",
    },
    status: 0,
    says: /"__proto__": \{[\s\S]*"constructor": \{[\s\S]*"toString": \{/,
  },
  // Flags
  {
    name: "--trials 0",
    args: ["run", "examples/hyperion.yaml", "--trials", "0"],
    status: 1,
    says: /--trials: invalid count: '0' is below 1/,
  },
  {
    name: "--trials 1.5",
    args: ["run", "examples/hyperion.yaml", "--trials", "1.5"],
    status: 1,
    says: /--trials: .* is not a whole number/,
  },
  {
    name: "--trials lots",
    args: ["run", "examples/hyperion.yaml", "--trials", "lots"],
    status: 1,
    says: /--trials: invalid count: 'lots' does not start with a number/,
  },
  {
    name: "--trials 2M",
    args: ["run", "examples/hyperion.yaml", "--trials", "2M"],
    status: 1,
    says: /--trials: invalid count: '2M' is above 1\.00M/,
  },
  {
    name: "--seed -1",
    args: ["run", "examples/hyperion.yaml", "--seed", "-1"],
    status: 1,
    says: /--seed: invalid count: '-1' is below 0/,
  },
  { name: "run without a file", args: ["run"], status: 2, says: /missing required argument 'file'/ },
  { name: "an unknown command", args: ["sizes"], status: 2, says: /unknown command 'sizes'/ },
  { name: "an unknown option", args: ["size", "--powr", "5GW"], status: 2, says: /unknown option '--powr'/ },
  { name: "size with no basis", args: ["size"], status: 1, says: /power, accelerators or budget/ },
  {
    name: "size --power NaN",
    args: ["size", "--power", "NaN"],
    status: 1,
    says: /--power: invalid power: 'NaN' does not start with a number/,
  },
  {
    name: "size --power 5 mW",
    args: ["size", "--power", "5 mW"],
    status: 1,
    says: /--power: .*'m' is milli/,
  },
  {
    name: "size --pue 0.5",
    args: ["size", "--power", "5GW", "--pue", "0.5"],
    status: 1,
    says: /--pue: invalid fraction: '0\.5' is below 100%/,
  },
  {
    name: "size --utilisation 5e-324",
    args: ["size", "--power", "5GW", "--utilisation", "5e-324"],
    status: 1,
    says: /--utilisation: invalid fraction: '5e-324' is below 0\.100%/,
  },
  {
    name: "size --accelerators 1e30",
    args: ["size", "--accelerators", "1e30"],
    status: 1,
    says: /--accelerators: invalid count: '1e30' is above 1\.00B/,
  },
  {
    name: "size --budget $-1",
    args: ["size", "--budget", "$-1"],
    status: 1,
    says: /--budget: invalid amount of money/,
  },
  {
    name: "size --site hyperoin",
    args: ["size", "--site", "hyperoin"],
    status: 1,
    says: /unknown project 'hyperoin'/,
  },
  {
    name: "size names its site",
    args: ["size", "--power", "5GW", "--accelerator", "gb200"],
    status: 0,
    says: /^site 5GW of gb200\n/,
  },
  // Articles
  {
    name: "--date 2026-02-31",
    args: ["explain", "5 GW", "--date", "2026-02-31"],
    status: 1,
    says: /--date: invalid date '2026-02-31': not a calendar date/,
  },
  {
    name: "--date 2025-02-29",
    args: ["explain", "5 GW", "--date", "2025-02-29"],
    status: 1,
    says: /--date: invalid date '2025-02-29'/,
  },
  {
    name: "--date 26-03-04",
    args: ["explain", "5 GW", "--date", "26-03-04"],
    status: 1,
    says: /--date: invalid date '26-03-04'/,
  },
  {
    name: "--date 2024-02-29 (a leap day)",
    args: ["explain", "5 GW in Texas", "--date", "2024-02-29"],
    status: 0,
    says: /5 GW/,
  },
  {
    name: "explain /dev/urandom",
    args: ["explain", "/dev/urandom"],
    status: 1,
    says: /\/dev\/urandom: is (binary|not UTF-8)/,
  },
  { name: "explain /dev/zero", args: ["explain", "/dev/zero"], status: 1, says: /\/dev\/zero: is binary/ },
  {
    name: "explain a binary file",
    args: ["explain", "{dir}/a.bin"],
    files: { "a.bin": Buffer.from([1, 0, 2, 0]) },
    status: 1,
    says: /a\.bin: is binary/,
  },
  {
    name: "explain binary on stdin",
    args: ["explain", "-"],
    stdin: Buffer.from([0, 1, 2]),
    status: 1,
    says: /binary/,
  },
  {
    name: "explain 11 MB on stdin",
    args: ["explain", "-"],
    stdin: "a".repeat(11e6),
    status: 1,
    says: /standard input is over 10 MB/,
  },
  {
    name: "explain an 11 MB file",
    args: ["explain", "{dir}/a.txt"],
    files: { "a.txt": "a".repeat(11e6) },
    status: 1,
    says: /a\.txt: is 11\.0 MB; articles are at most 10 MB/,
  },
  // Validation files
  {
    name: "validate an empty folder",
    args: ["validate", "{dir}/cases"],
    files: { "cases/readme.txt": "none" },
    status: 1,
    says: /cases: is a folder with no case files/,
  },
  {
    name: "validate duplicate case ids",
    args: ["validate", "{dir}/v.yaml"],
    files: {
      "v.yaml":
        validCase("sites.a.facilityPowerMW: { value: 1000, tolerance: 0.01 }") +
        validCase("sites.a.facilityPowerMW: { value: 1000, tolerance: 0.01 }"),
    },
    status: 1,
    says: /v\.yaml: id: case id 'c1' is used twice/,
  },
  {
    name: "validate a published 0",
    args: ["validate", "{dir}/v.yaml"],
    files: { "v.yaml": validCase("sites.a.facilityPowerMW: { value: 0, tolerance: 0.1 }") },
    status: 1,
    says: /v\.yaml:\d+:\d+: \[0\]\.published\.sites\.a\.facilityPowerMW\.value: a published 0 cannot take a relative tolerance/,
  },
  {
    name: "validate a range around 0",
    args: ["validate", "{dir}/v.yaml", "--json"],
    files: {
      "v.yaml": validCase("sites.a.co2eTonnes: { range: [0, 0] }").replace(
        "gb200 }",
        "gb200, grid: { carbonIntensity: 0, waterIntensity: 0, electricityPrice: 50 } }",
      ),
    },
    status: 0,
    says: /"error": 0,\s+"pass": true/,
  },
  {
    name: "validate a scalar file",
    args: ["validate", "{dir}/v.yaml"],
    files: { "v.yaml": "hello\n" },
    status: 1,
    says: /v\.yaml.*invalid value 'hello' \(expected a mapping \(key: value\) or a list\)/,
  },
  {
    name: "validate a case without a source",
    args: ["validate", "{dir}/v.yaml"],
    files: {
      "v.yaml": validCase("sites.a.facilityPowerMW: { value: 1000, tolerance: 0.01 }").replace(
        "  source: test\n",
        "",
      ),
    },
    status: 1,
    says: /v\.yaml:\d+:\d+: \[0\]\.source: is missing/,
  },
  {
    name: "validate .nan as published",
    args: ["validate", "{dir}/v.yaml"],
    files: { "v.yaml": validCase("sites.a.facilityPowerMW: { value: .nan, tolerance: 0.1 }") },
    status: 1,
    says: /v\.yaml:\d+:\d+: \[0\]\.published\.sites\.a\.facilityPowerMW\.value: NaN \(\.nan\) is not a finite number/,
  },
  {
    name: "validate a path not in the result",
    args: ["validate", "{dir}/v.yaml"],
    files: { "v.yaml": validCase("sites.a.constructor: { value: 1, tolerance: 0.1 }") },
    status: 1,
    says: /v\.yaml: published\.sites\.a\.constructor: case c1: 'sites\.a\.constructor' is not a number in the result/,
  },
  {
    name: "validate a case whose plan cannot be carried out",
    args: ["validate", "{dir}/v.yaml"],
    files: {
      "v.yaml": validCase("workloads.t.days: { value: 30, tolerance: 0.5 }").replace(
        "  published:",
        "    workloads: [{ name: t, kind: training, trainingFLOP: 1e24, accelerators: 10000000 }]\n  published:",
      ),
    },
    status: 1,
    says: /v\.yaml: workloads\[0\]\.accelerators: case c1: the run asks for 10000000 accelerators but its sites have/,
  },
  {
    name: "validate bad scenario inputs",
    args: ["validate", "{dir}/v.yaml"],
    files: {
      "v.yaml": validCase("sites.a.facilityPowerMW: { value: 1000, tolerance: 0.01 }").replace(
        "power: 1 GW",
        "power: .nan",
      ),
    },
    status: 1,
    says: /v\.yaml: inputs\.sites\[0\]\.power: case c1: invalid power: \.nan is not a finite number/,
  },
  // Catalog and schema
  {
    name: "an unknown catalog kind",
    args: ["catalog", "gpus"],
    status: 1,
    says: /KIND: unknown catalog kind 'gpus'/,
  },
  {
    name: "an unknown catalog id",
    args: ["catalog", "accelerators", "h1000"],
    status: 1,
    says: /ID: no accelerators entry 'h1000'/,
  },
  { name: "schema --json", args: ["schema", "--json"], status: 0, says: /"\$schema"/ },
];
