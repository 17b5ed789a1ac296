import { formatQuantity as q } from "../../core/index.js";

/** Units the report tables use beside formatQuantity's own. */
export const mw = (v: number) => q("power", v * 1e6);
export const tonnes = (v: number) => q("mass", v);
export const litres = (v: number) => q("volume", v);
