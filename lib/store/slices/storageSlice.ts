/** Storage slice: the storage problem to show the student, and data set aside at load. */
import type { SliceCreator, StorageSlice } from "./types";

export const createStorageSlice: SliceCreator<StorageSlice> = () => (set) => ({
  storageIssue: null,
  asideData: [],
  dismissStorageIssue: () => set({ storageIssue: null }),
});
