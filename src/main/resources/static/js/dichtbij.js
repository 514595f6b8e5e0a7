// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // A page with form errors says so in its title and moves the focus to the list of errors (or, without a list, to the
  // field in error), so a screen-reader user hears at once that something must be fixed and where (WCAG 3.3.1).
  function foutenMelden(root) {
    var fout = root.querySelector(".foutoverzicht") || root.querySelector("[aria-invalid='true']");
    if (!fout) {
      return;
    }
    if (document.title.indexOf("Fout: ") !== 0) {
      document.title = "Fout: " + document.title;
    }
    if (!fout.hasAttribute("tabindex") && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(fout.tagName)) {
      fout.setAttribute("tabindex", "-1");
    }
    fout.focus();
  }

  // A text field with a maximum length tells how many characters are left, politely and only every so often.
  function tekenteller(veld) {
    if (veld.dataset.teller) {
      return;
    }
    veld.dataset.teller = "ja";
    var max = parseInt(veld.getAttribute("maxlength"), 10);
    var teller = document.createElement("p");
    teller.className = "hint tekenteller";
    teller.id = (veld.id || veld.name) + "-teller";
    teller.setAttribute("aria-live", "polite");
    veld.insertAdjacentElement("afterend", teller);
    var beschreven = veld.getAttribute("aria-describedby");
    veld.setAttribute("aria-describedby", (beschreven ? beschreven + " " : "") + teller.id);
    var wacht;
    function toon() {
      var over = max - veld.value.length;
      teller.textContent = over === 1 ? "Nog 1 teken over." : "Nog " + over + " tekens over.";
    }
    toon();
    veld.addEventListener("input", function () {
      clearTimeout(wacht);
      wacht = setTimeout(toon, 400);
    });
  }

  function versterk(root) {
    root.querySelectorAll("textarea[maxlength]").forEach(tekenteller);
  }

  document.addEventListener("DOMContentLoaded", function () {
    foutenMelden(document);
    versterk(document);
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    versterk(e.target);
  });
})();
