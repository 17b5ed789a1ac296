import { signal, useComputed, useSignal } from "@preact/signals";
import { Fragment } from "preact";
import { AddToLedger } from "../components/add-to-ledger.js";
import { Field } from "../components/field.js";
import { RangeBar } from "../components/range-bar.js";
import { type Explanation, explainText, loadedCatalog, withMessageTexts } from "../lib/core.js";
import { downloadJson } from "../lib/download.js";
import { type Key, lang, t } from "../lib/i18n.js";
import { useSharedState } from "../lib/page-state.js";
import { verdictMark } from "../lib/verdict.js";
import { checkView, type Figure, facts, placeFigures, textOf } from "./read-model.js";

interface ReadState {
  readonly text: string;
  readonly date: string;
  /** The figure open in the side panel (its index among the claims). */
  readonly selected: number | null;
}

const state = signal<ReadState>({ text: "", date: "", selected: null });

const SAMPLES = {
  en: "Meta will spend $10 billion on a 5 GW campus in Louisiana, with 1.3 million GPUs.",
  fr: "Meta va dépenser 10 milliards de dollars pour un campus de 5 GW en Louisiane, avec 1,3 million de GPU.",
};

const MAX_FILE_BYTES = 2e6;
const DATE = /^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

function accept(v: unknown): ReadState | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.text !== "string") return undefined;
  return {
    text: o.text,
    date: typeof o.date === "string" ? o.date : "",
    selected: typeof o.selected === "number" ? o.selected : null,
  };
}

function Highlighted({
  text,
  figures,
  selected,
}: {
  text: string;
  figures: Figure[];
  selected: number | null;
}) {
  const parts = [];
  let at = 0;
  for (const f of figures) {
    if (f.start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, f.start)}</Fragment>);
    const kindLabel = t(`read.kind.${f.kind}` as Key) ?? f.kind;
    parts.push(
      <button
        type="button"
        key={`f${f.index}`}
        id={`figure-${f.index}`}
        class={`figure kind-${f.kind}${selected === f.index ? " selected" : ""}`}
        aria-pressed={selected === f.index}
        aria-label={`${text.slice(f.start, f.end)} (${kindLabel})`}
        onClick={() => {
          state.value = { ...state.value, selected: f.index };
        }}
      >
        {text.slice(f.start, f.end)}
      </button>,
    );
    at = f.end;
  }
  parts.push(<Fragment key="end">{text.slice(at)}</Fragment>);
  return <div class="article">{parts}</div>;
}

function Panel({ result, index }: { result: Explanation; index: number | null }) {
  const claim =
    index === null ? undefined : (result.claims[index] as unknown as Record<string, unknown> | undefined);
  if (!claim) return <p class="empty">{t("read.pick")}</p>;
  const checks = Array.isArray(claim.checks)
    ? claim.checks.map((c) => checkView(c, claim, result.claims as unknown as Record<string, unknown>[]))
    : [];
  const label: Record<string, Key> = {
    subject: "read.who",
    relation: "read.relation",
    object: "read.object",
    project: "read.what",
    place: "read.where",
    when: "read.when",
  };
  const kind = String(claim.kind ?? "");
  return (
    <article class="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">
        <span class={`badge kind-${kind}`}>{t(`read.kind.${kind}` as Key) ?? kind}</span> «
        {String(claim.phrase ?? "")}»
      </h2>
      <p class="explanation">{textOf(claim.explanation)}</p>
      {facts(claim).length > 0 ? (
        <dl class="facts">
          {facts(claim).map(([k, v]) => (
            <div key={k}>
              <dt>{t(label[k] ?? "read.what")}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <h3>{t("read.checks")}</h3>
      {checks.length === 0 ? <p class="muted">{t("read.noChecks")}</p> : null}
      <ul class="checks">
        {checks.map((c, i) => (
          <li key={i} class={`check verdict-${c.verdict}`}>
            <span class="verdict">
              {verdictMark(c.verdict)} {c.verdict}
            </span>
            <p>{c.reasoning}</p>
            {c.range ? (
              <RangeBar
                kind={c.range.kind}
                claimed={c.range.claimed}
                low={c.range.low}
                high={c.range.high}
                point={c.range.point}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function ReadPage() {
  useSharedState(state, accept);
  const draft = useSignal(state.value.text);
  const fileError = useSignal<string | undefined>(undefined);
  const s = state.value;
  if (draft.value === "" && s.text !== "") draft.value = s.text;
  const dateError =
    s.date !== "" && !DATE.test(s.date) ? `'${s.date}': expected YYYY-MM-DD, such as 2026-03-04` : undefined;
  const result = useComputed(() => {
    const { text, date } = state.value;
    const cat = loadedCatalog.value;
    if (text.trim() === "" || !cat) return undefined;
    const explained = explainText(text, cat, date !== "" && DATE.test(date) ? { published: date } : {});
    // The reader's messages are ids and parameters: written out in the interface's language.
    return withMessageTexts(explained, lang.value);
  }).value;
  const figures = result ? placeFigures(s.text, result) : [];
  const submit = (text: string) => {
    state.value = { ...state.value, text, selected: null };
  };
  const readFile = async (file: File) => {
    fileError.value = undefined;
    if (file.size > MAX_FILE_BYTES) {
      fileError.value = t("read.tooLarge");
      return;
    }
    const text = await file.text();
    if (text.includes("\u0000")) {
      fileError.value = t("read.binary");
      return;
    }
    draft.value = text;
    submit(text);
  };
  return (
    <section class="page read">
      <h1 tabIndex={-1}>{t("read.title")}</h1>
      <p class="intro">{t("read.intro")}</p>
      <form
        class="paste"
        onSubmit={(e) => {
          e.preventDefault();
          submit(draft.value);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) void readFile(file);
        }}
      >
        <Field id="article" label={t("read.text")} error={fileError.value}>
          <textarea
            id="article"
            rows={s.text ? 4 : 8}
            placeholder={t("read.placeholder")}
            value={draft.value}
            aria-describedby="article-msg"
            onInput={(e) => {
              draft.value = e.currentTarget.value;
            }}
            onPaste={(e) => {
              const pasted = e.clipboardData?.getData("text") ?? "";
              const el = e.currentTarget;
              // Explain right after a paste: the textarea holds the whole text on the next tick.
              if (pasted) setTimeout(() => submit(el.value), 0);
            }}
          />
        </Field>
        <div class="row">
          <button type="submit" class="primary">
            {t("read.explain")}
          </button>
          <label class="file-button">
            {t("read.file")}
            <input
              type="file"
              accept=".txt,.md,text/plain"
              class="visually-hidden"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void readFile(f);
              }}
            />
          </label>
          <button
            type="button"
            lang="en"
            onClick={() => {
              draft.value = SAMPLES.en;
              submit(SAMPLES.en);
            }}
          >
            {t("read.sample")}
          </button>
          <button
            type="button"
            lang="fr"
            onClick={() => {
              draft.value = SAMPLES.fr;
              submit(SAMPLES.fr);
            }}
          >
            {t("read.sampleFr")}
          </button>
          <Field id="article-date" label={t("read.date")} error={dateError}>
            <input
              id="article-date"
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              value={s.date}
              aria-describedby="article-date-msg"
              aria-invalid={dateError ? "true" : undefined}
              onChange={(e) => {
                state.value = { ...state.value, date: e.currentTarget.value.trim() };
              }}
            />
          </Field>
        </div>
      </form>
      {!result ? (
        <p class="empty" role="status">
          {s.text.trim() !== "" && !loadedCatalog.value ? "Loading the catalog…" : t("read.empty")}
        </p>
      ) : result.claims.length === 0 ? (
        <p class="empty">
          {t("read.none")} {textOf(result.note)}
        </p>
      ) : (
        <div class="read-grid">
          <div class="article-col">
            <p class="legend">
              {t("read.legend")} <span class="badge kind-money">{t("read.kind.money")}</span>{" "}
              <span class="badge kind-power">{t("read.kind.power")}</span>{" "}
              <span class="badge kind-count">{t("read.kind.count")}</span> · {t("read.figures")}:{" "}
              {figures.length} · {t("read.language")}: {result.language}
              {result.published ? ` · ${result.published}` : ""}{" "}
              <button type="button" class="small" onClick={() => downloadJson(result, "gigawatt-explain")}>
                {t("common.json")}
              </button>{" "}
              <AddToLedger text={s.text} date={DATE.test(s.date) ? s.date : ""} />
            </p>
            <Highlighted text={s.text} figures={figures} selected={s.selected} />
          </div>
          <aside class="side" aria-live="polite">
            <Panel result={result} index={s.selected} />
          </aside>
        </div>
      )}
    </section>
  );
}
