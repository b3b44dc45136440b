/*
 * The guard that runs before the bundle, in taskpane.html and index.html (inlined at build time by
 * webpack.config.js). The bundle is ES2022: the Trident (Internet Explorer 11) and EdgeHTML (Edge
 * Legacy) webviews of Office 2016/2019 cannot parse it and would show an empty pane. This file must
 * stay ES5 (eslint checks it with ecmaVersion 5; prettier leaves it alone). It shows the German
 * message when
 *   - the syntax probe before it (syntaxprobe.js, ES2022 syntax) did not run, because the browser
 *     could not parse it, or
 *   - the user agent names Trident or EdgeHTML (`Edge/18…`; the new Edge says `Edg/`).
 * Webviews: https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || '';
  var alt = window.__zielplanerSyntax !== true || /Trident\/|MSIE |Edge\/\d/.test(ua);
  if (!alt) return;
  window.__zielplanerZuAlt = true;
  var art = document.documentElement.getAttribute('data-zielplaner');
  var titel = art === 'browser' ? 'Dieser Browser ist zu alt für Zielplaner' : 'Zielplaner läuft in dieser Excel-Version nicht';
  var text =
    art === 'browser'
      ? 'Öffnen Sie diese Seite in einem aktuellen Browser (Microsoft Edge, Google Chrome, Mozilla Firefox oder Safari). Internet Explorer und die alte Edge-Version können Zielplaner nicht ausführen.'
      : 'Ihre Excel-Version zeigt Add-ins mit einem veralteten Browser-Baustein an (Internet Explorer 11 oder die alte Edge-Version, etwa in Office 2016 oder Office 2019 aus einem Volumenlizenzvertrag). Verwenden Sie Excel im Web oder die Browser-Seite von Zielplaner in einem aktuellen Browser; Ihre IT kann Office auf Microsoft 365 oder Office 2021 und neuer umstellen.';
  function zeige() {
    var wurzel = document.getElementById('root');
    if (!wurzel) return;
    while (wurzel.firstChild) wurzel.removeChild(wurzel.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font-family: Segoe UI, sans-serif; margin: 1rem; padding: 0.75rem 1rem; border-left: 4px solid #bc4b09; background: #fff9f5; color: #242424;';
    var h = document.createElement('h1');
    h.style.cssText = 'font-size: 1.1rem; margin: 0 0 0.5rem 0;';
    h.appendChild(document.createTextNode(titel));
    var p = document.createElement('p');
    p.style.cssText = 'margin: 0; line-height: 1.4;';
    p.appendChild(document.createTextNode(text));
    box.appendChild(h);
    box.appendChild(p);
    wurzel.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', zeige);
  else zeige();
})();
