"use client";
// The app-wide banners at the top of every screen: offline state and new version.
import OfflineIndicator from "./OfflineIndicator";
import UpdatePrompt from "./UpdatePrompt";

export default function StatusBanners() {
  return (
    <div className="sticky top-0 z-40 print:hidden">
      <UpdatePrompt />
      <OfflineIndicator />
    </div>
  );
}
