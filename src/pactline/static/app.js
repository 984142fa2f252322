// Pactline dashboard: draws Plotly figures prepared by the server and runs the commitment register.
"use strict";

function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

function quote(ev) {
  return `<a class="quote" href="/doc/${esc(ev.doc_id)}?start=${ev.start}&end=${ev.end}#mark">“${esc(ev.quote)}”</a><span class="source">${esc(String(ev.source || "").split(/[\\/]/).pop())}</span>`;
}

function drawCharts() {
  document.querySelectorAll(".chart[data-figure]").forEach(div => {
    const fig = JSON.parse(div.dataset.figure);
    Plotly.newPlot(div, fig.data, fig.layout, {displaylogo: false, responsive: true});
    if (div.dataset.click === "event") {
      div.on("plotly_click", data => {
        const id = data.points[0].customdata;
        const item = document.getElementById(id);
        if (item) { item.querySelector("details").open = true; item.scrollIntoView({behavior: "smooth"}); }
      });
    }
  });
}

async function loadRegister() {
  const form = document.getElementById("register-filters");
  if (!form) return;
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (v) params.set(k, v);
  params.set("limit", "500");
  document.getElementById("csv-link").href = "/api/commitments.csv?" + params.toString();
  const response = await fetch("/api/commitments?" + params.toString());
  const body = await response.json();
  const tbody = document.querySelector("#register tbody");
  if (!response.ok) { tbody.innerHTML = `<tr><td colspan="7">${esc(body.detail)}</td></tr>`; return; }
  document.getElementById("register-count").textContent = `${body.total} record(s)`;
  tbody.innerHTML = body.items.map(c => `
    <tr class="row" data-id="${esc(c.id)}"><td>${esc(c.made_on)}</td><td>${esc(c.parties.join(", "))}</td>
      <td class="domains">${esc(c.domains.join(", "))}</td><td>${esc(c.text)}</td><td>${esc(c.deadline)}</td>
      <td>${esc(c.mentions || 1)}</td>
      <td class="status status-${esc(c.status)}" title="as of ${esc(c.status_as_of)}">${esc(c.status)}</td></tr>
    <tr class="detail" hidden><td colspan="7">${detail(c)}</td></tr>`).join("");
  tbody.querySelectorAll("tr.row").forEach(row => row.addEventListener("click", () => {
    row.nextElementSibling.hidden = !row.nextElementSibling.hidden;
  }));
  tbody.querySelectorAll("form.review").forEach(f => f.addEventListener("submit", submitReview));
}

function detail(c) {
  const why = f => f.reasons ? ` <small>(party: ${esc((f.reasons.party || []).join(", ") || "—")}; object: ${esc((f.reasons.object || []).join(", ") || "—")}; words: ${esc(f.reasons.relation_words || f.relation)})</small>` : "";
  const follow = c.follow_ups.map(f => `<li><b>${esc(f.relation)}</b> ${esc(f.date)} ${f.evidence && f.evidence[0] ? quote(f.evidence[0]) : ""}${why(f)}</li>`).join("");
  const reviews = c.reviews.map(r => `<li>${esc(r.created_at)} ${esc(r.who)}: ${esc(r.field)} ${esc(r.old_value)} → ${esc(r.new_value)} ${esc(r.note)}</li>`).join("");
  const readOnly = document.body.dataset.readOnly === "true";
  const statuses = (document.body.dataset.statuses || "").split(",").filter(s => s && s !== "stated");
  const form = readOnly ? "" : `<form class="review" data-id="${esc(c.id)}">
      <label>status <select name="status">${statuses.map(s => `<option ${s === c.status ? "selected" : ""}>${s}</option>`).join("")}</select></label>
      <label>domains <input name="domains" value="${esc(c.domains.join(","))}"></label>
      <label>note <input name="note" size="30"></label> <button>Save review</button> <span class="review-result"></span></form>`;
  const made = `<div><b>Made</b> ${esc(c.made_on)}${c.last_restated ? `, last restated ${esc(c.last_restated)}` : ""}; status as of ${esc(c.status_as_of)}; sources: ${esc((c.sources || []).join(", "))}</div>`;
  return `${made}<div class="evidence"><b>Mentions</b><ul>${c.evidence.map(ev => `<li>${quote(ev)}</li>`).join("")}</ul></div>
    <div><b>Follow-ups</b> ${follow ? `<ol>${follow}</ol>` : "none found"}</div>
    ${reviews ? `<div><b>Reviews</b><ul>${reviews}</ul></div>` : ""}${form}`;
}

async function submitReview(event) {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  const token = (document.getElementById("token") || {}).value || localStorage.getItem("pactline-token") || "";
  if (token) localStorage.setItem("pactline-token", token);
  const response = await fetch(`/api/commitments/${form.dataset.id}/review`, {
    method: "POST", headers: {"Content-Type": "application/json", "X-Pactline-Token": token},
    body: JSON.stringify({status: data.get("status"), domains: data.get("domains").split(",").map(s => s.trim()).filter(Boolean), note: data.get("note") || null}),
  });
  const body = await response.json();
  form.querySelector(".review-result").textContent = response.ok ? "saved" : body.detail;
  if (response.ok) await loadRegister();
}

document.addEventListener("DOMContentLoaded", () => {
  drawCharts();
  const form = document.getElementById("register-filters");
  if (form) {
    const url = new URLSearchParams(location.search);
    for (const [k, v] of url.entries()) if (form.elements[k]) form.elements[k].value = v;
    const tokenInput = document.getElementById("token");
    if (tokenInput) tokenInput.value = localStorage.getItem("pactline-token") || "";
    form.addEventListener("change", loadRegister);
    form.addEventListener("input", e => { if (e.target.name === "q") loadRegister(); });
    loadRegister();
  }
});
