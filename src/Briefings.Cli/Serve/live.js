// Live reload for `briefings serve`. Added to HTML responses by the preview server only; never part of the built site.
(() => {
  "use strict";
  const script = document.currentScript;
  const shownVersion = Number(script && script.dataset.version);
  const panelId = "briefings-build-errors";

  function showProblems(state) {
    let panel = document.getElementById(panelId);
    if (!state.failed) {
      if (panel) panel.remove();
      return;
    }
    if (!panel) {
      panel = document.createElement("aside");
      panel.id = panelId;
      panel.setAttribute("role", "alert");
      Object.assign(panel.style, {
        position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "50vh", overflow: "auto", zIndex: "2147483647",
        margin: "0", padding: "1em", background: "#fff4f4", color: "#6b0000", borderTop: "3px solid #b00020",
        font: "14px/1.4 ui-monospace, monospace", whiteSpace: "pre-wrap",
      });
      document.body.appendChild(panel);
    }
    panel.textContent = "Build failed; showing the last good version.\n\n" + state.problems.join("\n");
  }

  const events = new EventSource("/__briefings/events");
  events.onmessage = (message) => {
    const state = JSON.parse(message.data);
    if (!state.failed && state.siteVersion !== shownVersion) {
      location.reload();
      return;
    }
    showProblems(state);
  };
})();
