// Sorting and filtering of ranking tables. Plain JavaScript, no library; without it the
// tables are complete and in rank order, and the tools stay hidden.
(function () {
  "use strict";

  function key(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-key") ? cell.getAttribute("data-key") : cell.textContent.trim();
  }

  function compare(a, b, numeric) {
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1); }
    return numeric ? parseFloat(a) - parseFloat(b) : a.localeCompare(b, "vi");
  }

  function sortBy(table, header, column) {
    var first = header.getAttribute("data-sort");
    var current = header.getAttribute("aria-sort");
    var ascending = current ? current !== "ascending" : first === "asc";
    var numeric = table.tBodies[0].rows.length > 0 && table.tBodies[0].rows[0].cells[column].hasAttribute("data-key");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.sort(function (r, s) {
      var a = key(r, column), b = key(s, column);
      if (a === "" || b === "") { return compare(a, b, numeric); }
      return ascending ? compare(a, b, numeric) : compare(b, a, numeric);
    });
    rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      if (!header.hasAttribute("data-sort")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, header, column); });
    });
  }

  function plain(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function filterable(input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var tools = input.closest("[data-tools]");
    var count = tools.querySelector("[data-count]");
    tools.hidden = false;
    input.addEventListener("input", function () {
      var wanted = plain(input.value.trim());
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var match = plain(row.cells[1].textContent).indexOf(wanted) >= 0;
        row.hidden = !match;
        if (match) { shown++; }
      });
      count.textContent = wanted ? "Hiển thị " + shown + " trên " + table.tBodies[0].rows.length + " đơn vị." : "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table[data-sortable]").forEach(sortable);
    document.querySelectorAll("input[data-filter]").forEach(filterable);
  });
}());
