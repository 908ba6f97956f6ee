/* The preview's own script: typesets math (KaTeX), draws diagrams (Mermaid), highlights code (highlight.js),
   adds copy buttons, and hands link clicks to Nexus. It is the only script a preview page runs: notes cannot
   add scripts (the sanitizer removes them and the page's Content-Security-Policy refuses any other). */
(function () {
  'use strict';
  var bridge = null;

  function each(root, selector, action) {
    var nodes = root.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) { action(nodes[i]); }
  }

  function isDark() { return document.body.classList.contains('dark'); }

  function copyText(text) {
    if (bridge) { bridge.copy(text); return; }
    if (navigator.clipboard) { navigator.clipboard.writeText(text); }
  }

  function enhance(root) {
    // Task checkboxes are rendered disabled (the page alone cannot change a note); with Nexus connected, a click
    // asks Nexus to tick the task in the text, and the preview shows it once the text changed.
    each(root, 'li > input[type="checkbox"]', function (box) {
      box.removeAttribute('disabled');
      box.classList.add('task-toggle');
      box.title = 'Tick or untick this task in the text';
    });
    each(root, 'pre > code', function (code) {
      if (window.hljs && /\blanguage-/.test(code.className)) {
        try { window.hljs.highlightElement(code); } catch (ignored) { /* unknown language: stays plain */ }
      }
      var pre = code.parentNode;
      if (!pre.querySelector('button.copy')) {
        var button = document.createElement('button');
        button.className = 'copy';
        button.type = 'button';
        button.textContent = 'Copy';
        button.addEventListener('click', function (event) {
          event.preventDefault();
          event.stopPropagation();
          copyText(code.textContent);
          button.textContent = 'Copied';
          setTimeout(function () { button.textContent = 'Copy'; }, 1200);
        });
        pre.insertBefore(button, code);
      }
    });
    if (window.katex) {
      each(root, '.math', function (element) {
        var tex = element.textContent;
        try {
          window.katex.render(tex, element, {
            displayMode: element.classList.contains('math-display'),
            throwOnError: false, trust: false, strict: 'ignore'
          });
        } catch (ignored) { element.textContent = tex; }
      });
    }
    if (window.mermaid) {
      var diagrams = root.querySelectorAll('pre.mermaid');
      if (diagrams.length > 0) {
        // Strict security, and labels as SVG text rather than HTML; directives in a diagram may change none of it.
        window.mermaid.initialize({
          startOnLoad: false, securityLevel: 'strict', theme: isDark() ? 'dark' : 'default',
          htmlLabels: false, flowchart: { htmlLabels: false },
          secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'htmlLabels', 'flowchart',
                   'themeCSS', 'fontFamily', 'dompurifyConfig', 'suppressErrorRendering']
        });
        window.mermaid.run({ nodes: diagrams, suppressErrors: true });
      }
    }
  }

  /** The HTML a block was rendered from, kept before enhancing changes it, so blocks compare by source. */
  function remember(node) {
    if (node.nodeType === 1) { node.setAttribute('data-source', node.outerHTML); }
  }

  function sameBlock(shown, fresh) {
    if (shown.nodeType !== fresh.nodeType) { return false; }
    if (shown.nodeType !== 1) { return shown.textContent === fresh.textContent; }
    return shown.getAttribute('data-source') === fresh.outerHTML;
  }

  /** enhance() works on the descendants of a root; a block is enhanced through a root holding just it. */
  function wrapFor(block) {
    return { querySelectorAll: function (selector) {
      var found = Array.prototype.slice.call(block.querySelectorAll(selector));
      if (block.matches && block.matches(selector)) { found.unshift(block); }
      return found;
    } };
  }

  function scrollToId(id) {
    var target = id ? document.getElementById(id) : null;
    if (target) { target.scrollIntoView(); }
  }

  document.addEventListener('click', function (event) {
    var box = event.target;
    if (box.tagName === 'INPUT' && box.classList.contains('task-toggle')) {
      event.preventDefault(); // the text decides: the box changes when the re-rendered preview shows it
      var boxes = Array.prototype.slice.call(document.querySelectorAll('#content li > input[type="checkbox"]'));
      if (bridge) { bridge.toggleTask(boxes.indexOf(box), boxes.length); }
      return;
    }
    var link = event.target.closest ? event.target.closest('a') : null;
    if (!link) { return; }
    var href = link.getAttribute('href') || '';
    if (href.charAt(0) === '#') {
      event.preventDefault();
      scrollToId(decodeURIComponent(href.substring(1)));
      return;
    }
    if (bridge) {
      event.preventDefault();
      bridge.navigate(href);
    }
  }, true);

  window.nexusPreview = {
    /** Called by Nexus once the page is loaded: the object that opens entries, web pages and the clipboard. */
    connect: function (javaBridge) { bridge = javaBridge; },
    /**
     * Replaces the shown entry, keeping the scroll position (typing must not make the preview jump). Only the
     * top-level blocks that changed are replaced and enhanced again: typing in one paragraph of a long note must
     * not re-highlight every code block and redraw every diagram.
     */
    show: function (html, dark, scrollToTop) {
      var content = document.getElementById('content');
      var y = window.pageYOffset;
      var themeChanged = document.body.className !== (dark ? 'dark' : 'light');
      document.body.className = dark ? 'dark' : 'light';
      var incoming = document.createElement('div');
      incoming.innerHTML = html;
      var fresh = Array.prototype.slice.call(incoming.childNodes);
      var old = Array.prototype.slice.call(content.childNodes);
      var start = 0;
      var end = 0;
      if (!themeChanged && !scrollToTop) {
        while (start < old.length && start < fresh.length && sameBlock(old[start], fresh[start])) { start++; }
        while (end < old.length - start && end < fresh.length - start
               && sameBlock(old[old.length - 1 - end], fresh[fresh.length - 1 - end])) { end++; }
      }
      for (var i = start; i < old.length - end; i++) { content.removeChild(old[i]); }
      var anchor = end > 0 ? old[old.length - end] : null;
      for (var j = start; j < fresh.length - end; j++) {
        remember(fresh[j]);
        content.insertBefore(fresh[j], anchor);
      }
      for (var k = start; k < fresh.length - end; k++) {
        if (fresh[k].nodeType === 1) { enhance(wrapFor(fresh[k])); }
      }
      window.scrollTo(0, scrollToTop ? 0 : y);
    },
    /**
     * Replaces {@code removeCount} blocks from {@code start} with the blocks in {@code html} (each one element),
     * enhancing only those; the rest of the page, and the scroll position, stay as they are.
     */
    patch: function (start, removeCount, html) {
      var content = document.getElementById('content');
      var y = window.pageYOffset;
      var blocks = content.children;
      var anchor = blocks[start + removeCount] || null;
      for (var i = 0; i < removeCount && blocks[start]; i++) { content.removeChild(blocks[start]); }
      var incoming = document.createElement('div');
      incoming.innerHTML = html;
      var added = Array.prototype.slice.call(incoming.children);
      for (var j = 0; j < added.length; j++) {
        content.insertBefore(added[j], anchor);
        enhance(wrapFor(added[j]));
      }
      window.scrollTo(0, y);
    },
    scrollToHeading: scrollToId,
    /**
     * Marks the words of a search (one per line, matched ignoring case) in the text of the entry and scrolls to
     * the first. As the index matches: whole words (a phrase as a whole), or, for a line ending in *, the
     * beginning of words (cach* marks "cach" in "caching"); never the middle of a word ("ttl" in "bottlenecks").
     * Only text nodes are split and wrapped: nothing is parsed as HTML.
     */
    highlight: function (lines) {
      var words = lines.split('\n').map(function (w) { return w.trim(); }).filter(function (w) { return w; });
      if (!words.length) { return; }
      var escape = function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'); };
      var alternatives = words.map(function (w) {
        var prefix = /\*$/.test(w);
        var word = escape(w.replace(/\*+$/, ''));
        return prefix ? word : word + '(?![\\p{L}\\p{N}_])';
      });
      // Group 1: what comes before (start or a non-word character), so a match starts a word; group 2: the match.
      var pattern = new RegExp('(^|[^\\p{L}\\p{N}_])(' + alternatives.join('|') + ')', 'giu');
      var content = document.getElementById('content');
      var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, null, false);
      var texts = [];
      for (var node = walker.nextNode(); node; node = walker.nextNode()) { texts.push(node); }
      var first = null;
      texts.forEach(function (text) {
        var value = text.nodeValue;
        var fragment = document.createDocumentFragment();
        var at = 0;
        var found = false;
        pattern.lastIndex = 0;
        for (var match = pattern.exec(value); match; match = pattern.exec(value)) {
          var start = match.index + match[1].length;
          var end = start + match[2].length;
          if (end === start) { pattern.lastIndex++; continue; }
          found = true;
          if (start > at) { fragment.appendChild(document.createTextNode(value.substring(at, start))); }
          var mark = document.createElement('mark');
          mark.className = 'search-hit';
          mark.textContent = value.substring(start, end);
          fragment.appendChild(mark);
          if (!first) { first = mark; }
          at = end;
          pattern.lastIndex = end;
        }
        if (!found) { return; }
        if (at < value.length) { fragment.appendChild(document.createTextNode(value.substring(at))); }
        text.parentNode.replaceChild(fragment, text);
      });
      if (first) { first.scrollIntoView({ block: 'center' }); }
    }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var content = document.getElementById('content');
    if (content) { enhance(content); }
  });
}());
