import { useSignal } from "@preact/signals";
import { saveState } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { route } from "../lib/route.js";
import { decodeState } from "../lib/share.js";

/** Copy the page's link (its state is in the fragment) or save it through the server. */
export function ShareBar() {
  const message = useSignal<string>("");
  const copy = async () => {
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
    const state = r.state ? await decodeState(r.state) : {};
    const res = await saveState(r.page, state);
    message.value = res.ok
      ? `${t("share.saved")} ${new URL(`#/s/${res.value.id}`, location.href).href}`
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
        {message.value}
      </output>
    </div>
  );
}
