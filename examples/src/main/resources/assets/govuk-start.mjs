// Starts GOV.UK Frontend's components, as its guidance asks, from a file of the demo's own, so that
// the Content-Security-Policy needs no inline script. The classes GOV.UK's template sets from an
// inline script are set here first: initAll() starts nothing unless the body says it is supported.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
