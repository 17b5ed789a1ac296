import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { loadView } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { PAGES, type Page, replaceRoute } from "../lib/route.js";

/** `#/s/<id>`: fetches a view saved through the server and opens its page with its state, in place. */
export function SharedPage({ id }: { id: string }) {
  const problem = useSignal<string | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void loadView(id).then((r) => {
      if (!alive) return;
      if (r.ok && (PAGES as readonly string[]).includes(r.value.page)) {
        const page = r.value.page as Page;
        replaceRoute(r.value.state === "" ? { page } : { page, state: r.value.state });
      } else if (!r.ok && r.reason === "no-server") problem.value = t("shared.needsServer");
      else problem.value = `${t("shared.unknown")}${r.ok ? "" : ` (${r.message})`}`;
    });
    return () => {
      alive = false;
    };
  }, [id]);
  return (
    <section class="page">
      <h1 tabIndex={-1}>{t("shared.title")}</h1>
      {problem.value ? (
        <p class="notice" role="alert">
          {problem.value} <a href="#/read">{t("shared.home")}</a>
        </p>
      ) : (
        <p class="loading" role="status">
          {t("shared.loading")}
        </p>
      )}
    </section>
  );
}
