// The console works without this file; it adds a Markdown preview and reads a chosen CSV file into the paste box.
"use strict";

// Renders a small, safe Markdown subset (headings, lists, paragraphs, bold, italics, code, links) with DOM nodes only,
// so text from the page can never become markup.
function renderMarkdown(text, target) {
  target.replaceChildren();
  let list = null;
  let paragraph = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^(?:[-*]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      paragraph = null;
      const ordered = /^\d/.test(line);
      if (!list || (list.tagName === "OL") !== ordered) { list = document.createElement(ordered ? "ol" : "ul"); target.append(list); }
      const li = document.createElement("li"); inline(item[1], li); list.append(li);
      continue;
    }
    list = null;
    if (heading) {
      paragraph = null;
      const h = document.createElement("h" + (heading[1].length + 1)); inline(heading[2], h); target.append(h);
    } else if (!line) {
      paragraph = null;
    } else if (paragraph) {
      // A wrapped line continues its paragraph, as in Markdown.
      paragraph.append(document.createTextNode(" ")); inline(line.trim(), paragraph);
    } else {
      paragraph = document.createElement("p"); inline(line, paragraph); target.append(paragraph);
    }
  }
}

function inline(text, parent) {
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`|\[[^\]]+\]\(https?:\/\/[^)\s]+\))/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    parent.append(document.createTextNode(text.slice(last, m.index)));
    const token = m[0];
    let node;
    if (token.startsWith("**")) { node = document.createElement("strong"); node.textContent = token.slice(2, -2); }
    else if (token.startsWith("`")) { node = document.createElement("code"); node.textContent = token.slice(1, -1); }
    else if (token.startsWith("[")) {
      const link = /^\[([^\]]+)\]\((.+)\)$/.exec(token);
      node = document.createElement("a"); node.textContent = link[1]; node.href = link[2]; node.rel = "noopener noreferrer";
    } else { node = document.createElement("em"); node.textContent = token.slice(1, -1); }
    parent.append(node);
    last = m.index + token.length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

document.addEventListener("DOMContentLoaded", () => {
  for (const source of document.querySelectorAll("textarea[data-preview]")) {
    const target = document.getElementById(source.dataset.preview);
    const update = () => renderMarkdown(source.value, target);
    source.addEventListener("input", update);
    update();
  }
  for (const block of document.querySelectorAll("[data-markdown]")) {
    renderMarkdown(block.textContent, block);
  }
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(button.dataset.copy);
      button.dataset.copied = "true";
    });
  }
  for (const input of document.querySelectorAll("input[type=file][data-into]")) {
    input.addEventListener("change", async () => {
      const file = input.files[0];
      if (!file) { return; }
      document.getElementById(input.dataset.into).value = await file.text();
      if (file.name.toLowerCase().endsWith(".csv")) { document.getElementById(input.dataset.format).value = "csv"; }
    });
  }
});
