/*
 * A stand-in for the existing consultation site's feedback script, written from its description
 * (REFERENCE §2): it runs the browser's own constraint check, then sends one JSON object with
 * fetch in CORS mode, and shows the thanks on a 2xx answer and the error otherwise.
 */
(function () {
  'use strict';
  var form = document.getElementById('gs-form');
  var ok = document.getElementById('gs-ok');
  var err = document.getElementById('gs-err');
  document.getElementById('gs-page').value = window.location.href;
  function value(id) {
    var element = document.getElementById(id);
    return element ? element.value.trim() : '';
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    var body = {
      tab: 'Feedback', page: value('gs-page'), summary: value('gs-summary'), details: value('gs-details'),
      role: value('mf-role'), org: value('mf-org'), email: value('mf-email'), nature: value('mf-nature'),
      hp_field: value('hp_field')
    };
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST', mode: 'cors', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        ok.hidden = false;
        err.hidden = true;
        form.reset();
      } else {
        err.hidden = false;
        ok.hidden = true;
      }
    }, function () {
      err.hidden = false;
      ok.hidden = true;
    });
  });
}());
