"""Open a page in headless Chromium with the network cut off and read back what a probe saw.

Dependency-free: a probe script is put into a copy of the page, before the page's own
Content-Security-Policy, so it runs first and sees everything. It records console errors,
uncaught errors, policy violations and calls to alert(); when the page says it has drawn
(the ``zygraph:ready`` event) it counts the painted canvas pixels and writes all of it as
JSON into a ``<pre id="zy-probe">``, which ``--dump-dom`` prints.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    # No network: every proxied request goes to a closed port and no name resolves.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]

PROBE = """<script>
(function () {
  var out = { errors: [], alerts: 0, violations: [], ready: false };
  window.alert = window.confirm = window.prompt = function () { out.alerts += 1; };
  var consoleError = console.error;
  console.error = function () {
    out.errors.push(Array.prototype.map.call(arguments, String).join(" "));
    return consoleError.apply(console, arguments);
  };
  window.addEventListener("error", function (event) {
    out.errors.push("error: " + (event.message || (event.target && event.target.outerHTML) || "?"));
  }, true);
  window.addEventListener("unhandledrejection", function (event) { out.errors.push("rejection: " + event.reason); });
  document.addEventListener("securitypolicyviolation", function (event) {
    out.violations.push(event.violatedDirective + " " + event.blockedURI);
  });
  function write() {
    var pre = document.createElement("pre");
    pre.id = "zy-probe";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  document.addEventListener("zygraph:ready", function (event) {
    var d = event.detail;
    out.ready = true;
    out.nodes = d.nodes.length;
    out.edges = d.edges.length;
    var canvas = document.querySelector("#zy-graph canvas");
    var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    var painted = 0;
    for (var i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted += 1;
    out.canvas = [canvas.width, canvas.height];
    out.painted = painted;
    out.titles = d.nodes.get().map(function (n) { return n.title.textContent; })
      .concat(d.edges.get().map(function (e) { return e.title.textContent; }));
    out.titleMarkup = d.nodes.get().concat(d.edges.get())
      .filter(function (item) { return item.title.querySelector("img, script, iframe, svg"); }).length;
    if (window.ZY_FIND !== undefined) {
      out.found = d.find(window.ZY_FIND);
      out.details = document.getElementById("zy-details").textContent;
      out.detailsMarkup = document.getElementById("zy-details").querySelectorAll("*:not(div):not(ul):not(li)").length;
    }
    out.legend = Array.prototype.map.call(document.querySelectorAll(".zy-legend li"), function (li) { return li.textContent; });
    out.images = document.querySelectorAll("img").length;
    out.scripts = document.scripts.length;
    out.resources = performance.getEntriesByType("resource").map(function (r) { return r.name; });
    setTimeout(write, 100);
  });
})();
</script>
"""


def chromium() -> str | None:
    """Return the path of a Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "headless_shell"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(args: list[str], tmp_path: Path, timeout: float) -> str:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited with {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def probe(page: str, tmp_path: Path, *, find: str | None = None, budget_ms: int = 8000, timeout: float = 90) -> dict:
    """Open ``page`` (HTML text) offline and return the probe's findings as a dict.

    ``find`` is passed to the page's search (as a user typing it) once the graph is drawn.
    """
    # The query is data too: escaped so that a "</script>" in it cannot end the probe's script.
    query = json.dumps(find).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    setup = "" if find is None else f"<script>window.ZY_FIND = {query};</script>\n"
    head = '<meta charset="utf-8">'
    assert head in page, "the page has no <meta charset> to put the probe after"
    copy = page.replace(head, head + "\n" + setup + PROBE, 1)
    path = tmp_path / "probed.html"
    path.write_text(copy, encoding="utf-8")
    dom = _run([f"--virtual-time-budget={budget_ms}", "--dump-dom", path.as_uri()], tmp_path, timeout)
    found = re.search(r'<pre id="zy-probe">(.*?)</pre>', dom, re.S)
    if found is None:
        raise AssertionError("the page never reported that it had drawn (no zygraph:ready event)")
    return json.loads(html.unescape(found.group(1)))


def screenshot(path: Path, png: Path, tmp_path: Path, *, size: str = "1400,900", budget_ms: int = 5000) -> Path:
    """Save a screenshot of the page file ``path`` to ``png``."""
    _run([f"--virtual-time-budget={budget_ms}", f"--window-size={size}", "--hide-scrollbars",
          f"--screenshot={png}", path.as_uri()], tmp_path, 90)
    return png


def evaluate(page: str, script: str, tmp_path: Path, *, size: str = "1400,900", width: int | None = None,
             delay_ms: int = 500, budget_ms: int = 8000) -> dict:
    """Open ``page`` (HTML text) offline and return what ``script`` computes in it.

    ``script`` is the body of a JavaScript function of ``document`` and ``window`` (the
    page's), run ``delay_ms`` after the page has loaded; its return value comes back as
    JSON, with ``errors`` (uncaught errors) added; on a graph page, ``window.__zy`` is what
    the page's ``zygraph:ready`` event gave (network, data sets, find, svg ...). ``width`` shows the page in a frame of
    that many CSS pixels, for widths below headless Chromium's smallest window (500).
    """
    run = ("var out; try { out = (function (document, window) {" + script + "})(doc, win); }"
           " catch (e) { out = {thrown: String(e)}; }")
    finish = ("out.errors = win.__errors || [];"
              "var pre = document.createElement('pre'); pre.id = 'zy-probe'; pre.textContent = JSON.stringify(out);"
              "document.body.appendChild(pre);")
    catch = ("window.__errors = [];"
             "window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); }, true);"
             "document.addEventListener('zygraph:ready', function (e) { window.__zy = e.detail; });")
    head = '<meta charset="utf-8">'
    assert head in page, "the page has no <meta charset> to put the probe after"
    if width is None:
        text = page.replace(head, head + "<script>" + catch + "window.addEventListener('load', function () {"
                            " setTimeout(function () { var doc = document, win = window;" + run + finish
                            + "}, " + str(delay_ms) + "); });</script>", 1)
    else:
        framed = page.replace(head, head + "<script>" + catch + "</script>", 1)
        text = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
                f'<iframe id="zy-frame" style="border:0" width="{width}" height="900" srcdoc="{html.escape(framed)}">'
                "</iframe><script>document.getElementById('zy-frame').addEventListener('load', function () {"
                " setTimeout(function () { var win = document.getElementById('zy-frame').contentWindow,"
                " doc = win.document;" + run + finish + "}, " + str(delay_ms) + "); });</script></body></html>")
    path = tmp_path / "evaluated.html"
    path.write_text(text, encoding="utf-8")
    dom = _run([f"--virtual-time-budget={budget_ms}", f"--window-size={size}", "--dump-dom", path.as_uri()],
               tmp_path, 90)
    found = re.search(r'<pre id="zy-probe">(.*?)</pre>', dom, re.S)
    if found is None:
        raise AssertionError("the probe wrote nothing")
    return json.loads(html.unescape(found.group(1)))
