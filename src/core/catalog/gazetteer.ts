import { z } from "zod";

/** The kinds of place a gazetteer entry names: a first-level division, a county or parish, a town. */
export const placeKinds = ["country", "state", "region", "department", "county", "town"] as const;

/**
 * A group of place names that all lie in one grid or country of the catalog (data/places.yaml): "Amarillo",
 * "Richland Parish", "Dunkerque" name where a figure stands, though the catalog has no grid of that name.
 */
export const placeGroupSchema = z.strictObject({
  /** The most specific grid of data/grids-*.yaml that holds every place of the group (a country code at least). */
  grid: z.string().regex(/^[a-z]{2}(?:-[a-z0-9]+)*$/, "expected a grid id such as us-tx-ercot or fr"),
  kind: z.enum(placeKinds),
  /** Id of an entry of the file's `sources:` map. */
  source: z.string().min(1),
  /** Names as written in articles, capitalised (a name is matched only where the text capitalises it too). */
  names: z
    .array(
      z
        .string()
        .min(3)
        .regex(/^[A-ZÀ-ÖØ-Þ]/u, "a place name starts with a capital letter of Latin-1 (A-Z, À-Þ)"),
    )
    .min(1),
  note: z.string().optional(),
});
export type PlaceGroup = z.infer<typeof placeGroupSchema>;
