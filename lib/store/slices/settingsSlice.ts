/** Settings slice: study settings, validated and laid over the current ones on update. */
import { restoreSettings } from "@/lib/study/settings";
import type { SettingsSlice, SliceCreator } from "./types";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";

export const createSettingsSlice: SliceCreator<SettingsSlice> = () => (set, get) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (partial) => set({ settings: restoreSettings({ ...get().settings, ...partial }) }),
});
