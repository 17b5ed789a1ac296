import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { saveArticle } from "../lib/api.js";
import { t } from "../lib/i18n.js";

/** Saves the article through the server, so that its dated figures enter the ledger of announcements. */
export function AddToLedger({ text, date }: { text: string; date: string }) {
  const message = useSignal("");
  useEffect(() => {
    message.value = "";
  }, [text, date]);
  const add = async () => {
    const res = await saveArticle(text, date);
    message.value = res.ok
      ? t("read.added").replace("{n}", String(res.value.ledger.length))
      : res.reason === "no-server"
        ? t("read.addNeedsServer")
        : `${t("common.error")} ${res.message}`;
  };
  return (
    <>
      <button type="button" class="small" onClick={add}>
        {t("read.add")}
      </button>{" "}
      <output class="add-message" aria-live="polite">
        {message.value}
      </output>
    </>
  );
}
