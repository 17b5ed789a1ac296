import { sqliteDatabase } from "../store/databases.js";
import { durabilitySuite } from "./durability.js";

durabilitySuite("sqlite", async () => sqliteDatabase());
