// The trainer's dashboard: one class at a time, fed by the server's live WebSocket. Plain DOM,
// no framework; every text goes in through textContent.
"use strict";

const TEXT = {
  en: {
    connecting: "connecting…", live: "live", reconnecting: "reconnecting…",
    tab_lobby: "Lobby", tab_roster: "Roster", tab_graph: "Flow & heat map", tab_analytics: "Analytics",
    tab_leaderboard: "Leaderboard", tab_reports: "Reports",
    lock: "Lock", unlock: "Unlock", pause: "Pause all", resume: "Resume", end_class: "End class",
    pace_stage: "Pace by stage", pace_self: "Self-paced", release: "Release {stage}", release_none: "All released",
    confirm_close: "End class {code}? Trainees are told, and no more answers are taken.",
    join_code: "Join code", type_this: "Trainees type", joined: "Joined",
    col_trainee: "Trainee", col_status: "Status", col_node: "Node", col_stage: "Stage", col_clock: "Meeting clock",
    col_points: "Points so far", col_outcome: "Outcome",
    nobody_yet: "Nobody has joined yet.",
    connected: "connected", disconnected: "disconnected", lagging: "lagging", finished: "finished", kicked: "removed", waiting: "waiting for release",
    kick: "Remove", letback: "Let back", idle: "idle {m} min",
    practice: "practice", exam: "exam", paused: "paused", locked: "locked", closed: "ended", open: "open",
    click_node: "Click a node to see its options, how many took each and what they scored on average.",
    at_node: "here now", answers: "answers", option: "option", taken: "taken", avg: "avg",
    withheld_option: "(text hidden in exam mode)", unmatched: "not understood", unclear: "unclear", no_answers: "Nobody has answered here yet.",
    leads_to: "→ {node}",
    dimensions: "Class averages per dimension", mistakes: "Most frequent mistakes", checkpoints: "Classification checkpoints",
    finished_pct: "{n} finished: average % per dimension", so_far: "Nobody has finished yet: average points so far", none_yet: "Nothing yet.",
    times: "×{n}", trainees: "{n} trainees", reason_hidden: "Reasons are shown when the exam ends.",
    correct: "{n} of {t} right", truth: "truth", truth_hidden: "The truth is shown when the exam ends.",
    board_show: "Show", board_names: "Names", off: "off", end: "at the end", live_board: "live", aliases: "aliases", names: "names",
    board_off: "The leaderboard is off.", board_at_end: "The leaderboard appears when the class ends.", board_empty: "No scores yet.",
    reports_intro: "The class report and the CSV of every session, as spar report writes them from the store.",
    report_html: "Class report (HTML)", report_csv: "Sessions (CSV)", report_after_exam: "The exam's report is ready once the class is ended.",
    no_class: "No class is open on this server.", failed: "{what} failed: {why}",
    graph_failed: "The flow graph could not be drawn.",
    meeting: "{e}/{m} min",
  },
  zh: {
    connecting: "连接中…", live: "实时", reconnecting: "重新连接…",
    tab_lobby: "候场", tab_roster: "学员", tab_graph: "流程与热力图", tab_analytics: "分析",
    tab_leaderboard: "排行榜", tab_reports: "报告",
    lock: "锁定", unlock: "解锁", pause: "全体暂停", resume: "继续", end_class: "结束课程",
    pace_stage: "按阶段推进", pace_self: "自主进度", release: "放行：{stage}", release_none: "已全部放行",
    confirm_close: "结束课程 {code}？学员会收到通知，不再接受回答。",
    join_code: "加入码", type_this: "学员输入", joined: "已加入",
    col_trainee: "学员", col_status: "状态", col_node: "节点", col_stage: "阶段", col_clock: "会谈时钟",
    col_points: "目前得分", col_outcome: "结果",
    nobody_yet: "还没有学员加入。",
    connected: "在线", disconnected: "离线", lagging: "停滞", finished: "已完成", kicked: "已移出", waiting: "等待放行",
    kick: "移出", letback: "允许返回", idle: "{m} 分钟未作答",
    practice: "练习", exam: "考试", paused: "已暂停", locked: "已锁定", closed: "已结束", open: "进行中",
    click_node: "点击节点，查看各选项的选择人数和平均得分。",
    at_node: "人当前在此", answers: "回答", option: "选项", taken: "人次", avg: "均分",
    withheld_option: "（考试模式不显示选项文字）", unmatched: "未听懂", unclear: "不明确", no_answers: "还没有人在这里作答。",
    leads_to: "→ {node}",
    dimensions: "各维度班级平均", mistakes: "常见错误", checkpoints: "客户分类检查点",
    finished_pct: "{n} 人完成：各维度平均百分比", so_far: "尚无人完成：各维度目前平均得分", none_yet: "暂无数据。",
    times: "×{n}", trainees: "{n} 名学员", reason_hidden: "考试结束后显示原因。",
    correct: "{t} 人中 {n} 人正确", truth: "正确答案", truth_hidden: "考试结束后显示正确答案。",
    board_show: "显示", board_names: "姓名", off: "关闭", end: "课程结束时", live_board: "实时", aliases: "化名", names: "真实姓名",
    board_off: "排行榜已关闭。", board_at_end: "课程结束后显示排行榜。", board_empty: "还没有得分。",
    reports_intro: "班级报告和每场会谈的 CSV，与 spar report 从数据库生成的一样。",
    report_html: "班级报告（HTML）", report_csv: "会谈明细（CSV）", report_after_exam: "考试的班级报告在课程结束后提供。",
    no_class: "服务器上没有进行中的课程。", failed: "{what}失败：{why}",
    graph_failed: "无法绘制流程图。",
    meeting: "{e}/{m} 分钟",
  },
};

const ALIASES = {
  en: ["Falcon", "Otter", "Panda", "Lynx", "Heron", "Koala", "Badger", "Dolphin", "Fox", "Crane",
       "Tiger", "Whale", "Owl", "Bison", "Gecko", "Raven", "Yak", "Ibex", "Seal", "Swan"],
  zh: ["猎鹰", "水獭", "熊猫", "猞猁", "苍鹭", "考拉", "獾", "海豚", "狐狸", "仙鹤",
       "老虎", "鲸鱼", "猫头鹰", "野牛", "壁虎", "渡鸦", "牦牛", "羚羊", "海豹", "天鹅"],
};

const state = {
  lang: pickLanguage(),
  classes: [],
  code: null,
  snapshot: null,
  graph: null,
  graphKey: null,
  selectedNode: null,
  tab: (location.hash || "").slice(1) || "lobby",
  socket: null,
  retry: 500,
};

function pickLanguage() {
  const saved = localStorage.getItem("spar.lang");
  if (saved === "zh" || saved === "en") return saved;
  return (navigator.languages || [navigator.language || "en"]).some((l) => String(l).toLowerCase().startsWith("zh")) ? "zh" : "en";
}

function t(key, values) {
  let text = (TEXT[state.lang] && TEXT[state.lang][key]) ?? TEXT.en[key] ?? key;
  for (const [name, value] of Object.entries(values || {})) text = text.replaceAll("{" + name + "}", String(value));
  return text;
}

function named(localized) { return localized ? (localized[state.lang] ?? localized.en ?? "") : ""; }

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

const $ = (id) => document.getElementById(id);

function api(path) { return "/api/classes/" + encodeURIComponent(state.code) + path; }

async function post(path, body, what) {
  try {
    const response = await fetch(api(path), {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}),
    });
    if (!response.ok) {
      let why = response.status + "";
      try { why = (await response.json()).error.message; } catch (_) { /* not JSON */ }
      showMessage(t("failed", { what: what || path, why }));
      return null;
    }
    hideMessage();
    return await response.json();
  } catch (error) {
    showMessage(t("failed", { what: what || path, why: error.message }));
    return null;
  }
}

function showMessage(text) { const box = $("message"); box.textContent = text; box.hidden = false; }
function hideMessage() { $("message").hidden = true; }

// ---- Start-up -----------------------------------------------------------------------------------

async function start() {
  document.querySelectorAll("#tabs button").forEach((button) => button.addEventListener("click", () => selectTab(button.dataset.tab)));
  $("lang-switch").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("spar.lang", state.lang);
    render();
  });
  $("class-picker").addEventListener("change", (event) => openClass(event.target.value));
  $("btn-lock").addEventListener("click", () => post(state.snapshot.class.settings.locked ? "/unlock" : "/lock", {}, t("lock")));
  $("btn-pause").addEventListener("click", () => post(state.snapshot.class.settings.paused ? "/resume" : "/pause", {}, t("pause")));
  $("btn-pace").addEventListener("click", () => post("/pace", { pacing: state.snapshot.class.settings.pacing === "stage" ? "self" : "stage" }, t("pace_stage")));
  $("btn-release").addEventListener("click", () => post("/release", {}, t("release", { stage: "" })));
  $("btn-close").addEventListener("click", () => {
    if (confirm(t("confirm_close", { code: state.code }))) post("/close", {}, t("end_class"));
  });
  $("board-show").addEventListener("change", (event) => post("/leaderboard", { show: event.target.value }, t("tab_leaderboard")));
  $("board-names").addEventListener("change", (event) => post("/leaderboard", { names: event.target.value }, t("tab_leaderboard")));
  render();
  const response = await fetch("/api/classes", { credentials: "same-origin" });
  if (!response.ok) { showMessage(t("failed", { what: "/api/classes", why: response.status })); return; }
  state.classes = await response.json();
  const wanted = new URLSearchParams(location.search).get("class");
  const open = state.classes.filter((c) => !c.settings.closed);
  const chosen = state.classes.find((c) => c.code === wanted) || open[open.length - 1] || state.classes[state.classes.length - 1];
  const picker = $("class-picker");
  picker.replaceChildren(...state.classes.map((c) => el("option", { value: c.code, text: c.code + " · " + (c.name || c.scenario) })));
  if (!chosen) { showMessage(t("no_class")); return; }
  openClass(chosen.code);
}

function openClass(code) {
  state.code = code;
  state.snapshot = null;
  state.graph = null;
  state.graphKey = null;
  state.selectedNode = null;
  $("class-picker").value = code;
  history.replaceState(null, "", "/trainer?class=" + encodeURIComponent(code) + location.hash);
  connect();
}

function connect() {
  if (state.socket) { state.socket.onclose = null; state.socket.close(); }
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const socket = new WebSocket(scheme + location.host + api("/live"));
  state.socket = socket;
  setConnection("connecting", "");
  socket.onmessage = (event) => {
    state.retry = 500;
    setConnection("live", "live");
    state.snapshot = JSON.parse(event.data);
    render();
  };
  socket.onclose = () => {
    if (state.socket !== socket) return;
    setConnection("reconnecting", "down");
    setTimeout(() => { if (state.socket === socket) connect(); }, state.retry);
    state.retry = Math.min(state.retry * 2, 5000);
  };
}

function setConnection(key, kind) {
  const pill = $("connection");
  pill.dataset.i18n = key;
  pill.textContent = t(key);
  pill.className = "pill " + kind;
}

function selectTab(tab) {
  state.tab = tab;
  history.replaceState(null, "", location.pathname + location.search + "#" + tab);
  render();
}

// ---- Rendering ----------------------------------------------------------------------------------

function render() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  $("lang-switch").textContent = state.lang === "zh" ? "English" : "中文";
  document.querySelectorAll("#tabs button").forEach((button) => button.classList.toggle("active", button.dataset.tab === state.tab));
  document.querySelectorAll("main > .tab").forEach((section) => { section.hidden = section.id !== "tab-" + state.tab; });
  const snapshot = state.snapshot;
  document.querySelectorAll("#controls button").forEach((button) => { button.disabled = !snapshot || snapshot.class.settings.closed; });
  if (!snapshot) return;
  renderHeader(snapshot);
  renderLobby(snapshot);
  renderRoster(snapshot);
  renderGraph(snapshot);
  renderAnalytics(snapshot);
  renderLeaderboard(snapshot);
  renderReports(snapshot);
}

function renderHeader(snapshot) {
  const info = snapshot.class, settings = info.settings;
  $("class-title").textContent = info.title + (info.name ? " · " + info.name : "");
  $("mode").textContent = t(info.mode);
  const stateText = settings.closed ? t("closed") : [settings.paused ? t("paused") : null, settings.locked ? t("locked") : null].filter(Boolean).join(" · ") || t("open");
  $("state").textContent = stateText;
  $("state").className = "pill " + (settings.closed ? "down" : settings.paused ? "paused" : settings.locked ? "locked" : "live");
  $("btn-lock").textContent = settings.locked ? t("unlock") : t("lock");
  $("btn-lock").classList.toggle("active", settings.locked);
  $("btn-pause").textContent = settings.paused ? t("resume") : t("pause");
  $("btn-pause").classList.toggle("active", settings.paused);
  $("btn-pace").textContent = settings.pacing === "stage" ? t("pace_self") : t("pace_stage");
  const release = $("btn-release");
  release.hidden = settings.pacing !== "stage";
  release.textContent = info.next_stage ? t("release", { stage: named(info.labels.stages[info.next_stage]) }) : t("release_none");
  if (!info.next_stage) release.disabled = true;
}

function traineeStatus(trainee) {
  if (trainee.status === "connected" && trainee.waiting) return "waiting";
  if (trainee.status === "connected" && trainee.lagging) return "lagging";
  return trainee.status;
}

function renderLobby(snapshot) {
  $("join-code").textContent = snapshot.class.code;
  $("join-command").textContent = "spar join " + snapshot.class.code + " --server " + location.origin;
  $("lobby-count").textContent = String(snapshot.roster.filter((p) => p.status !== "kicked").length);
  $("lobby-names").replaceChildren(...snapshot.roster.filter((p) => p.status !== "kicked").map((p) =>
    el("li", { class: p.status === "disconnected" ? "gone" : "", text: p.name, "data-seat": p.seat })));
}

function renderRoster(snapshot) {
  const labels = snapshot.class.labels;
  const rows = snapshot.roster.map((p) => {
    const status = traineeStatus(p);
    const minutes = snapshot.class.minutes, opens = snapshot.class.window_opens_at;
    const clock = el("div", { class: "clock", title: t("meeting", { e: p.elapsed ?? 0, m: minutes }) });
    const window = el("div", { class: "window" });
    window.style.left = (100 * opens / minutes) + "%";
    window.style.right = "0";
    const elapsed = el("div", { class: "elapsed" });
    elapsed.style.width = Math.min(100, 100 * (p.elapsed ?? 0) / minutes) + "%";
    clock.append(window, elapsed);
    const chips = Object.entries(p.points).filter(([, v]) => v !== 0).map(([dimension, value]) =>
      el("span", { class: "chip " + (value > 0 ? "plus" : "minus"), text: named(labels.dimensions[dimension]) + " " + (value > 0 ? "+" : "") + value }));
    const outcome = p.outcome ? named(labels.outcomes[p.outcome]) + (p.overall !== undefined && p.overall !== null ? " · " + p.overall : "") : "";
    const action = p.status === "kicked"
      ? el("button", { type: "button", class: "letback", text: t("letback"), onclick: () => post("/seats/" + p.seat + "/letback", {}, t("letback")) })
      : el("button", { type: "button", class: "kick danger", text: t("kick"), onclick: () => post("/seats/" + p.seat + "/kick", {}, t("kick")) });
    const statusText = t(status) + (status === "lagging" && p.idle_seconds ? " · " + t("idle", { m: Math.floor(p.idle_seconds / 60) }) : "");
    return el("tr", { "data-seat": p.seat, "data-node": p.node || "", "data-status": status },
      el("td", { class: "name", text: p.name }),
      el("td", {}, el("span", { class: "status " + status, text: statusText })),
      el("td", { class: "node", text: p.node || "" }),
      el("td", { class: "stage", text: p.stage ? named(labels.stages[p.stage]) : "" }),
      el("td", {}, clock, el("div", { class: "clock-text", text: t("meeting", { e: p.elapsed ?? 0, m: minutes }) })),
      el("td", {}, el("div", { class: "chips" }, chips)),
      el("td", { class: "outcome", text: outcome }),
      el("td", {}, action));
  });
  document.querySelector("#roster tbody").replaceChildren(...rows);
  $("roster-empty").hidden = rows.length > 0;
}

// ---- Flow graph and heat map ---------------------------------------------------------------------

async function loadGraph(snapshot) {
  const key = state.code + "/" + snapshot.class.withheld;
  if (state.graphKey === key) return;
  state.graphKey = key;
  try {
    const response = await fetch(api("/graph"), { credentials: "same-origin" });
    if (!response.ok) throw new Error(String(response.status));
    const graph = await response.json();
    const parsed = new DOMParser().parseFromString(graph.svg, "image/svg+xml");
    const svg = parsed.documentElement;
    if (svg.nodeName !== "svg") throw new Error("not SVG");
    // Only the drawing is taken over: nothing in it runs (scripts are not allowed by the page's policy either).
    svg.querySelectorAll("script, foreignObject").forEach((node) => node.remove());
    const imported = document.importNode(svg, true);
    imported.removeAttribute("width");
    imported.removeAttribute("height");
    const box = $("graph");
    box.replaceChildren(imported);
    state.graph = graph;
    for (const node of graph.nodes) {
      const group = imported.getElementById ? imported.getElementById(node.element) : imported.querySelector("#" + node.element);
      if (!group) continue;
      group.dataset.node = node.id;
      group.addEventListener("click", () => { state.selectedNode = node.id; render(); });
    }
    renderLegend(graph, snapshot);
    render();
  } catch (error) {
    state.graphKey = null;
    $("graph").replaceChildren(el("p", { class: "empty", text: t("graph_failed") + " " + error.message }));
  }
}

function fitGraph(svg) {
  const box = svg.viewBox && svg.viewBox.baseVal;
  if (!box || !box.width) return;
  const area = $("graph");
  // Fit the width of the panel, never magnified beyond 1.3×, so labels stay readable.
  const scale = Math.min(1.3, Math.max(0.35, (area.clientWidth - 16) / box.width));
  svg.setAttribute("width", String(Math.round(box.width * scale)));
  svg.setAttribute("height", String(Math.round(box.height * scale)));
}

function renderLegend(graph, snapshot) {
  const labels = snapshot.class.labels;
  const swatch = (colour) => { const s = el("span", { class: "swatch" }); s.style.background = colour; return s; };
  const stages = ["stranger", "establishment", "investigation", "growth", "maturity"];
  const outcomes = ["signed", "next_meeting", "follow_up", "lost"];
  $("legend").replaceChildren(
    ...stages.filter((s) => graph.stage_colours[s]).map((s) => el("span", {}, swatch(graph.stage_colours[s]), named(labels.stages[s]))),
    ...outcomes.filter((o) => graph.outcome_colours[o]).map((o) => el("span", {}, swatch(graph.outcome_colours[o]), named(labels.outcomes[o]))));
}

function renderGraph(snapshot) {
  loadGraph(snapshot);
  const graph = state.graph;
  const svg = $("graph").querySelector("svg");
  // Drawn only while shown: a hidden drawing has no sizes to place the badges by.
  if (!graph || !svg || state.tab !== "graph") return;
  if (svg.dataset.fittedTo !== String($("graph").clientWidth)) {
    fitGraph(svg);
    svg.dataset.fittedTo = String($("graph").clientWidth);
  }
  const at = new Map(snapshot.heat.at.map((entry) => [entry.node, entry.count]));
  const find = (id) => svg.getElementById ? svg.getElementById(id) : svg.querySelector("#" + id);
  for (const node of graph.nodes) {
    const group = find(node.element);
    if (!group) continue;
    const count = at.get(node.id) || 0;
    group.dataset.count = String(count);
    group.classList.toggle("occupied", count > 0);
    group.classList.toggle("selected", state.selectedNode === node.id);
    let badge = group.querySelector(".badge");
    if (count === 0) { if (badge) badge.remove(); continue; }
    if (!badge) {
      const shape = group.querySelector("polygon, path, rect, ellipse") || group;
      const box = shape.getBBox();
      badge = document.createElementNS("http://www.w3.org/2000/svg", "g");
      badge.setAttribute("class", "badge");
      const circle = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      circle.setAttribute("cx", String(box.x + box.width - 2));
      circle.setAttribute("cy", String(box.y + 2));
      circle.setAttribute("r", "12");
      const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
      text.setAttribute("x", String(box.x + box.width - 2));
      text.setAttribute("y", String(box.y + 2));
      badge.append(circle, text);
      group.append(badge);
    }
    badge.querySelector("text").textContent = String(count);
  }
  const counts = new Map(snapshot.heat.edges.map((edge) => [edge.from + "\u0000" + edge.choice, edge.count]));
  const most = Math.max(1, ...snapshot.heat.edges.map((edge) => edge.count));
  for (const edge of graph.edges) {
    const group = find(edge.element);
    if (!group) continue;
    const count = counts.get(edge.from + "\u0000" + edge.choice) || 0;
    group.dataset.count = String(count);
    group.classList.toggle("taken", count > 0);
    const path = group.querySelector("path");
    if (path) {
      path.setAttribute("stroke-width", String(count ? 1.5 + 7 * count / most : 1));
      path.setAttribute("stroke-opacity", count ? "1" : "0.45");
    }
    const label = group.querySelector("text");
    if (label) {
      if (label.dataset.original === undefined) label.dataset.original = label.textContent;
      label.textContent = label.dataset.original + (count ? "  " + t("times", { n: count }) : "");
    }
  }
  renderNodePanel(snapshot);
}

function renderNodePanel(snapshot) {
  const panel = $("node-panel");
  const id = state.selectedNode;
  if (!id) { panel.replaceChildren(el("p", { class: "hint", text: t("click_node") })); return; }
  const here = (snapshot.heat.at.find((entry) => entry.node === id) || { count: 0 }).count;
  const detail = snapshot.nodes.find((node) => node.node === id);
  const edges = new Map((state.graph ? state.graph.edges : []).filter((e) => e.from === id).map((e) => [e.choice, e.to]));
  const children = [el("h3", { text: id }), el("p", { class: "hint", text: here + " " + t("at_node") })];
  if (!detail || detail.answers + detail.unmatched + detail.unclear === 0) {
    children.push(el("p", { class: "empty", text: t("no_answers") }));
  } else {
    const most = Math.max(1, ...detail.choices.map((c) => c.count));
    const rows = detail.choices.map((choice) => {
      const bar = el("div", { class: "bar" });
      bar.style.width = (100 * choice.count / most) + "%";
      return el("tr", { "data-choice": choice.number },
        el("td", { text: choice.number + "." }),
        el("td", {}, el("div", { text: choice.say ?? t("withheld_option") }),
          el("div", { class: "hint", text: edges.has(choice.number) ? t("leads_to", { node: edges.get(choice.number) }) : "" }), bar),
        el("td", { class: "count", text: t("times", { n: choice.count }) }),
        el("td", { class: "avg", text: (choice.average_points > 0 ? "+" : "") + choice.average_points }));
    });
    children.push(el("table", {}, el("tr", {}, el("td", {}), el("td", { class: "hint", text: t("option") }),
      el("td", { class: "hint", text: t("taken") }), el("td", { class: "hint", text: t("avg") })), rows));
    if (detail.unmatched) children.push(el("p", { class: "hint", text: t("unmatched") + " " + t("times", { n: detail.unmatched }) }));
    if (detail.unclear) children.push(el("p", { class: "hint", text: t("unclear") + " " + t("times", { n: detail.unclear }) }));
  }
  panel.replaceChildren(...children);
}

// ---- Analytics, leaderboard, reports ---------------------------------------------------------------

function bar(fraction, extraClass) {
  const track = el("div", { class: "track" });
  const fill = el("div", { class: "bar " + (extraClass || "") });
  fill.style.width = Math.max(0, Math.min(100, 100 * fraction)) + "%";
  track.append(fill);
  return track;
}

function renderAnalytics(snapshot) {
  const analytics = snapshot.analytics, labels = snapshot.class.labels;
  // Percentages once someone has finished; until then the points so far, green above zero and red below.
  const percent = analytics.finished > 0;
  const widest = Math.max(1, ...analytics.dimensions.map((d) => Math.abs(d.average_points)));
  const dims = analytics.dimensions.filter((d) => !percent || d.average_percent !== undefined).map((d) => el("div", { class: "dimension", "data-dimension": d.dimension },
    el("span", { text: named(d.name) }),
    percent ? bar(d.average_percent / 100) : bar(Math.abs(d.average_points) / widest, d.average_points < 0 ? "minus" : "plus"),
    el("span", { text: percent ? Math.round(d.average_percent) + "%" : (d.average_points > 0 ? "+" : "") + d.average_points })));
  $("dimension-bars").replaceChildren(
    el("p", { class: "hint", text: percent ? t("finished_pct", { n: analytics.finished }) : t("so_far") }),
    ...(dims.length ? dims : [el("p", { class: "empty", text: t("none_yet") })]));
  const mistakes = analytics.mistakes.map((m) => el("tr", { "data-rule": m.rule },
    el("td", { class: "n", text: t("times", { n: m.count }) }),
    el("td", {}, el("div", { text: m.reason ? named(m.reason) : named(labels.dimensions[m.dimension]) }),
      el("div", { class: "rule", text: m.rule + " · " + t("trainees", { n: m.trainees }) }))));
  document.querySelector("#mistakes tbody").replaceChildren(...(mistakes.length ? mistakes : [el("tr", {}, el("td", { class: "empty", text: t("none_yet") }))]));
  $("mistakes-note").textContent = snapshot.class.withheld && mistakes.length ? t("reason_hidden") : "";
  const spreads = analytics.checkpoints.map((checkpoint) => {
    const most = Math.max(1, ...checkpoint.answers.map((a) => a.count));
    const rows = checkpoint.answers.map((answer) => el("div", { class: "row", "data-given": answer.given },
      el("span", { text: answer.given }), bar(answer.count / most), el("span", { text: String(answer.count) })));
    const children = [el("h3", { text: checkpoint.node }), ...rows];
    if (checkpoint.truth) {
      children.push(el("p", { class: "hint", text: t("correct", { n: checkpoint.correct, t: checkpoint.total }) + " · " + t("truth") + ": " +
        checkpoint.truth.map((x) => x.given + (checkpoint.truth.length > 1 ? " ×" + x.count : "")).join(", ") }));
    } else {
      children.push(el("p", { class: "hint", text: t("truth_hidden") }));
    }
    return el("div", { class: "spread", "data-node": checkpoint.node }, children);
  });
  $("checkpoints").replaceChildren(...(spreads.length ? spreads : [el("p", { class: "empty", text: t("none_yet") })]));
}

function alias(seat) {
  const names = ALIASES[state.lang];
  const round = Math.floor((seat - 1) / names.length);
  return names[(seat - 1) % names.length] + (round > 0 ? " " + (round + 1) : "");
}

function renderLeaderboard(snapshot) {
  const board = snapshot.leaderboard;
  const show = $("board-show"), names = $("board-names");
  show.options[0].textContent = t("off");
  show.options[1].textContent = t("end");
  show.options[2].textContent = t("live_board");
  names.options[0].textContent = t("aliases");
  names.options[1].textContent = t("names");
  if (document.activeElement !== show) show.value = board.settings.show;
  if (document.activeElement !== names) names.value = board.settings.names;
  const entries = board.entries.map((entry) => el("li", { "data-seat": entry.seat },
    el("span", { text: entry.name ?? alias(entry.seat) }),
    el("span", { class: "score", text: entry.overall !== null && entry.overall !== undefined ? String(entry.overall) : (entry.points > 0 ? "+" : "") + entry.points })));
  $("board").replaceChildren(...entries);
  $("board-note").textContent = !board.visible ? (board.settings.show === "off" ? t("board_off") : t("board_at_end")) : (entries.length ? "" : t("board_empty"));
}

function renderReports(snapshot) {
  $("report-html").hidden = snapshot.class.withheld;
  $("report-note").textContent = snapshot.class.withheld ? t("report_after_exam") : "";
  $("report-html").href = api("/report.html?lang=" + state.lang);
  $("report-csv").href = api("/report.csv");
}

window.addEventListener("resize", () => { const svg = $("graph").querySelector("svg"); if (svg) fitGraph(svg); });
document.addEventListener("DOMContentLoaded", start);
