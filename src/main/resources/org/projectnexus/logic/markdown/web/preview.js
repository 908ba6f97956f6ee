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

  function scrollToId(id) {
    var target = id ? document.getElementById(id) : null;
    if (target) { target.scrollIntoView(); }
  }

  document.addEventListener('click', function (event) {
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
    /** Replaces the shown entry, keeping the scroll position (typing must not make the preview jump). */
    show: function (html, dark, scrollToTop) {
      var content = document.getElementById('content');
      var y = window.pageYOffset;
      document.body.className = dark ? 'dark' : 'light';
      content.innerHTML = html;
      enhance(content);
      window.scrollTo(0, scrollToTop ? 0 : y);
    },
    scrollToHeading: scrollToId
  };

  document.addEventListener('DOMContentLoaded', function () {
    var content = document.getElementById('content');
    if (content) { enhance(content); }
  });
}());
