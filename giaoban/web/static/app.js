// giaoban serve: the folder view and the record form, generated from the JSON Schema of
// the record model (`giaoban schema`). Validation and rendering happen on the server, with
// giaoban's own code; this file only shows the form, sends what is typed and shows the result.
"use strict";

const S = {};            // the page's words, in the server's language
let INIT = null;
const SCHEMAS = {};

// ---------------------------------------------------------------------------------------
// small helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function t(key, values) {
  let text = S[key] || key;
  for (const [name, value] of Object.entries(values || {})) text = text.replace(`{${name}}`, value);
  return text;
}

async function api(url, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify(body),
  };
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {  // the server stopped (Ctrl+C) or the network is gone
    return {error: String(error), status: 0};
  }
  let data = {};
  try { data = await response.json(); } catch (error) { data = {error: response.statusText}; }
  data.status = response.status;
  return data;
}

async function schemaFor(defaults) {
  const key = defaults ? "1" : "0";
  if (!SCHEMAS[key]) SCHEMAS[key] = await api(`/api/schema?defaults=${key}`);
  return SCHEMAS[key];
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const pathKey = (path) => path.join(".");

// ---------------------------------------------------------------------------------------
// the schema, reduced to what a form needs

function describe(schema, node, required) {
  while (node && node.$ref) node = schema.$defs[node.$ref.split("/").pop()];
  node = node || {};
  const base = {description: node.description, required: !!required, schema: node,
    choices: node["x-choices"]};
  if (node.anyOf) {
    const variants = node.anyOf.filter((v) => v.type !== "null")
      .map((v) => describe(schema, v, required));
    const list = variants.find((v) => v.kind === "list");
    const object = variants.find((v) => v.kind === "object");
    let chosen;
    // one item or a list of them ("roles: chỉ đạo" or "roles: [chỉ đạo, dự]"): the list
    if (list && variants.some((v) => v !== list && v.kind === list.item.kind &&
        JSON.stringify(v.schema) === JSON.stringify(list.item.schema))) chosen = list;
    else chosen = object || list || variants.find((v) => v.kind === "text") || variants[0];
    if (!chosen) return {...base, kind: "text"};
    const choices = node["x-choices"] || chosen.choices;
    const item = chosen.kind === "list" && choices ? {...chosen.item, choices} : chosen.item;
    return {...chosen, item, choices, description: node.description || chosen.description,
      required: !!required, nullable: node.anyOf.some((v) => v.type === "null")};
  }
  if (node.properties) {
    const req = new Set(node.required || []);
    return {...base, kind: "object",
      props: Object.entries(node.properties)
        .filter(([key]) => !key.startsWith("$"))
        .map(([key, sub]) => [key, describe(schema, sub, req.has(key))])};
  }
  if (node.type === "array") {
    const item = describe(schema, node.items, true);
    return {...base, kind: "list", item: base.choices ? {...item, choices: base.choices} : item};
  }
  if (node.enum) return {...base, kind: "enum", options: node.enum};
  if (node.type === "boolean") return {...base, kind: "bool"};
  const pattern = node.pattern || "";
  if (pattern.includes("\\d{4}-\\d{2}-\\d{2}")) return {...base, kind: "text", date: true};
  if (pattern.includes("giờ")) return {...base, kind: "text", time: true};
  if (node.type === "integer" || node.type === "number") return {...base, kind: "text", numeric: true};
  return {...base, kind: "text"};
}

// A shorthand in the file (a title instead of a list, a paragraph as plain text) is shown
// in full; the server keeps the file's shorthand while nothing else changes.
function expand(desc, value) {
  if (value === undefined || value === null) return value;
  if (desc.kind === "list" && !Array.isArray(value)) return [value];
  if (desc.kind === "object" && !isObject(value)) {
    const wanted = Array.isArray(value) ? "list" : "text";
    const prop = desc.props.find(([, sub]) => sub.kind === wanted);
    return prop ? {[prop[0]]: value} : value;
  }
  return value;
}

// ---------------------------------------------------------------------------------------
// values a secretary picks from a list: the model marks those fields ("x-choices") with
// what they refer to, and the record itself (or its giaoban.yaml) holds the list

// Each pick is {value, label}: an id is offered with whom or what it names, "chu-tich-ca-mau"
// beside "Trần Văn Phước" (s3-trial F42: ids alone had to be remembered).
function pickList(choices, form) {
  const data = form.data || {};
  const short = (text) => (typeof text === "string" && text.length > 80
    ? `${text.slice(0, 77)}…` : text);
  const ids = (items, label) => (Array.isArray(items) ? items : [])
    .filter((i) => i && i.id).map((i) => ({value: i.id, label: short(label(i)) || undefined}));
  if (choices === "attendees") return ids(data.attendees, (a) => a.name || a.group);
  if (choices === "directives") return ids(data.directives, (d) => d.text);
  if (choices === "members") {
    // the server's list: the cluster's members on the meeting's date (F105)
    if (Array.isArray(form.members)) return form.members.map((member) => ({value: member}));
    const found = [];
    for (const cluster of [form.get(["meeting", "cluster"]),
      form.inheritedAt(["meeting", "cluster"])]) {
      if (!isObject(cluster)) continue;
      const lists = [cluster.members, ...(Array.isArray(cluster.membership)
        ? cluster.membership.map((period) => period && period.members) : [])];
      for (const list of lists) {
        for (const member of (typeof list === "string" ? [list] : list || [])) {
          if (typeof member === "string" && !found.includes(member)) found.push(member);
        }
      }
    }
    return found.map((member) => ({value: member}));
  }
  return null;
}

const LONG_TEXT = new Set(["text", "context", "rationale", "results", "limitations",
  "items", "conclusion"]);

// ---------------------------------------------------------------------------------------
// the form

class Form {
  constructor(schema, data, onChange, inherited) {
    this.schema = schema;
    this.data = data;
    this.inherited = inherited || {};   // what the defaults files (giaoban.yaml) give
    this.onChange = onChange;
    this.fields = new Map();     // "attendees.0.name" -> the field's element
    this.opened = new WeakSet();  // list items she opened
    this.datalists = 0;
  }

  render() {
    this.fields.clear();
    const root = describe(this.schema, this.schema, true);
    const container = el("div", {class: "form-root"});
    for (const [key, desc] of root.props) {
      container.append(this.widget(desc, [key], key, null));
    }
    return container;
  }

  inheritedAt(path) {
    let node = this.inherited;
    for (const part of path) {
      if (!isObject(node) || typeof part !== "string") return undefined;
      node = node[part];
    }
    return node;
  }

  get(path) {
    let node = this.data;
    for (const part of path) {
      if (node === null || node === undefined || typeof node !== "object") return undefined;
      node = node[part];
    }
    return node;
  }

  set(path, value) {
    let node = this.data;
    for (let i = 0; i < path.length - 1; i++) {
      const part = path[i];
      if (node[part] === null || node[part] === undefined || typeof node[part] !== "object") {
        node[part] = typeof path[i + 1] === "number" ? [] : {};
      }
      node = node[part];
    }
    node[path[path.length - 1]] = value;
  }

  remove(path) {
    const parent = this.get(path.slice(0, -1));
    if (parent === null || parent === undefined || typeof parent !== "object") return;
    const last = path[path.length - 1];
    if (Array.isArray(parent)) { parent.splice(last, 1); return; }
    delete parent[last];
    // a section left empty is dropped (not written as "place: {}"), except in a list
    const above = path.slice(0, -1);
    if (above.length > 0 && typeof above[above.length - 1] === "string" &&
        Object.keys(parent).length === 0) this.remove(above);
  }

  changed() { this.onChange(); }

  // "press.part_of_day" is not "meeting.part_of_day": a label by section first, then by key
  label(key, desc, path) {
    const section = (path || []).slice(0, -1).filter((p) => typeof p === "string").pop();
    const text = key === null ? "" : (S[`field_${section}.${key}`] || S[`field_${key}`] || key);
    return text + (desc.required ? " *" : "");
  }

  fieldBox(path, key, desc, control) {
    const label = this.label(key, desc, path);
    const inherited = this.inheritedAt(path);
    const shown = Array.isArray(inherited) ? inherited.join(", ")
      : (isObject(inherited) ? null : inherited);
    const box = el("div", {class: "field", "data-path": pathKey(path)},
      key === null ? null : el("label", {for: `f-${pathKey(path)}`}, label),
      control,
      desc.description && key !== null && desc.description !== label.replace(" *", "")
        ? el("div", {class: "hint"}, desc.description) : null,
      shown !== undefined && shown !== null && this.get(path) === undefined
        ? el("div", {class: "hint inherited"}, `${t("ui_inherited")}: ${shown}`) : null,
      el("div", {class: "problems"}));
    this.fields.set(pathKey(path), box);
    return box;
  }

  widget(desc, path, key, parentKey) {
    const value = expand(desc, this.get(path));
    if (value !== this.get(path) && value !== undefined) this.set(path, value);
    if (desc.kind === "object") return this.object(desc, path, key);
    if (desc.kind === "list") {
      return desc.item.kind === "object" ? this.objectList(desc, path, key)
        : this.scalarList(desc, path, key);
    }
    return this.fieldBox(path, key, desc, this.scalar(desc, path, key, parentKey));
  }

  object(desc, path, key) {
    const box = el("fieldset", {"data-path": pathKey(path)},
      key === null ? null : el("legend", {}, this.label(key, desc, path)),
      el("div", {class: "problems"}));
    this.fields.set(pathKey(path), box);
    for (const [sub, subDesc] of desc.props) box.append(this.widget(subDesc, [...path, sub], sub, key));
    return box;
  }

  scalar(desc, path, key, parentKey, keep) {
    const id = `f-${pathKey(path)}`;
    const current = this.get(path);
    const text = current === undefined || current === null ? "" : String(current);
    const store = (value) => {
      // an emptied field is removed from the record; an emptied list item is kept while
      // she types (the server reports it if saved empty)
      if ((value === "" || value === undefined) && !keep) this.remove(path);
      else this.set(path, value);
      this.changed();
    };
    if (desc.kind === "bool") {
      const checked = ["true", "yes", "on", "1", "có"].includes(text.toLowerCase());
      return el("input", {type: "checkbox", id, checked,
        onchange: (e) => store(e.target.checked)});
    }
    if (desc.kind === "enum") {
      const options = [...desc.options];
      if (text && !options.includes(text)) options.unshift(text);
      const select = el("select", {id, onchange: (e) => store(e.target.value)},
        el("option", {value: ""}, desc.required && !desc.schema.default ? t("ui_choose") : ""),
        options.map((o) => el("option", {value: o, selected: o === text}, o)));
      if (!text && desc.schema.default) select.querySelector("option").textContent =
        `(${desc.schema.default})`;
      return select;
    }
    const picks = pickList(desc.choices, this);
    const long = LONG_TEXT.has(key) || LONG_TEXT.has(parentKey) || text.length > 70;
    const attrs = {id, value: text, oninput: (e) => store(e.target.value), autocomplete: "off"};
    if (desc.date) attrs.placeholder = "2022-12-15";
    if (desc.time) attrs.placeholder = "8:30";
    if (desc.numeric) attrs.inputmode = "decimal";
    let input;
    if (long && !picks && !desc.date && !desc.time && !desc.numeric) {
      input = el("textarea", {id, rows: Math.max(1, Math.ceil(text.length / 60)),
        oninput: (e) => store(e.target.value)});
      input.value = text;
    } else {
      input = el("input", {type: "text", ...attrs});
    }
    if (picks) {
      const listId = `pick-${++this.datalists}`;
      input.setAttribute("list", listId);
      input.addEventListener("focus", () => {
        const fresh = pickList(desc.choices, this) || [];
        datalist.replaceChildren(...fresh.map((p) => el("option", p)));
      });
      const datalist = el("datalist", {id: listId}, picks.map((p) => el("option", p)));
      return el("div", {}, input, datalist);
    }
    if (desc.date) {  // typed (2022-12-15 or 15/12/2022) or picked from a calendar
      const picker = el("input", {type: "date", tabindex: "-1", class: "picker",
        "aria-hidden": "true",
        onchange: (e) => { input.value = e.target.value; store(e.target.value); }});
      const open = el("button", {type: "button", class: "small calendar",
        title: t("ui_calendar"), "aria-label": t("ui_calendar"), onclick: () => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) picker.value = input.value;
          if (picker.showPicker) picker.showPicker(); else picker.focus();
        }}, "📅");
      return el("div", {class: "date-row"}, input, open, picker);
    }
    return input;
  }

  scalarList(desc, path, key) {
    const box = el("div", {class: "scalar-list"});
    const draw = () => {
      const items = this.get(path);
      const list = Array.isArray(items) ? items : [];
      const rows = list.map((value, index) => {
        const itemPath = [...path, index];
        const control = this.scalar(desc.item, itemPath, null, key, true);
        const row = el("div", {class: "row field", "data-path": pathKey(itemPath)}, control,
          el("button", {type: "button", class: "small", title: t("ui_up"), "aria-label": t("ui_up"),
            disabled: index === 0, onclick: () => this.move(path, index, index - 1, draw)}, "↑"),
          el("button", {type: "button", class: "small", title: t("ui_remove"),
            "aria-label": t("ui_remove"),
            onclick: () => { list.splice(index, 1); draw(); this.changed(); }}, "✕"),
          el("div", {class: "problems"}));
        this.fields.set(pathKey(itemPath), row);
        return row;
      });
      const add = el("button", {type: "button", class: "small add",
        onclick: () => {
          if (!Array.isArray(this.get(path))) this.set(path, []);
          this.get(path).push("");
          draw();
          const inputs = box.querySelectorAll("input, select, textarea");
          if (inputs.length) inputs[inputs.length - 1].focus();
        }}, `+ ${t("ui_add")}`);
      box.replaceChildren(...rows, add);
    };
    draw();
    return this.fieldBox(path, key, desc, box);
  }

  move(path, from, to, redraw) {
    const list = this.get(path);
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    redraw();
    this.changed();
  }

  summary(item) {
    if (!isObject(item)) return String(item ?? "");
    const first = ["name", "group", "id", "label", "speaker", "text", "to"]
      .map((k) => item[k]).find((v) => typeof v === "string" && v);
    return first || "";
  }

  objectList(desc, path, key) {
    const box = el("fieldset", {class: "list", "data-path": pathKey(path)},
      el("legend", {}, this.label(key, desc, path)),
      desc.description ? el("div", {class: "hint"}, desc.description) : null,
      el("div", {class: "problems"}));
    const items = el("div", {class: "items"});
    box.append(items);
    this.fields.set(pathKey(path), box);
    let dragged = null;
    const draw = () => {
      for (const existing of [...this.fields.keys()]) {
        if (existing.startsWith(pathKey(path) + ".")) this.fields.delete(existing);
      }
      const list = Array.isArray(this.get(path)) ? this.get(path) : [];
      list.forEach((item, index) => { list[index] = expand(desc.item, item); });  // shorthands
      items.replaceChildren(...list.map((item, index) => {
        const itemPath = [...path, index];
        const act = (handler) => (e) => { e.preventDefault(); handler(); };
        const head = el("summary", {class: "item-head"},
          el("span", {class: "handle", title: t("ui_drag"), "aria-hidden": "true"}, "⠿"),
          el("strong", {}, `${index + 1}.`),
          el("span", {class: "summary"}, this.summary(item)),
          el("button", {type: "button", class: "small up", title: t("ui_up"),
            "aria-label": `${t("ui_up")} ${index + 1}`, disabled: index === 0,
            onclick: act(() => this.move(path, index, index - 1, draw))}, "↑"),
          el("button", {type: "button", class: "small down", title: t("ui_down"),
            "aria-label": `${t("ui_down")} ${index + 1}`, disabled: index === list.length - 1,
            onclick: act(() => this.move(path, index, index + 1, draw))}, "↓"),
          el("button", {type: "button", class: "small remove", title: t("ui_remove"),
            "aria-label": `${t("ui_remove")} ${index + 1}`,
            onclick: act(() => { list.splice(index, 1); draw(); this.changed(); })}, "✕"));
        const body = el("div", {class: "item-body"});
        const inner = this.object(desc.item, itemPath, null);
        inner.classList.add("item-fields");
        body.append(...inner.childNodes);
        this.fields.set(pathKey(itemPath), body);
        // a long list opens as rows; an item opens to its fields (new ones open at once)
        const open = list.length <= 3 || (isObject(item) && this.opened.has(item));
        const card = el("details", {class: "item", "data-index": index, open}, head, body);
        card.addEventListener("toggle", () => {
          if (!isObject(item)) return;
          if (card.open) this.opened.add(item); else this.opened.delete(item);
        });
        const handle = head.querySelector(".handle");  // only the handle drags (not a text)
        handle.setAttribute("draggable", "true");
        handle.addEventListener("dragstart", (e) => {
          dragged = index;
          e.dataTransfer.effectAllowed = "move";
          e.dataTransfer.setData("text/plain", String(index));
          e.dataTransfer.setDragImage(card, 10, 10);
        });
        card.addEventListener("input", () => {
          head.querySelector(".summary").textContent = this.summary(this.get(itemPath));
        });
        card.addEventListener("dragover", (e) => {
          if (dragged === null) return;
          e.preventDefault(); card.classList.add("drop-before");
        });
        card.addEventListener("dragleave", () => card.classList.remove("drop-before"));
        card.addEventListener("drop", (e) => {
          e.preventDefault(); e.stopPropagation();
          card.classList.remove("drop-before");
          if (dragged !== null && dragged !== index) this.move(path, dragged, index, draw);
          dragged = null;
        });
        handle.addEventListener("dragend", () => { dragged = null; });
        return card;
      }));
    };
    draw();
    box.append(el("button", {type: "button", class: "small add", onclick: () => {
      if (!Array.isArray(this.get(path))) this.set(path, []);
      const fresh = {};
      this.opened.add(fresh);
      this.get(path).push(fresh);
      draw();
      this.changed();
      const cards = items.querySelectorAll(".item");
      const first = cards[cards.length - 1].querySelector("input, select, textarea");
      if (first) first.focus();
    }}, `+ ${t("ui_add")}`));
    return box;
  }

  // messages next to the field they concern (or its nearest shown parent)
  showProblems(problems, warnings) {
    for (const box of this.fields.values()) {
      box.classList.remove("has-problem");
      const slot = box.querySelector(":scope > .problems");
      if (slot) slot.replaceChildren();
    }
    const unplaced = [];
    for (const warning of warnings || []) {  // valid, but probably not what she meant
      let path = warning.field ? warning.field.map(String) : [];
      let box = null;
      while (path.length && !(box = this.fields.get(path.join(".")))) path = path.slice(0, -1);
      const slot = box && box.querySelector(":scope > .problems");
      if (slot) slot.append(el("div", {class: "warning"}, `${t("ui_warning")}: ${warning.message}`));
    }
    for (const problem of problems) {
      let path = problem.field ? problem.field.map(String) : null;
      let box = null;
      while (path && path.length && !(box = this.fields.get(path.join(".")))) path = path.slice(0, -1);
      const slot = box && box.querySelector(":scope > .problems");
      if (!slot) { unplaced.push(problem); continue; }
      box.classList.add("has-problem");
      slot.append(el("div", {class: "problem", role: "alert"}, problem.message));
      for (let up = box.closest("details"); up; up = up.parentElement.closest("details")) {
        up.open = true;
      }
    }
    return unplaced;
  }
}

// ---------------------------------------------------------------------------------------
// the folder view

async function showFolder() {
  const app = document.getElementById("app");
  const answer = await api("/api/folder");
  const records = (answer.records || []).filter((r) => !r.defaults);
  // the folder itself unreadable (renamed away, say): said, not an empty list (F111)
  const trouble = answer.error ? el("p", {class: "panel bad", id: "folder-error"}, answer.error)
    : null;
  const defaults = (answer.records || []).filter((r) => r.defaults);
  const rows = records.map((r) => el("tr", {},
    el("td", {}, el("a", {href: `#/edit/${encodeURIComponent(r.path)}`}, r.title || r.path)),
    el("td", {}, r.date_shown || r.date || ""),
    el("td", {}, r.cluster || ""),
    el("td", {class: "muted"}, r.path),
    el("td", {class: r.problems ? "bad" : (r.warnings ? "warning" : "ok"),
              title: r.first_problem || r.first_warning || ""},
      r.problems ? t("ui_problems", {count: r.problems})
        : (r.warnings ? t("ui_valid_warnings", {count: r.warnings}) : t("ui_valid"))),
    el("td", {class: r.up_to_date ? "ok" : "muted"},
      r.problems ? "" : (r.up_to_date ? t("ui_docs_current") : t("ui_docs_stale"))),
    el("td", {},
      el("a", {class: "button", href: `#/edit/${encodeURIComponent(r.path)}`}, t("ui_open")), " ",
      r.problems ? null : el("button", {type: "button", class: "render", onclick: async (e) => {
        e.target.disabled = true;
        const done = await api("/api/render", {path: r.path});
        await showFolder();
        showRendered(r.path, done);
      }}, t("ui_render")))));
  const name = el("input", {type: "text", id: "new-name", placeholder: "hoi-nghi-2025.yaml"});
  const previous = el("select", {id: "new-previous"}, el("option", {value: ""}, t("ui_empty")),
    records.filter((r) => !r.problems).map((r) => el("option", {value: r.path}, r.path)));
  // typed day first, as the records write it (a browser's date box shows mm/dd/yyyy in an
  // English Chromium, F111), or picked from the calendar
  const date = el("input", {type: "text", id: "new-date", placeholder: "15/12/2025",
    autocomplete: "off", size: 11});
  const picker = el("input", {type: "date", tabindex: "-1", class: "picker", "aria-hidden": "true",
    onchange: (e) => {
      const [y, m, d] = e.target.value.split("-");
      if (y) date.value = `${d}/${m}/${y}`;
    }});
  const calendar = el("button", {type: "button", class: "small calendar", title: t("ui_calendar"),
    "aria-label": t("ui_calendar"), onclick: () => {
      if (picker.showPicker) picker.showPicker(); else picker.focus();
    }}, "📅");
  const message = el("span", {class: "bad"});
  const create = el("button", {type: "button", class: "primary", id: "new-create", onclick: async () => {
    const done = await api("/api/new", {name: name.value, previous: previous.value, date: date.value});
    if (done.error) { message.textContent = done.error; return; }
    // what `giaoban new` prints (merged provinces, what to check): shown above the form
    sessionStorage.setItem("giaoban-told", JSON.stringify(done.told || []));
    location.hash = `#/edit/${encodeURIComponent(done.path)}`;
  }}, t("ui_create"));
  const usable = records.filter((r) => !r.problems);
  const pick = (id) => el("select", {id}, usable
    .map((r) => el("option", {value: r.path}, `${r.date_shown || r.date || ""} ${r.path}`)));
  // the clusters of the folder's records, for the follow-up of their directives
  const clusters = el("select", {id: "followup-cluster"},
    [...new Set(records.map((r) => r.cluster).filter(Boolean))].sort()
      .map((c) => el("option", {value: c}, c)));
  const older = pick("diff-old");
  const newer = pick("diff-new");
  // newest first: the comparison opens on the newest record and the one before it of
  // the same cluster, not the next record of any cluster (s4-trial F78)
  const sameCluster = usable.findIndex((r, i) => i > 0 && r.cluster === usable[0].cluster);
  if (sameCluster > 0) older.selectedIndex = sameCluster;
  else if (older.options.length > 1) older.selectedIndex = 1;
  const report = el("p", {id: "export-report", class: "report"});
  const tools = el("div", {class: "panel"},
    el("div", {class: "new-record"},
      el("button", {type: "button", id: "export", onclick: async (e) => {
        e.target.disabled = true;
        report.textContent = "…";
        const done = await api("/api/export", {});
        await showFolder();
        document.getElementById("export-report").textContent = done.error || done.report;
      }}, t("ui_export")),
      el("label", {}, t("ui_diff"), older), el("label", {}, "→", newer),
      el("button", {type: "button", onclick: () => window.open(
        `/api/diff?old=${encodeURIComponent(older.value)}&new=${encodeURIComponent(newer.value)}`,
        "_blank")}, t("ui_diff")),
      clusters.options.length ? el("label", {}, t("field_cluster"), clusters) : null,
      clusters.options.length ? el("button", {type: "button", id: "followup", onclick: () =>
        window.open(`/api/followup?cluster=${encodeURIComponent(clusters.value)}`, "_blank")},
        t("ui_followup")) : null),
    report);
  if (!records.length && !answer.error) {  // a new user's first view says what to do
    rows.push(el("tr", {}, el("td", {colspan: 7, class: "muted", id: "no-records"},
      t("ui_no_records"))));
  }
  app.replaceChildren(...[  // no "null" for a part left out (F111)
    el("h1", {}, t("ui_title")),
    trouble,
    el("div", {class: "panel render-report", id: "render-report", hidden: true}),
    el("div", {class: "panel"}, el("table", {class: "records"},
      el("thead", {}, el("tr", {}, ["field_title", "field_date", "field_cluster", "ui_file",
        "ui_state", "ui_documents", ""].map((k) => el("th", {}, k ? t(k) : "")))),
      el("tbody", {}, rows))),
    el("div", {class: "panel"}, el("h2", {}, t("ui_new")),
      el("div", {class: "new-record"},
        el("label", {}, t("ui_file_name"), name),
        el("label", {}, t("ui_from_previous"), previous),
        el("label", {}, t("field_date"), el("span", {class: "date-row"}, date, calendar, picker)),
        create, message)),
    records.length ? tools : null,
    el("div", {class: "panel"}, el("h2", {}, t("ui_defaults")),
      defaults.length ? el("ul", {}, defaults.map((d) => el("li", {},
        el("a", {href: `#/edit/${encodeURIComponent(d.path)}`}, d.path))))
        : el("button", {type: "button", id: "new-defaults", onclick: async () => {
          const done = await api("/api/new-defaults", {});
          if (done.error) { alert(done.error); return; }
          location.hash = `#/edit/${encodeURIComponent(done.path)}`;
        }}, t("ui_new_defaults")))].filter(Boolean));
}

// What "Tạo văn bản" did, document by document (s5-trial F109): what was written, what was
// kept because it was edited since (in Word), and a way to write the new one all the same,
// the edited one kept under another name.
function showRendered(path, done) {
  const panel = document.getElementById("render-report");
  if (!panel) return;
  const items = [];
  if (done.error) items.push(el("li", {class: "bad"}, done.error));
  for (const moved of done.renamed || []) {
    items.push(el("li", {}, t("ui_render_renamed", {file: moved.path, backup: moved.backup})));
  }
  if (!done.error) {
    items.push(el("li", {class: "ok"}, (done.written || []).length
      ? t("ui_rendered", {files: done.written.join(", ")}) : t("ui_rendered_none")));
  }
  for (const kept of done.kept || []) {
    const replace = el("button", {type: "button", class: "replace-kept", onclick: async () => {
      if (!confirm(t("ui_render_replace_confirm", {file: kept.path, backup: kept.backup}))) return;
      replace.disabled = true;
      const again = await api("/api/render", {path, replace_kept: true});
      await showFolder();
      showRendered(path, again);
    }}, t("ui_render_replace", {backup: kept.backup}));
    items.push(el("li", {class: "bad"},
      t((done.written || []).length ? "ui_render_kept" : "ui_render_kept_alone",
        {file: kept.path}), " ", replace));
  }
  for (const line of done.in_use || []) items.push(el("li", {class: "bad"}, line));
  panel.replaceChildren(el("strong", {}, `${t("ui_render")}: ${path}`), el("ul", {}, items));
  panel.hidden = false;
  panel.scrollIntoView({block: "nearest"});
}

// ---------------------------------------------------------------------------------------
// one record: the form beside its preview

class Editor {
  constructor(path) {
    this.path = path;
    this.defaults = /(^|\/)giaoban\.yaml$/.test(path);
    this.sequence = 0;
    this.shown = 0;
    this.documentsShown = 0;
    this.dirty = false;
    this.problems = [];
    this.tab = this.defaults ? "yaml" : "press";
    this.pagesFor = null;
  }

  async open() {
    const record = await api(`/api/record?path=${encodeURIComponent(this.path)}`);
    const app = document.getElementById("app");
    if (record.error) { app.replaceChildren(el("p", {class: "bad"}, record.error)); return; }
    if (record.data === null) { this.openText(app, record); return; }
    this.version = record.version;
    const data = isObject(record.data) ? record.data : {};
    this.form = new Form(await schemaFor(this.defaults), data, () => this.changed(),
      record.inherited);
    this.build(app);
    this.check();
    this.poll = setInterval(() => this.watchDisk(), 2000);
  }

  // A file the form cannot read (a YAML error, s3-trial F31): its text to fix in place,
  // the error's line selected, saved as text once it reads as YAML; then the form opens.
  openText(app, record) {
    let version = record.version;
    const list = el("ul", {class: "problems-list", id: "text-problems"});
    const box = el("textarea", {id: "record-text", class: "record-text", spellcheck: "false",
      rows: 30});
    box.value = record.text;
    const show = (problems) => {
      list.replaceChildren(...problems.map((p) => el("li", {class: "bad"},
        p.line ? t("ui_text_line", {line: p.line, column: p.column || 1}) + ": " : "",
        p.message)));
      const first = problems.find((p) => p.line);
      if (!first) return;
      const lines = box.value.split("\n");
      const start = lines.slice(0, first.line - 1).join("\n").length + (first.line > 1 ? 1 : 0);
      box.focus();
      box.setSelectionRange(start, start + (lines[first.line - 1] || "").length);
      box.scrollTop = Math.max(0, (first.line - 5) * 18);
    };
    const status = el("span", {class: "status", id: "text-status", hidden: true});
    const save = el("button", {type: "button", class: "primary", id: "save-text",
      onclick: async () => {
        const answer = await api("/api/save-text", {path: this.path, version, text: box.value});
        status.hidden = !answer.error || Boolean(answer.problems);
        if (answer.problems) { show(answer.problems); return; }
        if (answer.error) { status.textContent = answer.error; status.className = "status bad"; return; }
        version = answer.version;
        await this.open();
      }}, t("ui_save"));
    app.replaceChildren(el("h2", {}, this.path),
      el("p", {}, t("ui_text_fix")), list, box, el("div", {}, save, " ", status));
    show(record.problems);
  }

  close() { clearInterval(this.poll); }

  build(app) {
    this.status = el("span", {class: "status saved", id: "save-status"}, t("ui_saved"));
    this.count = el("span", {class: "status", id: "problem-count"});
    this.saveButton = el("button", {type: "button", class: "primary", id: "save",
      onclick: () => this.save(false)}, t("ui_save"));
    const download = (document, format, label) => el("a", {class: "button download",
      "data-format": `${document}.${format}`,
      href: `/api/download?path=${encodeURIComponent(this.path)}&document=${document}&format=${format}`},
      label);
    this.downloads = this.defaults ? el("span") : el("span", {class: "downloads"},
      `${t("ui_download")}: `,
      download("minutes", "docx", `${t("ui_minutes")} .docx`), " ",
      download("press", "docx", `${t("ui_press")} .docx`), " ",
      download("press", "md", `${t("ui_press")} .md`),
      INIT.pages ? [" ", download("minutes", "pdf", `${t("ui_minutes")} .pdf`)] : null);
    this.banner = el("div", {class: "banner", id: "conflict", hidden: true},
      el("p", {}, t("ui_conflict")),
      el("button", {type: "button", id: "conflict-reload", onclick: () => this.reload()},
        t("ui_reload")), " ",
      el("button", {type: "button", id: "conflict-overwrite", onclick: () => this.save(true)},
        t("ui_overwrite")),
      el("p", {class: "muted", id: "conflict-detail"}));
    const told = JSON.parse(sessionStorage.getItem("giaoban-told") || "[]");
    sessionStorage.removeItem("giaoban-told");  // said once, for the record just made
    this.told = el("div", {class: "panel told", id: "told", hidden: !told.length},
      el("ul", {}, told.map((line) => el("li", {}, line))));
    this.unplaced = el("ul", {class: "problems-list", id: "problems"});
    const tabs = this.defaults ? ["yaml"] : ["press", "minutes", "pages", "yaml"];
    this.tabButtons = el("div", {class: "tabs", role: "tablist"}, tabs.map((name) =>
      el("button", {type: "button", role: "tab", "data-tab": name, id: `tab-${name}`,
        "aria-selected": String(name === this.tab),
        onclick: () => this.showTab(name)}, t(`ui_${name}`))));
    this.tabBody = el("div", {class: "tab-body", id: "preview", role: "tabpanel",
      "data-stale": t("ui_stale")});
    this.press = el("iframe", {sandbox: "", title: t("ui_press"), id: "press-frame"});
    this.minutes = el("div", {class: "minutes-text", id: "minutes-text"});
    this.pages = el("div", {class: "pages", id: "pages"});
    this.yaml = el("pre", {id: "yaml-text"});
    app.replaceChildren(
      el("div", {class: "editor-bar"},
        el("a", {href: "#/"}, `← ${t("ui_back")}`),
        el("span", {class: "path"}, this.path), this.status, this.count, this.saveButton,
        this.downloads),
      this.banner,
      this.told,
      el("div", {class: "split"},
        el("div", {class: "form", id: "form"},
          el("div", {class: "panel"}, el("strong", {}, t("ui_problems_title")), this.unplaced),
          this.form.render()),
        el("div", {class: "preview"}, this.tabButtons, this.tabBody)));
    this.showTab(this.tab);
  }

  showTab(name) {
    this.tab = name;
    for (const button of this.tabButtons.children) {
      button.setAttribute("aria-selected", String(button.dataset.tab === name));
    }
    this.tabBody.replaceChildren({press: this.press, minutes: this.minutes, pages: this.pages,
      yaml: this.yaml}[name]);
    if (name === "pages") this.requestPages();
    if (name === "yaml") this.check();
  }

  changed() {
    this.dirty = true;
    this.status.className = "status unsaved";
    this.status.textContent = t("ui_unsaved");
    this.setDownloads();
    this.checkSoon();
  }

  checkSoon = debounce(() => this.check(), 150);

  async check() {
    const sequence = ++this.sequence;
    const answer = await api("/api/check", {path: this.path, version: this.version,
      data: this.form.data, with_text: this.tab === "yaml"});
    if (sequence < this.shown) {  // an older answer arriving late: only its documents, if
      if (answer.press_html !== undefined && sequence > this.documentsShown) {  // newer
        this.documentsShown = sequence;
        this.press.srcdoc = answer.press_html;
        this.showMinutes(answer.minutes);
      }
      return;
    }
    this.shown = sequence;
    if (answer.conflict) { this.showConflict(answer); return; }
    if (answer.error) { this.problems = [{message: answer.error}]; this.showProblems(); return; }
    this.problems = answer.problems;
    this.warnings = answer.warnings || [];
    if (Array.isArray(answer.members)) this.form.members = answer.members;
    this.showProblems();
    // the documents are not built while errors remain: the preview says it is the last good one
    this.tabBody.classList.toggle("stale", this.problems.length > 0);
    if (answer.text !== undefined) this.yaml.textContent = answer.text;
    if (answer.press_html !== undefined) {
      this.documentsShown = sequence;
      this.press.srcdoc = answer.press_html;
      this.showMinutes(answer.minutes);
      if (this.tab === "pages") this.requestPagesSoon();
    }
    this.setDownloads();
  }

  showProblems() {
    const unplaced = this.form.showProblems(this.problems, this.warnings);
    const warnings = this.warnings || [];
    this.count.textContent = this.problems.length
      ? t("ui_problems", {count: this.problems.length})
      : (warnings.length ? t("ui_valid_warnings", {count: warnings.length}) : t("ui_valid"));
    this.count.className = `status ${this.problems.length ? "bad" : "ok"}`;
    const own = this.path.split("/").pop();
    // a line number of this file is shown only once saved; another file's, always
    const where = (p) => (p.line && p.file !== own ? `${p.file}:${p.line}: ` : "");
    // the warnings too, as validate prints them (s3-trial F10): valid, but worth a look
    const items = [
      ...this.problems.map((p) =>
        el("li", {class: "bad", onclick: () => this.focus(p)}, where(p) + p.message)),
      ...warnings.map((w) =>
        el("li", {class: "warning", onclick: () => this.focus(w)},
          `${t("ui_warning")}: ${where(w)}${w.message}`)),
    ];
    this.unplaced.replaceChildren(
      ...(items.length ? items : [el("li", {class: "ok"}, t("ui_no_problems"))]));
    return unplaced;
  }

  focus(problem) {
    let path = (problem.field || []).map(String);
    while (path.length && !this.form.fields.get(path.join("."))) path = path.slice(0, -1);
    const box = this.form.fields.get(path.join("."));
    if (!box) return;
    box.scrollIntoView({block: "center"});
    const input = box.querySelector("input, select, textarea");
    if (input) input.focus();
  }

  showMinutes(paragraphs) {
    const para = (p) => el("p", {class: [p.align === "center" ? "center" : "",
      p.align === "right" ? "right" : "", p.bold ? "bold" : ""].join(" ").trim()}, p.text);
    this.minutes.replaceChildren(...(paragraphs || []).map((p) => p.cells
      ? el("div", {class: "row"}, p.cells.map((cell) => el("div", {}, cell.map(para))))
      : para(p)));
  }

  requestPagesSoon = debounce(() => this.requestPages(), 300);

  async requestPages() {
    if (!INIT.pages) { this.pages.replaceChildren(el("p", {}, t("ui_pages_none"))); return; }
    const key = JSON.stringify(this.form.data);
    if (this.pagesFor === key) return;
    this.pagesFor = key;
    this.pages.prepend(el("p", {class: "muted wait"}, t("ui_pages_wait")));
    const answer = await api("/api/pages", {path: this.path, version: this.version,
      data: this.form.data});
    if (this.pagesFor !== key) return;
    if (answer.error) { this.pages.replaceChildren(el("p", {class: "bad"}, answer.error)); return; }
    this.pages.replaceChildren(...answer.pages.map((src, index) => src.startsWith("data:image")
      ? el("img", {src, alt: `${t("ui_pages")} ${index + 1}`})
      : el("iframe", {src, title: t("ui_pages")})));
  }

  setDownloads() {
    const usable = !this.dirty && this.problems.length === 0;
    for (const link of this.downloads.querySelectorAll("a")) {
      link.classList.toggle("disabled", !usable);
      link.title = usable ? "" : (this.dirty ? t("ui_save_first") : "");
    }
  }

  async save(force) {
    this.saveButton.disabled = true;
    const answer = await api("/api/save",
      {path: this.path, version: this.version, data: this.form.data, force});
    this.saveButton.disabled = false;
    if (answer.conflict) { this.showConflict(answer); return; }
    if (answer.error) { alert(answer.error); return; }
    this.version = answer.version;
    this.dirty = false;
    this.banner.hidden = true;
    this.status.className = "status saved";
    this.status.textContent = t("ui_saved");
    this.check();
  }

  showConflict(answer) {
    this.banner.hidden = false;
    this.banner.querySelector("#conflict-detail").textContent = answer.error || "";
  }

  async watchDisk() {
    const answer = await api(`/api/version?path=${encodeURIComponent(this.path)}`);
    if (answer.version && answer.version !== this.version) {
      this.showConflict({error: ""});
    }
  }

  async reload() {
    this.close();
    this.banner.hidden = true;
    await this.open();
  }
}

// ---------------------------------------------------------------------------------------
// routing

let editor = null;

let leaving = null;

async function route() {
  if (editor && editor.dirty && location.hash !== leaving) {
    if (!confirm(t("ui_leave_unsaved"))) {  // back to the form, nothing lost
      leaving = `#/edit/${encodeURIComponent(editor.path)}`;
      location.hash = leaving;
      return;
    }
  }
  if (leaving === location.hash) { leaving = null; return; }
  if (editor) { editor.close(); editor = null; }
  const hash = location.hash || "#/";
  if (hash.startsWith("#/edit/")) {
    editor = new Editor(decodeURIComponent(hash.slice("#/edit/".length)));
    await editor.open();
  } else {
    await showFolder();
  }
}

window.addEventListener("keydown", (e) => {
  if (editor && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
    e.preventDefault();
    editor.save(false);
  }
});

window.addEventListener("beforeunload", (e) => {
  if (editor && editor.dirty) { e.preventDefault(); e.returnValue = ""; }
});

window.addEventListener("DOMContentLoaded", async () => {
  INIT = await api("/api/init");
  Object.assign(S, INIT.strings);
  document.documentElement.lang = INIT.lang;
  document.getElementById("folder-name").textContent = `${t("ui_folder")}: ${INIT.folder}`;
  window.addEventListener("hashchange", route);
  route();
});
