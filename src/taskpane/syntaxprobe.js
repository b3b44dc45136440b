// Parsed only by browsers that understand the bundle's syntax (class fields, optional chaining,
// nullish coalescing); altbrowser.js, right after it, shows the German message when this did not run.
window.__zielplanerSyntax = class { static ok = true; }?.ok ?? false;
