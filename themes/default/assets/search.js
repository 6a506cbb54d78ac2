// The search page: queries the Pagefind index that `briefings build` writes into <site>/pagefind/, in the browser.
// Every address is computed from this file's own URL, so the site works under any sub-path (GitHub project pages)
// and the page needs no inline script (the Content-Security-Policy allows none).
// Text from the index is data: it only ever reaches the page through textContent, never as markup.

const root = new URL("../", import.meta.url);
const pageSize = 10;
const typingDelayMs = 250;

const form = document.querySelector("[data-search-form]");
const input = form.querySelector("input[name=q]");
const filterBox = form.querySelector("[data-search-filters]");
const filterSelects = [...form.querySelectorAll("select[data-filter]")];
const sortSelect = form.querySelector("select[name=sort]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const moreButton = document.querySelector("[data-search-more]");

const sorts = { newest: { date: "desc" }, oldest: { date: "asc" } };

let pagefind = null;
let results = [];
let shown = 0;
// Each search gets a number; an answer that arrives after a newer search started is dropped.
let generation = 0;
let typingTimer = 0;

function say(text) {
  status.textContent = text;
}

function currentFilters() {
  const filters = {};
  for (const select of filterSelects) {
    if (select.value) filters[select.dataset.filter] = select.value;
  }
  return filters;
}

// The address bar always holds the current search, so it can be bookmarked or shared.
function writeAddress() {
  const params = new URLSearchParams();
  const q = input.value.trim();
  if (q) params.set("q", q);
  for (const [name, value] of Object.entries(currentFilters())) params.set(name, value);
  if (sortSelect.value) params.set("sort", sortSelect.value);
  const query = params.toString();
  history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const select of filterSelects) {
    const value = params.get(select.name) ?? "";
    if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
    select.value = value;
  }
  const sort = params.get("sort") ?? "";
  sortSelect.value = sort in sorts ? sort : "";
}

function describe(q, filters, count) {
  const what = count === 1 ? "1 briefing" : `${count} briefings`;
  const words = q ? ` for “${q}”` : "";
  const narrowed = Object.entries(filters).map(([name, value]) => `${name} ${value}`);
  const within = narrowed.length ? ` (${narrowed.join(", ")})` : "";
  return count === 0 ? `No briefing found${words}${within}.` : `${what} found${words}${within}.`;
}

async function search() {
  clearTimeout(typingTimer);
  writeAddress();
  const mine = ++generation;
  const q = input.value.trim();
  const filters = currentFilters();
  if (!q && Object.keys(filters).length === 0) {
    results = [];
    shown = 0;
    list.replaceChildren();
    moreButton.hidden = true;
    say("Type words to find, or choose a topic, leader or year.");
    return;
  }
  const response = await pagefind.search(q || null, { filters, sort: sorts[sortSelect.value] });
  if (mine !== generation || response === null) return;
  results = response.results;
  shown = 0;
  list.replaceChildren();
  say(describe(q, filters, results.length));
  await showMore(false);
}

async function showMore(moveFocus) {
  const mine = generation;
  const batch = results.slice(shown, shown + pageSize);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== generation) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += batch.length;
  moreButton.hidden = shown >= results.length;
  // After "More results", keyboard users continue from the first new result rather than the button's old place.
  if (moveFocus && items.length > 0) items[0].querySelector("a").focus();
}

function resultItem(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.date, data.meta.source].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  appendHighlighted(excerpt, data.excerpt);
  item.append(heading, meta, excerpt);
  return item;
}

// Pagefind marks matches with <mark>. The excerpt is parsed into an inert document and only its text and <mark>
// elements are copied over, so nothing else from the index can become markup.
function appendHighlighted(target, excerpt) {
  const parsed = new DOMParser().parseFromString(excerpt, "text/html");
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") appendMark(target, node.textContent);
    else target.append(node.textContent);
  }
}

// Pagefind marks whole space-separated tokens; quotes and punctuation around the word stay outside the highlight.
function appendMark(target, text) {
  const [, before, word, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(text);
  const mark = document.createElement("mark");
  mark.textContent = word || text;
  if (word) target.append(before, mark, after);
  else target.append(mark);
}

async function start() {
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ excerptLength: 30 });
    // Loads the index's entry and the WebAssembly now, while the reader is still typing.
    await pagefind.init();
  } catch {
    // Keep the page's own links to the other ways into the archive (topics, leaders, timeline).
    const [topics, leaders, timeline] = [...status.querySelectorAll("a")];
    status.replaceChildren("Search could not load its index. Browse the ", topics, ", the ", leaders, " or the ", timeline, " instead.");
    return;
  }
  filterBox.hidden = false;
  readAddress();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(search, typingDelayMs);
  });
  for (const select of [...filterSelects, sortSelect]) select.addEventListener("change", () => search());
  moreButton.addEventListener("click", () => showMore(true));
  await search();
}

start();
