import type { ComponentChildren } from "preact";

interface Props {
  readonly id: string;
  readonly label: string;
  /** The message of an invalid value, shown under the field and announced. */
  readonly error?: string | undefined;
  readonly hint?: ComponentChildren;
  readonly children: ComponentChildren;
}

/** A labelled control with its error next to it (the control should carry aria-describedby={`${id}-msg`}). */
export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div class={error ? "field invalid" : "field"}>
      <label for={id}>{label}</label>
      {children}
      <p id={`${id}-msg`} class={error ? "field-error" : "field-hint"} role={error ? "alert" : undefined}>
        {error ?? hint ?? ""}
      </p>
    </div>
  );
}
