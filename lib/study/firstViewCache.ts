/** Where the app keeps `FirstViewData` for the service worker: a Cache Storage entry both can read. */
export const FIRST_VIEW_CACHE = "kor-first-view";
export const FIRST_VIEW_URL = "/__first-view.json";
