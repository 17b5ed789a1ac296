import { z } from "zod";

/** An id in a scenario: a catalog id (project, accelerator, grid ...) or one of the file's own. */
export const id = z.string().min(1).describe("an id: a catalog id or one of this file's own");
