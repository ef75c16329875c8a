// The review page: lists pending items, labels them by click or key. Data is inserted
// with textContent only, never as HTML: the texts are attacker-controlled prompts.
"use strict";

const state = { items: [], selected: 0 };
const $ = (sel) => document.querySelector(sel);

function setStatus(msg) {
  $("#status").textContent = msg;
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const [name, id] of [["verdict", "#f-verdict"], ["family", "#f-family"], ["route", "#f-route"], ["since", "#f-since"]]) {
    const v = $(id).value.trim();
    if (v) params.set(name, v);
  }
  return params.toString();
}

async function api(path, options = {}) {
  const headers = { "X-Guardproxy-Review": "1", ...(options.headers || {}) };
  const resp = await fetch(path, { credentials: "same-origin", ...options, headers });
  const body = await resp.json();
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
}

async function load() {
  setStatus("Loading…");
  try {
    const body = await api("/review/api/items?" + filterQuery());
    state.items = body.items;
    state.selected = Math.min(state.selected, Math.max(0, state.items.length - 1));
    render();
    setStatus(state.items.length ? `${state.items.length} pending` : "Nothing pending");
  } catch (e) {
    setStatus("Could not load: " + e.message);
  }
}

function cell(tr, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

function render() {
  const tbody = $("#items tbody");
  tbody.replaceChildren();
  state.items.forEach((item, i) => {
    const tr = document.createElement("tr");
    tr.dataset.id = item.review_id;
    tr.tabIndex = -1;
    if (i === state.selected) tr.className = "selected";
    cell(tr, new Date(Number(item.ts)).toLocaleString());
    cell(tr, item.route);
    const v = cell(tr, item.verdict, "verdict-" + item.verdict);
    if (!item.enforced) {
      const s = document.createElement("span");
      s.className = "shadow";
      s.textContent = " (shadow)";
      v.appendChild(s);
    }
    cell(tr, item.families.join(", "));
    cell(tr, item.rule_ids.join(", "));
    cell(tr, item.pii_types.join(", "));
    cell(tr, item.score.toFixed(2));
    cell(tr, item.text, "text");
    const actions = document.createElement("td");
    for (const [label, caption] of [["fp", "FP"], ["tp", "TP"], ["unsure", "?"]]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = caption;
      b.dataset.label = label;
      b.title = { fp: "false positive (f)", tp: "true positive (t)", unsure: "unsure (u)" }[label];
      b.addEventListener("click", () => labelItem(i, label));
      actions.appendChild(b);
    }
    tr.appendChild(actions);
    tr.addEventListener("click", (ev) => {
      if (ev.target.tagName !== "BUTTON") select(i);
    });
    tbody.appendChild(tr);
  });
}

function select(i) {
  if (!state.items.length) return;
  state.selected = Math.max(0, Math.min(i, state.items.length - 1));
  const rows = document.querySelectorAll("#items tbody tr");
  rows.forEach((r, n) => r.classList.toggle("selected", n === state.selected));
  rows[state.selected].scrollIntoView({ block: "nearest" });
}

async function labelItem(i, label) {
  const item = state.items[i];
  if (!item) return;
  try {
    await api(`/review/api/items/${encodeURIComponent(item.review_id)}/label`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ label }),
    });
    state.items.splice(i, 1);
    state.selected = Math.min(i, Math.max(0, state.items.length - 1));
    render();
    setStatus(`Labelled ${item.id} as ${label}; ${state.items.length} pending`);
  } catch (e) {
    setStatus("Could not label: " + e.message);
  }
}

document.addEventListener("keydown", (ev) => {
  if (ev.target.closest && ev.target.closest("form")) {
    if (ev.key === "Escape") ev.target.blur(); // back to the list without the mouse
    return; // otherwise the keys are typing in a filter
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const keys = {
    j: () => select(state.selected + 1),
    k: () => select(state.selected - 1),
    f: () => labelItem(state.selected, "fp"),
    t: () => labelItem(state.selected, "tp"),
    u: () => labelItem(state.selected, "unsure"),
    r: () => load(),
    "/": () => $("#f-verdict").focus(),
  };
  const action = keys[ev.key];
  if (action) {
    ev.preventDefault();
    action();
  }
});

document.addEventListener("DOMContentLoaded", () => {
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.selected = 0;
    load().then(() => document.activeElement.blur());
  });
  load();
});
