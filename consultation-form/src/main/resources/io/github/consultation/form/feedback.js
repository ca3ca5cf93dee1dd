/*
 * Progressive enhancement for the consultation feedback form (consultation-render).
 *
 * Without this script, or where it cannot run, the form posts as a plain HTML form and the
 * server answers with the page. With it, a form that carries data-json-endpoint is sent as
 * the existing site's JSON instead: the button is disabled while sending, and the thanks or
 * the failure message is shown in its live region and receives focus. If the server finds
 * errors (422), or the request cannot be made at all, the form falls back to the plain post,
 * so the server shows every error beside its field. Also: an error summary on the page takes
 * focus, and its links move focus to their fields.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.JSON || !document.querySelectorAll) {
    return;
  }

  var FIELDS = ['page', 'summary', 'details', 'role', 'org', 'email', 'nature', 'hp_field', 'form_token'];

  function byId(form, suffix) {
    var wanted = form.id.replace(/gs-form$/, '') + suffix;
    return document.getElementById(wanted);
  }

  function show(region, other) {
    if (other) {
      other.hidden = true;
    }
    if (region) {
      region.hidden = false;
      region.focus();
    }
  }

  function payload(form) {
    var data = { tab: 'Feedback' };
    FIELDS.forEach(function (name) {
      var control = form.elements[name];
      if (control && typeof control.value === 'string') {
        data[name] = control.value.trim();
      } else if (name !== 'form_token') {
        data[name] = '';
      }
    });
    return data;
  }

  function plainPost(form) {
    form.setAttribute('data-sending', 'plain');
    HTMLFormElement.prototype.submit.call(form);
  }

  function enhance(form) {
    var endpoint = form.getAttribute('data-json-endpoint');
    if (!endpoint || form.getAttribute('data-disabled') === 'true') {
      return;
    }
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sending')) {
        event.preventDefault();
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var ok = byId(form, 'gs-ok');
      var err = byId(form, 'gs-err');
      form.setAttribute('data-sending', 'json');
      form.setAttribute('aria-busy', 'true');
      if (button) {
        button.disabled = true;
      }
      function done() {
        form.removeAttribute('data-sending');
        form.removeAttribute('aria-busy');
        if (button) {
          button.disabled = false;
        }
      }
      fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(payload(form))
      }).then(function (response) {
        if (response.ok) {
          done();
          form.reset();
          var summary = byId(form, 'gs-error-summary');
          if (summary) {
            summary.hidden = true;
          }
          show(ok, err);
        } else if (response.status === 422 || response.status === 400) {
          plainPost(form);
        } else {
          done();
          show(err, ok);
        }
      }, function () {
        plainPost(form);
      });
    });
  }

  /** Whether GOV.UK Frontend's own script runs on this page and looks after its error summary. */
  function govukFrontendRuns(summary) {
    return summary.getAttribute('data-module') === 'govuk-error-summary' &&
      document.body.classList.contains('govuk-frontend-supported') &&
      summary.getAttribute('data-govuk-error-summary-init') !== null;
  }

  function focusErrorSummary() {
    var summaries = document.querySelectorAll('[id$="gs-error-summary"]');
    Array.prototype.forEach.call(summaries, function (summary) {
      Array.prototype.forEach.call(summary.querySelectorAll('a[href^="#"]'), function (link) {
        link.addEventListener('click', function (event) {
          var target = document.getElementById(link.getAttribute('href').slice(1));
          if (target && typeof target.focus === 'function') {
            event.preventDefault();
            var label = document.querySelector('label[for="' + target.id + '"]');
            (label || target).scrollIntoView();
            target.focus({ preventScroll: true });
          }
        });
      });
    });
    var first = summaries[0];
    if (first && first.getAttribute('data-disable-auto-focus') !== 'true' && !govukFrontendRuns(first)) {
      // A summary written as GOV.UK writes it has no tabindex: make it focusable for this once,
      // as GOV.UK Frontend's script does, and give the attribute back when focus leaves.
      if (!first.hasAttribute('tabindex')) {
        first.setAttribute('tabindex', '-1');
        first.addEventListener('blur', function () {
          first.removeAttribute('tabindex');
        }, { once: true });
      }
      first.focus();
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[id$="gs-form"]'), enhance);
    focusErrorSummary();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
