import { describe, it } from "vitest";
import { POSTGRES_URL, postgresDatabase } from "../store/databases.js";
import { durabilitySuite } from "./durability.js";

if (POSTGRES_URL === undefined) {
  describe.skip("saves survive SIGKILL on postgres (GIGAWATT_TEST_DATABASE_URL not set)", () => {
    it("needs a PostgreSQL server", () => {});
  });
} else durabilitySuite("postgres", postgresDatabase);
