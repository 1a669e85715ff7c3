// Click (or Enter on) a highlighted figure to see its reading and mark its
// row in the table. The reading is set as text, never as HTML.
(function () {
  function close() {
    document.querySelectorAll(".popup").forEach(function (p) { p.remove(); });
    document.querySelectorAll("tr.on").forEach(function (r) { r.classList.remove("on"); });
  }
  function open(m) {
    close();
    var p = document.createElement("div");
    p.className = "popup";
    p.setAttribute("role", "tooltip");
    p.textContent = m.getAttribute("data-reading");
    document.body.appendChild(p);
    var r = m.getBoundingClientRect();
    p.style.left = Math.max(4, r.left + window.scrollX) + "px";
    p.style.top = (r.bottom + window.scrollY + 4) + "px";
    var row = document.getElementById(m.getAttribute("data-row"));
    if (row) { row.classList.add("on"); }
  }
  document.addEventListener("click", function (e) {
    var m = e.target.closest ? e.target.closest("mark.fig[data-reading]") : null;
    if (m) { open(m); } else { close(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { close(); }
    if (e.key === "Enter" && e.target.matches && e.target.matches("mark.fig[data-reading]")) { open(e.target); }
  });
})();
