// The scoring page: the weighted total as the reviewer scores, and a draft saved every 30 s
// while the reviewer types. The form works without this script.
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) { return; }
  var total = document.getElementById("review-total");
  var status = document.getElementById("autosave-status");
  var version = document.getElementById("review-version");
  var INTERVAL = 30000;

  function updateTotal() {
    var part = 0, weights = 0;
    form.querySelectorAll("input[type=radio][data-weight]:checked").forEach(function (input) {
      var w = parseFloat(input.getAttribute("data-weight"));
      var lo = parseFloat(input.getAttribute("data-min"));
      var hi = parseFloat(input.getAttribute("data-max"));
      part += w * (parseFloat(input.value) - lo) / (hi - lo);
      weights += w;
    });
    if (total) { total.textContent = weights > 0 ? Math.round(100 * part / weights) : "–"; }
  }

  var dirty = false, busy = false, stopped = false;
  function say(text) { if (status) { status.textContent = text; } }

  function autosave() {
    if (!dirty || busy || stopped) { return; }
    busy = true;
    dirty = false;
    var data = new FormData(form);
    fetch(form.getAttribute("data-autosave-url"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      redirect: "manual",
      headers: {"Accept": "application/json", "X-CSRFToken": data.get("csrf_token") || ""}
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        dirty = true;
        say("Could not save automatically: you may have been signed out. Sign in again in another tab, then press Save; nothing you typed is lost.");
        return null;
      }
      return response.json().then(function (body) {
        if (response.ok) {
          if (version && body.version) { version.value = body.version; }
          if (body.saved) { say(body.message || "Draft saved automatically."); }
          return;
        }
        dirty = true;
        if (response.status === 409) { stopped = true; }
        say((body.message || body.error || "Could not save automatically.") +
            (response.status === 409 ? " Automatic saving is paused; press Save to compare both versions." : ""));
      });
    }).catch(function () {
      dirty = true;
      say("Could not reach the server to save automatically; your text is still here.");
    }).finally(function () { busy = false; });
  }

  form.addEventListener("input", function () { dirty = true; updateTotal(); });
  form.addEventListener("change", function () { dirty = true; updateTotal(); });
  form.addEventListener("submit", function () { stopped = true; });
  setInterval(autosave, INTERVAL);
  updateTotal();
})();
