import { useSignal } from "@preact/signals";
import { saveView } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { route } from "../lib/route.js";
import { encodeState } from "../lib/share.js";

/** Copy the page's link (its state is in the fragment) or save it through the server, for a short link. */
export function ShareBar() {
  const message = useSignal<string>("");
  const saved = useSignal<string | undefined>(undefined);
  const copy = async () => {
    saved.value = undefined;
    try {
      await navigator.clipboard.writeText(location.href);
      message.value = t("share.copied");
    } catch {
      // Without clipboard permission the address bar still holds the link.
      message.value = location.href;
    }
  };
  const save = async () => {
    const r = route.value;
    // A page never touched has no state in its address yet: it is saved as its defaults.
    const res = await saveView(r.page, r.state ?? (await encodeState({})));
    saved.value = res.ok ? new URL(`#/s/${res.value.id}`, location.href).href : undefined;
    message.value = res.ok
      ? t("share.saved")
      : res.reason === "no-server"
        ? t("share.needsServer")
        : `${t("common.error")} ${res.message}`;
  };
  return (
    <div class="share-bar">
      <button type="button" onClick={copy}>
        {t("share.copy")}
      </button>
      <button type="button" onClick={save}>
        {t("share.save")}
      </button>
      <output class="share-message" aria-live="polite">
        {message.value}{" "}
        {saved.value ? (
          <a class="share-link" href={saved.value}>
            {saved.value}
          </a>
        ) : null}
      </output>
    </div>
  );
}
