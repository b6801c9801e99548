// Tiny inline scripts that run while the HTML is parsed, before the first paint and long before the
// app's scripts: they adjust the prerendered first view to what this student's storage says, so the
// screen paints once, in its final layout. Each only reads localStorage and never throws; the app
// renders the same thing later from its store. A server component: the page carries the script text.
import { FIRST_CARD_IDS, FIRST_CARD_KEY, MAIN_KEY, PREFS_KEY } from "./keys";

const SCRIPTS = {
  // Home: a student who closed the first-visit explanation never sees it flash.
  welcome: `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)})||"{}");if(p&&p.welcomeDismissed===true)document.documentElement.setAttribute("data-welcomed","")}catch(e){}`,
  // Review: a new student keeps the prerendered card (it is theirs); a returning one gets the
  // snapshot of their queue's head while it holds, else an empty frame until the app renders.
  firstCard: `(function(){var d=document,i=${JSON.stringify(FIRST_CARD_IDS)},f=d.getElementById(i.front);if(!f)return;try{if(localStorage.getItem(${JSON.stringify(MAIN_KEY)})===null)return;var s=JSON.parse(localStorage.getItem(${JSON.stringify(FIRST_CARD_KEY)})||"null"),n=Date.now();if(s&&s.v===1&&s.at<=n&&n<s.until&&typeof s.front==="string"){f.textContent=s.front;d.getElementById(i.label).textContent=s.label;d.getElementById(i.counts).textContent=s.counts;return}}catch(e){}[i.front,i.label,i.counts].forEach(function(k){var e=d.getElementById(k);e.style.visibility="hidden";e.removeAttribute("elementtiming")})})()`,
} as const;

export default function FirstViewScript({ name }: { name: keyof typeof SCRIPTS }) {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPTS[name] }} />;
}
