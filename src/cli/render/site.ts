import { formatQuantity as q, type SiteResult, significant } from "../../core/index.js";
import { litres, mw, tonnes } from "./units.js";

/** A site's rows: accelerators, power, compute, money, energy, carbon, water, on-site generation. */
export function siteRows(s: SiteResult): string[][] {
  const rows: string[][] = [
    ["accelerators", `${q("count", s.accelerators)} × ${s.accelerator}`, `sized from ${s.basis}`],
    ["facility power", mw(s.facilityPowerMW), `PUE ${s.pue}`],
    ["IT power", mw(s.itPowerMW), ""],
    ["average draw", mw(s.averageFacilityPowerMW), ""],
    [
      "peak BF16 compute",
      q("flopRate", s.peakPFLOPS * 1e15),
      s.peakFp8PFLOPS ? `${q("flopRate", s.peakFp8PFLOPS * 1e15)} FP8` : "",
    ],
    [
      "capex",
      q("money", s.capexUSD),
      `IT ${q("money", s.capex.itHardwareUSD)}, network ${q("money", s.capex.networkUSD)}, building ${q("money", s.capex.landAndShellUSD + s.capex.powerAndCoolingUSD)}`,
    ],
    [
      "opex",
      `${q("money", s.opexUSDPerYear)}/yr`,
      `energy ${q("money", s.opex.energyUSDPerYear)}, staff ${q("money", s.opex.staffUSDPerYear)}, upkeep ${q("money", s.opex.maintenanceUSDPerYear)}`,
    ],
    ["accelerator-hour", `$${s.costUSDPerAcceleratorHour.toFixed(2)}`, "capital + running cost"],
    ["energy", `${q("energy", s.energyMWh * 1e6)}/yr`, ""],
    [
      "carbon",
      `${tonnes(s.co2eTonnes)}/yr`,
      `location-based; market-based ${tonnes(s.co2eMarketBasedTonnes)}; embodied ${tonnes(s.co2eEmbodiedTonnes)}/yr`,
    ],
    [
      "water",
      `${litres(s.waterLitres)}/yr`,
      `on-site ${litres(s.waterOnSiteLitres)}, off-site ${litres(s.waterOffSiteLitres)}`,
    ],
  ];
  if (s.co2eOnSiteTonnes > 0) {
    rows.push([
      "on-site turbines",
      `${tonnes(s.co2eOnSiteTonnes)}/yr CO2`,
      `NOx ${tonnes(s.noxKg / 1000)}, PM2.5 ${tonnes(s.pm25Kg / 1000)} per year`,
    ]);
  }
  return rows;
}

/** Interruptions and checkpointing, when the run was sized for them. */
