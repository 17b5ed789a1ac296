import { formatQuantity as q } from "../../core/index.js";

/** Units the report tables use beside formatQuantity's own. */
export const mw = (v: number) => q("power", v * 1e6);
export const tonnes = (v: number) => q("mass", v);
export const litres = (v: number) => q("volume", v);
/** A water-use effectiveness in L/kWh, to two significant figures ("0.26", "0.01", "1.8"). */
export const wue = (v: number) => (v >= 1 ? v.toFixed(1) : String(Number(v.toPrecision(2))));
