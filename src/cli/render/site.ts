import { type Check, formatQuantity as q, type SiteResult } from "../../core/index.js";
import { litres, mw, tonnes, wue } from "./units.js";

/** A site's rows: accelerators, power with its meaning, compute, money as a range with its views, energy, carbon, water. */
export function siteRows(s: SiteResult): string[][] {
  const range = (key: string, f: (v: number) => string) => {
    const r = s.ranges?.[key];
    return r ? `${f(r.p10)}–${f(r.p90)}` : "";
  };
  const rows: string[][] = [
    [
      "accelerators",
      `${q("count", s.accelerators)} × ${s.accelerator}`,
      `sized from ${s.basis}${s.ranges?.accelerators ? `, 80% range ${range("accelerators", (v) => q("count", v))}` : ""}; ${q("count", s.h100Equivalents)} H100-equivalents`,
    ],
    [
      "facility power",
      mw(s.facilityPowerMW),
      `nameplate; design overhead ${s.designOverhead} × PUE ${s.pue}`,
    ],
    ["critical IT", mw(s.provisionedItMW), `built for; accelerators draw ${mw(s.itPowerMW)} at their rating`],
    ["full-load draw", mw(s.fullLoadPowerMW), "every accelerator at its rating, at the annual PUE"],
    [
      "average draw",
      mw(s.averageFacilityPowerMW),
      `${s.siteType} site: IT load factor ${s.utilisation}, annual PUE ${s.pue}`,
    ],
    [
      "peak BF16 compute",
      q("flopRate", s.peakPFLOPS * 1e15),
      s.peakFp8PFLOPS ? `${q("flopRate", s.peakFp8PFLOPS * 1e15)} FP8` : "",
    ],
    ["capex", capexLine(s), capexViews(s)],
    [
      "capex parts",
      q("money", s.capex.bottomUpUSD),
      `accelerator systems ${q("money", s.capex.itHardwareUSD)}, network ${q("money", s.capex.networkUSD)}, power and cooling ${q("money", s.capex.powerAndCoolingUSD)}, building and land ${q("money", s.capex.landAndShellUSD)}`,
    ],
    [
      "opex",
      `${q("money", s.opexUSDPerYear)}/yr`,
      `energy ${q("money", s.opex.energyUSDPerYear)}, staff ${q("money", s.opex.staffUSDPerYear)}, upkeep ${q("money", s.opex.maintenanceUSDPerYear)}`,
    ],
    ["accelerator-hour", `$${s.costUSDPerAcceleratorHour.toFixed(2)}`, "capital (bottom-up) + running cost"],
    [
      "energy",
      `${q("energy", s.energyMWh * 1e6)}/yr`,
      `80% range ${range("energyMWh", (v) => q("energy", v * 1e6))}`,
    ],
    [
      "carbon",
      `${tonnes(s.co2eTonnes)}/yr`,
      `location-based; market-based ${tonnes(s.co2eMarketBasedTonnes)}; embodied ${tonnes(s.co2eEmbodiedTonnes)}/yr`,
    ],
    [
      "water",
      `${litres(s.waterLitres)}/yr`,
      `on-site ${litres(s.waterOnSiteLitres)} (WUE ${wue(s.wueLPerKWh)} L/kWh of IT), off-site ${litres(s.waterOffSiteLitres)}`,
    ],
  ];
  return [...rows, ...onSiteRows(s)];
}

/** "$50.0B per GW: $34.0–60.0B" — the reported capex with its 80% range. */
function capexLine(s: SiteResult): string {
  const r = s.ranges?.capexUSD;
  return r ? `${q("money", r.p10)}–${q("money", r.p90)}` : q("money", s.capexUSD);
}

/** Per GW, the range with the two views: "$34–60B per GW (bottom-up $34B, as stated by the industry $50B)". */
function capexViews(s: SiteResult): string {
  const gw = s.facilityPowerMW / 1000;
  if (gw <= 0) return "";
  const per = (usd: number) => q("money", usd / gw);
  const r = s.ranges?.capexUSD;
  const head = r ? `${per(r.p10)}–${per(r.p90)} per GW` : `${per(s.capexUSD)} per GW`;
  const stated = s.capex.allInUSD === undefined ? "" : `, as stated by the industry ${per(s.capex.allInUSD)}`;
  return `${head} (bottom-up ${per(s.capex.bottomUpUSD)}${stated})`;
}

/** On-site generation: its role and energy, pollutants with its control and uncontrolled, beside the permit's caps. */
function onSiteRows(s: SiteResult): string[][] {
  const g = s.onSiteGeneration;
  if (!g || s.co2eOnSiteTonnes <= 0) return [];
  const t = (kg: number) => tonnes(kg / 1000);
  const rows = [
    [
      "on-site generation",
      `${q("energy", g.energyMWh * 1e6)}/yr`,
      `${g.role}, ${mw(g.capacityMW)}; ${tonnes(s.co2eOnSiteTonnes)}/yr CO2`,
    ],
    [
      `  with ${g.control}`,
      `NOx ${t(g.noxKg)}`,
      `CO ${t(g.coKg)}, PM2.5 ${t(g.pm25Kg)}, formaldehyde ${t(g.formaldehydeKg)} per year`,
    ],
    [
      "  uncontrolled",
      `NOx ${t(g.uncontrolled.noxKg)}`,
      `CO ${t(g.uncontrolled.coKg)}, PM2.5 ${t(g.uncontrolled.pm25Kg)}, formaldehyde ${t(g.uncontrolled.formaldehydeKg)} per year`,
    ],
  ];
  const p = g.permit;
  if (p) {
    const cap = (v: number | undefined) => (v === undefined ? "—" : tonnes(v));
    rows.push([
      "  permit caps",
      `NOx ${cap(p.noxTonnes)}`,
      `CO ${cap(p.coTonnes)}, PM2.5 ${cap(p.pm25Tonnes)}, formaldehyde ${cap(p.formaldehydeTonnes)} per year (${p.name})`,
    ]);
  }
  return rows;
}

const MARKS: Record<Check["assessment"], string> = {
  consistent: "✓",
  "plausible-low": "~",
  "plausible-high": "~",
  "scope-mismatch": "≠",
  inconsistent: "✗",
};

/** One line per check: its mark, claim, assessment and reasoning. */
export function checkLine(c: Check): string {
  return `  ${MARKS[c.assessment]} ${c.claim}: ${c.assessment}: ${c.reasoning}\n`;
}

/** Interruptions and checkpointing, when the run was sized for them. */
