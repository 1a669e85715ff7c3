// solieu's page script (served as a file: the page's CSP allows no inline
// script). Click (or Enter on) a highlighted figure to see its reading and
// its sentence and mark its row in the table; click a row to find its
// figure in the text. Filter, sort and hide rows of the figures tables.
// Choose or drop several files. Text is always set as text, never as HTML.
(function () {
  function close() {
    document.querySelectorAll(".popup").forEach(function (p) { p.remove(); });
    document.querySelectorAll("tr.on").forEach(function (r) { r.classList.remove("on"); });
  }
  // labels are the page's words for the popup, from its language's table
  // (the body's data attributes).
  function labels() {
    return { reading: document.body.getAttribute("data-reading") || "", sentence: document.body.getAttribute("data-sentence") || "" };
  }
  // sentenceNode returns the sentence with the figure in bold.
  function sentenceNode(sentence, figure) {
    var d = document.createElement("div");
    d.className = "sentence";
    var i = sentence.indexOf(figure);
    if (i < 0 || figure === "") { d.textContent = sentence; return d; }
    d.appendChild(document.createTextNode(sentence.slice(0, i)));
    var b = document.createElement("b");
    b.textContent = figure;
    d.appendChild(b);
    d.appendChild(document.createTextNode(sentence.slice(i + figure.length)));
    return d;
  }
  function open(m) {
    close();
    var l = labels();
    var p = document.createElement("div");
    p.className = "popup";
    p.setAttribute("role", "tooltip");
    var lab = document.createElement("span");
    lab.className = "label";
    lab.textContent = l.reading + " ";
    p.appendChild(lab);
    p.appendChild(document.createTextNode(m.getAttribute("data-reading")));
    var s = m.getAttribute("data-sentence");
    if (s) {
      var sn = sentenceNode(s, m.textContent);
      var sl = document.createElement("span");
      sl.className = "label";
      sl.textContent = l.sentence + " ";
      sn.insertBefore(sl, sn.firstChild);
      p.appendChild(sn);
    }
    document.body.appendChild(p);
    var r = m.getBoundingClientRect();
    var left = r.left + window.scrollX;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - p.offsetWidth - 8;
    p.style.left = Math.max(4, Math.min(left, maxLeft)) + "px";
    p.style.top = (r.bottom + window.scrollY + 4) + "px";
    var row = document.getElementById(m.getAttribute("data-row"));
    if (row) {
      row.classList.add("on");
      scrollInBox(row);
    }
  }
  // scrollInBox brings a row into view inside its table's box, without
  // moving the page.
  function scrollInBox(row) {
    var box = row.closest(".tablebox");
    if (!box || row.hidden) { return; }
    var head = box.querySelector("thead");
    var top = row.offsetTop - (head ? head.offsetHeight : 0);
    if (row.offsetTop < box.scrollTop + (head ? head.offsetHeight : 0) || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - 8);
    }
  }
  function showFigure(row) {
    var m = document.getElementById(row.getAttribute("data-fig"));
    if (!m) { return; }
    m.scrollIntoView({ block: "center" });
    m.classList.add("flash");
    setTimeout(function () { m.classList.remove("flash"); }, 1500);
    open(m);
  }
  document.addEventListener("click", function (e) {
    if (!e.target.closest) { return; }
    var m = e.target.closest("mark.fig[data-reading]");
    if (m) { open(m); return; }
    var row = e.target.closest("table.figures tbody tr");
    if (row && !e.target.closest("a")) { e.preventDefault(); showFigure(row); return; }
    if (!e.target.closest(".popup")) { close(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { close(); }
    if (e.key === "Enter" && e.target.matches && e.target.matches("mark.fig[data-reading]")) { open(e.target); }
  });

  // The figures tables: filter, hide rows of no indicator, sort.
  document.querySelectorAll(".panel").forEach(function (panel) {
    var filter = panel.querySelector("input.filter");
    var hide = panel.querySelector("input.hide-noind");
    var tbody = panel.querySelector("table.figures tbody");
    if (!tbody) { return; }
    function apply() {
      var q = filter ? filter.value.trim().toLowerCase() : "";
      tbody.querySelectorAll("tr").forEach(function (r) {
        var out = (hide && hide.checked && r.classList.contains("noind")) ||
          (q !== "" && r.textContent.toLowerCase().indexOf(q) < 0);
        r.hidden = out;
      });
    }
    if (filter) { filter.addEventListener("input", apply); }
    if (hide) { hide.addEventListener("change", apply); }
    apply();
    panel.querySelectorAll("th button.sort").forEach(function (b) {
      b.addEventListener("click", function () {
        var th = b.parentNode;
        var asc = !th.classList.contains("asc");
        panel.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(asc ? "asc" : "desc");
        var key = b.getAttribute("data-sort");
        var rows = Array.prototype.slice.call(tbody.rows);
        var num = function (r, a) { return parseFloat(r.getAttribute(a)) || 0; };
        rows.sort(function (x, y) {
          var c;
          if (key === "n") {
            c = num(x, "data-i") - num(y, "data-i");
          } else if (key === "value") {
            c = num(x, "data-value") - num(y, "data-value");
          } else {
            var i = parseInt(key, 10) - 1;
            c = x.cells[i].textContent.trim().localeCompare(y.cells[i].textContent.trim(), document.documentElement.lang);
          }
          if (c === 0) { c = num(x, "data-i") - num(y, "data-i"); return c; }
          return asc ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  });

  // Files: several by the picker or dropped on the box.
  var input = document.getElementById("file");
  var drop = document.getElementById("drop");
  var list = document.getElementById("filelist");
  function showFiles() {
    if (!list || !input) { return; }
    list.textContent = "";
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement("li");
      li.textContent = f.name + " (" + Math.max(1, Math.round(f.size / 1024)) + " KB)";
      list.appendChild(li);
    });
  }
  if (input && drop) {
    input.addEventListener("change", showFiles);
    ["dragenter", "dragover"].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("over");
      if (!e.dataTransfer || !e.dataTransfer.files.length) { return; }
      var dt = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { dt.items.add(f); });
      Array.prototype.forEach.call(e.dataTransfer.files, function (f) { dt.items.add(f); });
      input.files = dt.files;
      showFiles();
    });
  }
})();
