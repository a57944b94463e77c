// portplans: the questionnaire page's small script. Without it every page still works
// (the Save button, the server's relevance); with it, questions show and hide as answers
// change, from the questionnaire's own compiled expressions, and drafts save themselves.
// The server stays the authority on what is valid and relevant.
(function () {
  "use strict";
  var form = document.querySelector("form[data-form-url]");
  if (!form) return;

  var stored = {};
  try { stored = JSON.parse(document.getElementById("stored-answers").textContent || "{}"); } catch (e) { stored = {}; }

  function isEmpty(v) { return v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0); }
  function isDate(v) { return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v); }
  function days(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000; }
  function truthy(v) {
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0 && !isNaN(v);
    return !isEmpty(v);
  }
  function today() {
    var d = new Date(), p = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
  }

  var def = null, questions = {}, sectionOf = {};

  // The current answer to a question: this page's field, else what is stored.
  function answer(id) {
    var q = questions[id];
    var fields = form.querySelectorAll("[name='q." + id + "']");
    if (!q || fields.length === 0) return stored[id] === undefined ? null : stored[id];
    if (q.type === "select_multiple") {
      return Array.prototype.filter.call(fields, function (f) { return f.checked; }).map(function (f) { return f.value; });
    }
    if (fields[0].type === "radio") {
      var c = Array.prototype.filter.call(fields, function (f) { return f.checked; })[0];
      return c ? c.value : null;
    }
    var v = (fields[0].value || "").trim();
    if (v === "") return null;
    if (q.type === "integer" || q.type === "decimal") { var n = Number(v.replace(",", ".")); return isNaN(n) ? v : n; }
    if (q.type === "text_list") return v.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
    return v;
  }

  function compare(op, a, b) {
    if (op === "=" || op === "!=") {
      var eq;
      if (isEmpty(a) || isEmpty(b)) eq = isEmpty(a) && isEmpty(b);
      else if (Array.isArray(a) || Array.isArray(b)) eq = [].concat(a).join(" ") === [].concat(b).join(" ");
      else if (typeof a === "number" || typeof b === "number") eq = Number(a) === Number(b);
      else eq = String(a) === String(b);
      return op === "=" ? eq : !eq;
    }
    if (isEmpty(a) || isEmpty(b)) return false;
    var x = a, y = b;
    if (typeof a === "number" || typeof b === "number") { x = Number(a); y = Number(b); if (isNaN(x) || isNaN(y)) return false; }
    if (op === "<") return x < y;
    if (op === "<=") return x <= y;
    if (op === ">") return x > y;
    return x >= y;
  }

  function arith(op, a, b) {
    if (isEmpty(a) || isEmpty(b)) return null;
    if (op === "-" && isDate(a) && isDate(b)) return days(a) - days(b);
    var x = Number(a), y = Number(b), r;
    if (op === "+") r = x + y; else if (op === "-") r = x - y; else if (op === "*") r = x * y;
    else if (op === "div") r = x / y; else r = x % y;
    return isFinite(r) ? r : null;
  }

  function choiceProperty(id, prop) {
    var q = questions[id], v = answer(id);
    if (!q || !q.choices || isEmpty(v)) return null;
    var list = (def.choices || {})[q.choices] || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].name === v) return (list[i].properties || {})[prop] || null;
    }
    return null;
  }

  function ev(e) {
    if (!e) return null;
    if ("lit" in e) return e.lit;
    if ("ref" in e) return relevant(e.ref) ? answer(e.ref) : null;
    if ("cur" in e) return null;
    var a = (e.args || []);
    if (e.op) {
      if (e.op === "and") return truthy(ev(a[0])) && truthy(ev(a[1]));
      if (e.op === "or") return truthy(ev(a[0])) || truthy(ev(a[1]));
      if (e.op === "neg") { var n = ev(a[0]); return isEmpty(n) ? null : -Number(n); }
      if (["=", "!=", "<", "<=", ">", ">="].indexOf(e.op) >= 0) return compare(e.op, ev(a[0]), ev(a[1]));
      return arith(e.op, ev(a[0]), ev(a[1]));
    }
    var f = e.fn, v0 = a.length > 0 ? ev(a[0]) : null;
    switch (f) {
      case "not": return !truthy(v0);
      case "true": return true;
      case "false": return false;
      case "today": return today();
      case "selected": var s = ev(a[1]); return Array.isArray(v0) ? v0.indexOf(s) >= 0 : (!isEmpty(v0) && v0 === s);
      case "count-selected": return Array.isArray(v0) ? v0.length : 0;
      case "string-length": return isEmpty(v0) ? 0 : String(v0).length;
      case "regex": try { return !isEmpty(v0) && new RegExp(ev(a[1])).test(String(v0)); } catch (x) { return false; }
      case "substr": if (isEmpty(v0)) return null; return String(v0).substring(Number(ev(a[1])), a.length > 2 ? Number(ev(a[2])) : undefined);
      case "if": return truthy(v0) ? ev(a[1]) : ev(a[2]);
      case "coalesce": return isEmpty(v0) ? ev(a[1]) : v0;
      case "concat": return a.map(function (x) { var v = ev(x); return isEmpty(v) ? "" : String(v); }).join("");
      case "number": var num = Number(v0); return isEmpty(v0) || isNaN(num) ? null : num;
      case "int": return isEmpty(v0) ? null : Math.trunc(Number(v0));
      case "string": return isEmpty(v0) ? "" : String(v0);
      case "date": return isDate(v0) ? v0 : null;
      case "choice-property": return a[0] && a[0].ref ? choiceProperty(a[0].ref, ev(a[1])) : null;
      default: return null;
    }
  }

  var memo = {}, visiting = {};
  function relevant(id) {
    if (id in memo) return memo[id];
    if (visiting[id]) return false;
    visiting[id] = true;
    var q = questions[id], ok = true;
    if (q) {
      var s = sectionOf[id];
      if (s && s.compiled_relevant) ok = truthy(ev(s.compiled_relevant));
      if (ok && q.compiled && q.compiled.relevant) ok = truthy(ev(q.compiled.relevant));
      if (ok && q.rows_from) ok = relevant(q.rows_from);
    }
    visiting[id] = false;
    memo[id] = ok;
    return ok;
  }

  function refresh() {
    memo = {};
    Object.keys(questions).forEach(function (id) {
      var el = document.getElementById("q-" + id);
      if (el) el.hidden = !relevant(id);
    });
  }

  // The server's problems after a save, shown beside each question of this page (the
  // summary at the top stays as the page was loaded, until the next full save).
  function showProblems(problems) {
    // The summary at the top loses the lines of questions that are now fine.
    var summary = document.getElementById("error-summary");
    if (summary) {
      Array.prototype.forEach.call(summary.querySelectorAll("li[data-question]"), function (li) {
        var q = li.getAttribute("data-question");
        if (!problems.some(function (p) { return p.question === q; })) li.parentNode.removeChild(li);
      });
      if (!summary.querySelector("li")) summary.hidden = true;
    }
    Object.keys(questions).forEach(function (id) {
      var box = document.getElementById("f-" + id + "-problems");
      if (!box) return;
      var own = problems.filter(function (p) { return p.question === id && !p.path; });
      box.textContent = "";
      own.forEach(function (p) {
        var el = document.createElement("p");
        el.className = p.severity === "error" ? "problem" : "warning";
        el.textContent = p.message;
        box.appendChild(el);
      });
      var field = document.getElementById("f-" + id);
      if (field) {
        if (own.some(function (p) { return p.severity === "error"; })) field.setAttribute("aria-invalid", "true");
        else field.removeAttribute("aria-invalid");
      }
      var wrap = document.getElementById("q-" + id);
      if (wrap) wrap.classList.toggle("has-problem", own.length > 0);
      // A grid's cells each have their own problems.
      if (wrap && questions[id].type === "grid") {
        Array.prototype.forEach.call(wrap.querySelectorAll(".cell-problems"), function (c) { c.textContent = ""; });
        Array.prototype.forEach.call(wrap.querySelectorAll("input[aria-invalid]"), function (c) { c.removeAttribute("aria-invalid"); });
        problems.filter(function (p) { return p.question === id && p.path && p.path.split(".").length === 3; }).forEach(function (p) {
          var cellId = "f-" + p.path.split(".").join("-");
          var cbox = document.getElementById(cellId + "-problems");
          var input = document.getElementById(cellId);
          if (!cbox) return;
          var el = document.createElement("p");
          el.className = p.severity === "error" ? "problem" : "warning";
          el.textContent = p.message;
          cbox.appendChild(el);
          if (input && p.severity === "error") input.setAttribute("aria-invalid", "true");
        });
      }
    });
  }

  // Autosave: a moment after each change, the same post as the Save button.
  var status = document.getElementById("autosave-status");
  var timer = null, busy = false, again = false;
  var reload = document.getElementById("autosave-reload");
  function say(key) {
    if (status) status.textContent = status.getAttribute("data-" + key) || "";
    if (reload) reload.hidden = key !== "conflict";
  }
  var waiting = [];
  // What waited for the save goes on only if it succeeded; otherwise the page stays, with
  // its message, and nothing typed is left behind.
  function settled(ok) { var w = waiting; waiting = []; w.forEach(function (f) { f(ok); }); }
  var lastOk = true;
  // Runs `then(ok)` once nothing typed is left unsaved (a pending autosave is sent first);
  // `ok` is false when that save failed, and the caller then stays on the page.
  function flush(then) {
    if (timer) { clearTimeout(timer); timer = null; waiting.push(then); save(); return; }
    if (busy) { waiting.push(then); return; }
    then(true);
  }
  function save() {
    if (busy) { again = true; return; }
    busy = true;
    say("saving");
    var data = new URLSearchParams(new FormData(form));
    data.set("go", "auto");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; }); })
      .then(function (r) {
        lastOk = r.ok;
        if (r.ok) {
          form.querySelector("input[name=version]").value = r.body.version;
          showProblems(r.body.problems || []);
          say("saved");
        } else {
          say(r.status === 409 ? "conflict" : "failed");
        }
      })
      .catch(function () { lastOk = false; say("failed"); })
      .then(function () { busy = false; if (again) { again = false; save(); } else { settled(lastOk); } });
  }
  function changed(ev) {
    // Fields of other forms placed among the questions (a reply, an upload) are not
    // answers: typing there neither saves the draft nor delays its save.
    if (ev && ev.target && ev.target.form && ev.target.form !== form) return;
    refresh();
    if (timer) clearTimeout(timer);
    timer = setTimeout(function () { timer = null; save(); }, 1200);
  }

  // A reply to the secretariat reloads the page: what was typed is saved first.
  Array.prototype.forEach.call(document.querySelectorAll("form[id^='reply-']"), function (reply) {
    reply.addEventListener("submit", function (ev) {
      if (reply.getAttribute("data-sending")) { ev.preventDefault(); return; }
      reply.setAttribute("data-sending", "1");
      if (!timer && !busy) return;
      ev.preventDefault();
      flush(function (ok) {
        // A failed save leaves the reply here, to send again once the answers are safe.
        if (ok) reply.submit(); else reply.removeAttribute("data-sending");
      });
    });
  });

  // Leaving by a link while a save is pending: save, then go.
  document.addEventListener("click", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
    if (!a || (!timer && !busy) || a.target || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    if (a.getAttribute("href").charAt(0) === "#") return;
    ev.preventDefault();
    flush(function (ok) { if (ok) window.location.assign(a.href); });
  });

  // Closing the tab or going back with a save pending: send it anyway.
  window.addEventListener("pagehide", function () {
    // A save already on its way carries the version; a second one would only conflict.
    if (!timer || busy || !navigator.sendBeacon) return;
    clearTimeout(timer);
    timer = null;
    var data = new URLSearchParams(new FormData(form));
    data.set("go", "auto");
    navigator.sendBeacon(form.action, data);
  });

  // Uploads: what was typed is saved first (the upload reloads the page), then the file
  // goes up with a progress bar; a refusal is shown beside the question.
  Array.prototype.forEach.call(document.querySelectorAll("form[id^='upload-']"), function (up) {
    up.addEventListener("submit", function (ev) {
      if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser) return;
      ev.preventDefault();
      var qid = up.id.slice("upload-".length);
      var box = document.getElementById("f-" + qid + "-progress");
      var bar = document.getElementById("f-" + qid + "-progress-bar");
      if (up.getAttribute("data-sending")) return;
      up.setAttribute("data-sending", "1");
      var button = document.querySelector("button[form='" + up.id + "']");
      if (button) button.disabled = true;
      var done = function () { up.removeAttribute("data-sending"); if (button) button.disabled = false; };
      flush(function (ok) {
        if (!ok) { done(); return; }
        var xhr = new XMLHttpRequest();
        xhr.open("POST", up.action);
        xhr.upload.addEventListener("progress", function (e) {
          if (e.lengthComputable && bar) bar.value = Math.round(e.loaded * 100 / e.total);
        });
        xhr.addEventListener("load", function () {
          if (xhr.status < 400) { window.location.assign(xhr.responseURL || window.location.href); return; }
          if (box) box.hidden = true;
          done();
          var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
          var msg = doc.querySelector(".alert-error p");
          var problems = document.getElementById("f-" + qid + "-problems");
          if (problems && msg) {
            var el = document.createElement("p");
            el.className = "problem";
            el.setAttribute("role", "alert");
            el.textContent = msg.textContent;
            problems.textContent = "";
            problems.appendChild(el);
          }
        });
        xhr.addEventListener("error", function () { if (box) box.hidden = true; done(); say("failed"); });
        if (box) { box.hidden = false; if (bar) bar.value = 0; }
        xhr.send(new FormData(up));
      });
    });
  });

  fetch(form.getAttribute("data-form-url"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (j) {
      def = j;
      (def.sections || []).forEach(function (s) {
        (s.questions || []).forEach(function (q) { questions[q.id] = q; sectionOf[q.id] = s; });
      });
      refresh();
      form.addEventListener("input", changed);
      form.addEventListener("change", changed);
    })
    .catch(function () { /* the page keeps working without it */ });
})();
