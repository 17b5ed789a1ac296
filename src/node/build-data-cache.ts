// Run by `npm run build`: saves data/ as plain data next to the compiled code (data-cache.ts).
import { writeDataCache } from "./data-cache.js";
import { readDataFiles } from "./data-files.js";

writeDataCache(readDataFiles());
