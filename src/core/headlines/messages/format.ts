import { formatQuantity } from "../../units/index.js";
import type { Language } from "../language.js";
import type { Figure, Param } from "./message.js";

const SYMBOL: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const FRENCH_SCALE: Readonly<Record<string, string>> = { k: " k", M: " M", B: " Md", T: " T" };

/** A figure as a reader of the language writes it: "$156B" and "5.00 GW" in English, "156 Md$" and "5,00 GW" in French. */
export function formatFigure(f: Figure, lang: Language): string {
  const text = plain(f);
  if (lang === "en") return text;
  if (f.q === "money") {
    const m = /^(-?)(\D*)([\d.,]+)([kMBT]?)$/.exec(text);
    if (m)
      return `${m[1]}${(m[3] ?? "").replace(/,/g, "\u202f").replace(".", ",")}${FRENCH_SCALE[m[4] ?? ""] ?? " "}${SYMBOL[f.currency] ?? f.currency}`.replace(
        /\s+(?=[$€£¥])/,
        " ",
      );
  }
  return text.replace(/(\d),(\d{3})/g, "$1\u202f$2").replace(/(\d)\.(\d)/g, "$1,$2");
}

function plain(f: Figure): string {
  switch (f.q) {
    case "money": {
      const usd = formatQuantity("money", f.v);
      return f.currency === "USD" ? usd : usd.replace("$", SYMBOL[f.currency] ?? `${f.currency} `);
    }
    case "area":
      return f.v >= 1e6
        ? `${formatQuantity("count", f.v / 1e6).replace(/k$/, "k")} km²`
        : `${formatQuantity("count", Math.round(f.v))} m²`;
    case "distance":
      return `${formatQuantity("count", Math.round(f.v / 1000))} km`;
    default:
      return formatQuantity(f.q, f.v);
  }
}

/** A parameter as text: figures formatted, lists joined, strings and numbers as they are. */
export function formatParam(p: Param | undefined, lang: Language): string {
  if (p === undefined) return "";
  if (typeof p === "string") return p;
  if (typeof p === "number") return lang === "fr" ? String(p).replace(".", ",") : String(p);
  if (Array.isArray(p)) return (p as readonly Figure[]).map((f) => formatFigure(f, lang)).join(" + ");
  return formatFigure(p as Figure, lang);
}
