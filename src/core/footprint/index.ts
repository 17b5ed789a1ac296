export { embodiedTonnesPerYear } from "./embodied.js";
export { type EnergyFootprint, energyFootprint } from "./operational.js";
