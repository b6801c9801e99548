"use client";
// The student's memory of one fact, loaded only when a fact is opened on the article's page, so
// reading the article never pays for the study store.
import dynamic from "next/dynamic";

export default dynamic(() => import("./FactMemory"), { ssr: false, loading: () => null });
