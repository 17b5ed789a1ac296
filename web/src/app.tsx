import { useEffect, useRef } from "preact/hooks";
import { ShareBar } from "./components/share-bar.js";
import { type Key, type Lang, lang, setLang, t } from "./lib/i18n.js";
import { PAGES, type Page, route } from "./lib/route.js";
import { LedgerPage } from "./pages/ledger.js";
import { ReadPage } from "./pages/read.js";
import { RunPage } from "./pages/run.js";
import { SharedPage } from "./pages/shared.js";
import { SitesPage } from "./pages/sites.js";
import { SizePage } from "./pages/size.js";

function Body({ page, item }: { page: Page; item: string | undefined }) {
  switch (page) {
    case "read":
      return <ReadPage />;
    case "size":
      return <SizePage />;
    case "sites":
      return <SitesPage item={item} />;
    case "run":
      return <RunPage />;
    case "ledger":
      return <LedgerPage />;
  }
}

export function App() {
  const { page, item, shared } = route.value;
  const first = useRef(true);
  useEffect(() => {
    document.documentElement.lang = lang.value;
  }, [lang.value]);
  useEffect(() => {
    document.title = `gigawatt · ${t(`nav.${page}` as Key)}`;
    // After a navigation (not on opening), focus the new page's heading so keyboard and screen-reader users start
    // at its top.
    if (first.current) first.current = false;
    else document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
  }, [page, item, lang.value]);
  return (
    <>
      {/* A button, not a link to #main: the fragment holds the page and its state. */}
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {t("skip")}
      </button>
      <header class="top">
        <div class="brand">
          <a href="#/read" class="logo" aria-label="gigawatt">
            giga<span>watt</span>
          </a>
          <span class="tagline">{t("tagline")}</span>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <a href={`#/${p}`} aria-current={p === page ? "page" : undefined}>
                  {t(`nav.${p}` as Key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <fieldset class="lang">
          <legend class="visually-hidden">{t("lang.label")}</legend>
          {(["en", "fr"] as Lang[]).map((l) => (
            <button key={l} type="button" aria-pressed={lang.value === l} lang={l} onClick={() => setLang(l)}>
              {l === "en" ? "English" : "Français"}
            </button>
          ))}
        </fieldset>
      </header>
      <main id="main" tabIndex={-1}>
        {shared === undefined ? <Body page={page} item={item} /> : <SharedPage id={shared} />}
      </main>
      <footer class="bottom">
        <ShareBar />
        <p class="footnote">{t("footnote")}</p>
      </footer>
    </>
  );
}
