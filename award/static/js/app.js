// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // Show a UTC time in the visitor's own time zone where a page asks for it.
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (isNaN(when)) { return; }
    var target = document.getElementById(el.getAttribute("data-local"));
    if (target) {
      target.textContent = when.toLocaleString(undefined, {dateStyle: "long", timeStyle: "short", timeZoneName: "short"});
      target.hidden = false;
    }
  });
  // Pre-select the browser's time zone in sign-up forms.
  var tz = document.querySelector("select[data-detect-timezone]");
  if (tz && window.Intl) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && tz.value === "UTC" && tz.querySelector('option[value="' + zone + '"]')) { tz.value = zone; }
  }
})();
// Live word count under answers that have a word limit.
(function () {
  "use strict";
  document.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
    var limit = parseInt(area.getAttribute("data-word-limit"), 10);
    var counter = document.createElement("div");
    counter.className = "form-text";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    function update() {
      var words = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
      var text = area.getAttribute("data-word-count") || "{count} / {limit} words";
      counter.textContent = text.replace("{count}", words).replace("{limit}", limit);
      counter.classList.toggle("text-danger", words > limit);
    }
    area.addEventListener("input", update);
    update();
  });
})();
// A background job's page: while the job runs, fetch the page again every two seconds and show
// its new status in place (without JavaScript, the page has a Refresh link).
(function () {
  "use strict";
  var region = document.querySelector("[data-poll]");
  if (!region || !window.fetch || !window.DOMParser) { return; }
  var url = region.getAttribute("data-poll");
  function poll() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "text/html"}})
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
        if (!fresh) { return; }
        region.innerHTML = fresh.innerHTML;
        if (fresh.hasAttribute("data-poll")) { window.setTimeout(poll, 2000); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
