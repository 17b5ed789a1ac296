// Keeps a page's state signal and the address in step: read once from the link, written back as it changes.
import { effect, type Signal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { replaceState, route } from "./route.js";
import { decodeState, encodeState } from "./share.js";

/** Restores `state` from the link the page was opened with, then writes each change to the address. */
export function useSharedState<T extends object>(
  state: Signal<T>,
  accept: (v: unknown) => T | undefined,
): void {
  useEffect(() => {
    let alive = true;
    let ready = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const initial = route.value.state;
    const start = async () => {
      if (initial) {
        const restored = accept(await decodeState(initial));
        if (alive && restored) state.value = restored;
      }
      ready = true;
    };
    void start();
    const dispose = effect(() => {
      const value = state.value;
      if (!ready) return;
      clearTimeout(timer);
      // Encoding is async and cheap, but a slider moves 60 times a second: write once it rests.
      timer = setTimeout(() => {
        void encodeState(value).then((s) => alive && replaceState(s));
      }, 150);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      dispose();
    };
  }, []);
}
