import { render } from "preact";
import { App } from "./app.js";
import { loadCatalogSoon } from "./lib/core.js";
import "./styles.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
loadCatalogSoon();
