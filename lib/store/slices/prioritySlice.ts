/** Priority slice: card ids the student asked to see first; a rating takes its card off the list. */
import type { PrioritySlice, SliceCreator } from "./types";

export const createPrioritySlice: SliceCreator<PrioritySlice> = () => (set, get) => ({
  priority: [],
  prioritize: (cardIds) => {
    const ids = [...new Set(cardIds)];
    const rest = get().priority.filter((id) => !ids.includes(id));
    set({ priority: [...ids, ...rest] });
  },
  clearPriority: () => set({ priority: [] }),
});
