/*
 * Progressive enhancement for the consultation feedback form (consultation-render).
 *
 * Without this script, or where it cannot run, the form posts as a plain HTML form and the
 * server answers with the page. With it, a form that carries data-json-endpoint is sent as the
 * existing site's JSON instead, built from what the form itself names: data-tab, and the fields
 * in data-fields (a checklist's ticked boxes as a list, a rating question's scores as an object by
 * item). While it is sent the button is disabled.
 *
 * What the endpoint's answer means here:
 *   2xx          thanks: the form is cleared, and the thanks (data-success) shown and focused;
 *   5xx          failure: the message (data-failure) is shown and focused, the answers stay;
 *   anything else, or no answer at all (a 422 with errors, a 403 from the host's security, a
 *                network failure): the form is posted as plain HTML, so that the server's own
 *                page answers, with every error beside its field.
 *
 * A CSRF token travels as a header: the one the form's hidden field names (data-csrf-header), or
 * else the one a page's <meta name="_csrf"> and <meta name="_csrf_header"> give.
 *
 * A form with data-token-endpoint (a page served by another site than the endpoint's) fetches its
 * signed form token from there when the page is shown.
 *
 * Also: the form's error summary (data-error-summary) takes focus when the page shows it, and its
 * links move focus to their fields.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.JSON || !document.querySelectorAll) {
    return;
  }

  /** The signed form token's field (FormTokens.FIELD), sent when the form carries one. */
  var FORM_TOKEN = 'form_token';

  function byAttribute(form, name) {
    var id = form.getAttribute(name);
    return id ? document.getElementById(id) : null;
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

  /**
   * A rating question's scores: its items' radios are named "<name>.<item>"; the object holds each
   * item scored, by item, its score a number (an item left unscored is left out).
   */
  function scoresOf(form, name) {
    var scores = {};
    var found = false;
    Array.prototype.forEach.call(form.elements, function (control) {
      if (control.name && control.name.indexOf(name + '.') === 0) {
        found = true;
        if (control.type === 'radio' && control.checked && control.value !== '') {
          scores[control.name.slice(name.length + 1)] = Number(control.value);
        }
      }
    });
    return found ? scores : null;
  }

  /** The value of the control(s) named {@code name}: text, the checked radio, the checked boxes, or scores. */
  function valueOf(form, name) {
    var control = form.elements.namedItem(name);
    if (!control) {
      var scores = scoresOf(form, name);
      return scores === null ? '' : scores;
    }
    var list = typeof control.length === 'number' && !control.tagName ? control : [control];
    if (list[0] && list[0].type === 'checkbox') {
      var checked = [];
      Array.prototype.forEach.call(list, function (box) {
        if (box.checked) {
          checked.push(box.value);
        }
      });
      return checked;
    }
    if (list[0] && list[0].type === 'radio') {
      var chosen = '';
      Array.prototype.forEach.call(list, function (radio) {
        if (radio.checked) {
          chosen = radio.value;
        }
      });
      return chosen;
    }
    return typeof list[0].value === 'string' ? list[0].value.trim() : '';
  }

  function payload(form) {
    var data = { tab: form.getAttribute('data-tab') || '' };
    (form.getAttribute('data-fields') || '').split(' ').forEach(function (name) {
      if (name) {
        data[name] = valueOf(form, name);
      }
    });
    if (form.elements.namedItem(FORM_TOKEN)) {
      data[FORM_TOKEN] = valueOf(form, FORM_TOKEN);
    }
    return data;
  }

  function headers(form) {
    var sent = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var field = form.querySelector('input[data-csrf-header]');
    if (field) {
      sent[field.getAttribute('data-csrf-header')] = field.value;
      return sent;
    }
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      sent[header.getAttribute('content')] = token.getAttribute('content');
    }
    return sent;
  }

  function plainPost(form) {
    form.setAttribute('data-sending', 'plain');
    HTMLFormElement.prototype.submit.call(form);
  }

  function enhance(form) {
    if (form.getAttribute('data-disabled') === 'true') {
      return;
    }
    var endpoint = form.getAttribute('data-json-endpoint');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (form.getAttribute('data-sending')) {
        return;
      }
      var button = form.querySelector('button[type=submit]');
      var ok = byAttribute(form, 'data-success');
      var err = byAttribute(form, 'data-failure');
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
        headers: headers(form),
        credentials: 'same-origin',
        body: JSON.stringify(payload(form))
      }).then(function (response) {
        if (response.ok) {
          done();
          form.reset();
          var summary = byAttribute(form, 'data-error-summary');
          if (summary) {
            summary.hidden = true;
          }
          show(ok, err);
        } else if (response.status >= 500) {
          done();
          show(err, ok);
        } else {
          plainPost(form);
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

  function focusErrorSummary(summary) {
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
    if (summary.getAttribute('data-disable-auto-focus') !== 'true' && !govukFrontendRuns(summary)) {
      // A summary written as GOV.UK writes it has no tabindex: make it focusable for this once,
      // as GOV.UK Frontend's script does, and give the attribute back when focus leaves.
      if (!summary.hasAttribute('tabindex')) {
        summary.setAttribute('tabindex', '-1');
        summary.addEventListener('blur', function () {
          summary.removeAttribute('tabindex');
        }, { once: true });
      }
      summary.focus();
    }
  }

  /**
   * A form on a page served elsewhere (a static copy) gets its signed token from the endpoint's
   * data-token-endpoint when the page is shown, so that the time a reader takes counts.
   */
  function fetchToken(form) {
    var endpoint = form.getAttribute('data-token-endpoint');
    var page = form.elements.namedItem('page');
    fetch(endpoint + '?page=' + encodeURIComponent(page && page.value ? page.value : location.href), {
      credentials: 'omit',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer && answer[FORM_TOKEN]) {
        var field = form.elements.namedItem(FORM_TOKEN);
        if (!field) {
          field = document.createElement('input');
          field.type = 'hidden';
          field.name = FORM_TOKEN;
          form.appendChild(field);
        }
        field.value = answer[FORM_TOKEN];
      }
    }, function () {});
  }

  function start() {
    var forms = document.querySelectorAll('form[data-error-summary]');
    Array.prototype.forEach.call(forms, function (form) {
      if (form.getAttribute('data-token-endpoint')) {
        fetchToken(form);
      }
      if (form.getAttribute('data-json-endpoint')) {
        enhance(form);
      }
    });
    for (var i = 0; i < forms.length; i++) {
      var summary = byAttribute(forms[i], 'data-error-summary');
      if (summary) {
        focusErrorSummary(summary);
        break;
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
